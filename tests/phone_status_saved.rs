//! The status line after a save is one clear message: a save that goes
//! through after a failed one replaces "NOT SAVED", never joins it.

use chrono::{NaiveDate, NaiveTime};
use huddle::app::phone::{PhoneAction, PhoneRequest, Token};
use huddle::app::{App, Msg, ThemeName};
use huddle::domain::{Phase, Session};
use huddle::storage::assets;

fn phone(app: &mut App, id: u64, action: PhoneAction) {
    let token = Token::new("a");
    app.update(Msg::Phone(PhoneRequest { id, token, action }));
}

#[test]
fn a_save_after_a_failed_one_says_saved_alone_and_is_no_longer_an_error() {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Customer day", date, assets::default_framework().unwrap());
    session.add_participant("Ana", None).unwrap();
    session.position.phase = Phase::Benchmark;
    let mut app = App::new(session, "test.ron".into(), false, ThemeName::Default, false);
    let saved = || Msg::Saved(NaiveTime::from_hms_opt(10, 0, 0).unwrap());
    phone(&mut app, 1, PhoneAction::Claim { name: "Ana".into() });
    app.update(saved());
    let score = || PhoneAction::Score {
        habit: "listen".into(),
        current: Some(3),
        target: None,
    };
    phone(&mut app, 2, score());
    app.update(Msg::SaveFailed("disk full".into()));
    assert!(app.status.is_error && app.status.text.starts_with("NOT SAVED: disk full"));
    phone(&mut app, 3, score());
    app.update(saved());
    assert!(!app.status.is_error, "{:?}", app.status);
    assert_eq!(
        app.status.text,
        "saved 10:00:00: the failed save is made up"
    );
}
