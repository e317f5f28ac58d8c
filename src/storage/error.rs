//! What can go wrong with session and framework files, said so a facilitator can fix it.

use std::fmt;
use std::io;
use std::path::PathBuf;

use thiserror::Error;

/// A place in a file, 1-based, as editors count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// A rule a file breaks and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocatedProblem {
    pub location: Location,
    pub message: String,
}

/// Everything storage can fail at. Each message names the file and says what to do.
#[derive(Debug, Error)]
pub enum StorageError {
    #[error("{}:{location}: {message}", path.display())]
    Syntax {
        path: PathBuf,
        location: Location,
        message: String,
    },
    #[error("{}", invalid_message(path, problems, *unlisted))]
    Invalid {
        path: PathBuf,
        problems: Vec<LocatedProblem>,
        /// Problems past those listed, counted only.
        unlisted: usize,
    },
    #[error(
        "{}:{location}: written by a newer huddle (session format {found}); this huddle reads format {supported} and older. Update huddle to open it.",
        path.display()
    )]
    NewerFormat {
        path: PathBuf,
        location: Location,
        found: u32,
        supported: u32,
    },
    #[error(
        "{}:{location}: session format {found} is not one huddle ever wrote",
        path.display()
    )]
    UnknownFormat {
        path: PathBuf,
        location: Location,
        found: u32,
    },
    // The operating system's reason is part of the message and not a `source`,
    // so a message printed with its causes does not say it twice.
    #[error("cannot read {}: {reason}", path.display())]
    Read { path: PathBuf, reason: io::Error },
    #[error("cannot write {}: {reason}", path.display())]
    Write { path: PathBuf, reason: io::Error },
    #[error("cannot use the folder {}: {reason}", path.display())]
    Folder { path: PathBuf, reason: io::Error },
    #[error(
        "{} is open in another huddle{}. Close it there first; to only look at it meanwhile, use huddle open --read-only.",
        path.display(),
        pid.map(|pid| format!(" (process {pid})")).unwrap_or_default()
    )]
    Locked { path: PathBuf, pid: Option<u32> },
    #[error("{} is a folder, not a file; name a file inside it", path.display())]
    IsFolder { path: PathBuf },
    #[error("{} does not exist", path.display())]
    NoSuchFile { path: PathBuf },
    #[error(
        "{} is a file, but a CSV export is a folder of tables; give --out a folder",
        path.display()
    )]
    NotAFolder { path: PathBuf },
    #[error(
        "{} is a framework, not a session; start a session on it with `huddle new --framework {}`",
        path.display(),
        path.display()
    )]
    IsFramework { path: PathBuf },
    #[error("{} is empty: it is neither a session nor a framework nor a playbook", path.display())]
    Empty { path: PathBuf },
    #[error(
        "{} looks like neither a session (it would have format_version and participants) nor a framework (scale and habits) nor a playbook (framework and habits with practices)",
        path.display()
    )]
    Neither { path: PathBuf },
    #[error("{}", not_saved_message(path, problems))]
    NotSaved {
        path: PathBuf,
        problems: Vec<String>,
    },
    #[error("cannot turn the session into RON: {0}")]
    Serialize(String),
    #[error("no session called \"{name}\" in {}; `huddle list` shows the sessions there", folder.display())]
    NotFound { name: String, folder: PathBuf },
    #[error("\"{name}\" is part of several sessions' names: {}; type more of the one you mean", matches.join(", "))]
    Ambiguous { name: String, matches: Vec<String> },
    #[error("{} exists already; huddle never overwrites a file: choose another name", path.display())]
    Exists { path: PathBuf },
    #[error("\"{name}\" is not a file name: use letters, digits and dashes, no folders")]
    BadName { name: String },
    #[error("cannot find a place for huddle's files; set HUDDLE_HOME to a folder")]
    NoHome,
}

fn invalid_message(path: &std::path::Path, problems: &[LocatedProblem], unlisted: usize) -> String {
    let mut lines: Vec<String> = problems
        .iter()
        .map(|problem| {
            format!(
                "{}:{}: {}",
                path.display(),
                problem.location,
                problem.message
            )
        })
        .collect();
    match unlisted {
        0 => {}
        1 => lines.push(format!(
            "{}: 1 more problem is not listed; correct the ones above and check again",
            path.display()
        )),
        n => lines.push(format!(
            "{}: {n} more problems are not listed; correct the ones above and check again",
            path.display()
        )),
    }
    lines.join("\n")
}

/// The first problem in full and how many more: this message fits a status line.
fn not_saved_message(path: &std::path::Path, problems: &[String]) -> String {
    let first = problems.first().map_or("", String::as_str);
    let more = match problems.len() {
        0 | 1 => String::new(),
        2 => " (and 1 more problem)".to_string(),
        n => format!(" (and {} more problems)", n - 1),
    };
    format!(
        "not saved, {} is left as it was: {first}{more}",
        path.display()
    )
}
