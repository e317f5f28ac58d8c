//! Session and framework files: RON text, atomic saves with a backup, locks, and
//! where files live; exports written to disk, scores read from CSV, and the files
//! that ship inside the binary ([`assets`]). Nothing here knows about the terminal.

pub mod assets;
mod atomic;
mod error;
mod exports;
mod files;
mod format;
mod import;
mod lock;
mod many;
mod paths;
pub mod playbook;

pub use atomic::{backup_path, write_atomically};
pub use error::{LocatedProblem, Location, StorageError};
pub use exports::{exports_folder, load_previous, report_for, write_export};
pub use files::{
    SessionEntry, list_sessions, load_framework, load_session, read_text, rename_session,
    repoint_follow_ups, save_session,
};
pub use format::{
    Kind, kind_of, parse_framework, parse_session, problems_before_saving, session_to_ron,
};
pub use import::read_score_lines;
pub use lock::SessionLock;
pub use many::{earlier_files, earlier_sessions, load_sessions, previous_path};
pub use paths::{
    HOME_VARIABLE, demo_folder, ensure_folder, home, new_session_path, resolve_session,
    sessions_folder, slug,
};
