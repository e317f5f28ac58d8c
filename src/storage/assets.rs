//! Data that ships inside the binary, so an installed huddle needs no files beside it.

use std::path::Path;

use super::error::StorageError;
use super::format::parse_framework;
use crate::domain::Framework;

/// The seven-habits framework as shipped.
pub const SEVEN_HABITS: &str = include_str!("../../assets/frameworks/seven-habits.ron");

/// The example workshop the demo opens: a retailer's first benchmark, finished.
pub const DEMO_SESSION: &str = include_str!("../../sessions/harbour-finch-2026-05.ron");
/// File name the demo's scratch copy gets.
pub const DEMO_FILE_NAME: &str = "harbour-finch-demo.ron";

/// The default framework, parsed.
pub fn default_framework() -> Result<Framework, StorageError> {
    parse_framework(
        SEVEN_HABITS,
        Path::new("assets/frameworks/seven-habits.ron"),
    )
}
