//! Names compared without accents, as issue 12 asks: an owner typed without
//! them (or without an emoji) is the participant's, and a participant typed
//! without them is the one already in the room. Completion: editing_complete.

use chrono::NaiveDate;
use huddle::app::{App, Mode, Msg};
use huddle::domain::{Phase, Session};
use huddle::storage::assets;

#[path = "support/drive.rs"]
mod drive;
use drive::{app_on, send, type_in};

/// A room with an accented, emoji-bearing name and a CJK one.
fn room() -> Session {
    let date = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut session = Session::new("Spring", date, assets::default_framework().unwrap());
    for name in ["José 🚀 Núñez", "山田 太郎", "Ana Silva"] {
        session.add_participant(name, None).unwrap();
    }
    session
}

/// The plan after adding an action and typing `owner` as its owner.
fn owner_typed(session: Session, owner: &str) -> App {
    let mut app = app_on(session, Phase::Plan);
    send(&mut app, [Msg::Add]);
    type_in(&mut app, "Weekly digest");
    assert!(matches!(app.mode, Mode::Editing(_)), "on to the owner");
    type_in(&mut app, owner);
    app
}

#[test]
fn a_participant_typed_without_accents_or_emoji_is_accepted_as_owner() {
    let mut session = room();
    session.owners_from_participants = true;
    let app = owner_typed(session, "Jose Nunez");
    assert_eq!(
        app.session().plan[0].owner,
        "José 🚀 Núñez",
        "stored as the roster writes it; status: {}",
        app.status.text
    );
}

#[test]
fn a_stranger_is_still_refused_when_owners_are_participants() {
    let mut session = room();
    session.owners_from_participants = true;
    let app = owner_typed(session, "Jose Ramos");
    assert!(app.session().plan[0].owner.is_empty());
    assert!(
        app.status.text.contains("not a participant"),
        "{}",
        app.status.text
    );
}

#[test]
fn a_participant_typed_again_without_accents_is_refused() {
    let mut app = app_on(room(), Phase::Participants);
    send(&mut app, [Msg::Add]);
    type_in(&mut app, "jose 🚀 nunez");
    assert_eq!(app.session().participants.len(), 3, "{}", app.status.text);
}

#[test]
fn a_file_with_two_names_that_differ_only_in_accents_names_both() {
    let spring = include_str!("../sessions/harbour-finch-2026-05.ron");
    let text = spring.replace("name: \"Tom Becker\"", "name: \"María López\"");
    let error = huddle::storage::parse_session(&text, std::path::Path::new("spring.ron"))
        .expect_err("two names that read the same are refused")
        .to_string();
    assert!(
        error.contains("\"María López\"") && error.contains("\"Maria Lopez\""),
        "{error}"
    );
}
