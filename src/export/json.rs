//! JSON for other tools: the session's public face and its computed results. It
//! holds the workshop, not where the app's cursor was.

use serde::Serialize;

use super::Report;
use crate::domain::{Comparison, PublicSession, Results};

/// The version of the JSON layout; it changes when a field is renamed or removed.
/// Version 2: the session is its public face (ballots as tallies, scores as rows
/// with anonymous labels, no cursor position).
pub const JSON_FORMAT_VERSION: u32 = 2;

#[derive(Serialize)]
struct Document<'a> {
    format_version: u32,
    session: &'a PublicSession,
    results: &'a Results,
    #[serde(skip_serializing_if = "Option::is_none")]
    comparison: Option<&'a Comparison>,
}

/// The report as pretty JSON.
pub fn json(report: &Report) -> Result<String, serde_json::Error> {
    let document = Document {
        format_version: JSON_FORMAT_VERSION,
        session: &report.session,
        results: &report.results,
        comparison: report.comparison.as_ref(),
    };
    let mut text = serde_json::to_string_pretty(&document)?;
    text.push('\n');
    Ok(text)
}
