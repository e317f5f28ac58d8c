//! `huddle summary`: a session's results as a plain-text table.

use anyhow::Result;

use super::session_path;
use crate::export::plain;
use crate::storage;

pub fn run(session: &str) -> Result<bool> {
    let session = storage::load_session(&session_path(session)?)?;
    print!("{}", plain::summary(&session));
    Ok(true)
}
