//! A workshop session: who is in the room, what they scored, voted and planned,
//! and where the facilitator left off.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::follow_up::{ActionReview, Previous};
use super::framework::Framework;
use super::participants::Participant;
use super::phone_entries::PhoneEntries;
use super::plan::Action;
use super::scoring::HabitRecord;
use super::timer::Timer;
use super::voting::VotingRound;

pub mod checks;

/// The session file format this huddle writes and the newest it reads.
/// 2: an action may name the playbook practice it came from.
/// 3: phones may add their person; the session keeps what phones sent.
pub const FORMAT_VERSION: u32 = 3;

/// One workshop, from setup to wrap-up. The framework is copied in, so later
/// edits of the framework file never change what this session recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub format_version: u32,
    pub title: String,
    #[serde(default)]
    pub organisation: String,
    pub date: NaiveDate,
    #[serde(default)]
    pub facilitator: String,
    #[serde(default)]
    pub sponsor: String,
    /// The parts of the business being benchmarked, e.g. "Store", "Call centre".
    #[serde(default)]
    pub areas: Vec<String>,
    #[serde(default)]
    pub participants: Vec<Participant>,
    /// What was captured per habit, keyed by habit id.
    #[serde(default)]
    pub benchmark: BTreeMap<String, HabitRecord>,
    #[serde(default)]
    pub rounds: Vec<VotingRound>,
    #[serde(default)]
    pub plan: Vec<Action>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_benchmark: Option<NaiveDate>,
    /// Owners of actions must be participants (rather than any name).
    #[serde(default)]
    pub owners_from_participants: bool,
    /// The earlier benchmark this one follows, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows: Option<Previous>,
    /// What became of the earlier plan's open actions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub review: Vec<ActionReview>,
    /// The activity countdown, if one is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer: Option<Timer>,
    #[serde(default)]
    pub position: Position,
    /// Phones may add their person to the roster ("I'm not on the list");
    /// the facilitator allows it. New in format 3.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub phones_may_join: bool,
    /// Which scores and ballots came from a phone. New in format 3.
    #[serde(default, skip_serializing_if = "PhoneEntries::is_empty")]
    pub phone_entries: PhoneEntries,
    pub framework: Framework,
}

/// The phases of a workshop, in the order the facilitator usually runs them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Phase {
    #[default]
    Setup,
    Participants,
    Benchmark,
    Results,
    Prioritise,
    Plan,
    WrapUp,
}

impl Phase {
    pub const ALL: [Phase; 7] = [
        Phase::Setup,
        Phase::Participants,
        Phase::Benchmark,
        Phase::Results,
        Phase::Prioritise,
        Phase::Plan,
        Phase::WrapUp,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Phase::Setup => "Setup",
            Phase::Participants => "Participants",
            Phase::Benchmark => "Benchmark",
            Phase::Results => "Results",
            Phase::Prioritise => "Prioritise",
            Phase::Plan => "Plan",
            Phase::WrapUp => "Wrap-up",
        }
    }
}

/// Where the facilitator was, so a reopened session continues exactly there.
/// Each screen keeps its own cursor, so moving between phases loses no place.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Position {
    pub phase: Phase,
    /// Index of the habit on screen in the benchmark.
    pub habit: usize,
    /// Setup: the selected field or area row.
    pub setup_row: usize,
    /// Participants: the selected row and column.
    pub participant: Cursor,
    /// Benchmark: the selected participant (or note) row and score column.
    pub score: Cursor,
    /// Prioritise: the voting round on screen and its selected row.
    pub round: usize,
    pub round_row: usize,
    /// Plan: the selected action and column.
    pub action: Cursor,
}

/// A row and column in a table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Cursor {
    pub row: usize,
    pub column: usize,
}

impl Session {
    /// An empty session on the given framework.
    pub fn new(title: impl Into<String>, date: NaiveDate, framework: Framework) -> Self {
        Session {
            format_version: FORMAT_VERSION,
            title: title.into(),
            organisation: String::new(),
            date,
            facilitator: String::new(),
            sponsor: String::new(),
            areas: Vec::new(),
            participants: Vec::new(),
            benchmark: BTreeMap::new(),
            rounds: Vec::new(),
            plan: Vec::new(),
            next_benchmark: None,
            owners_from_participants: false,
            timer: None,
            follows: None,
            review: Vec::new(),
            position: Position::default(),
            phones_may_join: false,
            phone_entries: PhoneEntries::default(),
            framework,
        }
    }
}
