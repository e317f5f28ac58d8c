//! What the command line accepts: the commands, their options and their help.
//! What each command does is in its own file beside this one.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use super::tidy::TidyFormat;
use super::trend::ViewFormat;
use crate::app::ThemeName;
use crate::export::{Format, Table};

const AFTER_HELP: &str = "\
Examples:
  huddle demo                     try huddle on an example workshop
  huddle new --title \"Spring benchmark\"
  huddle                          pick a recent session or start a new one
  huddle summary spring-benchmark | less
  huddle export spring-benchmark --format html

Sessions live in the platform's data folder, or in $HUDDLE_HOME/sessions when
HUDDLE_HOME is set.";

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

/// One command of huddle's.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open an example workshop (a fresh copy; the shipped example never changes).
    #[command(after_help = "Example:\n  huddle demo --theme high-contrast\n  huddle demo --room")]
    Demo {
        #[command(flatten)]
        room: RoomArgs,
    },
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
        #[command(flatten)]
        room: RoomArgs,
    },
    /// Open a session by path, or by name in the sessions folder.
    #[command(
        after_help = "Examples:\n  huddle open 2026-05-14-customer-day\n  huddle open ~/workshops/spring.ron --read-only"
    )]
    Open {
        /// A session file, or any unique part of its name in the sessions folder.
        session: String,
        /// Look without taking the session's lock (e.g. while another huddle has it open).
        #[arg(long, conflicts_with = "room")]
        read_only: bool,
        #[command(flatten)]
        room: RoomArgs,
    },
    /// List the sessions in the sessions folder.
    #[command(after_help = "Example:\n  HUDDLE_HOME=/shared/huddle huddle list")]
    List,
    /// Check session, framework and playbook files; exit 1 if any is broken.
    #[command(
        after_help = "Example:\n  huddle check sessions/*.ron assets/frameworks/*.ron assets/playbooks/*.ron"
    )]
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
        /// (a follow-up also has a comparison table).
        #[arg(long, value_enum, value_name = "TABLE")]
        table: Option<Table>,
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
    /// Rename a session's file, by default after its title.
    #[command(
        after_help = "Examples:\n  huddle rename 2026-05-14-customer-day\n  huddle rename finch-11 harbour-finch-autumn\n\nThe backup and the phones' claims move with it; an existing file is never overwritten."
    )]
    Rename {
        /// A session file, or any unique part of its name in the sessions folder.
        session: String,
        /// The new file name (without .ron); default: the title, e.g. spring-review.
        name: Option<String>,
    },
    /// Print a session's results as a plain-text table.
    #[command(after_help = "Example:\n  huddle summary spring-benchmark | grep discuss")]
    Summary {
        /// A session file, or its name in the sessions folder.
        session: String,
    },
    /// The index and each habit's mean at every benchmark, oldest first.
    #[command(
        after_help = "Examples:\n  huddle trend spring-2027                 the session and the benchmarks it follows\n  huddle trend spring-2026 autumn-2026 spring-2027 --format html --out trend.html\n\nA habit hidden, not scored or not asked at a date is a gap, never a zero.\nOnly benchmarks on the same framework make a trend."
    )]
    Trend {
        /// Sessions (files or names) or folders of them; one session alone brings
        /// the benchmarks it follows.
        #[arg(required = true, value_name = "SESSION")]
        sessions: Vec<String>,
        #[arg(long, value_enum, default_value_t)]
        format: ViewFormat,
        /// Write to this file instead of printing.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
    },
    /// Many workshops of one framework in one report: habit x workshop, the
    /// organisation's index, strengths, weaknesses and open actions.
    #[command(
        after_help = "Examples:\n  huddle rollup ~/workshops/2027-regions\n  huddle rollup north.ron south.ron --format md --out regions.md"
    )]
    Rollup {
        /// Folders (every session file in them) or sessions (files or names).
        #[arg(required = true, value_name = "FOLDER|SESSION")]
        sources: Vec<String>,
        #[arg(long, value_enum, default_value_t)]
        format: ViewFormat,
        /// Write to this file instead of printing.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
    },
    /// One row per score for analysts (DuckDB, pandas, a pivot table), nobody named.
    #[command(
        after_help = "Example:\n  huddle tidy ~/workshops --format jsonl > scores.jsonl\n\nColumns: file, session, organisation, date, framework, area, participant, habit, current,\ntarget. Participants are \"Participant N\", numbered per session by their scores; an\nanonymous one has no area. Only revealed habits. A session whose per-person rows are\nwithheld gives each score as its own row, \"Unlinked score N\" with no area (said on stderr)."
    )]
    Tidy {
        /// Folders (every session file in them) or sessions (files or names).
        #[arg(required = true, value_name = "FOLDER|SESSION")]
        sources: Vec<String>,
        #[arg(long, value_enum, default_value_t)]
        format: TidyFormat,
        /// Write to this file instead of printing.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
    },
}

/// Phones in the room: whether to open it at once, and where it listens.
#[derive(Debug, Clone, Copy, Default, clap::Args)]
pub struct RoomArgs {
    /// Open the room at once: phones on the local network join, score and vote
    /// (R opens and closes it from the app too).
    #[arg(long)]
    pub room: bool,
    /// Where the room listens, e.g. 192.168.1.23:8686 (default: this laptop's
    /// address on the local network, port 8686 or the next free one).
    #[arg(long, value_name = "ADDRESS:PORT")]
    pub bind: Option<std::net::SocketAddr>,
}

impl From<RoomArgs> for crate::room::RoomOptions {
    fn from(args: RoomArgs) -> Self {
        crate::room::RoomOptions {
            open: args.room,
            bind: args.bind,
        }
    }
}
