//! The action plan's checks: every action says what to do, and its owner and
//! habit are ones the session knows.

use super::{Known, Problem, quoted};
use crate::domain::Session;

impl Session {
    pub(super) fn check_plan(&self, known: &Known, problems: &mut Vec<Problem>) {
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

#[cfg(test)]
mod tests {
    use crate::domain::fixtures::{problem_messages, session};

    #[test]
    fn an_empty_title_and_an_empty_action_are_reported() {
        let mut s = session(&["listen"], &[]);
        s.title = "  ".into();
        let mut action = crate::domain::Action::new("x").unwrap();
        action.what = String::new();
        action.habit = Some("nope".into());
        s.plan.push(action);
        assert_eq!(
            problem_messages(&s),
            [
                "the workshop title is empty; give the workshop a title",
                "plan action 1 says nothing about what to do",
                "plan action 1 is linked to habit \"nope\", which the framework does not have",
            ]
        );
    }
}
