//! The revealed tally in order: most dots first, ties broken by the larger gap
//! (target minus current) of the candidate's habit. Every screen and export ranks
//! a round through `VotingRound::ranked`, so the tiebreak has one home.

use std::cmp::Ordering;

use super::VotingRound;
use super::candidate::Candidate;
use crate::domain::stats::Results;

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

impl Ranked {
    /// The place as the tally writes it: "=1" for a place shared by a tie, so
    /// every screen that numbers priorities shows a tie the same way.
    pub fn place(&self) -> String {
        if self.tied {
            format!("={}", self.rank)
        } else {
            self.rank.to_string()
        }
    }
}

impl VotingRound {
    /// The tally ranked: most dots first; among equal dots the larger gap of the
    /// candidate's habit in `results` first (candidates without a gap last), then
    /// candidate order.
    pub fn ranked(&self, results: &Results) -> Vec<Ranked> {
        let tally = self.tally();
        let gaps: Vec<Option<f64>> = self
            .candidates
            .iter()
            .map(|candidate| gap(candidate, results))
            .collect();
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

/// The gap (target minus current) of the candidate's habit, by which ties in a
/// tally are ordered; an idea has none.
fn gap(candidate: &Candidate, results: &Results) -> Option<f64> {
    candidate
        .habit()
        .and_then(|habit| results.habit(habit))
        .and_then(|h| h.gap)
}

/// Larger gap first; a missing gap sorts after any gap.
pub(super) fn compare_gaps(a: Option<f64>, b: Option<f64>) -> Ordering {
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
    use crate::domain::fixtures::{add_person, habit_round, score, session};

    #[test]
    fn ties_share_a_rank_and_the_larger_gap_goes_first() {
        let habits = ["listen", "think", "empower", "delight"];
        let mut s = session(&habits, &[]);
        add_person(&mut s, "Ana", None);
        add_person(&mut s, "Ben", None);
        // think: current 3, 3 and target 4, 3: gap 0.5
        score(&mut s, "think", "Ana", Some(3), Some(4));
        score(&mut s, "think", "Ben", Some(3), Some(3));
        // empower: current 2, 2 and target 4, 3: gap 1.5
        score(&mut s, "empower", "Ana", Some(2), Some(4));
        score(&mut s, "empower", "Ben", Some(2), Some(3));
        // listen: current only, no gap; delight: not scored
        score(&mut s, "listen", "Ana", Some(4), None);
        let results = Results::of(&s);
        let mut round = habit_round(&habits);
        round.dots_per_participant = 4;
        round.ballots.insert("Ana".into(), vec![2, 1, 1, 0]);
        round.ballots.insert("Ben".into(), vec![0, 1, 1, 2]);
        // tally: listen 2, think 2, empower 2, delight 2 -> all tied
        round.ballots.insert("Cy".into(), vec![1, 0, 0, 0]);
        // tally: listen 3, think 2, empower 2, delight 2
        let ranked = round.ranked(&results);
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
}
