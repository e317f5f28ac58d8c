//! What phones may see, as one snapshot the loop hands the room server after
//! every update: the roster, who speaks for whom, and what is open. It holds
//! no score and no ballot: who has scored or voted, never what.

use std::collections::BTreeSet;

use super::{Claims, Opening, Shown};
use crate::app::App;

/// Everything the room server may show a phone.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PhoneView {
    /// The participants' names, in roster order.
    pub roster: Vec<String>,
    pub claims: Claims,
    pub open: OpenView,
    /// Phones may add their person ("I'm not on the list"), in one of these
    /// areas; `None` while the facilitator does not allow it.
    pub newcomers: Option<Vec<String>>,
}

/// What a phone can do now.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum OpenView {
    #[default]
    Waiting,
    /// Nothing to do but look: what the projector shows, revealed.
    Shown(Shown),
    Scoring(ScoringView),
    Voting(VotingView),
}

/// The habit open for scoring, as a participant needs it to score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoringView {
    pub habit: String,
    pub name: String,
    pub summary: String,
    pub questions: Vec<String>,
    /// Each level of the scale: its value, its label and what it looks like here.
    pub levels: Vec<Level>,
    /// Who has given a score for this habit.
    pub scored: BTreeSet<String>,
}

/// One level of the framework's scale for the open habit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Level {
    pub value: u8,
    pub label: String,
    pub looks_like: String,
}

/// The round open for ballots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VotingView {
    pub round: usize,
    pub title: String,
    pub candidates: Vec<String>,
    pub dots: u32,
    pub cap: u32,
    /// Who has cast a ballot in this round.
    pub voted: BTreeSet<String>,
}

impl App {
    /// What phones may see now.
    pub fn phone_view(&self) -> PhoneView {
        let session = &self.session;
        let framework = &session.framework;
        let open = match self.opening() {
            Opening::Waiting => match self.shown_to_phones() {
                Some(shown) => OpenView::Shown(shown),
                None => OpenView::Waiting,
            },
            Opening::Scoring { habit } => {
                let habit = &framework.habits[habit];
                let scale = &framework.scale;
                let levels = (scale.min..=scale.max)
                    .map(|value| Level {
                        value,
                        label: scale.label(value).unwrap_or_default().to_string(),
                        looks_like: habit
                            .rubric
                            .get(usize::from(value - scale.min))
                            .cloned()
                            .unwrap_or_default(),
                    })
                    .collect();
                let scored = session
                    .benchmark
                    .get(&habit.id)
                    .map(|record| record.scores.keys().cloned().collect())
                    .unwrap_or_default();
                OpenView::Scoring(ScoringView {
                    habit: habit.id.clone(),
                    name: habit.name.clone(),
                    summary: habit.summary.clone(),
                    questions: habit.questions.clone(),
                    levels,
                    scored,
                })
            }
            Opening::Voting { round: index } => {
                let round = &session.rounds[index];
                OpenView::Voting(VotingView {
                    round: index,
                    title: round.title.clone(),
                    candidates: round
                        .candidates
                        .iter()
                        .map(|candidate| candidate.label(framework))
                        .collect(),
                    dots: round.dots_per_participant,
                    cap: round.max_per_candidate,
                    voted: round.ballots.keys().cloned().collect(),
                })
            }
        };
        PhoneView {
            roster: session
                .participants
                .iter()
                .map(|p| p.name.clone())
                .collect(),
            claims: self.phones(),
            open,
            newcomers: session.phones_may_join.then(|| session.areas.clone()),
        }
    }
}
