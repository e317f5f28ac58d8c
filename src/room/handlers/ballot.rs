//! `POST /ballot`: a tap on + or - comes back as the ballot so far, within the
//! dots and the cap; "send" casts it, and "saved" shows once the laptop has.

use std::sync::Arc;

use axum::Form;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::home::open_page;
use super::{admitted, not_joined, refused, status_of};
use crate::app::phone::{OpenView, PhoneAction, Refusal, VotingView};
use crate::room::pages::{self, Ballot, Notice};
use crate::room::shared::Shared;

#[derive(Debug, Deserialize)]
pub struct BallotForm {
    round: usize,
    dots: String,
    /// `+N` or `-N`: one dot more or less on candidate N.
    change: Option<String>,
    send: Option<String>,
}

pub async fn ballot(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Form(form): Form<BallotForm>,
) -> Response {
    let Some(token) = admitted(&shared, &headers) else {
        return not_joined();
    };
    let view = shared.view();
    let Some(name) = view.claims.name(&token).map(str::to_string) else {
        return not_joined();
    };
    let round = match &view.open {
        OpenView::Voting(round) if round.round == form.round => round,
        _ => return refused(&view, &name, &Refusal::RoundNotOpen),
    };
    let Some(mut ballot) = read_ballot(&form.dots, round) else {
        return refused(&view, &name, &Refusal::WrongBallot);
    };
    if form.send.is_none() {
        let notice = tap(&mut ballot, form.change.as_deref(), round);
        return pages::vote(&name, round, &ballot, &notice).into_response();
    }
    let action = PhoneAction::Vote {
        round: form.round,
        dots: ballot.0.clone(),
    };
    match shared.ask(token, action).await {
        Ok(_) => {
            let saved = Notice::Saved(format!("saved: your {} dots are in", ballot.placed()));
            open_page(&shared.view(), &name, &saved).into_response()
        }
        Err(refusal) => {
            let view = shared.view();
            match &view.open {
                OpenView::Voting(round) if round.round == form.round => {
                    let notice = Notice::Refused(refusal.to_string());
                    let page = pages::vote(&name, round, &ballot, &notice);
                    (status_of(&refusal), page).into_response()
                }
                _ => refused(&view, &name, &refusal),
            }
        }
    }
}

/// The ballot carried in the form, if it fits the round.
fn read_ballot(field: &str, round: &VotingView) -> Option<Ballot> {
    let dots: Vec<u32> = if field.is_empty() {
        vec![0; round.candidates.len()]
    } else {
        field
            .split(',')
            .map(|n| n.parse().ok())
            .collect::<Option<_>>()?
    };
    (dots.len() == round.candidates.len()).then_some(Ballot(dots))
}

/// Applies one tap within the round's limits, or says why not.
fn tap(ballot: &mut Ballot, change: Option<&str>, round: &VotingView) -> Notice {
    let Some((more, at)) = change.and_then(|change| {
        let (sign, at) = change.split_at_checked(1)?;
        Some((sign == "+", at.parse::<usize>().ok()?))
    }) else {
        return Notice::None;
    };
    let placed = ballot.placed();
    let Some(dots) = ballot.0.get_mut(at) else {
        return Notice::None;
    };
    if !more {
        *dots = dots.saturating_sub(1);
    } else if *dots >= round.cap {
        // The tap would make the ballot the rules refuse: said as a sent
        // ballot over the cap or the dots would be.
        let refusal = Refusal::OverCap {
            dots: *dots + 1,
            cap: round.cap,
        };
        return Notice::Refused(refusal.to_string());
    } else if placed >= u64::from(round.dots) {
        let refusal = Refusal::OverLimit {
            placed: placed + 1,
            allowed: round.dots,
        };
        return Notice::Refused(refusal.to_string());
    } else {
        *dots += 1;
    }
    Notice::None
}
