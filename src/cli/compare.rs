//! `huddle compare`: what moved between two benchmarks, as plain text.

use anyhow::Result;

use super::session_path;
use crate::domain::compare;
use crate::export::plain;
use crate::storage;

pub fn run(old: &str, new: &str) -> Result<bool> {
    let old = storage::load_session(&session_path(old)?)?;
    let new = storage::load_session(&session_path(new)?)?;
    print!("{}", plain::comparison(&compare(&old, &new)?));
    Ok(true)
}
