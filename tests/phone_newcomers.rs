//! "I'm not on the list" through `App::update`: the facilitator allows it with
//! `j` on the Participants screen (saved with the session, shown there and on
//! the join screen), a phone then adds its person by the same rules as a typed name,
//! and `j` again stops it.

use chrono::{NaiveDate, NaiveTime};
use huddle::app::phone::{Accepted, PhoneAction, PhoneRequest, Refusal, RoomAccess, Token};
use huddle::app::{App, Effect, Msg, ThemeName};
use huddle::domain::{Phase, Session};
use huddle::storage::{assets, load_session, save_session};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

#[path = "support/screen.rs"]
mod screen;

fn room() -> App {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Customer day", date, assets::default_framework().unwrap());
    session.add_participant("Ana", None).unwrap();
    session.position.phase = Phase::Participants;
    let mut app = App::new(session, "test.ron".into(), false, ThemeName::Default, false);
    app.update(Msg::RoomOpened(RoomAccess {
        url: "http://127.0.0.1:8686".into(),
        pin: "123456".into(),
    }));
    app
}

fn press(app: &mut App, key: char) -> Vec<Effect> {
    app.update(Msg::Key(KeyEvent::from(KeyCode::Char(key))))
}

fn add(app: &mut App, id: u64, token: &str, name: &str) -> Vec<Effect> {
    let action = PhoneAction::Add {
        name: name.into(),
        area: None,
    };
    let token = Token::new(token);
    let mut effects = app.update(Msg::Phone(PhoneRequest { id, token, action }));
    effects.extend(app.update(Msg::Saved(NaiveTime::MIN)));
    effects
}

fn reply(effects: &[Effect]) -> Option<&Result<Accepted, Refusal>> {
    effects.iter().find_map(|effect| match effect {
        Effect::Reply(_, reply) => Some(reply),
        _ => None,
    })
}

#[test]
fn the_facilitator_allows_newcomers_and_a_phone_adds_its_person() {
    let mut app = room();
    let refused = add(&mut app, 1, "d", "Dee");
    assert_eq!(reply(&refused), Some(&Err(Refusal::AddingClosed)));

    assert_eq!(press(&mut app, 'j'), [Effect::Save]);
    assert!(app.session().phones_may_join);
    assert!(
        app.status.text.contains("I'm not on the list"),
        "{}",
        app.status.text
    );
    let participants = screen::text(&app, 120, 32);
    assert!(
        participants.contains("phones may add themselves (j stops it)"),
        "{participants}"
    );
    press(&mut app, 'p');
    let join = screen::text(&app, 120, 32);
    assert!(
        join.contains("Not on the list? Add yourself there."),
        "{join}"
    );

    let added = add(&mut app, 2, "d", "Dee");
    assert_eq!(reply(&added), Some(&Ok(Accepted::Claimed("Dee".into()))));
    assert!(app.session().participant("Dee").is_some());
    assert_eq!(app.claims().name(&Token::new("d")), Some("Dee"));

    // The same rules as a name typed at the laptop.
    let empty = add(&mut app, 3, "e", "  ");
    assert_eq!(
        reply(&empty),
        Some(&Err(Refusal::NotAdded("a name cannot be empty".into())))
    );
    let taken = add(&mut app, 4, "e", "ana");
    assert!(
        matches!(reply(&taken), Some(Err(Refusal::NotAdded(why))) if why.contains("already in the room")),
        "{taken:?}"
    );
    assert_eq!(app.session().participants.len(), 2);

    press(&mut app, 'p');
    assert_eq!(press(&mut app, 'j'), [Effect::Save]);
    let closed = add(&mut app, 5, "e", "Eve");
    assert_eq!(reply(&closed), Some(&Err(Refusal::AddingClosed)));
}

#[test]
fn the_switch_is_saved_with_the_session() {
    let folder = tempfile::TempDir::new().unwrap();
    let path = folder.path().join("day.ron");
    let mut app = room();
    press(&mut app, 'j');
    save_session(&path, app.session()).unwrap();
    assert!(load_session(&path).unwrap().phones_may_join);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("phones_may_join: true"), "{text}");
}

#[test]
fn a_file_of_format_1_loads_without_the_switch_and_saves_as_the_new_format() {
    let folder = tempfile::TempDir::new().unwrap();
    let old = folder.path().join("old.ron");
    assert!(assets::DEMO_SESSION.contains("format_version: 1,"));
    std::fs::write(&old, assets::DEMO_SESSION).unwrap();
    let session = load_session(&old).unwrap();
    assert!(!session.phones_may_join);
    assert_eq!(session.format_version, huddle::domain::FORMAT_VERSION);
    save_session(&old, &session).unwrap();
    let text = std::fs::read_to_string(&old).unwrap();
    assert!(text.contains("format_version: 3,"), "{text}");
    assert!(!text.contains("phones_may_join"), "false is left out");
}
