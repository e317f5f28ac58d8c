//! Checking a session against the rules it must keep, on every load and save: a
//! broken session is refused with each problem pointed at its place in the file.
//! Here the problem and the order of the checks (the order of their messages);
//! a file per part of the session: `roster` (areas and participants),
//! `benchmark`, `rounds`, `plan`, and `limits` (dates and the timer beyond what
//! huddle takes).

use std::collections::HashSet;

use super::Session;

mod benchmark;
mod limits;
mod plan;
mod roster;
mod rounds;

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
    use crate::domain::fixtures::{add_person, problem_messages, score, session};

    #[test]
    fn a_sound_session_has_no_problems() {
        let mut s = session(&["listen"], &["Store"]);
        add_person(&mut s, "Ana", Some("Store"));
        score(&mut s, "listen", "Ana", Some(1), Some(5));
        assert_eq!(problem_messages(&s), Vec::<String>::new());
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
        assert_eq!(problem_messages(&s), Vec::<String>::new());

        add_person(&mut s, " person 00042 ", Some("Depot"));
        score(&mut s, "think", "Person 20000", Some(3), None);
        s.plan[0].owner = "person 19999".into();
        assert_eq!(
            problem_messages(&s),
            [
                "participant \" person 00042 \" (the same name as \"Person 00042\", case and accents aside) appears twice; names must be unique",
                "participant \" person 00042 \" is in area \"Depot\", which is not one of the session's areas",
                "habit \"think\" has scores from \"Person 20000\", who is not a participant",
                "plan action 1: owner \"person 19999\" is not a participant",
            ]
        );
    }
}
