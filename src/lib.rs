//! huddle runs a customer-centric culture workshop from the terminal: the room
//! scores its habits, votes on what matters most and leaves with a plan.
//!
//! - [`domain`]: the data and rules, free of terminal and files.
//! - [`storage`]: session and framework files, saved atomically with a backup,
//!   and the framework and example sessions that ship inside the binary.
//! - [`export`]: what leaves the laptop: Markdown, CSV, HTML, JSON and plain text.
//! - [`text`]: how results are written for people, shared by screens and exports.
//! - [`app`]: the workshop's state and `update`, its one way of changing.
//! - [`ui`]: what the terminal shows; it only draws.
//! - [`room`]: the local-network server phones score and vote through.
//! - [`run`]: the loop: messages in, `update`, save and export, draw.
//! - [`cli`]: the command line.

pub mod app;
pub mod cli;
pub mod domain;
pub mod export;
pub mod room;
pub mod run;
pub mod storage;
pub mod text;
pub mod ui;
