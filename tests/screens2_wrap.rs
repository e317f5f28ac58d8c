//! Text is wrapped where the panel has rows for it and cut with "…" only when
//! it does not fit (issue 12, trial t12): the Benchmark's rubric, questions and
//! notes.

use huddle::app::App;
use huddle::domain::Phase;

#[path = "support/drive.rs"]
mod drive;
use drive::app_on;
#[path = "support/rooms.rs"]
mod rooms;
#[path = "support/screen.rs"]
mod screen;

/// The rows of the left pane inside its border, up to the bottom border.
fn left_pane(app: &App, width: u16, height: u16) -> Vec<String> {
    let lines = screen::lines(app, width, height);
    let top = lines.iter().position(|l| l.starts_with('┌')).unwrap();
    let bottom = lines.iter().position(|l| l.starts_with('└')).unwrap();
    lines[top + 1..bottom]
        .iter()
        .map(|line| {
            let inner: String = line.chars().skip(1).collect();
            inner
                .split('│')
                .next()
                .unwrap_or_default()
                .trim_end()
                .to_string()
        })
        .collect()
}

#[test]
fn the_rubric_is_not_cut_while_the_pane_has_empty_rows_below() {
    for (width, height, habit) in [(80, 24, 0), (120, 32, 0), (64, 18, 0), (80, 24, 6)] {
        let mut session = rooms::international_room();
        session.position.habit = habit;
        let app = app_on(session, Phase::Benchmark);
        let pane = left_pane(&app, width, height);
        let cut = pane.iter().any(|row| row.ends_with('…'));
        let empty_at_foot = pane.last().is_some_and(|row| row.trim().is_empty());
        assert!(
            !(cut && empty_at_foot),
            "{width}x{height}: cut with rows to spare:\n{}",
            pane.join("\n")
        );
    }
}

#[test]
fn a_long_note_wraps_where_the_panel_has_room() {
    // Six people, as in the trial: the panel has rows to spare below the note.
    let mut session = rooms::international_room();
    session.participants.truncate(6);
    let names: Vec<String> = session
        .participants
        .iter()
        .map(|p| p.name.clone())
        .collect();
    for record in session.benchmark.values_mut() {
        record.scores.retain(|name, _| names.contains(name));
    }
    session.position.habit = 0;
    session.position.score.row = 0;
    let app = app_on(session, Phase::Benchmark);
    let text = screen::text(&app, 120, 32);
    // The first row ends at "sends them to the"; the rest is only on screen
    // when the note wraps.
    assert!(
        text.contains("the web form sends them back"),
        "the note goes on past its first line: {text}"
    );
}
