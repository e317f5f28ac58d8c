//! Dot voting: rounds, ballots and the tally. What the room votes on is in
//! `candidate`, the checks of a ballot against the round's limits in `ballot`, and
//! the order of the revealed tally with its gap tiebreak in `ranking`.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::error::VoteError;
use super::participants::Participant;

pub mod ballot;
pub mod candidate;
pub mod ranking;

use candidate::Candidate;

/// How the votes of a round are collected.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoteMethod {
    /// Each participant places their own dots on the laptop, unseen.
    #[default]
    SecretBallot,
    /// The facilitator types each participant's dots.
    FacilitatorEntry,
    /// A show of hands: the facilitator types the count per candidate.
    RoomTally,
}

/// One round of dot voting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VotingRound {
    pub title: String,
    pub candidates: Vec<Candidate>,
    pub dots_per_participant: u32,
    /// The most dots one participant may stack on one candidate.
    pub max_per_candidate: u32,
    #[serde(default)]
    pub method: VoteMethod,
    /// Dots per candidate (in candidate order), keyed by participant name.
    #[serde(default)]
    pub ballots: BTreeMap<String, Vec<u32>>,
    /// Counts per candidate when the round is a show of hands.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub room_tally: Vec<u32>,
    /// How many people voted in a show of hands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub present: Option<u32>,
    /// Whether the tally is on show; a revealed round can be hidden again for
    /// late voters.
    #[serde(default)]
    pub revealed: bool,
    /// When the tally was last revealed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revealed_at: Option<NaiveDateTime>,
    /// A closed round takes no more changes to its ballots.
    #[serde(default)]
    pub closed: bool,
    /// The ballots as they stood when the tally was last revealed, so a later
    /// reveal can tell whether it would show one person's ballot by difference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shown_ballots: Option<BTreeMap<String, Vec<u32>>>,
}

/// The most dots one person may have in a round, and the highest stacking cap.
/// A dot vote picks a few priorities from a handful of candidates; a file asking
/// for more is a typo, and refusing it keeps every tally far from overflowing.
pub const MOST_DOTS: u32 = 100;

/// The largest number a show of hands counts: heads present, or hands for one
/// candidate. More than any room huddle is made for.
pub const MOST_COUNTED: u32 = 9999;

/// All the dots in a ballot or a tally. Counted in u64: values come from a file a
/// facilitator can edit, and a sum of u32s can overflow u32.
pub fn total_dots(counts: &[u32]) -> u64 {
    counts.iter().map(|&count| u64::from(count)).sum()
}

/// The most dots `people` can give when each gives at most `each`.
pub fn most_dots(people: u32, each: u32) -> u64 {
    u64::from(people) * u64::from(each)
}

/// The default number of dots: a third of the candidates, rounded up.
pub fn default_dots(candidates: usize) -> u32 {
    u32::try_from(candidates.div_ceil(3)).unwrap_or(u32::MAX)
}

impl VotingRound {
    /// A new, open round with the default settings for its candidates.
    pub fn new(title: impl Into<String>, candidates: Vec<Candidate>) -> Self {
        VotingRound {
            title: title.into(),
            dots_per_participant: default_dots(candidates.len()),
            max_per_candidate: 2,
            candidates,
            method: VoteMethod::default(),
            ballots: BTreeMap::new(),
            room_tally: Vec::new(),
            present: None,
            revealed: false,
            revealed_at: None,
            closed: false,
            shown_ballots: None,
        }
    }

    /// Whether any vote is in, after which candidates and settings stay fixed.
    pub fn has_votes(&self) -> bool {
        !self.ballots.is_empty() || self.room_tally.iter().any(|&n| n > 0)
    }

    /// Whether this person's ballot is in.
    pub fn has_voted(&self, participant: &str) -> bool {
        self.ballots.contains_key(participant)
    }

    /// The next of `people` who has not voted, looking from index `from` on and
    /// wrapping round to the top; `None` once everyone has voted.
    pub fn next_voter(&self, people: &[Participant], from: usize) -> Option<usize> {
        (0..people.len())
            .map(|step| (from + step) % people.len())
            .find(|&i| !self.has_voted(&people[i].name))
    }

    /// Whether a ballot may be cast, replaced or taken away now. Not in a closed
    /// round, and not while the tally of ballots is on show: the room would see
    /// it move by exactly that person's dots. A show of hands is public anyway.
    pub fn takes_ballots(&self) -> Result<(), VoteError> {
        if self.closed {
            return Err(VoteError::Closed);
        }
        if self.revealed && self.method != VoteMethod::RoomTally {
            return Err(VoteError::Revealed);
        }
        Ok(())
    }

    /// The one person whose ballot came in, changed or went since the tally was
    /// last revealed, if exactly one did: revealing again would show the
    /// difference, which is their ballot. `None` for a round never revealed, a
    /// show of hands, or when no or several ballots changed.
    pub fn lone_change_since_shown(&self) -> Option<&str> {
        let shown = self.shown_ballots.as_ref()?;
        if self.method == VoteMethod::RoomTally {
            return None;
        }
        let mut changed = self
            .ballots
            .iter()
            .filter(|(name, dots)| shown.get(*name) != Some(*dots))
            .map(|(name, _)| name)
            .chain(
                shown
                    .keys()
                    .filter(|name| !self.ballots.contains_key(*name)),
            );
        let first = changed.next()?;
        changed.next().is_none().then_some(first.as_str())
    }

    /// Records (or replaces) one participant's ballot, if it keeps the rules.
    pub fn cast(&mut self, participant: &str, dots: Vec<u32>) -> Result<(), VoteError> {
        self.takes_ballots()?;
        self.check_ballot(&dots)?;
        self.ballots.insert(participant.to_string(), dots);
        Ok(())
    }

    /// Records a show-of-hands tally, if it is possible for the people present.
    pub fn set_room_tally(&mut self, counts: Vec<u32>, present: u32) -> Result<(), VoteError> {
        if self.closed {
            return Err(VoteError::Closed);
        }
        self.check_room_tally(&counts, present)?;
        self.room_tally = counts;
        self.present = Some(present);
        Ok(())
    }

    /// Shows or hides the tally; returns whether it is now shown.
    pub fn toggle_reveal(&mut self, now: NaiveDateTime) -> bool {
        self.revealed = !self.revealed;
        if self.revealed {
            self.revealed_at = Some(now);
        }
        // Shown now, or on show until now (no ballot changes while shown): also
        // right for a file from before huddle kept this, once it is hidden.
        self.shown_ballots = Some(self.ballots.clone());
        self.revealed
    }

    /// Dots per candidate, in candidate order.
    pub fn tally(&self) -> Vec<u32> {
        if self.method == VoteMethod::RoomTally {
            let mut counts = self.room_tally.clone();
            counts.resize(self.candidates.len(), 0);
            return counts;
        }
        let mut counts = vec![0u32; self.candidates.len()];
        for ballot in self.ballots.values() {
            for (count, &dots) in counts.iter_mut().zip(ballot) {
                // Only a hand-edited file gets near u32::MAX dots; it saturates there.
                *count = count.saturating_add(dots);
            }
        }
        counts
    }

    /// How many people have voted (ballots, or the head count of a show of hands).
    pub fn voters(&self) -> usize {
        match self.method {
            VoteMethod::RoomTally => self.present.map_or(0, |n| n as usize),
            _ => self.ballots.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::habit_round as round;

    #[test]
    fn default_dots_are_a_third_of_the_candidates_rounded_up() {
        assert_eq!(default_dots(7), 3);
        assert_eq!(default_dots(6), 2);
        assert_eq!(default_dots(1), 1);
        assert_eq!(default_dots(10), 4);
    }

    #[test]
    fn the_next_voter_is_the_next_person_without_a_ballot_wrapping_round() {
        let mut round = round(&["a"]);
        let mut s = crate::domain::fixtures::session(&["a"], &[]);
        for name in ["Ana", "Ben", "Cy", "Dee"] {
            crate::domain::fixtures::add_person(&mut s, name, None);
        }
        let people = &s.participants;
        assert_eq!(round.next_voter(people, 0), Some(0));
        round.ballots.insert("Ana".into(), vec![1]);
        round.ballots.insert("Cy".into(), vec![1]);
        assert_eq!(round.next_voter(people, 1), Some(1));
        assert_eq!(round.next_voter(people, 2), Some(3));
        assert_eq!(round.next_voter(people, 4), Some(1), "wraps to the top");
        round.ballots.insert("Ben".into(), vec![1]);
        round.ballots.insert("Dee".into(), vec![1]);
        assert_eq!(round.next_voter(people, 0), None, "everyone has voted");
        assert_eq!(round.next_voter(&[], 0), None);
    }

    #[test]
    fn a_show_of_hands_counts_only_the_typed_tally() {
        let mut round = round(&["a", "b"]);
        round.method = VoteMethod::RoomTally;
        round.room_tally = vec![5];
        round.present = Some(6);
        assert_eq!(round.tally(), vec![5, 0]);
        assert_eq!(round.voters(), 6);
    }
}

#[cfg(test)]
mod round_tests {
    use chrono::NaiveDate;
    use proptest::prelude::*;

    use super::*;
    use crate::domain::Results;
    use crate::domain::fixtures::session;

    fn noon() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 5, 14)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap()
    }

    #[test]
    fn a_closed_round_takes_no_ballot_and_a_bad_ballot_changes_nothing() {
        let mut round = VotingRound::new(
            "r",
            vec![Candidate::Idea("a".into()), Candidate::Idea("b".into())],
        );
        assert_eq!(
            round.cast("Ana", vec![2, 0]),
            Err(VoteError::OverLimit {
                used: 2,
                allowed: 1
            })
        );
        assert!(round.ballots.is_empty());
        round.cast("Ana", vec![0, 1]).unwrap();
        round.cast("Ana", vec![1, 0]).unwrap();
        assert_eq!(
            round.tally(),
            [1, 0],
            "a changed ballot replaces the old one"
        );
        round.closed = true;
        assert_eq!(round.cast("Ben", vec![1, 0]), Err(VoteError::Closed));
    }

    #[test]
    fn revealing_records_when_and_hiding_keeps_it() {
        let mut round = VotingRound::new("r", vec![Candidate::Idea("a".into())]);
        assert!(round.toggle_reveal(noon()));
        assert!(!round.toggle_reveal(noon()));
        assert_eq!(round.revealed_at, Some(noon()));
    }

    proptest! {
        #[test]
        fn the_tally_adds_up_every_dot_cast_and_revealing_changes_no_ballot(
            ballots in prop::collection::vec(prop::collection::vec(0u32..=2, 5), 0..15),
        ) {
            let mut round = VotingRound::new("r", (0..5).map(|i| Candidate::Idea(i.to_string())).collect());
            round.dots_per_participant = 10;
            for (i, ballot) in ballots.iter().enumerate() {
                round.cast(&format!("P{i}"), ballot.clone()).unwrap();
            }
            let cast: u32 = ballots.iter().flatten().sum();
            prop_assert_eq!(round.tally().iter().sum::<u32>(), cast);
            let before = round.ballots.clone();
            round.toggle_reveal(noon());
            prop_assert_eq!(&round.ballots, &before);
            let ranked = round.ranked(&Results::of(&session(&[], &[])));
            prop_assert_eq!(ranked.len(), 5);
            prop_assert!(ranked.windows(2).all(|w| w[0].dots >= w[1].dots));
        }
    }
}
