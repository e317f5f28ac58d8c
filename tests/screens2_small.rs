//! At 64x18 nothing is cut without a mark and nothing is explained that is not
//! there (issue 12, trial t12): border titles end in "…" when cut, the Results
//! legend goes with its bars, a flag keeps its reason, and the Benchmark keeps
//! a bar a level.

use huddle::app::App;
use huddle::domain::{Phase, Session};
use huddle::text::display;

#[path = "support/drive.rs"]
mod drive;
use drive::app_on;
#[path = "support/rooms.rs"]
mod rooms;
#[path = "support/screen.rs"]
mod screen;

/// The international room with exactly one anonymous participant.
fn one_anonymous() -> Session {
    let mut session = rooms::international_room();
    for person in &mut session.participants {
        person.anonymous = false;
    }
    session.participants[3].anonymous = true;
    session
}

/// The rows of the screen that are a box's border (top or bottom).
fn borders(app: &App) -> Vec<String> {
    screen::lines(app, 64, 18)
        .into_iter()
        .filter(|line| {
            let line = line.trim();
            (line.starts_with('┌') || line.starts_with('└')) && line.contains(' ')
        })
        .collect()
}

/// A border row whose title runs into the corner: text right before `┐`/`┘`
/// with no "…" or space between.
fn cut_silently(row: &str) -> bool {
    let chars: Vec<char> = row.trim_end().chars().collect();
    chars.len() >= 2
        && matches!(chars[chars.len() - 1], '┐' | '┘')
        && !matches!(chars[chars.len() - 2], '─' | ' ' | '…')
}

#[test]
fn border_titles_cut_at_64_columns_end_in_a_mark() {
    for phase in [Phase::Participants, Phase::Benchmark, Phase::Results] {
        let app = app_on(one_anonymous(), phase);
        for row in borders(&app) {
            assert!(!cut_silently(&row), "{phase:?}: {row}");
        }
    }
    for (phase, start, whole) in [
        (
            Phase::Participants,
            "! one anonymous",
            display::ONE_ANONYMOUS,
        ),
        (
            Phase::Benchmark,
            "● scores hidden",
            display::OWN_SCORES_HIDDEN,
        ),
    ] {
        let app = app_on(one_anonymous(), phase);
        let row = borders(&app)
            .into_iter()
            .find(|row| row.contains(start))
            .unwrap_or_else(|| panic!("{phase:?}: no \"{start}\" border"));
        assert!(
            row.contains(whole) || row.contains("… ┘"),
            "{phase:?}: cut without a mark: {row}"
        );
    }
}

#[test]
fn a_long_title_on_the_wrap_up_border_ends_in_a_mark() {
    let mut session = rooms::international_room();
    session.title =
        "Customer culture benchmark of every store, the call centre and the web shop".into();
    let app = app_on(session, Phase::WrapUp);
    let row = borders(&app)
        .into_iter()
        .find(|row| row.contains("Customer culture"))
        .expect("the title is on the border");
    assert!(row.contains("… ┐"), "{row}");
}

#[test]
fn results_at_64_columns_keep_a_legend_only_with_its_bars_and_the_flags_reason() {
    let app = app_on(rooms::international_room(), Phase::Results);
    let text = screen::text(&app, 64, 18);
    let bars = text.contains("Now ▸ goal");
    assert_eq!(bars, text.contains("current mean"), "{text}");
    if text.contains("! ") {
        assert!(
            text.contains("! range") || text.contains("! spread") || text.contains("discuss"),
            "a flag says why: {text}"
        );
    }
}

#[test]
fn the_benchmark_at_64x18_keeps_a_bar_a_level() {
    let app = app_on(rooms::international_room(), Phase::Benchmark);
    let text = screen::text(&app, 64, 18);
    assert!(!text.contains("1-3"), "{text}");
    assert!(!text.contains("4-5"), "{text}");
    for level in 1..=5 {
        assert!(text.contains(&format!("{level}:")), "level {level}: {text}");
    }
}
