//! Words shared by the domain's messages and the screens, so a count reads the
//! same everywhere. A leaf: it imports nothing of the domain.

/// "1 person", "4 people": a head count in words.
pub fn people(count: u64) -> String {
    match count {
        1 => "1 person".into(),
        n => format!("{n} people"),
    }
}
