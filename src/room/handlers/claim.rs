//! `POST /claim`: this phone speaks for a name on the roster, unless another
//! phone has it. `POST /add`: "I'm not on the list", when the facilitator
//! allows it: the phone adds its person and speaks for them.

use std::sync::Arc;

use axum::Form;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::{admitted, not_joined, see_home, status_of};
use crate::app::phone::{PhoneAction, Reply};
use crate::room::pages::{self, Notice};
use crate::room::shared::Shared;

#[derive(Debug, Deserialize)]
pub struct ClaimForm {
    name: String,
}

pub async fn claim(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Form(form): Form<ClaimForm>,
) -> Response {
    let Some(token) = admitted(&shared, &headers) else {
        return not_joined();
    };
    let action = PhoneAction::Claim { name: form.name };
    answer(&shared, shared.ask(token, action).await)
}

#[derive(Debug, Deserialize)]
pub struct AddForm {
    name: String,
    area: Option<String>,
}

pub async fn add(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Form(form): Form<AddForm>,
) -> Response {
    let Some(token) = admitted(&shared, &headers) else {
        return not_joined();
    };
    let area = form.area.filter(|area| !area.is_empty());
    let action = PhoneAction::Add {
        name: form.name,
        area,
    };
    answer(&shared, shared.ask(token, action).await)
}

/// Home once the phone speaks for its name; otherwise the list, saying why.
fn answer(shared: &Shared, reply: Reply) -> Response {
    match reply {
        Ok(_) => see_home(None),
        Err(refusal) => {
            let notice = Notice::Refused(refusal.to_string());
            (status_of(&refusal), pages::names(&shared.view(), &notice)).into_response()
        }
    }
}
