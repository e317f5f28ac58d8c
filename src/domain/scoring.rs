//! What the room said about each habit: scores, notes, barriers, and whether the
//! scores are on show yet.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One participant's scores for one habit. A missing score is `None`, never zero.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<u8>,
}

/// Everything captured for one habit during the benchmark.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HabitRecord {
    /// Scores keyed by participant name.
    pub scores: BTreeMap<String, Rating>,
    /// Evidence and quotes from the room.
    pub notes: Vec<String>,
    /// Answers to "what stops us?"; they can become voting candidates.
    pub barriers: Vec<String>,
    /// Scores stay hidden until the facilitator reveals them, so nobody anchors.
    pub revealed: bool,
}
