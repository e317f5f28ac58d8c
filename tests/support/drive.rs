//! Drives the app as the loop does, one message at a time, for tests that walk
//! through a workshop. Each test file uses what it needs of it.
#![allow(dead_code)]

use huddle::app::{App, Effect, Msg};
use tui_input::InputRequest;

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
