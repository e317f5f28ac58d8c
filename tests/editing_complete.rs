//! Tab completes an owner from the participants, matching names the way the
//! duplicate-name check does; a repeated Tab cycles through the matches. The
//! editing keys are listed in `?` help.

use chrono::NaiveDate;
use huddle::app::{App, Mode, Msg, ThemeName};
use huddle::domain::{Phase, Session};
use huddle::storage::assets;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_input::InputRequest;

#[path = "support/drive.rs"]
mod drive;
use drive::{send, type_in};

#[path = "support/screen.rs"]
mod screen;

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn typed(text: &str) -> Vec<Msg> {
    text.chars()
        .map(|c| Msg::Input(InputRequest::InsertChar(c)))
        .collect()
}

/// The plan of a room with a composed and a decomposed accent, an action added
/// and its owner being typed.
fn typing_an_owner() -> App {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Customer day", date, assets::default_framework().unwrap());
    for name in [
        "Ana Lima",
        "Maria Lo\u{301}pez",
        "Sam Okafor",
        "Samira Haddad",
        "Ben",
    ] {
        session.add_participant(name, None).unwrap();
    }
    session.position.phase = Phase::Plan;
    let mut app = App::new(session, "test.ron".into(), false, ThemeName::Default, false);
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

#[test]
fn tab_completes_an_owner_ignoring_case() {
    let mut app = typing_an_owner();
    send(&mut app, typed("ana"));
    send(&mut app, [key(KeyCode::Tab)]);
    assert_eq!(field(&app), "Ana Lima");
    assert_eq!(
        app.phase(),
        Phase::Plan,
        "Tab in a field does not change phase"
    );
    send(&mut app, [Msg::Commit]);
    assert_eq!(app.session().plan[0].owner, "Ana Lima");
}

#[test]
fn an_accent_typed_either_way_matches() {
    let mut app = typing_an_owner();
    // "ló" typed as one composed letter; the roster has "o" plus an accent.
    send(&mut app, typed("MARIA L\u{f3}"));
    send(&mut app, [key(KeyCode::Tab)]);
    assert_eq!(field(&app), "Maria Lo\u{301}pez");
}

#[test]
fn a_name_typed_without_its_accents_matches() {
    for start in ["maria lop", "lop", "Lopez"] {
        let mut app = typing_an_owner();
        send(&mut app, typed(start));
        send(&mut app, [key(KeyCode::Tab)]);
        assert_eq!(field(&app), "Maria Lo\u{301}pez", "after {start:?} and Tab");
    }
}

#[test]
fn a_family_name_completes_too() {
    let mut app = typing_an_owner();
    send(&mut app, typed("oka"));
    send(&mut app, [key(KeyCode::Tab)]);
    assert_eq!(field(&app), "Sam Okafor");
}

#[test]
fn a_repeated_tab_cycles_through_the_matches() {
    let mut app = typing_an_owner();
    send(&mut app, typed("sam"));
    let mut shown = Vec::new();
    for _ in 0..3 {
        send(&mut app, [key(KeyCode::Tab)]);
        shown.push(field(&app));
    }
    assert_eq!(shown, ["Sam Okafor", "Samira Haddad", "Sam Okafor"]);
    assert!(app.status.text.contains("of 2"), "{}", app.status.text);
    // Typing after a completion starts over from what is in the field.
    send(&mut app, [Msg::Input(InputRequest::DeleteLine)]);
    send(&mut app, typed("b"));
    send(&mut app, [key(KeyCode::Tab)]);
    assert_eq!(field(&app), "Ben");
}

#[test]
fn nothing_matching_says_so_and_keeps_the_text() {
    let mut app = typing_an_owner();
    send(&mut app, typed("Zoe"));
    send(&mut app, [key(KeyCode::Tab)]);
    assert_eq!(field(&app), "Zoe");
    assert!(app.status.text.contains("Zoe"), "{}", app.status.text);
}

#[test]
fn help_lists_the_editing_keys() {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let session = Session::new("Customer day", date, assets::default_framework().unwrap());
    let mut app = App::new(session, "test.ron".into(), false, ThemeName::Default, false);
    send(&mut app, [Msg::ToggleHelp]);
    let help = screen::text(&app, 120, 40);
    for keys in ["Ctrl+U W", "Home End", "Ctrl+←→", "Tab"] {
        assert!(help.contains(keys), "help lacks {keys}:\n{help}");
    }
    assert!(help.contains("complete an owner's name"), "{help}");
}

#[test]
fn the_editing_keys_work_as_help_says() {
    let mut app = typing_an_owner();
    send(&mut app, typed("Ana Lima"));
    let ctrl = |c| Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    send(&mut app, [ctrl('w')]);
    assert_eq!(field(&app), "Ana ");
    send(&mut app, [key(KeyCode::Home)]);
    send(&mut app, typed("X"));
    assert_eq!(field(&app), "XAna ");
    send(&mut app, [ctrl('u')]);
    assert_eq!(field(&app), "");
}
