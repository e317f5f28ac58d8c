//! The three example benchmarks of Harbour & Finch, oldest first, as sessions.

use std::path::Path;

use huddle::domain::Session;
use huddle::storage::parse_session;

/// Spring 2026, autumn 2026 and spring 2027, parsed from `sessions/`.
pub fn examples() -> Vec<Session> {
    [
        include_str!("../../sessions/harbour-finch-2026-05.ron"),
        include_str!("../../sessions/harbour-finch-2026-11.ron"),
        include_str!("../../sessions/harbour-finch-2027-05.ron"),
    ]
    .map(|text| parse_session(text, Path::new("example.ron")).unwrap())
    .into()
}
