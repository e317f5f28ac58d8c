//! The long, tidy export for analysts: one row per score (session, date, area,
//! participant, habit, current, target), as CSV or JSON Lines, which DuckDB,
//! pandas or a spreadsheet pivot reads as it is.
//!
//! Only what `privacy::score_rows` lets out: revealed habits, and no row at all
//! from a session whose rows are withheld (`privacy::rows_withheld`); the caller
//! is told which, to say so. Nobody is named, not even the named participants: an
//! analyst needs to tell people apart, not who they are, and a file like this is
//! copied further than a report. Each person is "Participant N", numbered per
//! session in the order of their scores (never the roster's), so a label links to
//! nobody and not to the same label in another session. A named participant's
//! area stays (their rows already show it in the CSV scores table); an anonymous
//! participant's area is empty, as everywhere.

use chrono::NaiveDate;
use serde::Serialize;

use super::escape::spreadsheet;
use crate::domain::Session;
use crate::domain::privacy::{ROWS_WITHHELD, rows_withheld, score_rows};

/// One score of one person for one habit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TidyRow {
    /// The session's title.
    pub session: String,
    pub date: NaiveDate,
    /// Empty for an anonymous participant.
    pub area: Option<String>,
    /// "Participant N": numbered by scores within the session.
    pub participant: String,
    /// The habit's id.
    pub habit: String,
    pub current: Option<u8>,
    pub target: Option<u8>,
}

/// The rows of some sessions, and the sessions that gave none because their
/// per-person rows are withheld, each with the reason.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tidy {
    pub rows: Vec<TidyRow>,
    pub withheld: Vec<String>,
}

impl Tidy {
    /// The rows of each session in turn.
    pub fn of<'a>(sessions: impl IntoIterator<Item = &'a Session>) -> Self {
        let mut tidy = Tidy::default();
        for session in sessions {
            if rows_withheld(session) {
                tidy.withheld.push(format!(
                    "{} ({}): {ROWS_WITHHELD}",
                    session.title, session.date
                ));
                continue;
            }
            let habit_order: Vec<&str> = session
                .framework
                .habits
                .iter()
                .map(|h| h.id.as_str())
                .collect();
            let mut people: Vec<_> = score_rows(session)
                .into_iter()
                .map(|row| {
                    let key: Vec<_> = habit_order
                        .iter()
                        .map(|id| row.scores.get(*id).map(|r| (r.current, r.target)))
                        .collect();
                    (key, row.area.clone(), row)
                })
                .collect();
            // By what the rows show, never by who they are or the roster.
            people.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
            for (number, (_, area, row)) in people.into_iter().enumerate() {
                for id in &habit_order {
                    let Some(rating) = row.scores.get(*id) else {
                        continue;
                    };
                    tidy.rows.push(TidyRow {
                        session: session.title.clone(),
                        date: session.date,
                        area: area.clone(),
                        participant: format!("Participant {}", number + 1),
                        habit: id.to_string(),
                        current: rating.current,
                        target: rating.target,
                    });
                }
            }
        }
        tidy
    }

    /// The rows as CSV with a header line.
    pub fn csv(&self) -> Result<String, csv::Error> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        if self.rows.is_empty() {
            writer.write_record([
                "session",
                "date",
                "area",
                "participant",
                "habit",
                "current",
                "target",
            ])?;
        }
        for row in &self.rows {
            // Typed text stays inert in a spreadsheet, as in every CSV huddle writes.
            writer.serialize(TidyRow {
                session: spreadsheet(&row.session),
                area: row.area.as_deref().map(spreadsheet),
                ..row.clone()
            })?;
        }
        let bytes = writer.into_inner().map_err(|e| e.into_error())?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The rows as JSON Lines: one JSON object a line.
    pub fn json_lines(&self) -> Result<String, serde_json::Error> {
        let mut text = String::new();
        for row in &self.rows {
            text += &serde_json::to_string(row)?;
            text.push('\n');
        }
        Ok(text)
    }
}
