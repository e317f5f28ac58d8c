//! Vote in the open round: + and - per candidate, the dots left, the cap per
//! candidate. Without scripts, each tap comes back as the ballot so far; send
//! casts it. An earlier ballot is never shown: a new one starts empty.

use maud::{Markup, html};

use super::{Notice, page};
use crate::app::phone::VotingView;

/// A ballot being placed on a phone, carried in the form between taps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ballot(pub Vec<u32>);

impl Ballot {
    pub fn placed(&self) -> u64 {
        self.0.iter().map(|&d| u64::from(d)).sum()
    }

    /// The ballot as its form field: counts separated by commas.
    pub fn field(&self) -> String {
        let counts: Vec<String> = self.0.iter().map(u32::to_string).collect();
        counts.join(",")
    }
}

pub fn vote(name: &str, round: &VotingView, ballot: &Ballot, notice: &Notice) -> Markup {
    let left = u64::from(round.dots).saturating_sub(ballot.placed());
    page(
        &round.title,
        notice,
        html! {
            h1 { (round.title) }
            p { b { (left) " of " (round.dots) " dots left" } " · at most " (round.cap) " on one" }
            @if round.voted.contains(name) {
                p { "Your ballot is in. Sending a new one replaces it until the round closes." }
            }
            form method="post" action="/ballot" {
                input type="hidden" name="round" value=(round.round);
                input type="hidden" name="dots" value=(ballot.field());
                @for (at, candidate) in round.candidates.iter().enumerate() {
                    @let dots = ballot.0.get(at).copied().unwrap_or(0);
                    div.candidate {
                        span { (candidate) }
                        button type="submit" name="change" value=(format!("-{at}"))
                            aria-label=(format!("one dot less on {candidate}"))
                            disabled[dots == 0] { "−" }
                        b { (dots) }
                        button type="submit" name="change" value=(format!("+{at}"))
                            aria-label=(format!("one dot more on {candidate}"))
                            disabled[dots >= round.cap || left == 0] { "+" }
                    }
                }
                button.go type="submit" name="send" value="1" { "Send my dots" }
            }
        },
    )
}
