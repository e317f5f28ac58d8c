//! The stepper ticks Wrap-up only when the wrap-up is done, not as soon as the
//! next benchmark has a date (issue 12, trial t12).

use std::path::Path;

use huddle::domain::{Phase, Session};
use huddle::storage::parse_session;

#[path = "support/drive.rs"]
mod drive;
#[path = "support/screen.rs"]
mod screen;

const SPRING: &str = include_str!("../sessions/harbour-finch-2026-05.ron");

fn spring() -> Session {
    parse_session(SPRING, Path::new("spring.ron")).expect("the example loads")
}

/// The stepper's row of the facilitator screen.
fn stepper(session: Session, phase: Phase) -> String {
    let app = drive::app_on(session, phase);
    let lines = screen::lines(&app, 120, 32);
    lines
        .into_iter()
        .find(|line| line.contains("Wrap-up"))
        .expect("the stepper names Wrap-up")
}

#[test]
fn a_next_date_set_while_the_room_still_scores_does_not_tick_wrap_up() {
    let mut session = spring();
    assert!(session.next_benchmark.is_some(), "the example has a date");
    let first = session.framework.habits[0].id.clone();
    session.benchmark.get_mut(&first).unwrap().revealed = false;
    let row = stepper(session, Phase::Benchmark);
    assert!(!row.contains("✓ 7 Wrap-up"), "{row}");
}

#[test]
fn a_wrapped_up_workshop_ticks_wrap_up() {
    let session = spring();
    let row = stepper(session, Phase::Plan);
    assert!(row.contains("✓ 7 Wrap-up"), "{row}");
}
