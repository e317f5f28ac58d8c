//! The routes and the layers around them: a strict Content-Security-Policy,
//! a small body limit, a timeout and a cap on requests served at once.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS,
    X_FRAME_OPTIONS,
};
use axum::http::{HeaderValue, StatusCode};
use axum::routing::{get, post};
use tower::ServiceBuilder;
use tower::limit::ConcurrencyLimitLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use super::handlers::{ballot, claim, home, join, score, state};
use super::shared::Shared;

/// Only this server's own stylesheet, script (a file, never inline) and
/// forms; no frames, nothing from elsewhere.
const POLICY: &str = "default-src 'none'; style-src 'self'; script-src 'self'; \
    connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The largest request body: a form of a few fields.
const BODY_LIMIT: usize = 4 * 1024;

/// A request that takes longer is answered 408.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);

/// Requests served at once; more wait their turn. As many as the connections
/// the listener allows, so a whole room that sends in the same instant
/// reaches the laptop together and is saved together, not in two waves.
const AT_ONCE: usize = super::listener::CONNECTIONS;

const STYLE: &str = include_str!("style.css");

const SCRIPT: &str = include_str!("room.js");

/// The room's web app, around the state its handlers share.
pub fn router(shared: Arc<Shared>) -> Router {
    let header =
        |name, value| SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value));
    Router::new()
        .route("/", get(home::show))
        .route("/join", post(join::join))
        .route("/claim", post(claim::claim))
        .route("/add", post(claim::add))
        .route("/score", post(score::score))
        .route("/ballot", post(ballot::ballot))
        .route("/style.css", get(style))
        .route("/room.js", get(script))
        .route("/state.json", get(state::state))
        .with_state(shared)
        .layer(
            ServiceBuilder::new()
                .layer(header(CONTENT_SECURITY_POLICY, POLICY))
                .layer(header(X_CONTENT_TYPE_OPTIONS, "nosniff"))
                .layer(header(X_FRAME_OPTIONS, "DENY"))
                .layer(header(REFERRER_POLICY, "no-referrer"))
                .layer(header(CACHE_CONTROL, "no-store"))
                .layer(ConcurrencyLimitLayer::new(AT_ONCE))
                .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
                .layer(TimeoutLayer::with_status_code(
                    StatusCode::REQUEST_TIMEOUT,
                    REQUEST_TIMEOUT,
                )),
        )
}

/// The one stylesheet, served to every phone (the join page needs it too).
async fn style() -> ([(axum::http::HeaderName, &'static str); 1], &'static str) {
    ([(CONTENT_TYPE, "text/css; charset=utf-8")], STYLE)
}

/// The one script: it follows the facilitator (see `room.js`).
async fn script() -> ([(axum::http::HeaderName, &'static str); 1], &'static str) {
    ([(CONTENT_TYPE, "text/javascript; charset=utf-8")], SCRIPT)
}
