//! The activity timer: a countdown the room can see, kept in the session so a
//! reopened session does not lose the time already spent.

use chrono::{NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};

/// The longest countdown: a workshop day. Longer is a typo, not a timer.
pub const MOST_MINUTES: u32 = 24 * 60;

/// A countdown for the current activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Timer {
    /// What is being timed, e.g. "Benchmark".
    pub label: String,
    pub seconds: u32,
    /// Set while the countdown runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<NaiveDateTime>,
    /// Time counted before the last start (pauses and reopenings keep it).
    #[serde(default)]
    pub elapsed_before: u32,
}

impl Timer {
    /// A countdown of `minutes`, started now.
    pub fn start(label: &str, minutes: u32, now: NaiveDateTime) -> Self {
        Timer {
            label: label.to_string(),
            seconds: minutes.saturating_mul(60),
            started_at: Some(now),
            elapsed_before: 0,
        }
    }

    /// Seconds counted so far.
    pub fn elapsed(&self, now: NaiveDateTime) -> u32 {
        let running = self.started_at.map_or(0, |start| {
            let spent = now.signed_duration_since(start).max(TimeDelta::zero());
            u32::try_from(spent.num_seconds()).unwrap_or(u32::MAX)
        });
        self.elapsed_before.saturating_add(running)
    }

    /// Seconds left; zero once time is up.
    pub fn remaining(&self, now: NaiveDateTime) -> u32 {
        self.seconds.saturating_sub(self.elapsed(now))
    }

    pub fn is_up(&self, now: NaiveDateTime) -> bool {
        self.remaining(now) == 0
    }

    pub fn is_running(&self) -> bool {
        self.started_at.is_some()
    }

    /// Pauses a running countdown or resumes a paused one.
    pub fn toggle_pause(&mut self, now: NaiveDateTime) {
        match self.started_at {
            Some(_) => {
                self.elapsed_before = self.elapsed(now);
                self.started_at = None;
            }
            None => self.started_at = Some(now),
        }
    }

    /// The time left as m:ss.
    pub fn display(&self, now: NaiveDateTime) -> String {
        let left = self.remaining(now);
        format!("{}:{:02}", left / 60, left % 60)
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn at(minute: u32, second: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 5, 14)
            .unwrap()
            .and_hms_opt(10, minute, second)
            .unwrap()
    }

    #[test]
    fn a_countdown_runs_pauses_and_ends() {
        let mut timer = Timer::start("Benchmark", 5, at(0, 0));
        assert_eq!(timer.display(at(0, 0)), "5:00");
        assert_eq!(timer.display(at(1, 30)), "3:30");
        timer.toggle_pause(at(2, 0));
        assert_eq!(
            timer.display(at(9, 0)),
            "3:00",
            "a paused timer stands still"
        );
        timer.toggle_pause(at(9, 0));
        assert_eq!(timer.display(at(10, 0)), "2:00");
        assert!(!timer.is_up(at(11, 59)));
        assert!(timer.is_up(at(12, 0)));
        assert_eq!(timer.display(at(30, 0)), "0:00");
    }

    #[test]
    fn a_clock_that_went_backwards_counts_nothing() {
        let timer = Timer::start("x", 1, at(5, 0));
        assert_eq!(timer.remaining(at(4, 0)), 60);
    }
}
