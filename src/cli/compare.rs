//! `huddle compare`: what moved between two benchmarks, as plain text.

use anyhow::Result;

use super::session_path;
use crate::domain::{Session, compare_through};
use crate::export::plain;
use crate::storage;

pub fn run(old: &str, new: &str) -> Result<bool> {
    let old = storage::load_session(&session_path(old)?)?;
    let new_path = session_path(new)?;
    let new = storage::load_session(&new_path)?;
    let (chain, _) = storage::earlier_sessions(&new_path, &new);
    let between = between(&chain, &old);
    print!(
        "{}",
        plain::comparison(&compare_through(&old, between, &new)?)
    );
    Ok(true)
}

/// The benchmarks the newer one follows through that came after `old`, oldest
/// first, so their reviews of the earlier plan count; none when `old` is not in
/// the newer one's `follows` chain.
fn between<'a>(chain: &'a [Session], old: &Session) -> &'a [Session] {
    let same = |s: &Session| {
        s.title == old.title && s.date == old.date && s.organisation == old.organisation
    };
    chain
        .iter()
        .position(same)
        .map_or(&[], |at| &chain[at + 1..])
}
