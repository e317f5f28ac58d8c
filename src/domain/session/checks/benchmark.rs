//! The benchmark's checks: scores only for the framework's habits, from
//! participants, on the framework's scale.

use super::{Known, Problem, quoted};
use crate::domain::Session;

impl Session {
    pub(super) fn check_benchmark(&self, known: &Known, problems: &mut Vec<Problem>) {
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
}

#[cfg(test)]
mod tests {
    use crate::domain::fixtures::{add_person, problem_messages, score, session};

    #[test]
    fn scores_off_the_scale_are_reported_not_clamped() {
        let mut s = session(&["listen"], &[]);
        add_person(&mut s, "Ana", None);
        score(&mut s, "listen", "Ana", Some(9), Some(0));
        assert_eq!(
            problem_messages(&s),
            [
                "habit \"listen\", participant \"Ana\": current score 9 is off the scale 1-5",
                "habit \"listen\", participant \"Ana\": target score 0 is off the scale 1-5",
            ]
        );
        assert_eq!(s.rating("listen", "Ana").current, Some(9));
    }

    #[test]
    fn scores_for_unknown_habits_or_people_are_reported() {
        let mut s = session(&["listen"], &[]);
        add_person(&mut s, "Ana", None);
        score(&mut s, "listen", "Bob", Some(3), None);
        score(&mut s, "lisen", "Ana", Some(3), None);
        assert_eq!(
            problem_messages(&s),
            [
                "the benchmark has scores for habit \"lisen\", which the framework does not have",
                "habit \"listen\" has scores from \"Bob\", who is not a participant",
            ]
        );
    }
}
