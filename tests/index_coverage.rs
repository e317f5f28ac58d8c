//! Wherever an index is shown it says how many habits it covers, as the Results
//! screen does: `huddle list` and the session picker.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use huddle::app::ThemeName;
use huddle::app::picker::Picker;
use huddle::storage::{SessionEntry, parse_session};
use tempfile::TempDir;

#[path = "support/screen.rs"]
mod screen;

const SPRING: &str = include_str!("../sessions/harbour-finch-2026-05.ron");
const AUTUMN: &str = include_str!("../sessions/harbour-finch-2026-11.ron");

/// Autumn: listen, think and delight revealed, empower's scores still hidden,
/// nobody scored the other three yet; the index is over the three revealed ones.
const AUTUMN_INDEX: &str = "48 / 100 (3 of 7 habits; 1 habit hidden until revealed)";
const SPRING_INDEX: &str = "39 / 100 (7 of 7 habits scored)";

#[test]
fn huddle_list_says_what_the_index_covers() {
    let home = TempDir::new().unwrap();
    let sessions = home.path().join("sessions");
    fs::create_dir_all(&sessions).unwrap();
    fs::write(sessions.join("spring.ron"), SPRING).unwrap();
    fs::write(sessions.join("autumn.ron"), AUTUMN).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_huddle"))
        .arg("list")
        .env("HUDDLE_HOME", home.path())
        .output()
        .unwrap();
    let listing = String::from_utf8_lossy(&output.stdout);
    let line = |name: &str| {
        listing
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("{name} listed:\n{listing}"))
            .to_string()
    };
    assert!(line("autumn ").ends_with(AUTUMN_INDEX), "{listing}");
    assert!(line("spring ").ends_with(SPRING_INDEX), "{listing}");
}

#[test]
fn the_picker_says_what_the_index_covers() {
    let entries = [("autumn", AUTUMN), ("spring", SPRING)]
        .into_iter()
        .map(|(name, text)| SessionEntry {
            path: PathBuf::from(format!("/sessions/{name}.ron")),
            modified: SystemTime::UNIX_EPOCH,
            session: Ok(parse_session(text, Path::new("example.ron")).unwrap()),
        })
        .collect();
    let picker = Picker::new(entries, "/sessions".into(), ThemeName::Default, false);
    let shown = screen::text(&picker, 120, 24);
    for index in [AUTUMN_INDEX, SPRING_INDEX] {
        assert!(
            shown.contains(&format!("index {index}")),
            "{index} on screen:\n{shown}"
        );
    }
}
