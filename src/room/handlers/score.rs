//! `POST /score`: one score (current or target) for the open habit. "Saved"
//! shows only once the laptop has saved it.

use std::sync::Arc;

use axum::Form;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::home::open_page;
use super::{admitted, not_joined, refused};
use crate::app::phone::{OpenView, PhoneAction, Refusal};
use crate::room::pages::Notice;
use crate::room::shared::Shared;

#[derive(Debug, Deserialize)]
pub struct ScoreForm {
    habit: String,
    current: Option<String>,
    target: Option<String>,
}

pub async fn score(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Form(form): Form<ScoreForm>,
) -> Response {
    let Some(token) = admitted(&shared, &headers) else {
        return not_joined();
    };
    let name = shared.view().claims.name(&token).map(str::to_string);
    let level = |typed: &Option<String>| typed.as_deref().map(str::parse::<u8>).transpose();
    let (Ok(current), Ok(target)) = (level(&form.current), level(&form.target)) else {
        return answer(&shared, name, Err(Refusal::NoScore));
    };
    // The level in words, as the buttons name it ("4 embedded").
    let in_words = |value: u8| match &shared.view().open {
        OpenView::Scoring(habit) => habit
            .levels
            .iter()
            .find(|level| level.value == value)
            .map_or(value.to_string(), |level| {
                format!("{value} {}", level.label)
            }),
        _ => value.to_string(),
    };
    let said = match (current, target) {
        (Some(value), _) => format!("today {}", in_words(value)),
        (None, Some(value)) => format!("target {}", in_words(value)),
        (None, None) => String::new(),
    };
    let action = PhoneAction::Score {
        habit: form.habit,
        current,
        target,
    };
    let reply = shared.ask(token, action).await.map(|_| said);
    answer(&shared, name, reply)
}

/// The page for what is open now, saying what became of the score.
fn answer(shared: &Shared, name: Option<String>, reply: Result<String, Refusal>) -> Response {
    let Some(name) = name else {
        return not_joined();
    };
    let view = shared.view();
    match reply {
        Ok(said) => {
            let notice = Notice::Saved(format!("saved: {said}"));
            open_page(&view, &name, &notice).into_response()
        }
        Err(refusal) => refused(&view, &name, &refusal),
    }
}
