//! Tallies: a voting round as it may leave the laptop, counts without names.

use serde::Serialize;

use crate::domain::framework::Framework;
use crate::domain::stats::Results;
use crate::domain::voting::candidate::Candidate;
use crate::domain::voting::{VoteMethod, VotingRound};

/// A candidate's place in a revealed tally.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TallyRow {
    pub candidate: Candidate,
    /// The candidate as the room reads it.
    pub label: String,
    pub dots: u32,
    pub rank: usize,
    pub tied: bool,
}

/// A voting round as it may leave the laptop: who voted is a count, never a name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundTally {
    pub title: String,
    pub method: VoteMethod,
    pub candidates: Vec<Candidate>,
    pub dots_per_participant: u32,
    pub max_per_candidate: u32,
    pub voters: usize,
    pub revealed: bool,
    /// Most dots first; empty until the tally is revealed.
    pub ranking: Vec<TallyRow>,
    /// The ballots without names, sorted so their order says nothing about who
    /// cast them; empty until the tally is revealed.
    pub ballots: Vec<Vec<u32>>,
}

impl RoundTally {
    /// The round's public face; ties in the tally are ordered by the shown gaps.
    pub fn of(round: &VotingRound, framework: &Framework, results: &Results) -> Self {
        let (ranking, ballots) = if round.revealed {
            let ranking = round
                .ranked(results)
                .into_iter()
                .filter_map(|ranked| {
                    let candidate = round.candidates.get(ranked.candidate)?;
                    Some(TallyRow {
                        candidate: candidate.clone(),
                        label: candidate.label(framework),
                        dots: ranked.dots,
                        rank: ranked.rank,
                        tied: ranked.tied,
                    })
                })
                .collect();
            let mut ballots: Vec<Vec<u32>> = round.ballots.values().cloned().collect();
            ballots.sort_unstable();
            (ranking, ballots)
        } else {
            (Vec::new(), Vec::new())
        };
        RoundTally {
            title: round.title.clone(),
            method: round.method,
            candidates: round.candidates.clone(),
            dots_per_participant: round.dots_per_participant,
            max_per_candidate: round.max_per_candidate,
            voters: round.voters(),
            revealed: round.revealed,
            ranking,
            ballots,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::anonymous_room;

    #[test]
    fn ballots_leave_as_a_tally_and_a_sorted_list_without_names() {
        let mut s = anonymous_room();
        let mut round = VotingRound::new(
            "habits",
            vec![
                Candidate::Habit("listen".into()),
                Candidate::Habit("think".into()),
            ],
        );
        round.cast("Ben", vec![0, 1]).unwrap();
        round.cast("Ana", vec![1, 0]).unwrap();
        s.rounds.push(round.clone());
        let results = Results::of(&s);
        let secret = RoundTally::of(&round, &s.framework, &results);
        assert!(secret.ranking.is_empty() && secret.ballots.is_empty());
        assert_eq!(secret.voters, 2);
        round.revealed = true;
        let open = RoundTally::of(&round, &s.framework, &results);
        assert_eq!(open.ballots, [vec![0, 1], vec![1, 0]]);
        assert_eq!(open.ranking[0].dots, 1);
    }
}
