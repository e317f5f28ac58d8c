//! Checking a session against the rules it must keep, on every load and save: a
//! broken session is refused with each problem pointed at its place in the file.

use std::collections::HashSet;

use super::Session;
use crate::domain::names::name_key;
use crate::domain::plan::within_horizon;
use crate::domain::timer::MOST_MINUTES;
use crate::domain::voting::candidate::Candidate;
use crate::domain::voting::{MOST_COUNTED, MOST_DOTS, VoteMethod};

/// A rule a session breaks, with the keys that lead to the offending place in its
/// file (section, then item), so storage can point at a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    pub anchors: Vec<String>,
}

impl Problem {
    pub(crate) fn new(message: String, anchors: &[&str]) -> Self {
        Problem {
            message,
            anchors: anchors.iter().map(|anchor| anchor.to_string()).collect(),
        }
    }
}

impl Session {
    /// Every rule the session breaks; empty when it is sound. Values are never
    /// clamped or dropped: a broken session is refused and the file left alone.
    /// It runs on every load and every save, so it stays linear in the session's size.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems: Vec<Problem> = self
            .framework
            .problems()
            .into_iter()
            .map(|problem| Problem {
                message: format!("framework: {}", problem.message),
                anchors: ["framework:".to_string()]
                    .into_iter()
                    .chain(problem.anchors)
                    .collect(),
            })
            .collect();
        if self.title.trim().is_empty() {
            problems.push(Problem::new(
                "the workshop title is empty; give the workshop a title".into(),
                &["title:"],
            ));
        }
        let known = Known::of(self);
        self.check_areas(&mut problems);
        self.check_participants(&known, &mut problems);
        self.check_benchmark(&known, &mut problems);
        self.check_rounds(&known, &mut problems);
        self.check_plan(&known, &mut problems);
        self.check_limits(&mut problems);
        problems
    }

    /// Numbers and dates a hand-edited file may carry beyond what huddle takes:
    /// refused rather than capped, so no screen shows a value that is not the file's.
    fn check_limits(&self, problems: &mut Vec<Problem>) {
        if let Err(error) = within_horizon(self.date, self.date) {
            problems.push(Problem::new(
                format!("the workshop date: {error}"),
                &["date:"],
            ));
        }
        if let Some(Err(error)) = self
            .next_benchmark
            .map(|date| within_horizon(date, self.date))
        {
            problems.push(Problem::new(
                format!("the next benchmark: {error}"),
                &["next_benchmark:"],
            ));
        }
        for (index, action) in self.plan.iter().enumerate() {
            if let Some(Err(error)) = action.due.map(|date| within_horizon(date, self.date)) {
                problems.push(Problem::new(
                    format!("plan action {}: due {error}", index + 1),
                    &["plan:", &quoted(&action.what), "due:"],
                ));
            }
        }
        if let Some(timer) = &self.timer
            && timer.seconds > MOST_MINUTES * 60
        {
            problems.push(Problem::new(
                format!(
                    "the timer is set to {} seconds; it runs {MOST_MINUTES} minutes at most",
                    timer.seconds
                ),
                &["timer:", "seconds:"],
            ));
        }
    }

    fn check_areas(&self, problems: &mut Vec<Problem>) {
        let mut seen = HashSet::new();
        for (index, area) in self.areas.iter().enumerate() {
            if area.trim().is_empty() {
                problems.push(Problem::new(
                    format!("area {} has an empty name", index + 1),
                    &["areas:"],
                ));
            } else if !seen.insert(name_key(area)) {
                problems.push(Problem::new(
                    format!("area \"{area}\" is listed twice"),
                    &["areas:", &quoted(area), &quoted(area)],
                ));
            }
        }
    }

    fn check_participants(&self, known: &Known, problems: &mut Vec<Problem>) {
        let mut seen = HashSet::new();
        for (index, person) in self.participants.iter().enumerate() {
            let name = quoted(&person.name);
            if person.name.trim().is_empty() {
                problems.push(Problem::new(
                    format!("participant {} has an empty name", index + 1),
                    &["participants:"],
                ));
            } else if !seen.insert(name_key(&person.name)) {
                problems.push(Problem::new(
                    format!(
                        "participant \"{}\" appears twice; names must be unique",
                        person.name
                    ),
                    &["participants:", &name, &name],
                ));
            }
            if let Some(area) = &person.area
                && !known.areas.contains(area.as_str())
            {
                problems.push(Problem::new(
                    format!(
                        "participant \"{}\" is in area \"{area}\", which is not one of the session's areas",
                        person.name
                    ),
                    &["participants:", &name, "area:"],
                ));
            }
        }
    }

    fn check_benchmark(&self, known: &Known, problems: &mut Vec<Problem>) {
        let scale = &self.framework.scale;
        for (habit_id, record) in &self.benchmark {
            let habit = quoted(habit_id);
            if !known.habits.contains(habit_id.as_str()) {
                problems.push(Problem::new(
                    format!("the benchmark has scores for habit \"{habit_id}\", which the framework does not have"),
                    &["benchmark:", &habit],
                ));
                continue;
            }
            for (person, rating) in &record.scores {
                if !known.people.contains(person.as_str()) {
                    problems.push(Problem::new(
                        format!("habit \"{habit_id}\" has scores from \"{person}\", who is not a participant"),
                        &["benchmark:", &habit, &quoted(person)],
                    ));
                }
                for (kind, value) in [("current", rating.current), ("target", rating.target)] {
                    if let Some(value) = value.filter(|&value| !scale.contains(value)) {
                        problems.push(Problem::new(
                            format!(
                                "habit \"{habit_id}\", participant \"{person}\": {kind} score {value} is off the scale {}-{}",
                                scale.min, scale.max
                            ),
                            &["benchmark:", &habit, &quoted(person), kind],
                        ));
                    }
                }
            }
        }
    }

    fn check_rounds(&self, known: &Known, problems: &mut Vec<Problem>) {
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

    fn check_plan(&self, known: &Known, problems: &mut Vec<Problem>) {
        for (index, action) in self.plan.iter().enumerate() {
            if action.what.trim().is_empty() {
                problems.push(Problem::new(
                    format!("plan action {} says nothing about what to do", index + 1),
                    &["plan:"],
                ));
            }
            if self.owners_from_participants
                && !action.owner.is_empty()
                && !known.people.contains(action.owner.as_str())
            {
                problems.push(Problem::new(
                    format!(
                        "plan action {}: owner \"{}\" is not a participant",
                        index + 1,
                        action.owner
                    ),
                    &["plan:", &quoted(&action.what), "owner:"],
                ));
            }
            if let Some(habit) = &action.habit
                && !known.habits.contains(habit.as_str())
            {
                problems.push(Problem::new(
                    format!("plan action {} is linked to habit \"{habit}\", which the framework does not have", index + 1),
                    &["plan:", &quoted(&action.what), "habit:"],
                ));
            }
        }
    }
}

/// The names the checks look up, each gathered once, so checking a session costs
/// one pass over it rather than a search of the roster per score or ballot.
/// Lookups are exact, as `Session::participant` is.
struct Known<'a> {
    people: HashSet<&'a str>,
    areas: HashSet<&'a str>,
    habits: HashSet<&'a str>,
}

impl<'a> Known<'a> {
    fn of(session: &'a Session) -> Self {
        Known {
            people: session
                .participants
                .iter()
                .map(|p| p.name.as_str())
                .collect(),
            areas: session.areas.iter().map(String::as_str).collect(),
            habits: session
                .framework
                .habits
                .iter()
                .map(|habit| habit.id.as_str())
                .collect(),
        }
    }
}

pub(crate) fn quoted(text: &str) -> String {
    format!("\"{text}\"")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::VotingRound;
    use crate::domain::fixtures::{add_person, score, session};

    fn messages(session: &Session) -> Vec<String> {
        session.problems().into_iter().map(|p| p.message).collect()
    }

    #[test]
    fn numbers_and_dates_beyond_what_huddle_takes_are_refused_not_capped() {
        let mut s = session(&["listen"], &[]);
        add_person(&mut s, "Ana", None);
        add_person(&mut s, "Ben", None);
        let mut round =
            VotingRound::new("r", vec![crate::domain::Candidate::Habit("listen".into())]);
        round.dots_per_participant = u32::MAX;
        round.max_per_candidate = u32::MAX;
        round.ballots.insert("Ana".into(), vec![u32::MAX]);
        round.ballots.insert("Ben".into(), vec![u32::MAX]);
        s.rounds.push(round);
        s.next_benchmark = chrono::NaiveDate::from_ymd_opt(61522, 11, 30);
        let mut action = crate::domain::Action::new("Call back").unwrap();
        action.due = s.date.checked_add_months(chrono::Months::new(121));
        s.plan.push(action);
        s.timer = Some(crate::domain::Timer::start(
            "Benchmark",
            u32::MAX / 60,
            s.date.and_hms_opt(9, 0, 0).unwrap(),
        ));
        let found = messages(&s);
        for expected in [
            "voting round 1 (r): dots_per_participant is 4294967295; dots per participant and the stacking cap are at most 100",
            "voting round 1 (r): max_per_candidate is 4294967295; dots per participant and the stacking cap are at most 100",
            "the next benchmark: +61522-11-30 is too far ahead",
            "plan action 1: due ",
            "the timer is set to 4294967280 seconds; it runs 1440 minutes at most",
        ] {
            assert!(
                found.iter().any(|m| m.starts_with(expected)),
                "{expected} not in {found:#?}"
            );
        }
        let mut room = VotingRound::new(
            "hands",
            vec![crate::domain::Candidate::Habit("listen".into())],
        );
        room.method = VoteMethod::RoomTally;
        room.max_per_candidate = 100;
        room.room_tally = vec![10_000];
        room.present = Some(100);
        s.rounds = vec![room];
        assert!(
            messages(&s)
                .iter()
                .any(|m| m.contains("the show of hands counts 10000; a count is at most 9999")),
            "{:#?}",
            messages(&s)
        );
    }

    #[test]
    fn a_sound_session_has_no_problems() {
        let mut s = session(&["listen"], &["Store"]);
        add_person(&mut s, "Ana", Some("Store"));
        score(&mut s, "listen", "Ana", Some(1), Some(5));
        assert_eq!(messages(&s), Vec::<String>::new());
    }

    #[test]
    fn scores_off_the_scale_are_reported_not_clamped() {
        let mut s = session(&["listen"], &[]);
        add_person(&mut s, "Ana", None);
        score(&mut s, "listen", "Ana", Some(9), Some(0));
        assert_eq!(
            messages(&s),
            [
                "habit \"listen\", participant \"Ana\": current score 9 is off the scale 1-5",
                "habit \"listen\", participant \"Ana\": target score 0 is off the scale 1-5",
            ]
        );
        assert_eq!(s.rating("listen", "Ana").current, Some(9));
    }

    #[test]
    fn names_must_be_unique_and_areas_known() {
        let mut s = session(&["listen"], &["Store", "store"]);
        add_person(&mut s, "Ana", Some("Web"));
        add_person(&mut s, " ana ", None);
        assert_eq!(
            messages(&s),
            [
                "area \"store\" is listed twice",
                "participant \"Ana\" is in area \"Web\", which is not one of the session's areas",
                "participant \" ana \" appears twice; names must be unique",
            ]
        );
    }

    #[test]
    fn scores_for_unknown_habits_or_people_are_reported() {
        let mut s = session(&["listen"], &[]);
        add_person(&mut s, "Ana", None);
        score(&mut s, "listen", "Bob", Some(3), None);
        score(&mut s, "lisen", "Ana", Some(3), None);
        assert_eq!(
            messages(&s),
            [
                "the benchmark has scores for habit \"lisen\", which the framework does not have",
                "habit \"listen\" has scores from \"Bob\", who is not a participant",
            ]
        );
    }

    #[test]
    fn an_empty_title_and_an_empty_action_are_reported() {
        let mut s = session(&["listen"], &[]);
        s.title = "  ".into();
        let mut action = crate::domain::Action::new("x").unwrap();
        action.what = String::new();
        action.habit = Some("nope".into());
        s.plan.push(action);
        assert_eq!(
            messages(&s),
            [
                "the workshop title is empty; give the workshop a title",
                "plan action 1 says nothing about what to do",
                "plan action 1 is linked to habit \"nope\", which the framework does not have",
            ]
        );
    }

    /// Checking runs on every load and save, so it must stay linear: a roster of
    /// 20,000 with every score takes a moment, where a search per name took minutes.
    #[test]
    fn a_roster_of_twenty_thousand_is_checked_with_each_problem_in_its_place() {
        let habits = ["listen", "think", "empower"];
        let mut s = session(&habits, &["Store", "Web"]);
        for n in 0..20_000 {
            let name = format!("Person {n:05}");
            add_person(&mut s, &name, Some(["Store", "Web"][n % 2]));
            for habit in habits {
                score(&mut s, habit, &name, Some(1 + (n % 5) as u8), Some(5));
            }
        }
        s.owners_from_participants = true;
        let mut action = crate::domain::Action::new("Call ten customers").unwrap();
        action.owner = "Person 19999".into();
        s.plan.push(action);
        assert_eq!(messages(&s), Vec::<String>::new());

        add_person(&mut s, " person 00042 ", Some("Depot"));
        score(&mut s, "think", "Person 20000", Some(3), None);
        s.plan[0].owner = "person 19999".into();
        assert_eq!(
            messages(&s),
            [
                "participant \" person 00042 \" appears twice; names must be unique",
                "participant \" person 00042 \" is in area \"Depot\", which is not one of the session's areas",
                "habit \"think\" has scores from \"Person 20000\", who is not a participant",
                "plan action 1: owner \"person 19999\" is not a participant",
            ]
        );
    }

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
            messages(&s),
            [
                "voting round 1 (habits): the show-of-hands tally is refused: 10 dots counted but 2 people can give at most 4"
            ]
        );
        assert_eq!(
            problems[0].anchors,
            ["rounds:", "\"habits\"", "room_tally:"]
        );
        s.rounds[0].room_tally = vec![1, 3];
        assert_eq!(messages(&s), Vec::<String>::new());
        s.rounds[0].room_tally = vec![0, 3];
        s.rounds[0].max_per_candidate = 1;
        assert_eq!(
            messages(&s),
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
            messages(&s),
            [
                "voting round 1 (habits): candidate habit \"ghost\" is not in the framework",
                "voting round 1 (habits): the ballot of \"Ana\" is refused: 2 dots placed but each person has 1",
                "voting round 1 (habits): \"Zed\" voted but is not a participant",
            ]
        );
    }
}
