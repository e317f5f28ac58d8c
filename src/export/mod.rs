//! What leaves the laptop: the session and its results as Markdown, CSV, HTML and
//! JSON. Every export is made from an anonymised copy, so anonymous participants
//! never appear by name.

mod csv;
mod html;
mod json;
mod markdown;

use std::fmt;

use crate::domain::{Comparison, Results, Session, VotingRound, compare};

pub use csv::{TABLES, table as csv_table, tables as csv_tables};
pub use html::html;
pub use json::{JSON_FORMAT_VERSION, json};
pub use markdown::markdown;

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
    pub const ALL: [Format; 4] = [Format::Md, Format::Csv, Format::Html, Format::Json];

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

/// Everything an export shows, computed once from the anonymised session.
#[derive(Debug, Clone)]
pub struct Report {
    pub session: Session,
    pub results: Results,
    /// What moved since the benchmark this session follows, when that is known.
    pub comparison: Option<Comparison>,
}

impl Report {
    pub fn new(session: &Session) -> Self {
        Report::following(session, None)
    }

    /// The report of a follow-up, with the comparison to the earlier session.
    pub fn following(session: &Session, previous: Option<&Session>) -> Self {
        let session = anonymised(session);
        let comparison =
            previous.and_then(|previous| compare(&anonymised(previous), &session).ok());
        Report {
            results: Results::of(&session),
            session,
            comparison,
        }
    }

    /// The rounds with their tallies ranked, ties ordered by gap.
    fn ranked_rounds(&self) -> impl Iterator<Item = (&VotingRound, Vec<crate::domain::Ranked>)> {
        self.session
            .rounds
            .iter()
            .map(|round| (round, round.ranking(|c| c.gap(&self.results))))
    }

    /// A habit's name from its id (the id itself if unknown).
    fn habit_name(&self, id: &str) -> String {
        self.session
            .framework
            .habit(id)
            .map_or_else(|| id.to_string(), |h| h.name.clone())
    }
}

/// A copy of the session in which anonymous participants are "Anonymous 1", "Anonymous 2"...
/// everywhere: scores, ballots and plan owners.
pub fn anonymised(session: &Session) -> Session {
    let mut copy = session.clone();
    let hidden: Vec<(usize, String)> = copy
        .participants
        .iter()
        .enumerate()
        .filter(|(_, p)| p.anonymous)
        .map(|(i, p)| (i, p.name.clone()))
        .collect();
    for (number, (index, name)) in hidden.into_iter().enumerate() {
        let alias = format!("Anonymous {}", number + 1);
        // A real participant could be called "Anonymous 1"; renaming then fails
        // and a longer alias is used instead.
        let alias = if copy.rename_participant(index, &alias).is_ok() {
            alias
        } else {
            let longer = format!("Anonymous participant {}", number + 1);
            let _ = copy.rename_participant(index, &longer);
            longer
        };
        copy.participants[index].role.clear();
        for action in &mut copy.plan {
            if action.owner == name {
                action.owner = alias.clone();
            }
        }
    }
    copy
}
