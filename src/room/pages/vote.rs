//! Vote in the open round: + and - per candidate, the dots left, the cap per
//! candidate. Without scripts, each tap comes back as the ballot so far; send
//! casts it. A phone sees its own person's ballot as sent (and starts from
//! it to change it), never anyone else's.

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
            p { b { (left) " of " (round.dots) " dots left" } br;
                span.together { "At most " (round.cap) " on one choice." } }
            @if let Some(sent) = round.own.get(name) {
                (sent_ballot(round, sent, ballot))
            } @else if ballot.placed() > 0 {
                // Taps save nothing: said, so nobody leaves before sending.
                p.mine { b { "Not sent yet:" } " tap “Send my dots” once your dots are placed." }
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

/// The ballot this phone's person sent, in words, and how to change it.
fn sent_ballot(round: &VotingView, sent: &[u32], placing: &Ballot) -> Markup {
    let placed: Vec<String> = round
        .candidates
        .iter()
        .zip(sent)
        .filter(|(_, dots)| **dots > 0)
        .map(|(candidate, dots)| format!("{dots} on {candidate}"))
        .collect();
    let placed = if placed.is_empty() {
        "no dots".to_string()
    } else {
        placed.join(", ")
    };
    html! {
        p.mine {
            "Your ballot is in: " b { (placed) } ". "
            @if placing.0 == sent {
                "To change it, tap + or − and send again, until the round closes."
            } @else {
                b { "These changes are not sent yet:" } " send them to replace your ballot."
            }
        }
    }
}
