//! The tidy export: one row per score, nobody named, labels that follow the
//! scores rather than the roster, only revealed habits, each score unlinked in a
//! session whose per-person rows privacy withholds, and columns that keep
//! workshops apart.

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

/// Sessions with the file each came from.
fn files<'a>(sessions: &'a [(&'a str, Session)]) -> impl Iterator<Item = (&'a Path, &'a Session)> {
    sessions.iter().map(|(file, s)| (Path::new(*file), s))
}

fn one(session: &Session) -> Tidy {
    Tidy::of([(Path::new("spring.ron"), session)])
}

#[test]
fn golden_tidy_export_of_the_examples() {
    let sessions = [
        ("sessions/harbour-finch-2026-05.ron", spring()),
        (
            "sessions/harbour-finch-2026-11.ron",
            load(include_str!("../sessions/harbour-finch-2026-11.ron")),
        ),
        (
            "sessions/harbour-finch-2027-05.ron",
            load(include_str!("../sessions/harbour-finch-2027-05.ron")),
        ),
    ];
    let tidy = Tidy::of(files(&sessions));
    // 12 people x 7 habits in spring 2026, 13 x 7 in spring 2027; autumn's 12
    // people x the 3 habits scored and revealed, unlinked.
    assert_eq!(tidy.rows.len(), 12 * 7 + 12 * 3 + 13 * 7);
    assert_eq!(tidy.unlinked.len(), 1);
    assert!(tidy.unlinked[0].starts_with("Customer culture benchmark, autumn 2026"));
    insta::assert_snapshot!("tidy_csv", tidy.csv().unwrap());
    let lines = tidy.json_lines().unwrap();
    insta::assert_snapshot!("tidy_jsonl", lines);
    assert_eq!(lines.lines().count(), tidy.rows.len());
    let first: serde_json::Value = serde_json::from_str(lines.lines().next().unwrap()).unwrap();
    assert_eq!(first["session"], "Customer culture benchmark, spring 2026");
    assert_eq!(first["date"], "2026-05-14");
    assert_eq!(first["file"], "sessions/harbour-finch-2026-05.ron");
    assert_eq!(first["organisation"], "Harbour & Finch Homeware");
    assert_eq!(first["framework"], "seven-habits");
}

#[test]
fn a_withheld_session_gives_every_score_unlinked_and_without_area() {
    let autumn = load(include_str!("../sessions/harbour-finch-2026-11.ron"));
    let tidy = Tidy::of([(Path::new("autumn.ron"), &autumn)]);
    assert!(!tidy.rows.is_empty());
    let mut labels: Vec<&str> = tidy.rows.iter().map(|r| r.participant.as_str()).collect();
    labels.sort_unstable();
    labels.dedup();
    // No label on two rows: no row set is one person.
    assert_eq!(labels.len(), tidy.rows.len());
    assert!(tidy.rows.iter().all(|r| r.area.is_none()));
    assert!(labels.iter().all(|l| l.starts_with("Unlinked score ")));
    // Within a habit the rows go by value, never by the roster.
    for habit in ["listen", "think", "innovate"] {
        let values: Vec<_> = tidy
            .rows
            .iter()
            .filter(|r| r.habit == habit)
            .map(|r| (r.current, r.target))
            .collect();
        assert!(values.is_sorted(), "{habit}: {values:?}");
    }
}

#[test]
fn two_workshops_with_one_title_and_date_stay_apart() {
    let north = spring();
    let mut south = spring();
    south.organisation = "Harbour & Finch South".into();
    let sessions = [("regions/north.ron", north), ("regions/south.ron", south)];
    let tidy = Tidy::of(files(&sessions));
    let csv = tidy.csv().unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (file, organisation) = (column("file"), column("organisation"));
    let workshops: std::collections::BTreeSet<(String, String)> = reader
        .records()
        .map(Result::unwrap)
        .map(|r| (r[file].to_string(), r[organisation].to_string()))
        .collect();
    assert_eq!(workshops.len(), 2, "{workshops:?}");
}

#[test]
fn labels_follow_the_scores_not_the_roster_and_anonymous_rows_have_no_area() {
    let tidy = one(&spring());
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
    let tidy = one(&session);
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
    let tidy = one(&session);
    let csv = tidy.csv().unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // Columns: file, session, organisation, date, framework, area, ...
    assert!(records.iter().all(|r| r[1].starts_with("'=")));
    assert!(records.iter().any(|r| &r[5] == "'-Store"));
    assert!(records.iter().all(|r| !r[5].starts_with('-')));
    // JSON Lines is for programs: the text stays as typed.
    assert!(tidy.json_lines().unwrap().contains("\"area\":\"-Store\""));
}

#[test]
fn huddle_tidy_writes_json_lines_and_says_which_session_gave_unlinked_rows() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_huddle"))
        .args(["tidy", "sessions", "--format", "jsonl"])
        .env("HUDDLE_HOME", "/nonexistent-huddle-home")
        .output()
        .unwrap();
    assert!(output.status.success());
    let sessions = [
        ("sessions/harbour-finch-2026-05.ron", spring()),
        (
            "sessions/harbour-finch-2026-11.ron",
            load(include_str!("../sessions/harbour-finch-2026-11.ron")),
        ),
        (
            "sessions/harbour-finch-2027-05.ron",
            load(include_str!("../sessions/harbour-finch-2027-05.ron")),
        ),
    ];
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        Tidy::of(files(&sessions)).json_lines().unwrap()
    );
    let note = String::from_utf8_lossy(&output.stderr);
    assert!(
        note.contains("autumn 2026 (2026-11-12): each score is its own row"),
        "{note}"
    );
}
