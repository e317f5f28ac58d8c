//! The room's plan says where each action stands, with a mark and a word, and
//! never drops actions silently: what does not fit is counted (issue 12, trial
//! t12: actions and the timer at 80x24).

use chrono::NaiveDate;
use huddle::app::{App, Msg};
use huddle::domain::{Action, ActionStatus, Phase, Timer};

#[path = "support/drive.rs"]
mod drive;
use drive::{app_on, send};
#[path = "support/rooms.rs"]
mod rooms;
#[path = "support/screen.rs"]
mod screen;

/// The room's plan with `count` actions, the first one done, and the timer on.
fn room_plan(count: usize) -> App {
    let mut session = rooms::international_room();
    session.plan = (1..=count)
        .map(|n| {
            let what =
                format!("Extra action {n}: ask three customers a week what slowed them down");
            let mut action = Action::new(&what).unwrap();
            action.owner = "José 🚀 Núñez".into();
            action.due = NaiveDate::from_ymd_opt(2026, 7, 1);
            action
        })
        .collect();
    session.plan[0].status = ActionStatus::Done;
    session.plan[1].status = ActionStatus::Dropped;
    let now = NaiveDate::from_ymd_opt(2026, 5, 14)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    session.timer = Some(Timer::start("Plan", 5, now));
    let mut app = app_on(session, Phase::Plan);
    send(&mut app, [Msg::TogglePresenter]);
    app
}

/// How many "… N more" the screen says, if it says so.
fn more(text: &str) -> Option<usize> {
    let at = text.find("… ")?;
    text[at + "… ".len()..].split(' ').next()?.parse().ok()
}

#[test]
fn actions_that_do_not_fit_are_counted_not_dropped() {
    let app = room_plan(10);
    for (width, height) in [(80, 24), (64, 18), (120, 32)] {
        let text = screen::text(&app, width, height);
        let shown = (1..=10)
            .filter(|n| text.contains(&format!("Extra action {n}:")))
            .count();
        let left = more(&text).unwrap_or(0);
        assert_eq!(shown + left, 10, "{width}x{height}: {text}");
        if left > 0 {
            assert!(text.contains("more: see the plan"), "{text}");
        }
    }
    let small = screen::text(&app, 80, 24);
    assert!(
        more(&small).is_some(),
        "10 actions do not fit 80x24: {small}"
    );
}

#[test]
fn each_action_says_where_it_stands_in_words_and_a_mark() {
    let app = room_plan(3);
    let text = screen::text(&app, 120, 32);
    assert!(text.contains("✓ Extra action 1"), "{text}");
    assert!(text.contains("done · José"), "{text}");
    assert!(text.contains("✗ Extra action 2"), "{text}");
    assert!(text.contains("dropped ·"), "{text}");
    assert!(text.contains("○ Extra action 3"), "{text}");
    assert!(text.contains("not started ·"), "{text}");
}
