//! Comparing the two example benchmarks, with the numbers worked by hand from the
//! session files.

use std::path::Path;

use huddle::domain::{ActionStatus, CompareError, Session, compare};
use huddle::storage::parse_session;

fn load(text: &str) -> Session {
    parse_session(text, Path::new("example.ron")).unwrap()
}

fn spring() -> Session {
    load(include_str!("../sessions/harbour-finch-2026-05.ron"))
}

fn autumn() -> Session {
    load(include_str!("../sessions/harbour-finch-2026-11.ron"))
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn habits_move_by_their_mean_and_their_gap() {
    let c = compare(&spring(), &autumn()).unwrap();
    let listen = c.habits.iter().find(|h| h.habit_id == "listen").unwrap();
    // spring listen: 30/12 current, 51/12 target; autumn: 37/12 current, all targets 4
    assert!(close(listen.change(), 7.0 / 12.0));
    assert!(close(listen.old_gap, 21.0 / 12.0));
    assert!(close(listen.new_gap, 11.0 / 12.0));
    assert!(close(listen.gap_change(), -10.0 / 12.0));
    // empower in autumn: 9 of 12 scored but not revealed, so no number to compare
    let empower = c.habits.iter().find(|h| h.habit_id == "empower").unwrap();
    assert!(empower.new_hidden && !empower.old_hidden);
    assert_eq!((empower.new_mean, empower.change()), (None, None));
    let create = c.habits.iter().find(|h| h.habit_id == "create").unwrap();
    assert_eq!(
        create.change(),
        None,
        "not scored yet in autumn: no change, not a drop"
    );
}

#[test]
fn the_index_and_areas_move() {
    let c = compare(&spring(), &autumn()).unwrap();
    // spring: habit means sum to 216/12 = 18 over 7 habits -> (18/7 - 1) / 4 * 100
    let spring_index = (18.0 / 7.0 - 1.0) / 4.0 * 100.0;
    // autumn: (37 + 31 + 37) / 12 over the 3 revealed habits (empower is hidden)
    let autumn_index = (105.0 / 12.0 / 3.0 - 1.0) / 4.0 * 100.0;
    assert!(close(c.old_index, spring_index));
    assert!(close(c.new_index, autumn_index));
    assert_eq!(
        (c.old_coverage.habits_scored, c.new_coverage.habits_scored),
        (7, 3)
    );
    assert_eq!(c.new_coverage.habits_hidden, 1);
    // The change compares like with like: spring over the same three habits,
    // listen 30, think 27, innovate 36 (of 12 each)
    assert_eq!(c.shared_habits, ["listen", "think", "innovate"]);
    assert!(!c.same_coverage());
    let spring_on_three = (93.0 / 12.0 / 3.0 - 1.0) / 4.0 * 100.0;
    assert!(close(c.old_shared_index, spring_on_three));
    assert!(close(c.index_change(), autumn_index - spring_on_three));
    // Head office over those three habits: spring 3+3+2, 3+2+2, 3+3+3 = 24,
    // autumn 4+3+3, 3+3+2, 3+3+3 = 27, of nine scores each (not spring's 21)
    let head_office = c.areas.iter().find(|a| a.area == "Head office").unwrap();
    assert!(close(head_office.old_mean, 24.0 / 9.0));
    assert!(close(head_office.change(), 3.0 / 9.0));
    // Store: in spring anonymous Jonas was in it, so its mean is withheld; in
    // autumn, revealed habits only: Sam 7 + Lena 9 + Hannah 7 over 9
    let store = c.areas.iter().find(|a| a.area == "Store").unwrap();
    assert_eq!((store.old_mean, store.old_withheld), (None, true));
    assert!(close(store.new_mean, 23.0 / 9.0) && !store.new_withheld);
    assert_eq!(store.change(), None);
}

#[test]
fn the_earlier_plan_is_followed_through_the_review() {
    let c = compare(&spring(), &autumn()).unwrap();
    assert_eq!(c.actions.len(), 5);
    let refunds = &c.actions[0];
    assert_eq!(
        (refunds.planned, refunds.reviewed),
        (Some(ActionStatus::InProgress), Some(ActionStatus::Done))
    );
    let digest = &c.actions[2];
    assert_eq!(
        (digest.planned, digest.reviewed),
        (Some(ActionStatus::Done), None)
    );
    assert_eq!(c.actions[4].reviewed, Some(ActionStatus::Dropped));
}

#[test]
fn different_frameworks_are_refused_and_habits_in_one_only_are_listed() {
    let mut other = autumn();
    other.framework.id = "team-health".into();
    other.framework.name = "Team health check".into();
    let error = compare(&spring(), &other).unwrap_err();
    assert!(matches!(error, CompareError::DifferentFramework { .. }));
    assert!(error.to_string().contains("Team health check"), "{error}");

    let mut edited = autumn();
    edited.framework.habits.retain(|h| h.id != "values");
    edited.benchmark.remove("values");
    let c = compare(&spring(), &edited).unwrap();
    assert_eq!(c.only_in_old, ["Values"]);
    assert!(c.only_in_new.is_empty());
}

/// Every place the index comparison appears says what each side covers and
/// compares the change on the habits scored in both.
#[test]
fn every_comparison_of_the_index_says_what_it_covers() {
    use huddle::export::{Report, html, markdown, plain};
    let sides = "39 (7 of 7 habits scored) -> 48 (3 of 7 habits; 1 habit hidden until revealed)";
    let change = "on the 3 habits scored in both: 40 -> 48, ↑ +8";
    let report = Report::following(&autumn(), Some(&spring()));
    let text = plain::comparison(report.comparison.as_ref().unwrap());
    // the HTML escapes the arrow's ">" and holds an expression together with
    // no-break spaces and a word joiner
    let html = html(&report)
        .replace('\u{2060}', "")
        .replace("-&gt;", "->")
        .replace('\u{a0}', " ");
    for page in [markdown(&report), html, text] {
        assert!(page.contains(sides), "{page}");
        assert!(page.contains(change), "{page}");
    }
}
