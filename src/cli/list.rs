//! `huddle list`: the sessions in the sessions folder, one a line, with their
//! culture index and what it covers.

use std::io::Write;

use anyhow::Result;

use crate::domain::Results;
use crate::storage;
use crate::text::{columns, display};

pub fn run() -> Result<bool> {
    let folder = storage::sessions_folder()?;
    let entries = storage::list_sessions(&folder)?;
    if entries.is_empty() {
        println!(
            "No sessions in {} yet. Start one with `huddle new`.",
            folder.display()
        );
        return Ok(true);
    }
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{:<32} {:<40} {:<10} {:<12} {:>6}  INDEX",
        "NAME", "TITLE", "DATE", "PHASE", "PEOPLE"
    )?;
    for entry in entries {
        let name = entry.name();
        match entry.session {
            Ok(session) => {
                let index = display::index_with_coverage(&Results::of(&session));
                writeln!(
                    out,
                    "{} {} {:<10} {:<12} {:>6}  {}",
                    columns::fill(&name, 32),
                    columns::pad(&session.title, 40),
                    session.date,
                    session.position.phase.label(),
                    session.participants.len(),
                    index
                )?;
            }
            Err(error) => {
                let first_line = error
                    .to_string()
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .to_string();
                writeln!(
                    out,
                    "{} cannot be loaded: {first_line}",
                    columns::fill(&name, 32)
                )?;
            }
        }
    }
    Ok(true)
}
