//! What a fresh reader of the reports found missing: a follow-up's review of
//! earlier actions in every format, the by-area comparison in the HTML, the
//! words for a session without a vote, and `huddle compare` reading the review
//! of a benchmark in between.

use std::path::Path;
use std::process::Command;

use huddle::export::{Report, Table, csv_table, html, markdown};
use huddle::storage::{load_session, report_for};
use tempfile::TempDir;

const LATEST: &str = "sessions/harbour-finch-2027-05.ron";

fn latest() -> Report {
    let path = Path::new(LATEST);
    report_for(path, &load_session(path).unwrap())
}

#[test]
fn every_review_a_session_holds_shows_in_every_format() {
    let path = Path::new(LATEST);
    let session = load_session(path).unwrap();
    // With the earlier file beside it, and without it.
    for report in [report_for(path, &session), Report::new(&session)] {
        let csv = csv_table(&report, Table::Review)
            .expect("a session with a review has the review table")
            .unwrap();
        for page in [markdown(&report), html(&report), csv] {
            assert!(
                page.contains("Pilot went well") && page.contains("rebooking rights"),
                "{page}"
            );
        }
    }
}

#[test]
fn the_html_compares_areas_like_the_markdown() {
    let report = latest();
    let page = html(&report);
    assert!(page.contains("<th>Area</th>"), "the area table is there");
    assert!(page.contains("Area means:"));
    let md = markdown(&report);
    assert!(md.contains("| Area | Before | Now | Change |"));
    let c = report.comparison.as_ref().unwrap();
    for area in &c.areas {
        let [_, now, _] = huddle::text::display::area_change_columns(area);
        assert!(page.contains(&area.area) && page.contains(&now), "{now}");
    }
}

#[test]
fn a_session_without_a_vote_says_none_was_held() {
    let report = latest();
    assert!(report.session.rounds.is_empty());
    let page = html(&report);
    assert!(page.contains("No vote was held."));
    assert!(!page.contains("No vote has been revealed"));
}

#[test]
fn compare_reads_the_review_of_a_benchmark_in_between() {
    let home = TempDir::new().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_huddle"))
        .env("HUDDLE_HOME", home.path())
        .args([
            "compare",
            "sessions/harbour-finch-2026-05.ron",
            "sessions/harbour-finch-2027-05.ron",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    let line = |what: &str| {
        text.lines()
            .find(|l| l.contains(what))
            .unwrap_or_else(|| panic!("{what} is listed:\n{text}"))
            .to_string()
    };
    // 2026-11 reviewed these; 2027-05 reviewed the rebooking rights again.
    assert!(
        line("Raise store refund").contains("was in progress, now done, as reviewed on 2026-11-12"),
        "{text}"
    );
    assert!(
        line("Map the order-to-delivery").contains("now dropped, as reviewed on 2026-11-12"),
        "{text}"
    );
    let rebooking = line("rebooking rights");
    assert!(
        rebooking.contains("now done") && !rebooking.contains("as reviewed on"),
        "{rebooking}"
    );
    assert!(!text.contains("not reviewed"), "{text}");
}
