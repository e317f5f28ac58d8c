//! The workshop's data and rules: plain Rust, no terminal and no file I/O, so every
//! rule can be tested on its own.

pub mod compare;
pub mod editing;
pub mod follow_up;
pub mod framework;
pub mod import;
pub mod plan;
pub mod privacy;
pub mod scoring;
pub mod session;
pub mod stats;
pub mod timer;
pub mod voting;

#[cfg(test)]
pub(crate) mod fixtures;

pub use compare::{ActionOutcome, AreaChange, CompareError, Comparison, HabitChange, compare};
pub use editing::{EditError, NoteKind, ScoreKind, SetupField};
pub use follow_up::{ActionReview, Previous, follow_up};
pub use framework::{Framework, Habit, Scale, TypedScore};
pub use plan::{Action, ActionStatus, default_next_benchmark, parse_due};
pub use privacy::{PublicSession, RoundTally, ScoreRow, TallyRow};
pub use scoring::{HabitRecord, Rating};
pub use session::{Cursor, FORMAT_VERSION, Participant, Phase, Position, Problem, Session};
pub use stats::{CultureIndex, HabitResult, HeatCell, HeatMap, Results};
pub use timer::Timer;
pub use voting::{
    Candidate, Ranked, VoteError, VoteMethod, VotingRound, barrier_candidates, habit_candidates,
};
