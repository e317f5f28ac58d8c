//! A follow-up's comparison says the same in the app as in `huddle compare`:
//! what became of each earlier action, and the review notes written in Setup.

use std::path::Path;
use std::process::Command;

use huddle::app::{App, Msg, ResultsView, ThemeName};
use huddle::domain::{ActionStatus, Phase, compare};
use huddle::storage::load_session;

#[path = "support/screen.rs"]
mod screen;

const SPRING: &str = "sessions/harbour-finch-2026-05.ron";
const AUTUMN: &str = "sessions/harbour-finch-2026-11.ron";

/// The app's comparison screen of the autumn session against spring, drawn wide
/// enough that no action's line wraps.
fn app_screen() -> String {
    let spring = load_session(Path::new(SPRING)).unwrap();
    let mut autumn = load_session(Path::new(AUTUMN)).unwrap();
    autumn.position.phase = Phase::Results;
    let mut app = App::new(autumn, "autumn.ron".into(), true, ThemeName::Default, false)
        .with_previous(Some(spring));
    app.update(Msg::ToggleHeatMap);
    app.update(Msg::ToggleHeatMap);
    assert_eq!(app.results_view, ResultsView::Compare);
    screen::text(&app, 400, 60)
}

fn cli_output() -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_huddle"))
        .args(["compare", SPRING, AUTUMN])
        .output()
        .unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn every_earlier_action_reads_the_same_in_the_app_and_in_huddle_compare() {
    let c = compare(
        &load_session(Path::new(SPRING)).unwrap(),
        &load_session(Path::new(AUTUMN)).unwrap(),
    )
    .unwrap();
    let (app, cli) = (app_screen(), cli_output());
    assert!(!c.actions.is_empty());
    for action in &c.actions {
        let said = format!("{} ", action.state());
        for (view, text) in [("app", &app), ("huddle compare", &cli)] {
            let line = text
                .lines()
                .find(|line| line.contains(&action.what))
                .unwrap_or_else(|| panic!("{view} does not list {}", action.what));
            assert!(
                line.contains(action.state().as_str()),
                "{view} says {line:?}, not {said:?}"
            );
            assert!(
                line.contains(&action.note),
                "{view} leaves out the review note {:?}",
                action.note
            );
        }
    }
}

#[test]
fn an_action_done_at_the_earlier_benchmark_reads_as_done_everywhere() {
    let (app, cli) = (app_screen(), cli_output());
    let digest = "weekly 'voice of the customer' digest";
    for (view, text) in [("app", &app), ("huddle compare", &cli)] {
        let line = text.lines().find(|line| line.contains(digest)).unwrap();
        assert!(
            line.contains("done at the last benchmark"),
            "{view}: {line}"
        );
        assert!(!line.contains("not reviewed"), "{view}: {line}");
    }
    let c = compare(
        &load_session(Path::new(SPRING)).unwrap(),
        &load_session(Path::new(AUTUMN)).unwrap(),
    )
    .unwrap();
    let action = c.actions.iter().find(|a| a.what.contains(digest)).unwrap();
    assert_eq!(
        action.now,
        Some(ActionStatus::Done),
        "what the exports show"
    );
}

#[test]
fn the_review_notes_written_in_setup_show_in_the_apps_comparison() {
    let app = app_screen();
    assert!(app.contains("Vendor change needed; pilot with one team in December."));
    assert!(app.contains("Folded into the delivery programme"));
}
