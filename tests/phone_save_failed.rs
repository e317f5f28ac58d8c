//! A save that fails after phones sent entries: each phone is told its entry
//! is not saved, and the laptop no longer shows it either, so what the phone
//! says and what the projector shows agree. Sending again saves it.

use chrono::{NaiveDate, NaiveTime};
use huddle::app::phone::{Accepted, PhoneAction, PhoneRequest, Refusal, Token};
use huddle::app::{App, Effect, Msg, ThemeName};
use huddle::domain::{Phase, Rating, Session};
use huddle::storage::assets;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

#[path = "support/screen.rs"]
mod screen;

/// Ana and Ben in Benchmark, on the first habit (Listen), Ana's phone joined.
fn room() -> App {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Customer day", date, assets::default_framework().unwrap());
    for name in ["Ana", "Ben"] {
        session.add_participant(name, None).unwrap();
    }
    session.position.phase = Phase::Benchmark;
    let mut app = App::new(session, "test.ron".into(), false, ThemeName::Default, false);
    phone(&mut app, 1, "a", claim("Ana"));
    app.update(saved());
    app
}

fn phone(app: &mut App, id: u64, token: &str, action: PhoneAction) -> Vec<Effect> {
    let token = Token::new(token);
    app.update(Msg::Phone(PhoneRequest { id, token, action }))
}

fn saved() -> Msg {
    Msg::Saved(NaiveTime::from_hms_opt(10, 0, 0).unwrap())
}

fn failed() -> Msg {
    Msg::SaveFailed("disk full".into())
}

fn claim(name: &str) -> PhoneAction {
    PhoneAction::Claim { name: name.into() }
}

fn score(current: u8) -> PhoneAction {
    PhoneAction::Score {
        habit: "listen".into(),
        current: Some(current),
        target: None,
    }
}

fn not_saved(id: u64) -> Effect {
    Effect::Reply(id, Err(Refusal::NotSaved("disk full".into())))
}

fn screen(app: &App) -> String {
    screen::text(app, 120, 32)
}

#[test]
fn a_score_whose_save_failed_is_neither_saved_on_the_phone_nor_shown_on_the_laptop() {
    let mut app = room();
    phone(&mut app, 2, "a", score(4));
    assert!(screen(&app).contains("1 of 2 scored"), "{}", screen(&app));
    assert_eq!(app.update(failed()), [not_saved(2)]);
    assert_eq!(app.session().rating("listen", "Ana"), Rating::default());
    let shown = screen(&app);
    assert!(shown.contains("0 of 2 scored"), "{shown}");
    assert!(
        app.status.is_error && app.status.text.contains("taken back"),
        "{}",
        app.status.text
    );
    // Nothing phantom to undo: the step went with the entry.
    app.update(Msg::Undo);
    assert_eq!(app.session().rating("listen", "Ana"), Rating::default());

    // The phone sends again, and this time the save goes through.
    phone(&mut app, 3, "a", score(4));
    assert_eq!(
        app.update(saved()),
        [Effect::Reply(3, Ok(Accepted::Scored))]
    );
    assert_eq!(app.session().rating("listen", "Ana").current, Some(4));
}

#[test]
fn a_claim_whose_save_failed_is_released() {
    let mut app = room();
    phone(&mut app, 2, "b", claim("Ben"));
    assert_eq!(app.claims().name(&Token::new("b")), Some("Ben"));
    assert_eq!(app.update(failed()), [not_saved(2)]);
    assert_eq!(
        app.claims().name(&Token::new("b")),
        None,
        "Ben is free again"
    );
    assert_eq!(
        app.claims().name(&Token::new("a")),
        Some("Ana"),
        "saved earlier"
    );
}

#[test]
fn a_group_of_phones_whose_save_failed_is_taken_back_whole() {
    let mut app = room();
    phone(&mut app, 2, "b", claim("Ben"));
    app.update(saved());
    let request = |id, token: &str, current| PhoneRequest {
        id,
        token: Token::new(token),
        action: score(current),
    };
    app.update(Msg::Phones(vec![request(3, "a", 2), request(4, "b", 5)]));
    assert_eq!(app.session().scored_count("listen"), 2);
    assert_eq!(app.update(failed()), [not_saved(3), not_saved(4)]);
    assert_eq!(app.session().scored_count("listen"), 0);
}

#[test]
fn the_facilitators_own_unsaved_score_stays_when_the_phones_are_taken_back() {
    let mut app = room();
    // The facilitator types Ben's score (the cursor is on Ana, then Ben); its
    // save fails too, but a typed score stays on screen to be saved again.
    for key in [KeyCode::Down, KeyCode::Char('3')] {
        app.update(Msg::Key(KeyEvent::from(key)));
    }
    app.update(failed());
    assert_eq!(app.session().rating("listen", "Ben").current, Some(3));
    phone(&mut app, 2, "a", score(4));
    assert_eq!(app.update(failed()), [not_saved(2)]);
    assert_eq!(app.session().rating("listen", "Ana"), Rating::default());
    assert_eq!(app.session().rating("listen", "Ben").current, Some(3));
}
