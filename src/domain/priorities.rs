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
        self.top_priorities_placed(results)
            .into_iter()
            .map(|(candidate, _)| candidate)
            .collect()
    }

    /// The top priorities with their places as the tally shows them ("=1" for
    /// a tie), for lists that number them.
    pub fn top_priorities_placed(&self, results: &Results) -> Vec<(Candidate, String)> {
        let Some(round) = self.rounds.iter().rev().find(|round| round.revealed) else {
            return Vec::new();
        };
        round
            .ranked(results)
            .into_iter()
            .filter(|ranked| ranked.rank <= TOP && ranked.dots > 0)
            .map(|ranked| (round.candidates[ranked.candidate].clone(), ranked.place()))
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

    /// Whether the workshop is wrapped up: the results are complete, a round has
    /// named the priorities, the plan has actions and answers every top
    /// priority, and the next benchmark has a date. A date set early, while the
    /// room still scores, does not make the wrap-up done.
    pub fn wrap_up_complete(&self, results: &Results) -> bool {
        self.results_complete()
            && self.rounds.iter().any(|round| round.revealed)
            && !self.plan.is_empty()
            && self.priorities_without_action(results).is_empty()
            && self.next_benchmark.is_some()
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
    fn tied_priorities_share_their_place_as_in_the_tally() {
        let s = voted(true);
        let places: Vec<String> = s
            .top_priorities_placed(&Results::of(&s))
            .into_iter()
            .map(|(_, place)| place)
            .collect();
        assert_eq!(places, ["1", "=2", "=2"]);
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

    #[test]
    fn the_wrap_up_is_done_only_when_the_plan_answers_the_priorities_and_the_date_is_set() {
        let mut s = voted(true);
        crate::domain::fixtures::add_person(&mut s, "Ana", None);
        s.next_benchmark = s.date.checked_add_days(chrono::Days::new(180));
        assert!(
            !s.wrap_up_complete(&Results::of(&s)),
            "a date alone, with listen still hidden and no plan"
        );
        s.set_score("listen", "Ana", crate::domain::ScoreKind::Current, Some(3))
            .unwrap();
        s.toggle_reveal("listen");
        for idea in ["Map", "Call"] {
            let mut action = Action::new(idea).unwrap();
            action.priority = Some(idea.into());
            s.plan.push(action);
        }
        assert!(
            !s.wrap_up_complete(&Results::of(&s)),
            "\"Ask\" has no action yet"
        );
        let mut action = Action::new("Ask").unwrap();
        action.priority = Some("Ask".into());
        s.plan.push(action);
        assert!(s.wrap_up_complete(&Results::of(&s)));
        s.next_benchmark = None;
        assert!(!s.wrap_up_complete(&Results::of(&s)), "no next date");
    }
}
