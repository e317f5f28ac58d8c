//! `huddle export`: a session written as Markdown, CSV tables, HTML or JSON, or
//! one CSV table printed for a pipe.

use std::path::PathBuf;

use anyhow::{Result, bail};

use super::session_path;
use crate::export::{self, Format, TABLES, Table};
use crate::storage;

pub fn run(
    session: &str,
    format: Format,
    out: Option<PathBuf>,
    table: Option<String>,
) -> Result<bool> {
    let path = session_path(session)?;
    let session = storage::load_session(&path)?;
    match table {
        Some(name) => {
            if format != Format::Csv {
                bail!("--table works with --format csv");
            }
            let report = storage::report_for(&path, &session);
            // The name is turned into a `Table` here rather than by clap, so that a
            // wrong one gets huddle's own message listing the tables and exits with
            // 1 like every other mistake; "comparison" only exists for a follow-up.
            let Some(text) =
                Table::named(&name).and_then(|table| export::csv_table(&report, table))
            else {
                bail!(
                    "no table called \"{name}\"; the tables are {}",
                    TABLES.map(Table::name).join(", ")
                );
            };
            print!("{}", text?);
        }
        None => {
            let written = storage::write_export(&path, &session, format, out.as_deref())?;
            println!("{}", written.display());
        }
    }
    Ok(true)
}
