//! How `trend`, `rollup` and `tidy` take many session files: each file once
//! however often it is named, workshops in date order whatever the file names,
//! a mix of frameworks refused naming the files, and a file cut short said so.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use huddle::storage::parse_session;
use tempfile::TempDir;

const SPRING_2026: &str = include_str!("../sessions/harbour-finch-2026-05.ron");
const AUTUMN_2026: &str = include_str!("../sessions/harbour-finch-2026-11.ron");
const SPRING_2027: &str = include_str!("../sessions/harbour-finch-2027-05.ron");

/// A session's text moved onto another framework, "Team health check".
fn other_framework(text: &str) -> String {
    text.replace("id: \"seven-habits\"", "id: \"health-check\"")
        .replace(
            "name: \"Seven habits of customer-centric organisations\"",
            "name: \"Team health check\"",
        )
}

fn huddle(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_huddle"))
        .args(args)
        .env("HUDDLE_HOME", home)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A folder "s" with the two spring examples, named so that file-name order is
/// not date order: "a.ron" is 2027, "b.ron" is 2026.
fn folder() -> TempDir {
    let dir = TempDir::new().unwrap();
    let s = dir.path().join("s");
    fs::create_dir(&s).unwrap();
    fs::write(s.join("a.ron"), SPRING_2027).unwrap();
    fs::write(s.join("b.ron"), SPRING_2026).unwrap();
    dir
}

fn path(dir: &TempDir, file: &str) -> String {
    dir.path().join(file).display().to_string()
}

#[test]
fn a_session_named_twice_counts_once_in_rollup_trend_and_tidy() {
    let dir = folder();
    let (s, a) = (path(&dir, "s"), path(&dir, "s/a.ron"));
    let twice = path(&dir, "s/../s/a.ron");
    let once = stdout(&huddle(dir.path(), &["rollup", &s]));
    let again = stdout(&huddle(dir.path(), &["rollup", &s, &a, &twice]));
    assert_eq!(once, again);
    assert!(!again.contains("\n  3 "), "{again}");

    let trend = stdout(&huddle(dir.path(), &["trend", &a, &twice]));
    assert!(!trend.contains("\n  2 "), "{trend}");

    let rows = |args: &[&str]| stdout(&huddle(dir.path(), args)).lines().count();
    assert_eq!(rows(&["tidy", &s]), rows(&["tidy", &s, &a]));
}

#[test]
fn rollup_lists_workshops_by_date_not_by_file_name() {
    let dir = folder();
    let text = stdout(&huddle(dir.path(), &["rollup", &path(&dir, "s")]));
    let first = text.find("1 2026-05-14").expect(&text);
    let second = text.find("2 2027-05-13").expect(&text);
    assert!(first < second, "{text}");
}

#[test]
fn a_mix_of_frameworks_is_refused_naming_the_file_of_each() {
    let dir = folder();
    fs::write(dir.path().join("s/other.ron"), other_framework(SPRING_2026)).unwrap();
    for command in ["trend", "rollup", "tidy"] {
        let output = huddle(dir.path(), &[command, &path(&dir, "s")]);
        assert!(!output.status.success(), "{command} took a mix");
        let error = String::from_utf8_lossy(&output.stderr);
        let seven = error.find("\"Seven habits").expect(&error);
        let health = error.find("\"Team health check\"").expect(&error);
        let (a, other) = (
            error.find("a.ron").unwrap(),
            error.find("other.ron").unwrap(),
        );
        assert!(
            seven < a && a < health && health < other,
            "{command}: {error}"
        );
    }
}

#[test]
fn a_chain_onto_another_framework_is_refused_naming_the_files() {
    let dir = TempDir::new().unwrap();
    fs::write(
        dir.path().join("harbour-finch-2026-05.ron"),
        other_framework(SPRING_2026),
    )
    .unwrap();
    fs::write(dir.path().join("harbour-finch-2026-11.ron"), AUTUMN_2026).unwrap();
    let output = huddle(
        dir.path(),
        &["trend", &path(&dir, "harbour-finch-2026-11.ron")],
    );
    assert!(!output.status.success());
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(
        error.contains("\"Team health check\" (") && error.contains("harbour-finch-2026-05.ron)"),
        "{error}"
    );
    assert!(error.contains("harbour-finch-2026-11.ron)"), "{error}");
}

#[test]
fn a_file_cut_short_is_said_to_be_so() {
    for end in [4000, 9000, SPRING_2026.len() - 40] {
        let end = (0..=end)
            .rev()
            .find(|&i| SPRING_2026.is_char_boundary(i))
            .unwrap();
        let cut = &SPRING_2026[..end];
        let error = parse_session(cut, Path::new("cut.ron"))
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("the file may be cut short"),
            "{end}: {error}"
        );
    }
}

#[test]
fn a_mistake_in_the_middle_is_not_called_cut_short() {
    let broken = SPRING_2026.replacen("current: ", "curent: ", 1);
    let error = parse_session(&broken, Path::new("typo.ron"))
        .unwrap_err()
        .to_string();
    assert!(error.contains("curent"), "{error}");
    assert!(!error.contains("cut short"), "{error}");
}
