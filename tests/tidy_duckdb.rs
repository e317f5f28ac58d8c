//! The tidy export read by the real engine: DuckDB (its Python package) reads the
//! tidy CSV of the three example sessions, and plain SQL gives the same per-habit
//! means and index as huddle, per workshop and for the organisation (`rollup`),
//! autumn 2026 included although its per-person rows are withheld. Python is `$HUDDLE_PYTHON`, else `python3`; `scripts/test`
//! sets one up with duckdb.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

use huddle::domain::rollup::rollup;
use huddle::domain::{Results, Session};
use huddle::storage::parse_session;
use serde_json::Value;
use tempfile::TempDir;

const SESSIONS: [&str; 3] = [
    include_str!("../sessions/harbour-finch-2026-05.ron"),
    include_str!("../sessions/harbour-finch-2026-11.ron"),
    include_str!("../sessions/harbour-finch-2027-05.ron"),
];

/// Per workshop (file) and habit, the mean and count; per workshop the index; per
/// habit over every row, the pooled mean; the index over those pooled means; and
/// per workshop how many rows, labels and areas there are.
const QUERY: &str = r#"
import duckdb, json, sys
con = duckdb.connect()
con.execute("CREATE TABLE scores AS SELECT * FROM read_csv(?, header = true)", [sys.argv[1]])
def rows(sql):
    return con.execute(sql).fetchall()
out = {
    "habits": rows("SELECT session, habit, avg(current), count(current) FROM scores GROUP BY file, session, habit"),
    "index": rows("""SELECT session, (avg(mean) - 1) / 4 * 100 FROM
        (SELECT file, session, habit, avg(current) AS mean FROM scores GROUP BY file, session, habit)
        GROUP BY file, session"""),
    "people": rows("""SELECT session, count(*), count(DISTINCT participant), count(area)
        FROM scores GROUP BY file, session"""),
    "pooled": rows("SELECT habit, avg(current), count(current) FROM scores GROUP BY habit"),
    "pooled_index": rows("""SELECT (avg(mean) - 1) / 4 * 100 FROM
        (SELECT habit, avg(current) AS mean FROM scores GROUP BY habit)"""),
    "names": rows("SELECT DISTINCT participant FROM scores"),
}
print(json.dumps(out))
"#;

fn python() -> String {
    std::env::var("HUDDLE_PYTHON").unwrap_or_else(|_| "python3".into())
}

fn run_python(args: &[&str]) -> Output {
    let python = python();
    Command::new(&python)
        .args(args)
        .output()
        .unwrap_or_else(|error| {
            panic!(
                "this test needs Python with the duckdb package: {python} did not run ({error}). \
             Set HUDDLE_PYTHON to a Python that has duckdb, or run scripts/test, which sets one up."
            )
        })
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn duckdb_finds_the_same_means_and_index_as_huddle() {
    let check = run_python(&["-c", "import duckdb"]);
    assert!(
        check.status.success(),
        "this test needs the duckdb Python package in {} ({}). Set HUDDLE_PYTHON to a Python \
         that has duckdb, or run scripts/test, which sets one up.",
        python(),
        String::from_utf8_lossy(&check.stderr).trim()
    );
    let dir = TempDir::new().unwrap();
    let csv = dir.path().join("tidy.csv");
    let tidy = Command::new(env!("CARGO_BIN_EXE_huddle"))
        .args(["tidy", "sessions", "--out", csv.to_str().unwrap()])
        .env("HUDDLE_HOME", dir.path())
        .output()
        .unwrap();
    assert!(
        tidy.status.success(),
        "{}",
        String::from_utf8_lossy(&tidy.stderr)
    );
    // Autumn 2026 withholds per-person rows (one anonymous participant scored):
    // its scores come unlinked, and the note says so.
    let note = String::from_utf8_lossy(&tidy.stderr);
    assert!(
        note.contains("autumn 2026") && note.contains("Unlinked score"),
        "{note}"
    );

    let output = run_python(&["-c", QUERY, csv.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "duckdb could not read the tidy export: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let answer: Value = serde_json::from_slice(&output.stdout).unwrap();

    let sessions: Vec<Session> = SESSIONS
        .iter()
        .map(|text| parse_session(text, Path::new("example.ron")).unwrap())
        .collect();
    let by_title: BTreeMap<&str, &Session> =
        sessions.iter().map(|s| (s.title.as_str(), s)).collect();

    let habit_rows = answer["habits"].as_array().unwrap();
    // 7 habits in spring 2026 and spring 2027; in autumn the 3 scored and revealed
    // (Empower hidden, Create, Delight and Values not scored).
    assert_eq!(habit_rows.len(), 7 + 3 + 7, "{habit_rows:?}");
    for row in habit_rows {
        let session = by_title[row[0].as_str().unwrap()];
        let results = Results::of(session);
        let habit = results.habit(row[1].as_str().unwrap()).unwrap();
        assert_eq!(
            row[3].as_u64().unwrap() as usize,
            habit.count.unwrap(),
            "{row}"
        );
        match habit.mean_current {
            Some(mean) => assert!(close(row[2].as_f64().unwrap(), mean), "{row}"),
            None => assert!(row[2].is_null(), "{row}"),
        }
    }
    let index_rows = answer["index"].as_array().unwrap();
    assert_eq!(index_rows.len(), 3);
    for row in index_rows {
        let session = by_title[row[0].as_str().unwrap()];
        let index = Results::of(session).index.unwrap().value;
        assert!(close(row[1].as_f64().unwrap(), index), "{row}");
    }
    // Pooled over the three: huddle's rollup of the same folder.
    let organisation = rollup(&sessions).unwrap();
    let pooled = answer["pooled"].as_array().unwrap();
    assert_eq!(pooled.len(), organisation.habits.len());
    for row in pooled {
        let habit = organisation
            .habits
            .iter()
            .find(|h| h.habit_id == row[0].as_str().unwrap())
            .unwrap();
        assert!(
            close(row[1].as_f64().unwrap(), habit.mean.unwrap()),
            "{row}"
        );
        assert_eq!(row[2].as_u64().unwrap() as usize, habit.count);
    }
    let pooled_index = answer["pooled_index"][0][0].as_f64().unwrap();
    assert!(close(pooled_index, organisation.index.unwrap()));

    // Autumn's rows are each their own label and carry no area; the others keep
    // one label per person and the named people's areas.
    for row in answer["people"].as_array().unwrap() {
        let (rows, labels, areas) = (row[1].as_u64(), row[2].as_u64(), row[3].as_u64());
        if row[0].as_str().unwrap().contains("autumn") {
            assert_eq!(labels, rows, "{row}");
            assert_eq!(areas, Some(0), "{row}");
        } else {
            assert!(labels < rows && areas > Some(0), "{row}");
        }
    }

    // Nobody is named: every participant is a label.
    let names = answer["names"].as_array().unwrap();
    assert!(names.iter().all(|n| {
        let label = n[0].as_str().unwrap();
        label.starts_with("Participant ") || label.starts_with("Unlinked score ")
    }));
    let text = std::fs::read_to_string(&csv).unwrap();
    for person in sessions.iter().flat_map(|s| &s.participants) {
        assert!(!text.contains(&person.name), "{} is named", person.name);
    }
}
