//! `GET /state.json`: what is open now, as a short word the page's script
//! compares with the one it saw first, to follow the facilitator without
//! reloading by hand. It names what is open (a habit's id, a round's number)
//! and nothing else: no score, no count, no name.

use std::sync::Arc;

use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use super::admitted;
use crate::app::phone::{OpenView, PhoneView, Shown};
use crate::room::shared::Shared;

pub async fn state(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let json = [(CONTENT_TYPE, "application/json")];
    let Some(token) = admitted(&shared, &headers) else {
        return (StatusCode::FORBIDDEN, json, "{}").into_response();
    };
    let view = shared.view();
    let body = serde_json::json!({
        "open": open_now(&view),
        "named": view.claims.name(&token).is_some(),
    });
    (json, body.to_string()).into_response()
}

/// What is open, in a word that changes whenever the page should.
fn open_now(view: &PhoneView) -> String {
    match &view.open {
        OpenView::Waiting => "waiting".into(),
        OpenView::Scoring(habit) => format!("scoring {}", habit.habit),
        OpenView::Voting(round) => format!("voting {}", round.round),
        OpenView::Shown(Shown::Habit(habit)) => format!("revealed {}", habit.name),
        OpenView::Shown(Shown::Tally(tally)) => format!("tally {}", tally.title),
    }
}
