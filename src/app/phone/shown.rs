//! What a phone may show once the facilitator has revealed it, as the
//! projector shows it: a habit's distribution, means and spread, or a round's
//! tally. Both come from the domain's privacy rules (`scores_shown`,
//! `RoundTally`), so no per-person score, no ballot and nothing unrevealed
//! ever reaches a phone.

use crate::app::App;
use crate::domain::Phase;
use crate::domain::privacy::{RoundTally, TallyRow, scores_shown};

/// A revealed habit, as the room sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct RevealedHabit {
    pub name: String,
    /// Each level of the scale, its label and how many current scores it got.
    pub distribution: Vec<(u8, String, usize)>,
    pub mean_current: Option<f64>,
    pub mean_target: Option<f64>,
    pub spread: Option<f64>,
    pub count: Option<usize>,
}

/// A revealed round's tally, most dots first.
#[derive(Debug, Clone, PartialEq)]
pub struct RevealedTally {
    pub title: String,
    pub rows: Vec<TallyRow>,
}

/// What is on show for phones while nothing is open to them.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    Habit(RevealedHabit),
    Tally(RevealedTally),
}

impl App {
    /// What the projector shows now that a phone may show too: the habit on
    /// screen in Benchmark once revealed, or the round on screen in
    /// Prioritise once its tally is revealed.
    pub(super) fn shown_to_phones(&self) -> Option<Shown> {
        let session = &self.session;
        match self.phase() {
            Phase::Benchmark => {
                let habit = self.habit();
                if !scores_shown(session, &habit.id) {
                    return None;
                }
                let result = self.results.habit(&habit.id)?;
                let scale = &session.framework.scale;
                let counts = result.distribution.clone()?;
                let distribution = (scale.min..=scale.max)
                    .zip(counts)
                    .map(|(value, count)| {
                        let label = scale.label(value).unwrap_or_default().to_string();
                        (value, label, count)
                    })
                    .collect();
                Some(Shown::Habit(RevealedHabit {
                    name: habit.name.clone(),
                    distribution,
                    mean_current: result.mean_current,
                    mean_target: result.mean_target,
                    spread: result.spread,
                    count: result.count,
                }))
            }
            Phase::Prioritise => {
                let round = self.round()?;
                let tally = RoundTally::of(round, &session.framework, &self.results);
                if !tally.revealed || tally.ranking.is_empty() {
                    return None;
                }
                Some(Shown::Tally(RevealedTally {
                    title: tally.title,
                    rows: tally.ranking,
                }))
            }
            _ => None,
        }
    }
}
