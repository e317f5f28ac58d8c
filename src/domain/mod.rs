//! The workshop's data and rules: plain Rust, no terminal and no file I/O, so every
//! rule can be tested on its own. Each file holds one noun and the rules about it;
//! `error` holds every refusal, so the rules need not import one another for it.

pub mod areas;
pub mod compare;
pub mod error;
pub mod follow_up;
pub mod framework;
pub mod import;
pub(crate) mod names;
pub mod participants;
pub mod phone_entries;
pub mod plan;
pub mod playbook;
pub mod priorities;
pub mod privacy;
pub mod rollup;
pub mod scoring;
pub mod session;
pub mod setup;
pub mod stats;
pub mod timer;
pub mod trend;
pub mod voting;
pub mod wording;

#[cfg(test)]
pub(crate) mod fixtures;

pub use compare::{ActionOutcome, AreaChange, Comparison, HabitChange, compare, compare_through};
pub use error::{CompareError, EditError, VoteError};
pub use follow_up::{ActionReview, Previous, follow_up};
pub use framework::{Framework, Habit, Scale, TypedScore};
pub use participants::Participant;
pub use plan::{Action, ActionStatus, default_next_benchmark, parse_due, parse_next_benchmark};
pub use playbook::{Playbook, Practice};
pub use privacy::{PublicSession, RoundTally, ScoreRow, TallyRow};
pub use scoring::{HabitRecord, NoteKind, Rating, ScoreKind};
pub use session::checks::Problem;
pub use session::{Cursor, FORMAT_VERSION, Phase, Position, Session};
pub use setup::SetupField;
pub use stats::Results;
pub use stats::culture_index::{Coverage, CultureIndex};
pub use stats::habit::HabitResult;
pub use stats::heat_map::{HeatCell, HeatMap};
pub use stats::spread::Disagreement;
pub use timer::Timer;
pub use trend::{Point, Trend, trend};
pub use voting::candidate::{Candidate, barrier_candidates, habit_candidates};
pub use voting::ranking::Ranked;
pub use voting::{VoteMethod, VotingRound};
