//! The capability-building plan: actions with owners, dates and a way to tell
//! whether they worked.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::error::EditError;

/// One step of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub what: String,
    /// The habit the action builds, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub habit: Option<String>,
    /// The voted priority (a barrier or idea) the action answers, as worded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    /// A participant's name or anyone else who will own it.
    #[serde(default)]
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// How the team will know the action worked.
    #[serde(default)]
    pub measure: String,
    #[serde(default)]
    pub status: ActionStatus,
    /// The playbook practice this action was taken from, by name (format 2 on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practice: Option<String>,
}

/// Where an action stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActionStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
    Dropped,
}

impl ActionStatus {
    /// Whether the action is still to be done (a past due date matters).
    pub fn is_open(self) -> bool {
        matches!(self, ActionStatus::NotStarted | ActionStatus::InProgress)
    }

    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::NotStarted => "not started",
            ActionStatus::InProgress => "in progress",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }
}

/// Reads a due date typed as an ISO date (2026-07-01) or as a span from today:
/// `+30d` (days) or `+6w` (weeks). Dates reach `HORIZON_YEARS` past the workshop,
/// the one limit the session file is checked against too.
pub fn parse_due(
    text: &str,
    today: NaiveDate,
    workshop: NaiveDate,
) -> Result<NaiveDate, EditError> {
    let text = text.trim();
    let bad = || EditError::BadDue(text.to_string());
    if let Some(span) = text.strip_prefix('+') {
        // The unit is the last character, whatever its size in bytes: typed text
        // may end in any letter, e.g. `+é`.
        let mut chars = span.chars();
        let unit = chars.next_back().ok_or_else(bad)?;
        let count: u64 = chars.as_str().parse().map_err(|_| bad())?;
        let days = match unit {
            'd' | 'D' => count,
            'w' | 'W' => count.checked_mul(7).ok_or_else(bad)?,
            _ => return Err(bad()),
        };
        let date = today
            .checked_add_days(chrono::Days::new(days))
            .ok_or_else(bad)?;
        return within_horizon(date, workshop);
    }
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| bad())?;
    within_horizon(date, workshop)
}

/// Reads the next benchmark's date like a due date; it must come after the
/// workshop, since it measures what changed since.
pub fn parse_next_benchmark(
    text: &str,
    today: NaiveDate,
    workshop: NaiveDate,
) -> Result<NaiveDate, EditError> {
    let date = parse_due(text, today, workshop)?;
    if date <= workshop {
        return Err(EditError::BenchmarkNotAfterWorkshop {
            date: date.to_string(),
            workshop: workshop.to_string(),
        });
    }
    Ok(date)
}

/// How far ahead a plan looks: a due date or next benchmark beyond this is a typo.
pub const HORIZON_YEARS: u32 = 10;

/// The latest date a plan made on `from` takes: `HORIZON_YEARS` on, and never
/// past 9999-12-31, the last date a session file writes as YYYY-MM-DD.
pub fn latest_date(from: NaiveDate) -> NaiveDate {
    let last = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX);
    from.checked_add_months(chrono::Months::new(HORIZON_YEARS * 12))
        .unwrap_or(last)
        .min(last)
}

/// The date, if it is no later than `latest_date(from)`.
pub fn within_horizon(date: NaiveDate, from: NaiveDate) -> Result<NaiveDate, EditError> {
    let latest = latest_date(from);
    if date > latest {
        return Err(EditError::TooFarAhead {
            date: date.to_string(),
            latest: latest.to_string(),
            years: HORIZON_YEARS,
        });
    }
    Ok(date)
}

/// The next benchmark when none is set: six months after the workshop.
pub fn default_next_benchmark(workshop: NaiveDate) -> NaiveDate {
    workshop
        .checked_add_months(chrono::Months::new(6))
        .unwrap_or(workshop)
}

impl ActionStatus {
    /// The status after this one, for cycling with one key.
    pub fn next(self) -> Self {
        match self {
            ActionStatus::NotStarted => ActionStatus::InProgress,
            ActionStatus::InProgress => ActionStatus::Done,
            ActionStatus::Done => ActionStatus::Dropped,
            ActionStatus::Dropped => ActionStatus::NotStarted,
        }
    }
}

impl Action {
    /// A new action with only its text.
    pub fn new(what: &str) -> Result<Self, EditError> {
        let what = what.trim();
        if what.is_empty() {
            return Err(EditError::EmptyAction);
        }
        Ok(Action {
            what: what.to_string(),
            habit: None,
            priority: None,
            owner: String::new(),
            due: None,
            measure: String::new(),
            status: ActionStatus::NotStarted,
            practice: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn due_dates_are_typed_as_dates_or_spans_from_today() {
        let today = day(2026, 5, 14);
        assert_eq!(parse_due("2026-07-01", today, today), Ok(day(2026, 7, 1)));
        assert_eq!(parse_due("+30d", today, today), Ok(day(2026, 6, 13)));
        assert_eq!(parse_due("+6w", today, today), Ok(day(2026, 6, 25)));
        assert_eq!(
            parse_due("next week", today, today),
            Err(EditError::BadDue("next week".into()))
        );
        assert_eq!(
            parse_due("+3m", today, today),
            Err(EditError::BadDue("+3m".into()))
        );
        assert_eq!(
            parse_due("+", today, today),
            Err(EditError::BadDue("+".into()))
        );
        for text in ["+é", "+3é", "+日", "+👍🏽", "+ـ", "+3\u{301}"] {
            assert_eq!(
                parse_due(text, today, today),
                Err(EditError::BadDue(text.into()))
            );
        }
        assert_eq!(
            parse_due("+99999999999999w", today, today),
            Err(EditError::BadDue("+99999999999999w".into()))
        );
    }

    #[test]
    fn the_ten_years_count_from_the_workshop_and_spans_from_today() {
        // Typed a month after the workshop: the limit is still the workshop's.
        let (workshop, today) = (day(2026, 5, 14), day(2026, 6, 14));
        assert_eq!(
            parse_due("2036-05-14", today, workshop),
            Ok(day(2036, 5, 14))
        );
        assert!(matches!(
            parse_due("2036-06-01", today, workshop),
            Err(EditError::TooFarAhead { .. })
        ));
        assert_eq!(parse_due("+1d", today, workshop), Ok(day(2026, 6, 15)));
        assert_eq!(
            parse_next_benchmark("+1d", today, workshop),
            Ok(day(2026, 6, 15)),
            "+Nd for the next benchmark counts from today, as its hint says"
        );
        for text in ["2026-05-14", "2026-01-01"] {
            assert!(matches!(
                parse_next_benchmark(text, today, workshop),
                Err(EditError::BenchmarkNotAfterWorkshop { .. })
            ));
        }
    }

    #[test]
    fn dates_beyond_ten_years_or_past_9999_are_refused() {
        let today = day(2026, 5, 14);
        assert_eq!(parse_due("+520w", today, today), Ok(day(2036, 5, 1)));
        assert_eq!(parse_due("2036-05-14", today, today), Ok(day(2036, 5, 14)));
        for text in ["+3000000w", "2036-05-15", "+3654d"] {
            assert!(
                matches!(
                    parse_due(text, today, today),
                    Err(EditError::TooFarAhead { .. })
                ),
                "{text}"
            );
        }
        assert_eq!(latest_date(day(9995, 1, 1)), day(9999, 12, 31));
        let refused = parse_due("+2000d", day(9995, 1, 1), day(9995, 1, 1))
            .unwrap_err()
            .to_string();
        assert!(
            refused.ends_with(
                "is too far ahead: huddle takes dates up to 9999-12-31 (at most 10 years after the workshop)"
            ),
            "{refused}"
        );
    }

    #[test]
    fn the_next_benchmark_defaults_to_six_months_on() {
        assert_eq!(default_next_benchmark(day(2026, 5, 14)), day(2026, 11, 14));
        assert_eq!(default_next_benchmark(day(2026, 8, 31)), day(2027, 2, 28));
    }

    #[test]
    fn an_action_needs_text() {
        assert_eq!(Action::new("  "), Err(EditError::EmptyAction));
        assert_eq!(ActionStatus::Dropped.next(), ActionStatus::NotStarted);
    }
}
