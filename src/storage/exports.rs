//! Writing exports to disk, each file atomically, into huddle's exports folder
//! unless the facilitator names another place.

use std::path::{Path, PathBuf};

use super::atomic::write_atomically;
use super::error::StorageError;
use super::files::load_session;
use super::many::previous_path;
use super::paths::{ensure_folder, home};
use crate::domain::Session;
use crate::export::{Format, Report, csv_tables, html, json, markdown};

/// The default folder for exports.
pub fn exports_folder() -> Result<PathBuf, StorageError> {
    Ok(home()?.join("exports"))
}

/// The report of a session, with the comparison to the session it follows when
/// that file can be read (its name is relative to this session's folder).
pub fn report_for(session_path: &Path, session: &Session) -> Report {
    Report::following(session, load_previous(session_path, session).as_ref())
}

/// The session this one follows, if it has one and its file can be read.
pub fn load_previous(session_path: &Path, session: &Session) -> Option<Session> {
    load_session(&previous_path(session_path, session)?).ok()
}

/// Writes a session's export and returns where it went: a file, or for CSV a
/// folder of tables. `out` overrides the default place.
pub fn write_export(
    session_path: &Path,
    session: &Session,
    format: Format,
    out: Option<&Path>,
) -> Result<PathBuf, StorageError> {
    let stem = session_path
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let target = match out {
        Some(out) => out.to_path_buf(),
        None if format == Format::Csv => exports_folder()?.join(format!("{stem}-csv")),
        None => exports_folder()?.join(format!("{stem}.{}", format.extension())),
    };
    let report = report_for(session_path, session);
    let serialise = |error: String| StorageError::Serialize(error);
    match format {
        Format::Csv => {
            if target.exists() && !target.is_dir() {
                return Err(StorageError::NotAFolder { path: target });
            }
            ensure_folder(&target)?;
            for (table, text) in csv_tables(&report) {
                let text = text.map_err(|e| serialise(e.to_string()))?;
                write_atomically(&target.join(format!("{table}.csv")), text.as_bytes())?;
            }
        }
        _ => {
            if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
                ensure_folder(parent)?;
            }
            let text = match format {
                Format::Md => markdown(&report),
                Format::Html => html(&report),
                _ => json(&report).map_err(|e| serialise(e.to_string()))?,
            };
            write_atomically(&target, text.as_bytes())?;
        }
    }
    Ok(target)
}
