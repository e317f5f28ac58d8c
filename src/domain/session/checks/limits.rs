//! The checks of numbers and dates a hand-edited file may carry beyond what
//! huddle takes: the workshop's dates, the plan's due dates and the timer.

use super::{Problem, quoted};
use crate::domain::Session;
use crate::domain::plan::within_horizon;
use crate::domain::timer::MOST_MINUTES;

impl Session {
    /// Numbers and dates a hand-edited file may carry beyond what huddle takes:
    /// refused rather than capped, so no screen shows a value that is not the file's.
    pub(super) fn check_limits(&self, problems: &mut Vec<Problem>) {
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
}

#[cfg(test)]
mod tests {
    use crate::domain::fixtures::{add_person, problem_messages, session};
    use crate::domain::{VoteMethod, VotingRound};

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
        let found = problem_messages(&s);
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
            problem_messages(&s)
                .iter()
                .any(|m| m.contains("the show of hands counts 10000; a count is at most 9999")),
            "{:#?}",
            problem_messages(&s)
        );
    }
}
