//! The long, tidy export for analysts: one row per score (file, session,
//! organisation, date, framework, area, participant, habit, current, target), as
//! CSV or JSON Lines, which DuckDB, pandas or a spreadsheet pivot reads as it is.
//! The file, title, organisation and date keep two workshops apart even when
//! their titles and dates match (two regions on one day).
//!
//! Only revealed habits leave. Nobody is named, not even the named participants:
//! an analyst needs to tell people apart, not who they are, and a file like this
//! is copied further than a report. Each person is "Participant N", numbered per
//! session in the order of their scores (never the roster's), so a label links
//! to nobody and not to the same label in another session. A named participant's
//! area stays (their rows already show it in the CSV scores table); an anonymous
//! participant's area is empty, as everywhere.
//!
//! A session whose per-person rows privacy withholds (`privacy::rows_withheld`:
//! one anonymous participant, or several who scored different habits) still gives
//! every revealed score, so sums over the export agree with huddle's means and
//! index, but unlinked: each score is its own row labelled "Unlinked score N"
//! (numbered once through the session, never twice), ordered by value, with no
//! area. The danger there is a row set that is one person: the habits a row lacks,
//! or the area it shares with the totals, would pick out the anonymous person.
//! Unlinked rows form no set. Per habit they hold exactly the distribution every
//! report already shows, and no label, order or area ties two habits' scores to
//! one person, so nothing singles anybody out.

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use super::escape::spreadsheet;
use crate::domain::Session;
use crate::domain::privacy::{rows_withheld, score_rows, scores_shown};
use crate::domain::scoring::Rating;

/// The label of an unlinked score: a row that is nobody's in particular.
const UNLINKED: &str = "Unlinked score";

/// One score of one person for one habit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TidyRow {
    /// The session's file, as named on the command line: one workshop's id.
    pub file: String,
    /// The session's title.
    pub session: String,
    pub organisation: String,
    pub date: NaiveDate,
    /// The framework's id (one framework per export: a mix is refused).
    pub framework: String,
    /// Empty for an anonymous participant and for an unlinked score.
    pub area: Option<String>,
    /// "Participant N", numbered by scores within the session, or "Unlinked
    /// score N", a label no other row of the session carries.
    pub participant: String,
    /// The habit's id.
    pub habit: String,
    pub current: Option<u8>,
    pub target: Option<u8>,
}

/// The rows of some sessions, and the sessions whose scores left unlinked, each
/// said as title and date, for a note to the analyst.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tidy {
    pub rows: Vec<TidyRow>,
    pub unlinked: Vec<String>,
}

impl Tidy {
    /// The rows of each session in turn, each with the file it came from.
    pub fn of<'a>(sessions: impl IntoIterator<Item = (&'a Path, &'a Session)>) -> Self {
        let mut tidy = Tidy::default();
        for (file, session) in sessions {
            let row =
                |area: Option<String>, participant: String, habit: &str, rating: Rating| TidyRow {
                    file: file.display().to_string(),
                    session: session.title.clone(),
                    organisation: session.organisation.clone(),
                    date: session.date,
                    framework: session.framework.id.clone(),
                    area,
                    participant,
                    habit: habit.to_string(),
                    current: rating.current,
                    target: rating.target,
                };
            let habit_order: Vec<&str> = session
                .framework
                .habits
                .iter()
                .map(|h| h.id.as_str())
                .collect();
            if rows_withheld(session) {
                tidy.unlinked
                    .push(format!("{} ({})", session.title, session.date));
                let mut number = 0;
                for id in habit_order.iter().filter(|id| scores_shown(session, id)) {
                    let mut ratings: Vec<Rating> = session
                        .participants
                        .iter()
                        .map(|person| session.rating(id, &person.name))
                        .filter(|rating| *rating != Rating::default())
                        .collect();
                    // By value, so the order says nothing of the roster.
                    ratings.sort_by_key(|r| (r.current, r.target));
                    for rating in ratings {
                        number += 1;
                        tidy.rows
                            .push(row(None, format!("{UNLINKED} {number}"), id, rating));
                    }
                }
                continue;
            }
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
            for (number, (_, area, person)) in people.into_iter().enumerate() {
                for id in &habit_order {
                    let Some(rating) = person.scores.get(*id) else {
                        continue;
                    };
                    tidy.rows.push(row(
                        area.clone(),
                        format!("Participant {}", number + 1),
                        id,
                        *rating,
                    ));
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
                "file",
                "session",
                "organisation",
                "date",
                "framework",
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
                file: spreadsheet(&row.file),
                session: spreadsheet(&row.session),
                organisation: spreadsheet(&row.organisation),
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
