//! `huddle trend`: the index and each habit's mean at every benchmark, oldest
//! first, as a table, Markdown or an HTML page with line charts. Also what
//! `rollup` and `tidy` share: how sessions are named and where a report goes.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use super::session_path;
use crate::domain::{Session, trend};
use crate::export::{trend_html, trend_markdown, trend_text};
use crate::storage;

/// How a trend or rollup is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ViewFormat {
    /// A plain-text table for the terminal.
    #[default]
    Text,
    /// Markdown, for documents.
    Md,
    /// A self-contained HTML page.
    Html,
}

pub fn run(sessions: &[String], format: ViewFormat, out: Option<&Path>) -> Result<bool> {
    let sessions = match sessions {
        [one] if !Path::new(one).is_dir() => {
            let path = session_path(one)?;
            let session = storage::load_session(&path)?;
            let (mut chain, broken) = storage::earlier_files(&path, &session);
            if let Some(why) = broken {
                eprintln!("note: {why}");
            }
            chain.push((path, session));
            one_framework(&chain)?;
            chain.into_iter().map(|(_, session)| session).collect()
        }
        many => loaded(many)?,
    };
    let trend = trend(&sessions)?;
    let text = match format {
        ViewFormat::Text => trend_text(&trend),
        ViewFormat::Md => trend_markdown(&trend),
        ViewFormat::Html => trend_html(&trend),
    };
    emit(&text, out)?;
    Ok(true)
}

/// The sessions named: files, names in the sessions folder, or folders (each of
/// their session files).
pub(super) fn loaded(names: &[String]) -> Result<Vec<Session>> {
    Ok(loaded_files(names)?
        .into_iter()
        .map(|(_, session)| session)
        .collect())
}

/// The sessions named, each with its file, each file once; refused when they are
/// not all on one framework, naming the files of each framework so the odd one
/// out in a folder is found.
pub(super) fn loaded_files(names: &[String]) -> Result<Vec<(PathBuf, Session)>> {
    let paths = names
        .iter()
        .map(|name| {
            let path = PathBuf::from(name);
            if path.is_dir() {
                Ok(path)
            } else {
                session_path(name)
            }
        })
        .collect::<Result<Vec<_>>>()?;
    let files = storage::load_sessions(&paths)?;
    if files.is_empty() {
        bail!("no session files found in {}", names.join(", "));
    }
    one_framework(&files)?;
    Ok(files)
}

/// Refuses sessions on more than one framework, naming the files of each.
fn one_framework(files: &[(PathBuf, Session)]) -> Result<()> {
    let mut frameworks: Vec<(&Session, Vec<String>)> = Vec::new();
    for (path, session) in files {
        let file = path.display().to_string();
        match frameworks
            .iter_mut()
            .find(|(first, _)| first.framework.id == session.framework.id)
        {
            Some((_, names)) => names.push(file),
            None => frameworks.push((session, vec![file])),
        }
    }
    if frameworks.len() > 1 {
        let each: Vec<String> = frameworks
            .iter()
            .map(|(session, files)| format!("\"{}\" ({})", session.framework.name, few(files)))
            .collect();
        bail!(
            "the sessions use different frameworks: {}; only benchmarks on the same framework compare",
            each.join(" and ")
        );
    }
    Ok(())
}

/// Up to three file names, then how many more: enough to find the odd one out.
fn few(files: &[String]) -> String {
    const SHOWN: usize = 3;
    let mut text = files
        .iter()
        .take(SHOWN)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if files.len() > SHOWN {
        text += &format!(" and {} more", files.len() - SHOWN);
    }
    text
}

/// Prints the report, or writes it to `out` and prints where it went.
pub(super) fn emit(text: &str, out: Option<&Path>) -> Result<()> {
    match out {
        None => print!("{text}"),
        Some(path) => {
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                storage::ensure_folder(parent)?;
            }
            storage::write_atomically(path, text.as_bytes())?;
            println!("{}", path.display());
        }
    }
    Ok(())
}
