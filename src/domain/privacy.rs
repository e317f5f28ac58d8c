//! What of a session may be shown: the one home of huddle's privacy rules, used by
//! every export and every screen the room sees. Everything that may leave the
//! laptop is a `PublicSession` (here), and every export is made from it.
//!
//! - A habit's scores count nowhere until the facilitator reveals it (here:
//!   `scores_shown`), and an anonymous participant's score of a revealed habit
//!   stays as it is until the habit is hidden again (`score_may_change`). A
//!   habit's notes and barriers stay in the file while its scores are hidden
//!   (`notes_shown`): they may quote the hidden numbers.
//! - A ballot never leaves with a name: rounds leave as tallies, with the ballots
//!   as an unordered list once the tally is revealed (`tallies`).
//! - An anonymous participant's scores are never beside their name, role or area,
//!   and their label ("Anonymous 2") says nothing about who they are: labels follow
//!   the scores, not the roster (`score_rows`). Owning an action is public, so
//!   owners keep names.
//! - An area with an anonymous participant in it shows no numbers of its own (see
//!   `withheld_areas`, in `areas`).
//! - No score stands beside a name while the totals minus the named scores could
//!   single out an anonymous participant (see `names_beside_scores`, in
//!   `score_rows`), and then no per-person row leaves at all, named or not
//!   (`rows_withheld`): which scores a row lacks would point to a person.

use chrono::NaiveDate;
use serde::Serialize;

use super::follow_up::{ActionReview, Previous};
use super::framework::Framework;
use super::plan::{Action, default_next_benchmark};
use super::scoring::Rating;
use super::session::Session;
use super::stats::Results;

mod areas;
mod score_rows;
mod tallies;

pub use areas::withheld_areas;
pub use score_rows::{
    ROWS_WITHHELD, ScoreRow, names_beside_scores, own_scores_shown, rows_withheld, score_rows,
};
pub use tallies::{RoundTally, TallyRow};

/// Whether a habit's scores may be counted and shown: only once revealed.
pub fn scores_shown(session: &Session, habit_id: &str) -> bool {
    session.is_revealed(habit_id)
}

/// Whether a participant's score of a habit may change now. Not an anonymous
/// participant's once the habit is revealed: the distribution and mean on show
/// would move while the room watches the cursor on their name.
pub fn score_may_change(session: &Session, habit_id: &str, participant: &str) -> bool {
    !(scores_shown(session, habit_id)
        && session
            .participant(participant)
            .is_some_and(|p| p.anonymous))
}

/// Whether anyone gave a habit a score (current or target).
pub fn has_scores(session: &Session, habit_id: &str) -> bool {
    session
        .benchmark
        .get(habit_id)
        .is_some_and(|record| record.scores.values().any(|r| *r != Rating::default()))
}

/// Whether a habit's notes and barriers may leave the laptop: not while its scores
/// are hidden. Notes are written while the room scores and often quote the numbers
/// ("most of us said 2"), so until the reveal they stay in the session file, in
/// every export alike. A habit nobody scored has no numbers to give away.
pub fn notes_shown(session: &Session, habit_id: &str) -> bool {
    scores_shown(session, habit_id) || !has_scores(session, habit_id)
}

/// What the room wrote about a habit; the notes name nobody. Empty while the
/// habit's scores are hidden (`notes_shown`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HabitNotes {
    pub habit_id: String,
    pub revealed: bool,
    pub notes: Vec<String>,
    pub barriers: Vec<String>,
}

/// Everything of a session that may leave the laptop: the workshop, without the
/// app's place in it, without ballots under names and without anonymous people's
/// names next to their scores. Every export is made from this.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicSession {
    pub title: String,
    pub organisation: String,
    pub date: NaiveDate,
    pub facilitator: String,
    pub sponsor: String,
    pub areas: Vec<String>,
    /// How many took part, anonymous participants included.
    pub participants: usize,
    pub anonymous_participants: usize,
    pub scores: Vec<ScoreRow>,
    /// Why `scores` is empty when the rows are withheld (`rows_withheld`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scores_withheld: Option<String>,
    pub habits: Vec<HabitNotes>,
    pub rounds: Vec<RoundTally>,
    /// Owners by name: owning an action is public.
    pub plan: Vec<Action>,
    /// As set, or six months after the workshop.
    pub next_benchmark: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follows: Option<Previous>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub review: Vec<ActionReview>,
    pub framework: Framework,
}

impl PublicSession {
    /// The public face of a session, with its results computed by the same rules.
    pub fn of(session: &Session, results: &Results) -> Self {
        let framework = &session.framework;
        PublicSession {
            title: session.title.clone(),
            organisation: session.organisation.clone(),
            date: session.date,
            facilitator: session.facilitator.clone(),
            sponsor: session.sponsor.clone(),
            areas: session.areas.clone(),
            participants: session.participants.len(),
            anonymous_participants: session.participants.iter().filter(|p| p.anonymous).count(),
            scores: score_rows(session),
            scores_withheld: rows_withheld(session).then(|| ROWS_WITHHELD.to_string()),
            habits: framework
                .habits
                .iter()
                .map(|habit| {
                    let record = session
                        .benchmark
                        .get(&habit.id)
                        .filter(|_| notes_shown(session, &habit.id));
                    HabitNotes {
                        habit_id: habit.id.clone(),
                        revealed: scores_shown(session, &habit.id),
                        notes: record.map(|r| r.notes.clone()).unwrap_or_default(),
                        barriers: record.map(|r| r.barriers.clone()).unwrap_or_default(),
                    }
                })
                .collect(),
            rounds: session
                .rounds
                .iter()
                .map(|round| RoundTally::of(round, framework, results))
                .collect(),
            plan: session.plan.clone(),
            next_benchmark: session
                .next_benchmark
                .unwrap_or_else(|| default_next_benchmark(session.date)),
            follows: session.follows.clone(),
            review: session.review.clone(),
            framework: framework.clone(),
        }
    }

    /// A habit's name from its id (the id itself if unknown).
    pub fn habit_name(&self, id: &str) -> String {
        self.framework
            .habit(id)
            .map_or_else(|| id.to_string(), |h| h.name.clone())
    }
}
