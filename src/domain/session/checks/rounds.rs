//! The voting rounds' checks: limits a round may set, candidates from the
//! framework, and every ballot and show of hands as the app would have taken it.

use super::{Known, Problem, quoted};
use crate::domain::Session;
use crate::domain::voting::candidate::Candidate;
use crate::domain::voting::{MOST_COUNTED, MOST_DOTS, VoteMethod};

impl Session {
    pub(super) fn check_rounds(&self, known: &Known, problems: &mut Vec<Problem>) {
        for (index, round) in self.rounds.iter().enumerate() {
            let title = quoted(&round.title);
            let at = |message: String, more: &[&str]| {
                let mut anchors = vec!["rounds:", title.as_str()];
                anchors.extend_from_slice(more);
                Problem::new(
                    format!("voting round {} ({}): {message}", index + 1, round.title),
                    &anchors,
                )
            };
            if round.dots_per_participant == 0 || round.max_per_candidate == 0 {
                problems.push(at(
                    "dots per participant and the stacking cap must be at least 1".into(),
                    &["dots_per_participant:"],
                ));
            }
            for (field, value) in [
                ("dots_per_participant:", round.dots_per_participant),
                ("max_per_candidate:", round.max_per_candidate),
            ] {
                if value > MOST_DOTS {
                    problems.push(at(
                        format!(
                            "{} is {value}; dots per participant and the stacking cap are at most {MOST_DOTS}",
                            field.trim_end_matches(':')
                        ),
                        &[field],
                    ));
                }
            }
            let counted = round
                .present
                .into_iter()
                .chain(round.room_tally.iter().copied());
            if let Some(count) = counted.filter(|&count| count > MOST_COUNTED).max() {
                problems.push(at(
                    format!("the show of hands counts {count}; a count is at most {MOST_COUNTED}"),
                    &["room_tally:"],
                ));
            }
            for candidate in &round.candidates {
                let habit = match candidate {
                    Candidate::Habit(habit) | Candidate::Barrier { habit, .. } => habit,
                    Candidate::Idea(_) => continue,
                };
                if !known.habits.contains(habit.as_str()) {
                    problems.push(at(
                        format!("candidate habit \"{habit}\" is not in the framework"),
                        &["candidates:", &quoted(habit)],
                    ));
                }
            }
            // A show of hands as the app counts it: its counts against the head count.
            if round.method == VoteMethod::RoomTally
                && let Some(present) = round.present
                && let Err(error) = round.check_room_tally(&round.tally(), present)
            {
                problems.push(at(
                    format!("the show-of-hands tally is refused: {error}"),
                    &["room_tally:"],
                ));
            }
            for (person, ballot) in &round.ballots {
                if !known.people.contains(person.as_str()) {
                    problems.push(at(
                        format!("\"{person}\" voted but is not a participant"),
                        &["ballots:", &quoted(person)],
                    ));
                }
                if let Err(error) = round.check_ballot(ballot) {
                    problems.push(at(
                        format!("the ballot of \"{person}\" is refused: {error}"),
                        &["ballots:", &quoted(person)],
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::fixtures::{add_person, problem_messages, session};
    use crate::domain::voting::candidate::Candidate;
    use crate::domain::{VoteMethod, VotingRound};

    /// A hand-edited show of hands: 9 dots on one candidate from 2 people who may
    /// stack at most 2 each, and more dots in all than 2 people have.
    #[test]
    fn an_impossible_show_of_hands_is_reported_where_it_is() {
        let mut s = session(&["listen", "think"], &[]);
        let mut round = VotingRound::new(
            "habits",
            vec![
                Candidate::Habit("listen".into()),
                Candidate::Habit("think".into()),
            ],
        );
        round.method = VoteMethod::RoomTally;
        round.dots_per_participant = 2;
        round.max_per_candidate = 2;
        round.room_tally = vec![1, 9];
        round.present = Some(2);
        s.rounds.push(round);
        let problems = s.problems();
        assert_eq!(
            problem_messages(&s),
            [
                "voting round 1 (habits): the show-of-hands tally is refused: 10 dots counted but 2 people can give at most 4"
            ]
        );
        assert_eq!(
            problems[0].anchors,
            ["rounds:", "\"habits\"", "room_tally:"]
        );
        s.rounds[0].room_tally = vec![1, 3];
        assert_eq!(problem_messages(&s), Vec::<String>::new());
        s.rounds[0].room_tally = vec![0, 3];
        s.rounds[0].max_per_candidate = 1;
        assert_eq!(
            problem_messages(&s),
            [
                "voting round 1 (habits): the show-of-hands tally is refused: 3 dots on one candidate but 2 people with at most 1 each can give it 2"
            ]
        );
    }

    #[test]
    fn ballots_that_break_the_round_are_reported() {
        let mut s = session(&["listen", "think", "empower"], &[]);
        add_person(&mut s, "Ana", None);
        let mut round = VotingRound::new(
            "habits",
            vec![
                Candidate::Habit("listen".into()),
                Candidate::Habit("think".into()),
                Candidate::Habit("ghost".into()),
            ],
        );
        round.ballots.insert("Ana".into(), vec![1, 1, 0]); // one dot allowed
        round.ballots.insert("Zed".into(), vec![1, 0, 0]);
        s.rounds.push(round);
        assert_eq!(
            problem_messages(&s),
            [
                "voting round 1 (habits): candidate habit \"ghost\" is not in the framework",
                "voting round 1 (habits): the ballot of \"Ana\" is refused: 2 dots placed but each person has 1",
                "voting round 1 (habits): \"Zed\" voted but is not a participant",
            ]
        );
    }
}
