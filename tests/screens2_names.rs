//! Names compared without accents, as issue 12 asks: an owner typed without
//! them completes and is accepted, and a participant typed without them is the
//! one already in the room.

use chrono::NaiveDate;
use huddle::app::{App, Mode, Msg};
use huddle::domain::{Phase, Session};
use huddle::storage::assets;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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

/// The plan with a new action whose owner is being typed.
fn typing_an_owner(session: Session) -> App {
    let mut app = app_on(session, Phase::Plan);
    send(&mut app, [Msg::Add]);
    type_in(&mut app, "Weekly digest");
    assert!(matches!(app.mode, Mode::Editing(_)), "on to the owner");
    app
}

fn field(app: &App) -> String {
    match &app.mode {
        Mode::Editing(edit) => edit.input.value().to_string(),
        _ => panic!("not editing"),
    }
}

fn tab() -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE))
}

fn typed(text: &str) -> Vec<Msg> {
    text.chars()
        .map(|c| Msg::Input(tui_input::InputRequest::InsertChar(c)))
        .collect()
}

#[test]
fn an_owner_typed_without_accents_completes() {
    for start in ["Jose", "nun", "NUÑ"] {
        let mut app = typing_an_owner(room());
        send(&mut app, typed(start));
        send(&mut app, [tab()]);
        assert_eq!(field(&app), "José 🚀 Núñez", "after {start:?} and Tab");
    }
}

#[test]
fn a_participant_typed_without_accents_or_emoji_is_accepted_as_owner() {
    let mut session = room();
    session.owners_from_participants = true;
    let mut app = typing_an_owner(session);
    type_in(&mut app, "Jose Nunez");
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
    let mut app = typing_an_owner(session);
    type_in(&mut app, "Jose Ramos");
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
