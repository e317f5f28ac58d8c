//! `huddle rollup` on the three example benchmarks, worked by hand from the
//! session files, and golden files of every rollup report.

use std::path::Path;
use std::process::Command;

use huddle::domain::rollup::rollup;
use huddle::domain::{ActionStatus, Session};
use huddle::export::{rollup_html, rollup_markdown, rollup_text};
use huddle::storage::parse_session;

#[path = "support/html_tidy.rs"]
mod html_tidy;

fn load(text: &str) -> Session {
    parse_session(text, Path::new("example.ron")).unwrap()
}

fn examples() -> Vec<Session> {
    [
        include_str!("../sessions/harbour-finch-2026-05.ron"),
        include_str!("../sessions/harbour-finch-2026-11.ron"),
        include_str!("../sessions/harbour-finch-2027-05.ron"),
    ]
    .map(load)
    .into()
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn the_three_examples_worked_by_hand() {
    let r = rollup(&examples()).unwrap();
    let habit = |id: &str| r.habits.iter().find(|h| h.habit_id == id).unwrap();
    // Current-score sums per workshop (12, 12 and 13 people):
    //   listen 30 + 37 + 44 = 111 over 37 scores = 3.00
    //   think 27 + 31 + 39 = 97 / 37; innovate 36 + 37 + 42 = 115 / 37
    //   empower 22 + (hidden in autumn: not counted) + 39 = 61 / 25
    //   create 27 + 34 = 61 / 25; delight 37 + 43 = 80 / 25; values 37 + 41 = 78 / 25
    assert!(close(habit("listen").mean, 111.0 / 37.0));
    assert_eq!(habit("listen").count, 37);
    assert!(close(habit("think").mean, 97.0 / 37.0));
    assert!(close(habit("empower").mean, 61.0 / 25.0));
    assert_eq!(habit("empower").count, 25);
    assert!(habit("empower").cells[1].hidden);
    assert!(close(habit("values").mean, 78.0 / 25.0));
    assert_eq!(habit("values").cells[1].count, Some(0));
    // No consensus: spring's Listen (1 to 4) and Values (1 to 4), 2027's Values (1 to 4).
    let flagged: Vec<(&str, usize)> = r
        .habits
        .iter()
        .flat_map(|h| {
            h.cells
                .iter()
                .enumerate()
                .filter(|(_, c)| c.no_consensus)
                .map(move |(i, _)| (h.habit_id.as_str(), i))
        })
        .collect();
    assert_eq!(flagged, [("listen", 0), ("values", 0), ("values", 2)]);
    // The organisation's index over the pooled means, each workshop weighing by its
    // scores: (323/37 + 280/25) / 7 on 1-5, i.e. ((323/37 + 280/25)/7 - 1) * 25 = 46.18,
    // not the mean of the three workshops' indexes (39.29 + 47.92 + 52.47) / 3 = 46.56.
    let expected = ((323.0 / 37.0 + 280.0 / 25.0) / 7.0 - 1.0) * 25.0;
    assert!(close(r.index, expected));
    // Pooled means, highest first: delight 3.20, values 3.12, innovate 3.11, listen
    // 3.00, think 2.62, empower = create 2.44.
    assert_eq!(r.strengths, ["Delight", "Values", "Innovate"]);
    assert_eq!(r.weaknesses, ["Create", "Empower", "Think"]);
    // Open actions: 2027's three open ones, and spring's that autumn's review left
    // open; those reviewed as done or dropped later are gone.
    let open: Vec<(&str, &str, ActionStatus)> = r
        .actions
        .iter()
        .map(|a| {
            (
                a.owner.as_str(),
                &a.workshop[a.workshop.len() - 11..],
                a.status,
            )
        })
        .collect();
    assert_eq!(
        open,
        [
            ("Aisha Rahman", "spring 2027", ActionStatus::NotStarted),
            ("Oliver Brandt", "spring 2027", ActionStatus::InProgress),
            ("Tom Becker", "spring 2027", ActionStatus::NotStarted),
        ]
    );
}

#[test]
fn a_folder_is_every_session_in_it() {
    let output = Command::new(env!("CARGO_BIN_EXE_huddle"))
        .args(["rollup", "sessions", "--format", "md"])
        .env("HUDDLE_HOME", "/nonexistent-huddle-home")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        rollup_markdown(&rollup(&examples()).unwrap())
    );
}

#[test]
fn the_html_rollup_passes_an_html_validator() {
    let (code, complaints) = html_tidy::tidy(&rollup_html(&rollup(&examples()).unwrap()));
    assert_eq!(code, Some(0), "{complaints}");
}

#[test]
fn typed_text_cannot_break_the_markdown_or_the_html() {
    let mut sessions = examples();
    sessions[2].title = "North | <script>alert(1)</script> *bold*".into();
    sessions[2].plan[0].owner = "Ana | Ben\nCy".into();
    let r = rollup(&sessions).unwrap();
    let markdown = rollup_markdown(&r);
    assert!(markdown.contains("North \\| \\<script\\>"), "{markdown}");
    assert!(markdown.contains("Ana \\| Ben Cy"));
    // Every table row still has as many cells as its header.
    let actions: Vec<&str> = markdown
        .lines()
        .skip_while(|l| !l.starts_with("| Action"))
        .take_while(|l| l.starts_with('|'))
        .collect();
    let cells = |line: &str| line.replace("\\|", "").matches('|').count();
    assert!(
        actions.iter().all(|l| cells(l) == cells(actions[0])),
        "{actions:?}"
    );
    let html = rollup_html(&r);
    assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"));
    let (code, complaints) = html_tidy::tidy(&html);
    assert_eq!(code, Some(0), "{complaints}");
}

#[test]
fn golden_rollup_reports() {
    let r = rollup(&examples()).unwrap();
    insta::assert_snapshot!("rollup_text", rollup_text(&r));
    insta::assert_snapshot!("rollup_markdown", rollup_markdown(&r));
    insta::assert_snapshot!("rollup_html", rollup_html(&r));
}

#[test]
fn hidden_scores_appear_in_no_rollup_report() {
    let r = rollup(&examples()).unwrap();
    // Autumn's hidden Empower: 24 over 9 scores (2.67) must show nowhere.
    for report in [rollup_text(&r), rollup_markdown(&r), rollup_html(&r)] {
        assert!(
            !report.contains("2.67") && !report.contains("(9)"),
            "{report}"
        );
    }
}
