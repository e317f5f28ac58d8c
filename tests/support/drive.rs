//! Drives the app as the loop does, one message at a time, for tests that walk
//! through a workshop. Each test file uses what it needs of it.
#![allow(dead_code)]

use huddle::app::{App, Effect, Msg, ThemeName};
use huddle::domain::{Phase, Session};
use tui_input::InputRequest;

/// The app on `session`, opened at `phase` in the default theme, as `huddle
/// open` would show it.
pub fn app_on(mut session: Session, phase: Phase) -> App {
    session.position.phase = phase;
    App::new(
        session,
        "spring.ron".into(),
        false,
        ThemeName::Default,
        false,
    )
}

/// Sends each message in turn; returns every effect they asked for.
pub fn send(app: &mut App, msgs: impl IntoIterator<Item = Msg>) -> Vec<Effect> {
    msgs.into_iter().flat_map(|msg| app.update(msg)).collect()
}

/// Types `text` into the field being edited and presses Enter.
pub fn type_in(app: &mut App, text: &str) -> Vec<Effect> {
    let mut msgs: Vec<Msg> = text
        .chars()
        .map(|c| Msg::Input(InputRequest::InsertChar(c)))
        .collect();
    msgs.push(Msg::Commit);
    send(app, msgs)
}
