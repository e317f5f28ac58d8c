//! The Trend view of the results, for a session that follows two earlier
//! benchmarks: reached with h after the comparison, drawn at projector and laptop
//! sizes.

use std::path::Path;

use huddle::app::{App, Msg, ResultsView, ThemeName};
use huddle::domain::{Phase, Session};
use huddle::storage::parse_session;

#[path = "support/drive.rs"]
mod drive;
use drive::send;

#[path = "support/screen.rs"]
mod screen;
use screen::text;

const SPRING: &str = include_str!("../sessions/harbour-finch-2026-05.ron");
const AUTUMN: &str = include_str!("../sessions/harbour-finch-2026-11.ron");
const SPRING_2027: &str = include_str!("../sessions/harbour-finch-2027-05.ron");

fn session(text: &str) -> Session {
    parse_session(text, Path::new("example.ron")).unwrap()
}

fn app(text: &str, earlier: &[&str]) -> App {
    let mut s = session(text);
    s.position.phase = Phase::Results;
    let earlier: Vec<Session> = earlier.iter().map(|t| session(t)).collect();
    App::new(s, "example.ron".into(), false, ThemeName::Default, false)
        .with_previous(earlier.last().cloned())
        .with_earlier(earlier)
}

#[test]
fn h_after_the_comparison_shows_the_trend_then_the_habits_again() {
    let mut app = app(SPRING_2027, &[SPRING, AUTUMN]);
    send(&mut app, [Msg::ToggleHeatMap, Msg::ToggleHeatMap]);
    assert_eq!(app.results_view, ResultsView::Compare);
    assert!(text(&app, 120, 32).contains("h trend"));
    send(&mut app, [Msg::ToggleHeatMap]);
    assert_eq!(app.results_view, ResultsView::Trend);
    let screen = text(&app, 120, 32);
    for expected in [
        "Trend across benchmarks",
        "2026-05-14",
        "2027-05-13",
        "hidden",
        "not scored",
        "↑ +13",
    ] {
        assert!(screen.contains(expected), "{expected}:\n{screen}");
    }
    insta::assert_snapshot!("trend_view_projector", screen);
    insta::assert_snapshot!("trend_view_laptop", text(&app, 80, 24));
    send(&mut app, [Msg::ToggleHeatMap]);
    assert_eq!(app.results_view, ResultsView::Habits);
}

#[test]
fn one_earlier_benchmark_is_the_comparison_alone() {
    let mut app = app(AUTUMN, &[SPRING]);
    send(
        &mut app,
        [Msg::ToggleHeatMap, Msg::ToggleHeatMap, Msg::ToggleHeatMap],
    );
    assert_eq!(app.results_view, ResultsView::Habits);
}
