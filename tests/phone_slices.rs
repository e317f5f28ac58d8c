//! Phones' requests taken in one go (`Msg::Phones`, a slice of the loop): one
//! save and one undo step for all of them, each still checked and refused alone.

use chrono::{NaiveDate, NaiveTime};
use huddle::app::phone::{Accepted, PhoneAction, PhoneRequest, Refusal, Token};
use huddle::app::{App, Effect, Msg, ThemeName};
use huddle::domain::{Phase, Rating, Results, Session};
use huddle::storage::assets;

/// Ana, Ben and Cy in Benchmark, on the first habit (Listen).
fn room() -> App {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Customer day", date, assets::default_framework().unwrap());
    for name in ["Ana", "Ben", "Cy"] {
        session.add_participant(name, None).unwrap();
    }
    session.position.phase = Phase::Benchmark;
    App::new(session, "test.ron".into(), false, ThemeName::Default, false)
}

fn request(id: u64, token: &str, action: PhoneAction) -> PhoneRequest {
    PhoneRequest {
        id,
        token: Token::new(token),
        action,
    }
}

fn claim(id: u64, token: &str, name: &str) -> PhoneRequest {
    request(id, token, PhoneAction::Claim { name: name.into() })
}

fn score(id: u64, token: &str, current: u8) -> PhoneRequest {
    let habit = "listen".into();
    let action = PhoneAction::Score {
        habit,
        current: Some(current),
        target: None,
    };
    request(id, token, action)
}

fn saved() -> Msg {
    Msg::Saved(NaiveTime::from_hms_opt(10, 0, 0).unwrap())
}

fn current(app: &App, name: &str) -> Option<u8> {
    app.session().rating("listen", name).current
}

#[test]
fn a_slice_of_phone_entries_is_saved_once_and_undone_in_one_step() {
    let mut app = room();
    app.update(Msg::Phones(vec![
        claim(1, "a", "Ana"),
        claim(2, "b", "Ben"),
    ]));
    app.update(saved());
    // One phone alone first: a step of its own.
    app.update(Msg::Phone(score(3, "a", 2)));
    app.update(saved());

    let slice = vec![
        claim(4, "c", "Cy"),
        score(5, "b", 3),
        score(6, "c", 4),
        score(7, "nobody", 5),
        score(8, "a", 9),
    ];
    let effects = app.update(Msg::Phones(slice));
    let scale = &app.session().framework.scale;
    let off_scale = Refusal::OffScale {
        value: 9,
        min: scale.min,
        max: scale.max,
    };
    assert_eq!(
        effects,
        [
            Effect::SaveClaims,
            Effect::Save,
            Effect::Reply(7, Err(Refusal::UnknownToken)),
            Effect::Reply(8, Err(off_scale)),
        ],
        "one save for the slice; the refusals answered at once, each alone"
    );
    assert_eq!(
        app.update(saved()),
        [
            Effect::Reply(4, Ok(Accepted::Claimed("Cy".into()))),
            Effect::Reply(5, Ok(Accepted::Scored)),
            Effect::Reply(6, Ok(Accepted::Scored)),
        ]
    );
    assert_eq!(
        [
            current(&app, "Ana"),
            current(&app, "Ben"),
            current(&app, "Cy")
        ],
        [Some(2), Some(3), Some(4)]
    );
    assert_eq!(app.results(), &Results::of(app.session()), "counted anew");

    app.update(Msg::Undo);
    assert_eq!(
        [
            current(&app, "Ana"),
            current(&app, "Ben"),
            current(&app, "Cy")
        ],
        [Some(2), None, None],
        "u takes back the whole slice, and only it"
    );
    app.update(Msg::Undo);
    assert_eq!(app.session().rating("listen", "Ana"), Rating::default());
}

#[test]
fn a_slice_refused_whole_changes_nothing_and_keeps_no_undo_step() {
    let mut app = room();
    app.update(Msg::Phone(claim(1, "a", "Ana")));
    app.update(saved());
    app.update(Msg::Phone(score(2, "a", 2)));
    app.update(saved());
    let effects = app.update(Msg::Phones(vec![score(3, "x", 3), score(4, "y", 4)]));
    assert_eq!(
        effects,
        [3, 4].map(|id| Effect::Reply(id, Err(Refusal::UnknownToken)))
    );
    // The one undo step left is Ana's own score.
    app.update(Msg::Undo);
    assert_eq!(current(&app, "Ana"), None);
}

#[test]
fn in_a_slice_a_score_whose_target_is_refused_leaves_the_current_as_it_was() {
    let mut app = room();
    app.update(Msg::Phones(vec![
        claim(1, "a", "Ana"),
        claim(2, "b", "Ben"),
    ]));
    app.update(Msg::Phone(score(3, "a", 2)));
    app.update(saved());
    let off_scale = PhoneAction::Score {
        habit: "listen".into(),
        current: Some(4),
        target: Some(9),
    };
    let effects = app.update(Msg::Phones(vec![
        request(4, "a", off_scale),
        score(5, "b", 3),
    ]));
    let refused = Refusal::OffScale {
        value: 9,
        min: 1,
        max: 5,
    };
    assert!(
        effects.contains(&Effect::Reply(4, Err(refused))),
        "{effects:?}"
    );
    assert_eq!(
        app.session().rating("listen", "Ana"),
        Rating {
            current: Some(2),
            target: None
        },
        "nothing of the refused request"
    );
    assert_eq!(
        current(&app, "Ben"),
        Some(3),
        "the other phone's entry stands"
    );
}
