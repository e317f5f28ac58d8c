//! Dot voting: rounds, ballots, the tally and its ranking with ties.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::editing::{EditError, NoteKind};
use super::framework::Framework;
use super::session::{Participant, Session};
use super::stats::{HabitResult, Results};

/// What the room can put dots on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Candidate {
    /// A habit of the framework, by id.
    Habit(String),
    /// A barrier captured for a habit during the benchmark.
    Barrier { habit: String, text: String },
    /// Anything the facilitator adds by hand.
    Idea(String),
}

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
}

/// Why a ballot or tally is refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum VoteError {
    #[error("this round is closed: reopen it with c to change a vote")]
    Closed,
    #[error("votes are in: start a new round to change its candidates or settings")]
    VotesIn,
    #[error("the ballot has {found} entries but the round has {expected} candidates")]
    WrongLength { expected: usize, found: usize },
    #[error("{used} dots placed but each person has {allowed}")]
    OverLimit { used: u64, allowed: u32 },
    #[error("{dots} dots on one candidate; at most {cap} may be stacked on one")]
    OverStackingCap { dots: u32, cap: u32 },
    #[error("{total} dots counted but {present} people can give at most {max}")]
    TallyTooHigh { total: u64, present: u32, max: u64 },
    #[error(
        "{count} dots on one candidate but {present} people with at most {cap} each can give it {max}"
    )]
    CountTooHigh {
        count: u32,
        present: u32,
        cap: u32,
        max: u64,
    },
}

impl From<VoteError> for EditError {
    fn from(error: VoteError) -> Self {
        EditError::Vote(error.to_string())
    }
}

/// A candidate's place in the revealed tally.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    /// Index into the round's candidates.
    pub candidate: usize,
    pub dots: u32,
    /// 1 for the most dots; tied candidates share a rank (1, 2, 2, 4).
    pub rank: usize,
    pub tied: bool,
}

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

impl Candidate {
    /// The candidate as the room reads it: a habit's name, a barrier, an idea.
    pub fn label(&self, framework: &Framework) -> String {
        match self {
            Candidate::Habit(id) => framework
                .habit(id)
                .map_or_else(|| id.clone(), |h| h.name.clone()),
            Candidate::Barrier { text, .. } | Candidate::Idea(text) => text.clone(),
        }
    }

    /// The habit a candidate belongs to, if any.
    pub fn habit(&self) -> Option<&str> {
        match self {
            Candidate::Habit(habit) | Candidate::Barrier { habit, .. } => Some(habit),
            Candidate::Idea(_) => None,
        }
    }

    /// The gap (target minus current) of the candidate's habit: ties in a tally
    /// are ordered by it.
    pub fn gap(&self, results: &Results) -> Option<f64> {
        self.habit()
            .and_then(|habit| results.habit(habit))
            .and_then(|h| h.gap)
    }
}

/// The habits as candidates, the largest gap first (unscored habits last).
pub fn habit_candidates(framework: &Framework, results: &Results) -> Vec<Candidate> {
    let mut habits: Vec<&HabitResult> = results.habits.iter().collect();
    habits.sort_by(|a, b| compare_gaps(a.gap, b.gap));
    habits
        .into_iter()
        .filter(|h| framework.habit(&h.habit_id).is_some())
        .map(|h| Candidate::Habit(h.habit_id.clone()))
        .collect()
}

/// Every barrier captured in the benchmark, habit by habit, as candidates.
pub fn barrier_candidates(session: &Session) -> Vec<Candidate> {
    session
        .framework
        .habits
        .iter()
        .flat_map(|habit| {
            session
                .notes(&habit.id, NoteKind::Barrier)
                .iter()
                .map(|text| Candidate::Barrier {
                    habit: habit.id.clone(),
                    text: text.clone(),
                })
        })
        .collect()
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

    /// Records (or replaces) one participant's ballot, if it keeps the rules.
    pub fn cast(&mut self, participant: &str, dots: Vec<u32>) -> Result<(), VoteError> {
        if self.closed {
            return Err(VoteError::Closed);
        }
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
        self.revealed
    }

    /// Checks one participant's ballot against the round's limits.
    pub fn check_ballot(&self, dots: &[u32]) -> Result<(), VoteError> {
        if dots.len() != self.candidates.len() {
            return Err(VoteError::WrongLength {
                expected: self.candidates.len(),
                found: dots.len(),
            });
        }
        if let Some(&most) = dots
            .iter()
            .max()
            .filter(|&&most| most > self.max_per_candidate)
        {
            return Err(VoteError::OverStackingCap {
                dots: most,
                cap: self.max_per_candidate,
            });
        }
        let used = total_dots(dots);
        if used > u64::from(self.dots_per_participant) {
            return Err(VoteError::OverLimit {
                used,
                allowed: self.dots_per_participant,
            });
        }
        Ok(())
    }

    /// Checks a show-of-hands tally: no more dots in all than the people present
    /// could give, and none on one candidate than they could stack on it.
    pub fn check_room_tally(&self, counts: &[u32], present: u32) -> Result<(), VoteError> {
        if counts.len() != self.candidates.len() {
            return Err(VoteError::WrongLength {
                expected: self.candidates.len(),
                found: counts.len(),
            });
        }
        let total = total_dots(counts);
        let max = most_dots(present, self.dots_per_participant);
        if total > max {
            return Err(VoteError::TallyTooHigh {
                total,
                present,
                max,
            });
        }
        let cap = self.max_per_candidate;
        let most_on_one = most_dots(present, cap);
        if let Some(&count) = counts
            .iter()
            .max()
            .filter(|&&count| u64::from(count) > most_on_one)
        {
            return Err(VoteError::CountTooHigh {
                count,
                present,
                cap,
                max: most_on_one,
            });
        }
        Ok(())
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

    /// The tally ranked: most dots first; among equal dots the larger gap first
    /// (candidates without a gap last), then candidate order.
    pub fn ranking(&self, gap_of: impl Fn(&Candidate) -> Option<f64>) -> Vec<Ranked> {
        let tally = self.tally();
        let gaps: Vec<Option<f64>> = self.candidates.iter().map(&gap_of).collect();
        let mut order: Vec<usize> = (0..tally.len()).collect();
        order.sort_by(|&a, &b| {
            tally[b]
                .cmp(&tally[a])
                .then_with(|| compare_gaps(gaps[a], gaps[b]))
                .then(a.cmp(&b))
        });
        let mut ranked = Vec::with_capacity(order.len());
        for (position, &candidate) in order.iter().enumerate() {
            let dots = tally[candidate];
            let rank = match ranked.last() {
                Some(Ranked {
                    dots: previous,
                    rank,
                    ..
                }) if *previous == dots => *rank,
                _ => position + 1,
            };
            let tied = tally.iter().filter(|&&other| other == dots).count() > 1;
            ranked.push(Ranked {
                candidate,
                dots,
                rank,
                tied,
            });
        }
        ranked
    }
}

/// Larger gap first; a missing gap sorts after any gap.
fn compare_gaps(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => b.total_cmp(&a),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(candidates: &[&str]) -> VotingRound {
        VotingRound::new(
            "habits",
            candidates
                .iter()
                .map(|id| Candidate::Habit(id.to_string()))
                .collect(),
        )
    }

    #[test]
    fn default_dots_are_a_third_of_the_candidates_rounded_up() {
        assert_eq!(default_dots(7), 3);
        assert_eq!(default_dots(6), 2);
        assert_eq!(default_dots(1), 1);
        assert_eq!(default_dots(10), 4);
    }

    #[test]
    fn ballots_over_the_limit_or_the_cap_are_refused() {
        let round = round(&["a", "b", "c", "d", "e", "f", "g"]);
        assert_eq!(round.check_ballot(&[1, 1, 1, 0, 0, 0, 0]), Ok(()));
        assert_eq!(
            round.check_ballot(&[1, 1, 1, 1, 0, 0, 0]),
            Err(VoteError::OverLimit {
                used: 4,
                allowed: 3
            })
        );
        assert_eq!(
            round.check_ballot(&[3, 0, 0, 0, 0, 0, 0]),
            Err(VoteError::OverStackingCap { dots: 3, cap: 2 })
        );
        assert!(matches!(
            round.check_ballot(&[1]),
            Err(VoteError::WrongLength {
                expected: 7,
                found: 1
            })
        ));
    }

    #[test]
    fn a_room_tally_cannot_exceed_dots_times_people() {
        let round = round(&["a", "b", "c"]);
        // one dot each for 4 people: at most 4
        assert_eq!(round.check_room_tally(&[2, 1, 1], 4), Ok(()));
        assert!(matches!(
            round.check_room_tally(&[3, 1, 1], 4),
            Err(VoteError::TallyTooHigh {
                total: 5,
                max: 4,
                ..
            })
        ));
    }

    #[test]
    fn a_show_of_hands_cannot_stack_more_on_one_candidate_than_people_times_cap() {
        let mut round = round(&["a", "b", "c"]);
        round.dots_per_participant = 3;
        // 2 people, at most 2 each on one candidate: 4 on one, 6 in all.
        assert_eq!(round.check_room_tally(&[4, 2, 0], 2), Ok(()));
        assert_eq!(
            round.check_room_tally(&[5, 0, 0], 2),
            Err(VoteError::CountTooHigh {
                count: 5,
                present: 2,
                cap: 2,
                max: 4
            })
        );
        assert_eq!(
            round.set_room_tally(vec![0, 5, 0], 2),
            Err(VoteError::CountTooHigh {
                count: 5,
                present: 2,
                cap: 2,
                max: 4
            })
        );
        assert!(
            round.room_tally.is_empty(),
            "a refused tally changes nothing"
        );
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
    fn huge_values_from_a_file_are_refused_or_saturate_never_overflow() {
        let mut round = round(&["a", "b"]);
        round.dots_per_participant = u32::MAX;
        round.max_per_candidate = u32::MAX;
        let most = u64::from(u32::MAX);
        assert_eq!(
            round.check_ballot(&[u32::MAX, u32::MAX]),
            Err(VoteError::OverLimit {
                used: 2 * most,
                allowed: u32::MAX
            })
        );
        assert_eq!(round.check_room_tally(&[u32::MAX, 0], u32::MAX), Ok(()));
        assert_eq!(
            round.check_room_tally(&[u32::MAX, u32::MAX], u32::MAX),
            Ok(()),
            "u32::MAX people with u32::MAX dots each can give that much"
        );
        round.dots_per_participant = 1;
        assert_eq!(
            round.check_room_tally(&[u32::MAX, u32::MAX], 2),
            Err(VoteError::TallyTooHigh {
                total: 2 * most,
                present: 2,
                max: 2
            })
        );
        round.ballots.insert("Ana".into(), vec![u32::MAX, 0]);
        round.ballots.insert("Ben".into(), vec![u32::MAX, 1]);
        assert_eq!(round.tally(), [u32::MAX, 1], "the tally saturates");
    }

    #[test]
    fn ties_share_a_rank_and_the_larger_gap_goes_first() {
        let mut round = round(&["listen", "think", "empower", "delight"]);
        round.dots_per_participant = 4;
        round.ballots.insert("Ana".into(), vec![2, 1, 1, 0]);
        round.ballots.insert("Ben".into(), vec![0, 1, 1, 2]);
        // tally: listen 2, think 2, empower 2, delight 2 -> all tied
        round.ballots.insert("Cy".into(), vec![1, 0, 0, 0]);
        // tally: listen 3, think 2, empower 2, delight 2
        let gap = |candidate: &Candidate| match candidate {
            Candidate::Habit(id) if id == "think" => Some(0.5),
            Candidate::Habit(id) if id == "empower" => Some(1.5),
            _ => None,
        };
        let ranked = round.ranking(gap);
        let summary: Vec<(usize, u32, usize, bool)> = ranked
            .iter()
            .map(|r| (r.candidate, r.dots, r.rank, r.tied))
            .collect();
        assert_eq!(
            summary,
            vec![
                (0, 3, 1, false),
                (2, 2, 2, true), // empower: gap 1.5
                (1, 2, 2, true), // think: gap 0.5
                (3, 2, 2, true), // delight: no gap
            ]
        );
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
    use crate::domain::fixtures::{add_person, score, session};

    fn noon() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 5, 14)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap()
    }

    #[test]
    fn habit_candidates_come_largest_gap_first() {
        let mut s = session(&["listen", "think", "values"], &[]);
        add_person(&mut s, "Ana", None);
        score(&mut s, "listen", "Ana", Some(3), Some(4)); // gap 1
        score(&mut s, "think", "Ana", Some(1), Some(4)); // gap 3
        // values: no scores, no gap: last
        let candidates = habit_candidates(&s.framework, &Results::of(&s));
        let ids: Vec<&str> = candidates.iter().filter_map(Candidate::habit).collect();
        assert_eq!(ids, ["think", "listen", "values"]);
    }

    #[test]
    fn barrier_candidates_carry_their_habit() {
        let mut s = session(&["listen", "think"], &[]);
        s.set_note("think", NoteKind::Barrier, None, "Silos")
            .unwrap();
        s.set_note("listen", NoteKind::Barrier, None, "Five tools")
            .unwrap();
        let candidates = barrier_candidates(&s);
        assert_eq!(
            candidates,
            [
                Candidate::Barrier {
                    habit: "listen".into(),
                    text: "Five tools".into()
                },
                Candidate::Barrier {
                    habit: "think".into(),
                    text: "Silos".into()
                },
            ]
        );
        assert_eq!(candidates[1].label(&s.framework), "Silos");
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
        /// Any numbers a file can hold: the checks agree with arithmetic that
        /// cannot overflow (u128), and nothing panics.
        #[test]
        fn checks_hold_for_any_numbers_a_file_can_hold(
            dots in any::<u32>(),
            cap in any::<u32>(),
            present in any::<u32>(),
            counts in prop::collection::vec(prop_oneof![Just(u32::MAX), any::<u32>(), 0u32..5], 3),
        ) {
            let mut round = VotingRound::new("r", (0..3).map(|i| Candidate::Idea(i.to_string())).collect());
            round.dots_per_participant = dots;
            round.max_per_candidate = cap;
            let sum: u128 = counts.iter().map(|&c| u128::from(c)).sum();
            let most_on_one = u128::from(present) * u128::from(cap);
            let most = u128::from(present) * u128::from(dots);
            let fits = counts.iter().all(|&c| u128::from(c) <= most_on_one) && sum <= most;
            prop_assert_eq!(round.check_room_tally(&counts, present).is_ok(), fits);
            let keeps = counts.iter().all(|&c| c <= cap) && sum <= u128::from(dots);
            prop_assert_eq!(round.check_ballot(&counts).is_ok(), keeps);
            round.ballots.insert("Ana".into(), counts.clone());
            round.ballots.insert("Ben".into(), counts.clone());
            let tally = round.tally();
            for (count, &one) in tally.iter().zip(&counts) {
                prop_assert_eq!(u128::from(*count), (2 * u128::from(one)).min(u128::from(u32::MAX)));
            }
        }

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
            let ranked = round.ranking(|_| None);
            prop_assert_eq!(ranked.len(), 5);
            prop_assert!(ranked.windows(2).all(|w| w[0].dots >= w[1].dots));
        }
    }
}
