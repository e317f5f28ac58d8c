//! Checking a ballot or a show of hands against the round's limits: dots per
//! person, the stacking cap, and what the people present could give.

use super::{VotingRound, most_dots, total_dots};
use crate::domain::error::VoteError;

impl VotingRound {
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
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::domain::Candidate;
    use crate::domain::fixtures::habit_round as round;

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
    }
}
