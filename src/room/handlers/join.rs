//! `POST /join`: the room PIN. The right one gives the phone its token; wrong
//! ones are counted per address, which then waits.

use std::sync::Arc;
use std::time::Instant;

use axum::Form;
use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::{see_home, token_cookie};
use crate::room::listener::Peer;
use crate::room::pages::{self, Notice};
use crate::room::pin_guard::WAIT;
use crate::room::secret::new_token;
use crate::room::shared::Shared;

#[derive(Debug, Deserialize)]
pub struct JoinForm {
    pin: String,
}

pub async fn join(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(Peer(from)): ConnectInfo<Peer>,
    Form(form): Form<JoinForm>,
) -> Response {
    let now = Instant::now();
    let address = from.ip();
    if !shared.pins.may_try(address, now) {
        let notice = Notice::Refused(format!(
            "too many wrong PINs: wait {} seconds, then try again",
            WAIT.as_secs()
        ));
        return (StatusCode::TOO_MANY_REQUESTS, pages::join("", &notice)).into_response();
    }
    if as_typed(&form.pin) != shared.pin {
        shared.pins.wrong(address, now);
        let notice = Notice::Refused("that is not the room's PIN: look at the screen again".into());
        // What was typed stays in the field, to correct rather than retype.
        return (StatusCode::FORBIDDEN, pages::join(&form.pin, &notice)).into_response();
    }
    shared.pins.right(address);
    let Ok(token) = new_token() else {
        let notice = Notice::Refused("the laptop could not make a token: try again".into());
        return (StatusCode::SERVICE_UNAVAILABLE, pages::join("", &notice)).into_response();
    };
    let cookie = token_cookie(&token);
    shared.admit(token);
    see_home(Some(cookie))
}

/// The PIN as typed, without the separators a person may type between its
/// digits: the screen shows it in two halves ("123 456"), and some type a
/// hyphen or a dot there.
fn as_typed(pin: &str) -> String {
    pin.chars()
        .filter(|c| !(c.is_whitespace() || matches!(c, '-' | '.' | '·' | '_' | '–')))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::as_typed;

    #[test]
    fn the_pin_reads_the_same_typed_in_halves_or_with_a_hyphen() {
        for typed in [
            "952110",
            "952 110",
            " 952 110 ",
            "952-110",
            "952.110",
            "952\u{a0}110",
        ] {
            assert_eq!(as_typed(typed), "952110", "{typed:?}");
        }
        assert_eq!(as_typed("952 11O"), "95211O");
    }
}
