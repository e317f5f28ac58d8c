//! An area's numbers never give away an anonymous participant's score. Named
//! participants' rows leave with their area and scores, so a heat map cell (or an
//! area mean in a comparison) that counted an anonymous score could be worked back
//! to it: the cell's mean times its count minus the named scores. These tests make
//! that subtraction on every export and on the projected Results screen.

use std::collections::HashMap;
use std::path::Path;

use huddle::app::{App, Msg, ThemeName};
use huddle::domain::{Phase, Session, compare};
use huddle::export::plain;
use huddle::export::{Report, Table, csv_table, markdown};
use huddle::storage::parse_session;

#[path = "support/screen.rs"]
mod screen;

const SPRING: &str = include_str!("../sessions/harbour-finch-2026-05.ron");
const AUTUMN: &str = include_str!("../sessions/harbour-finch-2026-11.ron");

fn session(text: &str) -> Session {
    parse_session(text, Path::new("example.ron")).unwrap()
}

fn csv_rows(report: &Report, table: Table) -> Vec<csv::StringRecord> {
    let text = csv_table(report, table).unwrap().unwrap();
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect()
}

/// What an export reader knows without the heat map: the named scores per habit
/// and area, from the scores table.
fn named_scores(report: &Report) -> HashMap<(String, String), Vec<u32>> {
    let mut named: HashMap<(String, String), Vec<u32>> = HashMap::new();
    for row in csv_rows(report, Table::Scores) {
        let (area, habit, current) = (&row[2], &row[3], &row[5]);
        if !area.is_empty() && !current.is_empty() {
            named
                .entry((habit.to_string(), area.to_string()))
                .or_default()
                .push(current.parse().unwrap());
        }
    }
    named
}

/// Spring has anonymous Jonas in Store (two named beside him) and anonymous Grace
/// in the call centre; autumn has Grace. Every heat map cell that shows a number
/// counts only scores already public in the scores table, so subtracting them
/// leaves nothing to find.
#[test]
fn no_heat_map_cell_counts_a_score_the_scores_table_does_not_show_by_area() {
    for text in [SPRING, AUTUMN] {
        let s = session(text);
        let report = Report::new(&s);
        let named = named_scores(&report);
        // Autumn's one anonymous participant leaves every score row unnamed.
        let scores_named = !named.is_empty();
        assert_eq!(scores_named, text == SPRING);
        if !scores_named {
            the_areas_leave_no_single_score_over(&report);
        }
        let mut withheld = 0;
        for row in csv_rows(&report, Table::Heatmap) {
            let key = (row[0].to_string(), row[2].to_string());
            let public = named.get(&key).map_or(&[][..], Vec::as_slice);
            if &row[5] == "true" {
                withheld += 1;
                assert_eq!((&row[3], &row[4]), ("", ""), "{row:?}");
                continue;
            }
            if row[4].is_empty() {
                continue; // a hidden habit: no number at all
            }
            let count: usize = row[4].parse().unwrap();
            if !scores_named {
                continue; // no area in the scores: checked by what is left over
            }
            assert_eq!(
                count,
                public.len(),
                "{row:?} counts a score not shown by area"
            );
            if count > 0 {
                let mean: f64 = row[3].parse().unwrap();
                let sum: u32 = public.iter().sum();
                assert!(
                    (mean * count as f64 - f64::from(sum)).abs() < 1e-3,
                    "{row:?}"
                );
            }
        }
        let areas_with_anonymous = s
            .areas
            .iter()
            .filter(|area| {
                s.participants
                    .iter()
                    .any(|p| p.anonymous && p.area.as_ref() == Some(area))
            })
            .count();
        assert!(areas_with_anonymous > 0);
        assert_eq!(withheld, areas_with_anonymous * s.framework.habits.len());
    }
}

/// Without names or areas in the scores, a habit's count and mean minus its
/// shown cells leave the sum of the scores given in withheld areas (or without an
/// area): never a single score, which could be the anonymous person's.
fn the_areas_leave_no_single_score_over(report: &Report) {
    let habits = csv_rows(report, Table::Results);
    let cells = csv_rows(report, Table::Heatmap);
    for habit in habits.iter().filter(|h| &h[9] == "false") {
        let total: usize = habit[7].parse().unwrap();
        let shown: usize = cells
            .iter()
            .filter(|c| c[0] == habit[0] && &c[5] == "false")
            .map(|c| c[4].parse::<usize>().unwrap())
            .sum();
        assert_ne!(total - shown, 1, "{habit:?}");
    }
}

#[test]
fn the_documents_say_withheld_and_why() {
    let report = Report::new(&session(SPRING));
    let document = markdown(&report);
    let heat_map = &document[document.find("## Heat map").unwrap()..];
    let store_row = heat_map
        .lines()
        .find(|l| l.starts_with("| Empower"))
        .unwrap();
    // Store and the call centre withheld; online and head office shown
    assert_eq!(
        store_row,
        "| Empower | withheld | withheld | 2.33 (3) | 2.00 (3) |"
    );
    assert!(heat_map.contains("an anonymous participant is in the area"));
}

#[test]
fn the_comparison_withholds_an_area_mean_with_an_anonymous_participant() {
    let text = plain::comparison(&compare(&session(SPRING), &session(AUTUMN)).unwrap());
    let store = text
        .lines()
        .find(|l| l.trim_start().starts_with("Store"))
        .unwrap();
    // Jonas was anonymous in spring's Store; autumn's Store has nobody anonymous
    assert!(store.contains("withheld -> 2.56"), "{store}");
    let call_centre = text
        .lines()
        .find(|l| l.trim_start().starts_with("Call centre"))
        .unwrap();
    assert!(
        call_centre.contains("withheld -> withheld"),
        "{call_centre}"
    );
    assert!(text.contains("an anonymous participant is in the area"));
}

/// The Results screen is projected, so the room sees the same rule.
#[test]
fn the_projected_heat_map_shows_withheld_not_the_numbers() {
    let mut s = session(SPRING);
    s.position.phase = Phase::Results;
    let mut app = App::new(s, "example.ron".into(), false, ThemeName::Default, false);
    app.update(Msg::ToggleHeatMap);
    let screen = screen::text(&app, 120, 32);
    assert!(screen.contains("withheld"), "{screen}");
    assert!(screen.contains("an anonymous participant is in the area"));
    // Empower in Store was 1.33 from three scores, Jonas's among them
    assert!(!screen.contains("1.3 (3)"), "{screen}");
    assert!(screen.contains("2.3 (3)"), "online's empower still shows");
}
