//! huddle runs a customer-centric culture workshop from the terminal: the room
//! scores its habits, votes on what matters most and leaves with a plan.
//!
//! - [`domain`]: the data and rules, free of terminal and files.
//! - [`storage`]: session and framework files, saved atomically with a backup.
//! - [`assets`]: the framework and example sessions that ship inside the binary.
//! - [`app`]: the workshop's state and `update`, its one way of changing.
//! - [`ui`]: what the terminal shows; it only draws.
//! - [`run`]: the loop: messages in, `update`, save and export, draw.

pub mod app;
pub mod assets;
pub mod cli;
pub mod columns;
pub mod display;
pub mod domain;
pub mod export;
pub mod import;
pub mod run;
pub mod storage;
pub mod text_report;
pub mod ui;
