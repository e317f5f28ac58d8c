//! `huddle tidy`: one row per score of many sessions, as CSV or JSON Lines, for
//! analysts. Sessions whose per-person rows are withheld give their scores
//! unlinked (see `export::tidy`), and the command says which on standard error,
//! so an analyst does not count people there.

use std::path::Path;

use anyhow::Result;

use super::trend::{emit, loaded_files};
use crate::export::Tidy;

/// How the tidy rows are written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum TidyFormat {
    /// CSV with a header line.
    #[default]
    Csv,
    /// JSON Lines: one object a line.
    Jsonl,
}

pub fn run(sources: &[String], format: TidyFormat, out: Option<&Path>) -> Result<bool> {
    let files = loaded_files(sources)?;
    let tidy = Tidy::of(
        files
            .iter()
            .map(|(path, session)| (path.as_path(), session)),
    );
    for session in &tidy.unlinked {
        eprintln!(
            "note: {session}: each score is its own row (\"Unlinked score N\", no area); \
             rows of one person would single out its anonymous participant"
        );
    }
    let text = match format {
        TidyFormat::Csv => tidy.csv()?,
        TidyFormat::Jsonl => tidy.json_lines()?,
    };
    emit(&text, out)?;
    Ok(true)
}
