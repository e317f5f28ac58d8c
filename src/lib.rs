//! huddle runs a customer-centric culture workshop from the terminal: the room
//! scores its habits, votes on what matters most and leaves with a plan.
//!
//! - [`domain`]: the data and rules, free of terminal and files.
//! - [`storage`]: session and framework files, saved atomically with a backup.
//! - [`assets`]: the framework and example sessions that ship inside the binary.
//! - [`ui`]: what the terminal shows.

pub mod app;
pub mod assets;
pub mod cli;
pub mod columns;
pub mod display;
pub mod domain;
pub mod export;
pub mod import;
pub mod storage;
pub mod text_report;
pub mod ui;
