//! The command line: parse, then run one command. Errors here are for people:
//! `main` prints them and exits with 1.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::Local;
use clap::{Parser, Subcommand};

use crate::app::App;
use crate::app::ThemeName;
use crate::app::picker::{Choice, Picker};
use crate::assets;
use crate::columns;
use crate::display;
use crate::domain::{Results, Session, compare, follow_up};
use crate::export::{self, Format};
use crate::import;
use crate::run::{run_app, run_picker};
use crate::storage::{self, SessionLock};
use crate::text_report;
use crate::ui::theme::Theme;

const AFTER_HELP: &str = "\
Examples:
  huddle demo                     try huddle on an example workshop
  huddle new --title \"Spring benchmark\"
  huddle                          pick a recent session or start a new one
  huddle summary spring-benchmark | less
  huddle export spring-benchmark --format html

Sessions live in the platform's data folder, or in $HUDDLE_HOME/sessions when
HUDDLE_HOME is set.";

/// The title of a session created without one.
const DEFAULT_TITLE: &str = "Customer culture workshop";

/// Run a customer-centric culture workshop from the terminal: the room scores its
/// habits, votes on what matters most and leaves with a plan.
#[derive(Debug, Parser)]
#[command(name = "huddle", version, after_help = AFTER_HELP)]
pub struct Cli {
    /// Colours for the screen; high-contrast suits washed-out projectors.
    #[arg(long, value_enum, default_value_t, global = true)]
    pub theme: ThemeName,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open an example workshop (a fresh copy; the shipped example never changes).
    #[command(after_help = "Example:\n  huddle demo --theme high-contrast")]
    Demo,
    /// Create a session in the sessions folder and open it.
    #[command(
        after_help = "Examples:\n  huddle new --title \"Customer day, Riverside\" --framework my-framework.ron\n  huddle new --follow-up spring-2026 --title \"Autumn benchmark\""
    )]
    New {
        /// The workshop's title.
        #[arg(long)]
        title: Option<String>,
        /// A framework file to score with instead of the seven habits.
        #[arg(long, value_name = "PATH", conflicts_with = "follow_up")]
        framework: Option<PathBuf>,
        /// The next benchmark after an earlier session (file or name): same
        /// framework, areas and people, and its open actions to review first.
        #[arg(long, value_name = "PREVIOUS")]
        follow_up: Option<String>,
        /// Create the file and print its path without opening it.
        #[arg(long)]
        no_open: bool,
    },
    /// Open a session by path, or by name in the sessions folder.
    #[command(
        after_help = "Examples:\n  huddle open 2026-05-14-customer-day\n  huddle open ~/workshops/spring.ron --read-only"
    )]
    Open {
        /// A session file, or its name in the sessions folder (with or without .ron).
        session: String,
        /// Look without taking the session's lock (e.g. while another huddle has it open).
        #[arg(long)]
        read_only: bool,
    },
    /// List the sessions in the sessions folder.
    #[command(after_help = "Example:\n  HUDDLE_HOME=/shared/huddle huddle list")]
    List,
    /// Check session and framework files; exit 1 if any is broken.
    #[command(after_help = "Example:\n  huddle check sessions/*.ron assets/frameworks/*.ron")]
    Check {
        /// Files to check.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Export a session: Markdown, CSV tables, an HTML report or JSON.
    #[command(
        after_help = "Examples:\n  huddle export spring --format html\n  huddle export spring --format csv --out ~/Desktop/spring-tables\n  huddle export spring --format csv --table results > results.csv\n\nAn export links no ballot to a name and no anonymous participant's scores to them; hidden scores are left out."
    )]
    Export {
        /// A session file, or its name in the sessions folder.
        session: String,
        #[arg(long, value_enum)]
        format: Format,
        /// Where to write (a file; a folder for CSV). Default: the exports folder.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// With CSV: print one table to standard output instead
        /// (scores, results, heatmap, votes, plan).
        #[arg(long, value_name = "NAME")]
        table: Option<String>,
    },
    /// Compare a benchmark with an earlier one on the same framework.
    #[command(after_help = "Example:\n  huddle compare spring-2026 autumn-2026")]
    Compare {
        /// The earlier session (file or name).
        old: String,
        /// The later session (file or name).
        new: String,
    },
    /// Import scores gathered before the workshop from a CSV file.
    #[command(
        after_help = "The file needs the columns participant, area, habit, current, target (any order, any case);\na habit is named by id or name, an empty score stays missing. Unknown participants are added.\nEvery row is checked first: if any row is wrong, nothing is imported.\n\nExample:\n  huddle import-scores spring-2026 survey.csv"
    )]
    ImportScores {
        /// A session file, or its name in the sessions folder.
        session: String,
        /// The CSV file with the scores.
        file: PathBuf,
    },
    /// Print a session's results as a plain-text table.
    #[command(after_help = "Example:\n  huddle summary spring-benchmark | grep discuss")]
    Summary {
        /// A session file, or its name in the sessions folder.
        session: String,
    },
}

/// Runs the parsed command line. `Ok(false)` means "done, but exit with 1".
pub fn run(cli: Cli) -> Result<bool> {
    let theme = cli.theme;
    match cli.command {
        None => pick(theme),
        Some(Command::Demo) => demo(theme),
        Some(Command::New {
            title,
            framework,
            follow_up,
            no_open,
        }) => {
            let path = match follow_up {
                Some(previous) => create_follow_up(&previous, title.as_deref())?,
                None => create(
                    title.as_deref().unwrap_or(DEFAULT_TITLE),
                    framework.as_deref(),
                )?,
            };
            if no_open {
                println!("{}", path.display());
                Ok(true)
            } else {
                open(&path, false, theme)
            }
        }
        Some(Command::Open { session, read_only }) => {
            let path = storage::resolve_session(&session, &storage::sessions_folder()?)?;
            open(&path, read_only, theme)
        }
        Some(Command::List) => list(),
        Some(Command::Check { paths }) => Ok(check(&paths)),
        Some(Command::Export {
            session,
            format,
            out,
            table,
        }) => {
            let path = storage::resolve_session(&session, &storage::sessions_folder()?)?;
            let session = storage::load_session(&path)?;
            match table {
                Some(name) => {
                    if format != Format::Csv {
                        bail!("--table works with --format csv");
                    }
                    let report = storage::report_for(&path, &session);
                    let Some(text) = export::csv_table(&report, &name) else {
                        bail!(
                            "no table called \"{name}\"; the tables are {}",
                            export::TABLES.join(", ")
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
        Some(Command::Compare { old, new }) => {
            let folder = storage::sessions_folder()?;
            let old = storage::load_session(&storage::resolve_session(&old, &folder)?)?;
            let new = storage::load_session(&storage::resolve_session(&new, &folder)?)?;
            print!("{}", text_report::comparison(&compare(&old, &new)?));
            Ok(true)
        }
        Some(Command::ImportScores { session, file }) => {
            let path = storage::resolve_session(&session, &storage::sessions_folder()?)?;
            let text = storage::read_text(&file)?;
            let _lock = SessionLock::acquire(&path)?;
            let mut session = storage::load_session(&path)?;
            match import::import_scores(&mut session, &text) {
                Ok(imported) => {
                    storage::save_session(&path, &session)?;
                    println!(
                        "imported {} scores into {}; {} new participants{}",
                        imported.scores,
                        path.display(),
                        imported.new_participants.len(),
                        if imported.new_participants.is_empty() {
                            String::new()
                        } else {
                            format!(" ({})", imported.new_participants.join(", "))
                        }
                    );
                    Ok(true)
                }
                Err(problems) => {
                    for problem in &problems {
                        eprintln!("{}: {problem}", file.display());
                    }
                    eprintln!(
                        "nothing was imported: correct the rows above and run the import again"
                    );
                    Ok(false)
                }
            }
        }
        Some(Command::Summary { session }) => {
            let path = storage::resolve_session(&session, &storage::sessions_folder()?)?;
            let session = storage::load_session(&path)?;
            print!("{}", text_report::summary(&session));
            Ok(true)
        }
    }
}

fn pick(theme: ThemeName) -> Result<bool> {
    let folder = storage::sessions_folder()?;
    let entries = storage::list_sessions(&folder)?;
    let no_color = Theme::no_color_requested();
    let picker = Picker::new(entries, folder.display().to_string(), theme, no_color);
    match run_picker(picker).context("cannot use the terminal")? {
        Choice::Open(path) => open(&path, false, theme),
        Choice::New => {
            let path = create(DEFAULT_TITLE, None)?;
            open(&path, false, theme)
        }
        Choice::Quit => Ok(true),
    }
}

/// Copies the example workshop into the demo folder and opens the copy.
fn demo(theme: ThemeName) -> Result<bool> {
    let folder = storage::demo_folder()?;
    storage::ensure_folder(&folder)?;
    let path = folder.join(assets::DEMO_FILE_NAME);
    // Take the lock before replacing the copy, so a demo open elsewhere is left alone.
    let lock = SessionLock::acquire(&path)?;
    storage::write_atomically(&path, assets::DEMO_SESSION.as_bytes())?;
    let session = storage::load_session(&path)?;
    show(session, &path, false, theme)?;
    drop(lock);
    Ok(true)
}

/// Creates a new session file in the sessions folder and returns its path.
/// Creates the next benchmark after an earlier session and returns its path.
fn create_follow_up(previous: &str, title: Option<&str>) -> Result<PathBuf> {
    let folder = storage::sessions_folder()?;
    let previous_path = storage::resolve_session(previous, &folder)?;
    let previous = storage::load_session(&previous_path)?;
    let date = Local::now().date_naive();
    let title = match title {
        Some(title) if title.trim().is_empty() => {
            bail!("the title is empty; give the workshop a title with --title")
        }
        Some(title) => title.trim().to_string(),
        None => format!("{} (follow-up)", previous.title),
    };
    // The earlier session by name when it sits in the sessions folder, else by
    // its full path, so the comparison finds it again.
    let absolute = std::fs::canonicalize(&previous_path).unwrap_or(previous_path.clone());
    let file = match absolute.strip_prefix(std::fs::canonicalize(&folder).unwrap_or(folder.clone()))
    {
        Ok(name) => name.to_string_lossy().into_owned(),
        Err(_) => absolute.to_string_lossy().into_owned(),
    };
    let session = follow_up(&previous, &file, &title, date);
    storage::ensure_folder(&folder)?;
    let path = storage::new_session_path(&folder, &title, date);
    storage::save_session(&path, &session)?;
    Ok(path)
}

fn create(title: &str, framework: Option<&Path>) -> Result<PathBuf> {
    if title.trim().is_empty() {
        bail!("the title is empty; give the workshop a title with --title");
    }
    let framework = match framework {
        Some(path) => storage::load_framework(path)?,
        None => assets::default_framework()?,
    };
    let folder = storage::sessions_folder()?;
    storage::ensure_folder(&folder)?;
    let date = Local::now().date_naive();
    let session = Session::new(title.trim(), date, framework);
    let path = storage::new_session_path(&folder, title, date);
    storage::save_session(&path, &session)?;
    Ok(path)
}

fn open(path: &Path, read_only: bool, theme: ThemeName) -> Result<bool> {
    // The lock comes first: what is loaded is then what nobody else can change.
    let lock = if read_only {
        None
    } else {
        Some(SessionLock::acquire(path)?)
    };
    let session = storage::load_session(path)?;
    show(session, path, read_only, theme)?;
    drop(lock);
    Ok(true)
}

fn show(session: Session, path: &Path, read_only: bool, theme: ThemeName) -> Result<()> {
    let label = path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let previous = storage::load_previous(path, &session);
    let app = App::new(
        session,
        label,
        read_only,
        theme,
        Theme::no_color_requested(),
    )
    .with_previous(previous);
    run_app(app, path).context("cannot use the terminal")
}

fn list() -> Result<bool> {
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

/// Checks each file; prints "ok" lines to stdout and one message per broken file
/// to stderr. Returns whether every file is fine.
fn check(paths: &[PathBuf]) -> bool {
    let mut all_fine = true;
    for path in paths {
        match check_one(path) {
            Ok(what) => println!("ok: {} ({what})", path.display()),
            Err(error) => {
                all_fine = false;
                eprintln!("{error}");
            }
        }
    }
    all_fine
}

fn check_one(path: &Path) -> Result<String, storage::StorageError> {
    let text = storage::read_text(path)?;
    if storage::looks_like_session(&text) {
        let session = storage::parse_session(&text, path)?;
        Ok(format!(
            "session \"{}\", {} participants",
            session.title,
            session.participants.len()
        ))
    } else {
        let framework = storage::parse_framework(&text, path)?;
        Ok(format!(
            "framework \"{}\", {} habits",
            framework.name,
            framework.habits.len()
        ))
    }
}
