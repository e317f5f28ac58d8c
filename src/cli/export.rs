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
    table: Option<Table>,
) -> Result<bool> {
    let path = session_path(session)?;
    let session = storage::load_session(&path)?;
    match table {
        Some(table) => {
            if format != Format::Csv {
                bail!("--table works with --format csv");
            }
            let report = storage::report_for(&path, &session);
            let Some(text) = export::csv_table(&report, table) else {
                bail!(
                    "{} follows no earlier benchmark, so it has no {table} table; its tables are {}",
                    path.display(),
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
