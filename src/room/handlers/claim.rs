//! `POST /claim`: this phone speaks for a name on the roster, unless another
//! phone has it.

use std::sync::Arc;

use axum::Form;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::{admitted, not_joined, see_home, status_of};
use crate::app::phone::PhoneAction;
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
    match shared
        .ask(token, PhoneAction::Claim { name: form.name })
        .await
    {
        Ok(_) => see_home(None),
        Err(refusal) => {
            let notice = Notice::Refused(refusal.to_string());
            (status_of(&refusal), pages::names(&shared.view(), &notice)).into_response()
        }
    }
}
