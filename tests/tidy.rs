//! The tidy export: one row per score, nobody named, labels that follow the
//! scores rather than the roster, only revealed habits, and no rows at all from a
//! session whose per-person rows privacy withholds.

use std::path::Path;

use huddle::domain::Session;
use huddle::export::Tidy;
use huddle::storage::parse_session;

fn load(text: &str) -> Session {
    parse_session(text, Path::new("example.ron")).unwrap()
}

fn spring() -> Session {
    load(include_str!("../sessions/harbour-finch-2026-05.ron"))
}

#[test]
fn golden_tidy_export_of_the_examples() {
    let sessions = [
        spring(),
        load(include_str!("../sessions/harbour-finch-2026-11.ron")),
        load(include_str!("../sessions/harbour-finch-2027-05.ron")),
    ];
    let tidy = Tidy::of(&sessions);
    // 12 people x 7 habits in spring 2026, 13 x 7 in spring 2027; autumn withheld.
    assert_eq!(tidy.rows.len(), 12 * 7 + 13 * 7);
    assert_eq!(tidy.withheld.len(), 1);
    assert!(tidy.withheld[0].starts_with("Customer culture benchmark, autumn 2026"));
    insta::assert_snapshot!("tidy_csv", tidy.csv().unwrap());
    let lines = tidy.json_lines().unwrap();
    insta::assert_snapshot!("tidy_jsonl", lines);
    assert_eq!(lines.lines().count(), tidy.rows.len());
    let first: serde_json::Value = serde_json::from_str(lines.lines().next().unwrap()).unwrap();
    assert_eq!(first["session"], "Customer culture benchmark, spring 2026");
    assert_eq!(first["date"], "2026-05-14");
}

#[test]
fn labels_follow_the_scores_not_the_roster_and_anonymous_rows_have_no_area() {
    let tidy = Tidy::of([&spring()]);
    let listen: Vec<(&str, Option<&str>, Option<u8>)> = tidy
        .rows
        .iter()
        .filter(|r| r.habit == "listen")
        .map(|r| (r.participant.as_str(), r.area.as_deref(), r.current))
        .collect();
    // The roster starts with Maria Lopez (Head office, listen 3); the first label
    // goes to the lowest Listen score, Daniel Kim's 1 (Call centre).
    assert_eq!(listen[0], ("Participant 1", Some("Call centre"), Some(1)));
    // Jonas Meyer and Grace Mensah are anonymous: two rows without an area.
    assert_eq!(
        listen.iter().filter(|(_, area, _)| area.is_none()).count(),
        2
    );
}

#[test]
fn a_hidden_habit_leaves_no_row() {
    let mut session = spring();
    session.benchmark.get_mut("values").unwrap().revealed = false;
    let tidy = Tidy::of([&session]);
    assert!(tidy.rows.iter().all(|r| r.habit != "values"));
    assert_eq!(tidy.rows.len(), 12 * 6);
}

#[test]
fn typed_text_stays_inert_in_a_spreadsheet() {
    let mut session = spring();
    session.title = "=HYPERLINK(\"http://example.com\")".into();
    // Sam Okafor is named: his row keeps its area.
    session.areas[0] = "-Store".into();
    for person in &mut session.participants {
        if person.area.as_deref() == Some("Store") {
            person.area = Some("-Store".into());
        }
    }
    let tidy = Tidy::of([&session]);
    let csv = tidy.csv().unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(records.iter().all(|r| r[0].starts_with("'=")));
    assert!(records.iter().any(|r| &r[2] == "'-Store"));
    assert!(records.iter().all(|r| !r[2].starts_with('-')));
    // JSON Lines is for programs: the text stays as typed.
    assert!(tidy.json_lines().unwrap().contains("\"area\":\"-Store\""));
}

#[test]
fn huddle_tidy_writes_json_lines_and_says_which_session_gave_no_rows() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_huddle"))
        .args(["tidy", "sessions", "--format", "jsonl"])
        .env("HUDDLE_HOME", "/nonexistent-huddle-home")
        .output()
        .unwrap();
    assert!(output.status.success());
    let sessions = [
        spring(),
        load(include_str!("../sessions/harbour-finch-2026-11.ron")),
        load(include_str!("../sessions/harbour-finch-2027-05.ron")),
    ];
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        Tidy::of(&sessions).json_lines().unwrap()
    );
    let note = String::from_utf8_lossy(&output.stderr);
    assert!(
        note.contains("no rows from Customer culture benchmark, autumn 2026"),
        "{note}"
    );
}
