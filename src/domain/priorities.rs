//! The top priorities: the winners of the latest revealed voting round, which the
//! plan must answer with actions.

use super::plan::Action;
use super::session::Session;
use super::stats::Results;
use super::voting::candidate::Candidate;

/// How many of the ranked candidates count as the top priorities.
const TOP: usize = 3;

impl Session {
    /// The winners of the latest revealed round (rank 1 to 3, with dots), best
    /// first, ties ordered by the gaps in `results`.
    pub fn top_priorities(&self, results: &Results) -> Vec<Candidate> {
        let Some(round) = self.rounds.iter().rev().find(|round| round.revealed) else {
            return Vec::new();
        };
        round
            .ranked(results)
            .into_iter()
            .filter(|ranked| ranked.rank <= TOP && ranked.dots > 0)
            .map(|ranked| round.candidates[ranked.candidate].clone())
            .collect()
    }

    /// Top priorities that no action answers yet.
    pub fn priorities_without_action(&self, results: &Results) -> Vec<Candidate> {
        let plan = &self.plan;
        self.top_priorities(results)
            .into_iter()
            .filter(|candidate| !plan.iter().any(|action| action.answers(candidate)))
            .collect()
    }
}

impl Action {
    /// Whether this action answers a voted candidate: builds its habit, or takes
    /// on its barrier or idea.
    pub fn answers(&self, candidate: &Candidate) -> bool {
        match candidate {
            Candidate::Habit(id) => self.habit.as_ref() == Some(id),
            Candidate::Barrier { text, .. } | Candidate::Idea(text) => {
                self.priority.as_ref() == Some(text)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::VotingRound;
    use crate::domain::fixtures::session;

    /// Five ideas with 3, 2, 2, 1 and 0 dots: a tie at rank 2, then rank 4.
    fn voted(revealed: bool) -> Session {
        let mut s = session(&["listen"], &[]);
        let ideas = ["Map", "Call", "Ask", "Visit", "Wait"];
        let mut round = VotingRound::new(
            "ideas",
            ideas
                .iter()
                .map(|i| Candidate::Idea(i.to_string()))
                .collect(),
        );
        round.method = crate::domain::VoteMethod::RoomTally;
        round.room_tally = vec![3, 2, 2, 1, 0];
        round.present = Some(8);
        round.revealed = revealed;
        s.rounds.push(round);
        s
    }

    fn words(candidates: &[Candidate]) -> Vec<String> {
        let framework = crate::domain::fixtures::framework(&[]);
        candidates.iter().map(|c| c.label(&framework)).collect()
    }

    #[test]
    fn the_top_priorities_are_ranks_one_to_three_of_the_latest_revealed_round() {
        let mut s = voted(true);
        let results = Results::of(&s);
        assert_eq!(words(&s.top_priorities(&results)), ["Map", "Call", "Ask"]);
        s.rounds.push(voted(false).rounds.remove(0));
        assert_eq!(
            words(&s.top_priorities(&results)),
            ["Map", "Call", "Ask"],
            "a round still hidden does not count"
        );
        assert!(voted(false).top_priorities(&results).is_empty());
    }

    #[test]
    fn a_priority_an_action_answers_is_covered() {
        let mut s = voted(true);
        let mut action = Action::new("Map the journey").unwrap();
        action.priority = Some("Map".into());
        s.plan.push(action);
        let results = Results::of(&s);
        assert_eq!(
            words(&s.priorities_without_action(&results)),
            ["Call", "Ask"]
        );
    }
}
