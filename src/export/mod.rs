//! What leaves the laptop: the session and its results as Markdown, CSV, HTML and
//! JSON, and as plain text for the terminal and pipes (`plain`). Every export is
//! made from what the domain's privacy rules let out (`domain::PublicSession`,
//! `Results`, `Comparison`), so what may leave is decided once, in the domain.

mod csv;
mod escape;
mod habit_text;
mod html;
mod json;
mod markdown;
pub mod plain;
mod rollup;
mod rollup_html;
mod tidy;
mod trend;
mod trend_html;

use std::fmt;

use crate::domain::{Comparison, PublicSession, Results, Session, compare};

pub use csv::{TABLES, Table, table as csv_table, tables as csv_tables};
pub use html::html;
pub use json::{JSON_FORMAT_VERSION, json};
pub use markdown::markdown;
pub use rollup::{rollup_markdown, rollup_text};
pub use rollup_html::rollup_html;
pub use tidy::{Tidy, TidyRow};
pub use trend::{trend_markdown, trend_text};
pub use trend_html::trend_html;

/// The formats huddle exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown, for documents.
    Md,
    /// CSV tables, for spreadsheets.
    Csv,
    /// A self-contained HTML report with charts.
    Html,
    /// JSON, for other tools.
    Json,
}

impl Format {
    /// The file extension, or the folder suffix for CSV tables.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Csv => "csv",
            Format::Html => "html",
            Format::Json => "json",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.extension())
    }
}

/// Everything an export shows, computed once: the session's public face and its
/// results, both by the domain's privacy rules, so no format decides privacy.
#[derive(Debug, Clone)]
pub struct Report {
    pub session: PublicSession,
    pub results: Results,
    /// What moved since the earlier benchmark, when that is known.
    pub comparison: Option<Comparison>,
    /// The voted priorities (the winners of the latest revealed round), best first.
    pub priorities: Vec<String>,
}

impl Report {
    pub fn new(session: &Session) -> Self {
        Report::following(session, None)
    }

    /// The report of a follow-up, with the comparison to the earlier session.
    pub fn following(session: &Session, previous: Option<&Session>) -> Self {
        let results = Results::of(session);
        Report {
            session: PublicSession::of(session, &results),
            comparison: previous.and_then(|previous| compare(previous, session).ok()),
            priorities: session
                .top_priorities(&results)
                .iter()
                .map(|candidate| candidate.label(&session.framework))
                .collect(),
            results,
        }
    }
}
