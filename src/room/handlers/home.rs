//! `GET /`: the page for what this phone can do now: join, choose a name,
//! score, vote or wait.

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::admitted;
use crate::app::phone::{OpenView, PhoneView};
use crate::room::pages::{self, Ballot, Notice};
use crate::room::shared::Shared;

/// The PIN the QR code carries, to fill in the join form.
#[derive(Debug, Deserialize)]
pub struct JoinLink {
    pin: Option<String>,
}

pub async fn show(
    State(shared): State<Arc<Shared>>,
    Query(link): Query<JoinLink>,
    headers: HeaderMap,
) -> Response {
    let Some(token) = admitted(&shared, &headers) else {
        let pin = link.pin.unwrap_or_default();
        return pages::join(&pin, &Notice::None).into_response();
    };
    let view = shared.view();
    match view.claims.name(&token) {
        Some(name) => open_page(&view, name, &Notice::None).into_response(),
        None => pages::names(&view, &Notice::None).into_response(),
    }
}

/// The page for what is open, for the phone of `name`.
pub fn open_page(view: &PhoneView, name: &str, notice: &Notice) -> maud::Markup {
    match &view.open {
        OpenView::Waiting => pages::waiting(name, None, notice),
        OpenView::Shown(shown) => pages::waiting(name, Some(shown), notice),
        OpenView::Scoring(habit) => pages::score(name, habit, notice),
        OpenView::Voting(round) => {
            // A phone starts from its own ballot as sent, to change it.
            let ballot = match round.own.get(name) {
                Some(sent) => Ballot(sent.clone()),
                None => Ballot(vec![0; round.candidates.len()]),
            };
            pages::vote(name, round, &ballot, notice)
        }
    }
}
