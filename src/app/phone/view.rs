//! What phones may see, as one snapshot the loop hands the room server after
//! every update: the roster, who speaks for whom, and what is open. Of scores
//! and ballots it holds who has scored or voted, and what each phone's own
//! person entered, keyed by that name for the page served to that phone only.

use std::collections::{BTreeMap, BTreeSet};

use super::{Claims, Opening, Shown};
use crate::app::App;
use crate::domain::Rating;

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
    /// The scores (current, target) of each person a phone speaks for, shown
    /// only on that person's own phone.
    pub own: BTreeMap<String, (Option<u8>, Option<u8>)>,
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
    /// The ballot of each person a phone speaks for, shown only on that
    /// person's own phone.
    pub own: BTreeMap<String, Vec<u32>>,
}

impl App {
    /// What phones may see now.
    pub fn phone_view(&self) -> PhoneView {
        let session = &self.session;
        let framework = &session.framework;
        let claims = self.phones();
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
                let scored: BTreeSet<String> = session
                    .benchmark
                    .get(&habit.id)
                    .map(|record| record.scores.keys().cloned().collect())
                    .unwrap_or_default();
                // Only what the phone itself sent: a score typed at the laptop
                // (perhaps hidden, perhaps an anonymous person's) never reaches
                // whoever claims that name.
                let own = scored
                    .iter()
                    .filter(|name| claims.is_claimed(name))
                    .map(|name| (name, session.phone_sent_score(&habit.id, name)))
                    .filter(|(_, sent)| *sent != Rating::default())
                    .map(|(name, sent)| (name.clone(), (sent.current, sent.target)))
                    .collect();
                OpenView::Scoring(ScoringView {
                    habit: habit.id.clone(),
                    name: habit.name.clone(),
                    summary: habit.summary.clone(),
                    questions: habit.questions.clone(),
                    levels,
                    own,
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
                    own: round
                        .ballots
                        .iter()
                        .filter(|(name, _)| claims.is_claimed(name))
                        .filter(|(name, _)| session.ballot_from_phone(index, name))
                        .map(|(name, dots)| (name.clone(), dots.clone()))
                        .collect(),
                })
            }
        };
        PhoneView {
            roster: session
                .participants
                .iter()
                .map(|p| p.name.clone())
                .collect(),
            claims,
            open,
            newcomers: session.phones_may_join.then(|| session.areas.clone()),
        }
    }
}
