//! The playbook tests' starting point: the spring workshop in Plan with its
//! plan emptied, and the app with the bundled playbook or another.
#![allow(dead_code)]

use std::path::Path;

use huddle::app::{App, PlaybookState, ThemeName};
use huddle::domain::{Phase, Session};
use huddle::storage::assets::default_framework;
use huddle::storage::parse_session;
use huddle::storage::playbook::playbook_for;

const SPRING: &str = include_str!("../../sessions/harbour-finch-2026-05.ron");

/// The spring workshop in Plan with its plan emptied, so its three top
/// priorities (empower, listen, create) have no action yet.
pub fn spring_without_plan() -> Session {
    let mut session = parse_session(SPRING, Path::new("spring.ron")).unwrap();
    session.plan.clear();
    session.position.phase = Phase::Plan;
    session.position.action = Default::default();
    session
}

/// The playbook huddle ships for the seven habits.
pub fn bundled() -> PlaybookState {
    let folder = tempfile::tempdir().unwrap();
    playbook_for(&default_framework().unwrap(), folder.path()).into()
}

/// The app on `session` with `playbook` for its suggestions.
pub fn app_for(session: Session, playbook: PlaybookState) -> App {
    App::new(
        session,
        "spring.ron".into(),
        false,
        ThemeName::Default,
        false,
    )
    .with_playbook(playbook)
}
