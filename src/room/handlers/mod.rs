//! One handler per route. Each reads the phone's token from its cookie, turns
//! what the phone sent into a request for the loop, and renders the answer.

pub mod ballot;
pub mod claim;
pub mod home;
pub mod join;
pub mod score;
pub mod state;

use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::pages::{self, Notice};
use super::shared::Shared;
use crate::app::phone::{PhoneView, Refusal, Token};
use home::open_page;

/// The cookie that carries a phone's token.
const COOKIE_NAME: &str = "huddle_phone";

/// The token a phone sent, if the room let it in.
fn admitted(shared: &Shared, headers: &HeaderMap) -> Option<Token> {
    let token = headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(COOKIE_NAME)?.strip_prefix('='))
        .map(Token::new)?;
    shared.is_admitted(&token).then_some(token)
}

/// The cookie that gives a phone its token: never read by scripts, never sent
/// from another site's page.
fn token_cookie(token: &Token) -> HeaderValue {
    let cookie = format!(
        "{COOKIE_NAME}={}; HttpOnly; SameSite=Strict; Path=/; Max-Age=86400",
        token.as_str()
    );
    HeaderValue::from_str(&cookie).unwrap_or(HeaderValue::from_static(""))
}

/// The answer to a phone that has not given the PIN: the join page.
fn not_joined() -> Response {
    let notice = Notice::Refused("join with the room PIN first".into());
    (StatusCode::FORBIDDEN, pages::join("", &notice)).into_response()
}

/// The status a refusal is sent with.
fn status_of(refusal: &Refusal) -> StatusCode {
    match refusal {
        Refusal::UnknownToken => StatusCode::FORBIDDEN,
        Refusal::NotSaved(_) => StatusCode::SERVICE_UNAVAILABLE,
        _ => StatusCode::CONFLICT,
    }
}

/// The page for what is open now, saying why the phone's request was refused.
fn refused(view: &PhoneView, name: &str, refusal: &Refusal) -> Response {
    let notice = Notice::Refused(refusal.to_string());
    (status_of(refusal), open_page(view, name, &notice)).into_response()
}

/// Where a form goes once done: back to the page for what is open now.
fn see_home(cookie: Option<HeaderValue>) -> Response {
    let mut response = (StatusCode::SEE_OTHER, [("location", "/")]).into_response();
    if let Some(cookie) = cookie {
        response.headers_mut().insert(SET_COOKIE, cookie);
    }
    response
}
