//! The command line: parse ([`args`]), then run one command, each in its own file.
//! Errors here are for people: `main` prints them and exits with 1.

mod args;
mod check;
mod compare;
mod demo;
mod export;
mod import_scores;
mod list;
mod new;
mod open;
mod pick;
mod rename;
mod rollup;
mod summary;
mod tidy;
mod trend;

use std::path::PathBuf;

use anyhow::Result;

use crate::storage;

pub use args::{Cli, Command};

/// Runs the parsed command line. `Ok(false)` means "done, but exit with 1".
pub fn run(cli: Cli) -> Result<bool> {
    let theme = cli.theme;
    match cli.command {
        None => pick::run(theme),
        Some(Command::Demo { room }) => demo::run(theme, room.into()),
        Some(Command::New {
            title,
            framework,
            follow_up,
            no_open,
            room,
        }) => new::run(title, framework, follow_up, no_open, theme, room.into()),
        Some(Command::Open {
            session,
            read_only,
            room,
        }) => open::open(&session_path(&session)?, read_only, theme, room.into()),
        Some(Command::List) => list::run(),
        Some(Command::Check { paths }) => Ok(check::run(&paths)),
        Some(Command::Export {
            session,
            format,
            out,
            table,
        }) => export::run(&session, format, out, table),
        Some(Command::Compare { old, new }) => compare::run(&old, &new),
        Some(Command::ImportScores { session, file }) => import_scores::run(&session, &file),
        Some(Command::Summary { session }) => summary::run(&session),
        Some(Command::Trend {
            sessions,
            format,
            out,
        }) => trend::run(&sessions, format, out.as_deref()),
        Some(Command::Rollup {
            sources,
            format,
            out,
        }) => rollup::run(&sources, format, out.as_deref()),
        Some(Command::Tidy {
            sources,
            format,
            out,
        }) => tidy::run(&sources, format, out.as_deref()),
        Some(Command::Rename { session, name }) => rename::run(&session, name.as_deref()),
    }
}

/// A session named on the command line: a file, or a name in the sessions folder.
fn session_path(session: &str) -> Result<PathBuf> {
    Ok(storage::resolve_session(
        session,
        &storage::sessions_folder()?,
    )?)
}
