//! `huddle tidy`: one row per score of many sessions, as CSV or JSON Lines, for
//! analysts. Sessions whose per-person rows are withheld give none, and the
//! command says which on standard error, so the data stays clean.

use std::path::Path;

use anyhow::Result;

use super::trend::{emit, loaded};
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
    let sessions = loaded(sources)?;
    let tidy = Tidy::of(&sessions);
    for why in &tidy.withheld {
        eprintln!("note: no rows from {why}");
    }
    let text = match format {
        TidyFormat::Csv => tidy.csv()?,
        TidyFormat::Jsonl => tidy.json_lines()?,
    };
    emit(&text, out)?;
    Ok(true)
}
