//! Why the domain refuses a change, in words for the screen: one enum per kind of
//! refusal, each a leaf the rules import without importing one another.

use thiserror::Error;

use super::wording::people;

/// Why a change was refused, in words for the screen.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EditError {
    #[error("the workshop needs a title")]
    EmptyTitle,
    #[error("a name cannot be empty")]
    EmptyName,
    #[error("\"{0}\" is already in the room: give each person a different name")]
    DuplicateParticipant(String),
    #[error("there is already an area called \"{0}\"")]
    DuplicateArea(String),
    #[error("{value} is off the scale: scores run from {min} to {max}")]
    OffScale { value: u16, min: u8, max: u8 },
    #[error("\"{0}\" is not a date: write it as YYYY-MM-DD, e.g. 2026-05-14")]
    BadDate(String),
    #[error("empty text is not kept: type something, or Esc to cancel")]
    EmptyText,
    #[error("\"{0}\" is not a date: write YYYY-MM-DD, or +30d / +6w from today")]
    BadDue(String),
    #[error("an action needs words: what will be done?")]
    EmptyAction,
    #[error("\"{0}\" is not a participant (owners are limited to participants)")]
    UnknownOwner(String),
    #[error("\"{0}\" is not a number of minutes")]
    BadMinutes(String),
    #[error("{minutes} minutes is longer than a day: the timer runs {most} minutes at most")]
    TooManyMinutes { minutes: u64, most: u32 },
    #[error(
        "{date} is too far ahead: huddle takes dates up to {latest} (at most {years} years after the workshop)"
    )]
    TooFarAhead {
        date: String,
        latest: String,
        years: u32,
    },
    #[error(
        "the next benchmark ({date}) must come after the workshop ({workshop}): it measures what changed since"
    )]
    BenchmarkNotAfterWorkshop { date: String, workshop: String },
    #[error(
        "{name}'s ballot is part of the closed round \"{round}\": reopen it with c first, or keep {name}"
    )]
    BallotInClosedRound { name: String, round: String },
    #[error(
        "{name}'s ballot is in the revealed tally of \"{round}\": hide the tally first (r), or the drop would show how {name} voted"
    )]
    BallotInRevealedRound { name: String, round: String },
    #[error(
        "this habit is revealed: r hides it first, or the room would see an anonymous score move"
    )]
    AnonymousScoreShown,
    #[error(transparent)]
    Vote(#[from] VoteError),
    #[error("that item no longer exists")]
    Missing,
    /// The change would break a rule of the session, so the file would not reopen.
    #[error("not changed: {0}")]
    Broken(String),
}

/// Why a ballot or tally is refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum VoteError {
    #[error("this round is closed: reopen it with c to change a vote")]
    Closed,
    #[error("the tally is on show: r hides it first, or the room would see this ballot in it")]
    Revealed,
    #[error("votes are in: start a new round to change its candidates or settings")]
    VotesIn,
    #[error("the ballot has {found} entries but the round has {expected} candidates")]
    WrongLength { expected: usize, found: usize },
    #[error("{used} dots placed but each person has {allowed}")]
    OverLimit { used: u64, allowed: u32 },
    #[error("{dots} dots on one candidate; at most {cap} may be stacked on one")]
    OverStackingCap { dots: u32, cap: u32 },
    #[error("{total} dots counted but {} can give at most {max}", people(u64::from(*present)))]
    TallyTooHigh { total: u64, present: u32, max: u64 },
    #[error(
        "{count} dots on one candidate but {} with at most {cap} each can give it {max}",
        people(u64::from(*present))
    )]
    CountTooHigh {
        count: u32,
        present: u32,
        cap: u32,
        max: u64,
    },
}

/// Why two sessions cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CompareError {
    #[error(
        "the sessions use different frameworks: \"{old}\" and \"{new}\"; only benchmarks on the same framework compare"
    )]
    DifferentFramework { old: String, new: String },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_vote_reads_the_same_as_an_edit_error() {
        let error = VoteError::OverStackingCap { dots: 3, cap: 2 };
        assert_eq!(
            EditError::from(error.clone()).to_string(),
            error.to_string()
        );
    }
}
