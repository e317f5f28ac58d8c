//! Names typed by people line up in terminal columns, whatever their letters:
//! "山田 太郎" takes two columns per letter, "José 🚀 Núñez" has an accent and a
//! two-column emoji. Each test finds where a column starts on every row and
//! checks it is the same column for the wide names as for the plain ones.

use huddle::app::{App, ThemeName};
use huddle::domain::{Candidate, Phase, Session, VotingRound};
use huddle::export::plain;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

#[path = "support/rooms.rs"]
mod rooms;

use rooms::WIDE_NAMES as WIDE;

/// The spring example with the two wide names first on the roster.
fn room() -> Session {
    rooms::international_room()
}

fn screen(session: Session) -> Buffer {
    let app = App::new(
        session,
        "spring.ron".into(),
        false,
        ThemeName::Default,
        false,
    );
    let mut terminal = Terminal::new(TestBackend::new(120, 32)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(&app, frame.area()))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The column at which `after` first appears to the right of `text` on the row
/// that holds `text`, reading the screen cell by cell.
fn column_after(buffer: &Buffer, text: &str, after: impl Fn(&str) -> bool) -> u16 {
    for y in 0..buffer.area.height {
        // a wide letter's cell is followed by one its letter covers: skip it
        let mut cells: Vec<(u16, &str)> = Vec::new();
        let mut x = 0;
        while x < buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            cells.push((x, symbol));
            x += symbol.width().max(1) as u16;
        }
        let line: String = cells.iter().map(|(_, s)| *s).collect();
        let Some(at) = line.find(text) else { continue };
        // the column where `text` starts, then the first match past its end
        let start = line[..at].width() as u16;
        let end = start + text.width() as u16;
        return cells
            .iter()
            .find(|(x, s)| *x >= end && after(s))
            .map(|(x, _)| *x)
            .unwrap_or_else(|| panic!("nothing after {text} on: {line}"));
    }
    panic!("{text} is not on screen");
}

#[test]
fn benchmark_scores_line_up_beside_wide_names() {
    let mut session = room();
    session.position.phase = Phase::Benchmark;
    let buffer = screen(session);
    let digit = |s: &str| s.chars().all(|c| c.is_ascii_digit()) && !s.is_empty();
    let plain = column_after(&buffer, "Maria Lopez", digit);
    for name in WIDE {
        assert_eq!(column_after(&buffer, name, digit), plain, "{name}");
    }
}

#[test]
fn voted_marks_line_up_beside_wide_names() {
    let mut session = room();
    let mut round = VotingRound::new(
        "Ideas",
        vec![Candidate::Idea("A".into()), Candidate::Idea("B".into())],
    );
    for voter in [WIDE[0], WIDE[1], "Maria Lopez"] {
        round.cast(voter, vec![1, 0]).unwrap();
    }
    session.rounds.push(round);
    session.position.phase = Phase::Prioritise;
    session.position.round = session.rounds.len() - 1;
    let mut app = App::new(
        session,
        "spring.ron".into(),
        false,
        ThemeName::Default,
        false,
    );
    app.update(huddle::app::Msg::CollectVotes);
    let mut terminal = Terminal::new(TestBackend::new(120, 32)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(&app, frame.area()))
        .unwrap();
    let buffer = terminal.backend().buffer().clone();
    let tick = |s: &str| s == "✓";
    let plain = column_after(&buffer, "Maria Lopez", tick);
    for name in WIDE {
        assert_eq!(column_after(&buffer, name, tick), plain, "{name}");
    }
}

#[test]
fn ranking_bars_line_up_beside_wide_labels() {
    let mut session = room();
    let mut round = VotingRound::new(
        "Ideas",
        vec![
            Candidate::Idea(WIDE[0].into()),
            Candidate::Idea(WIDE[1].into()),
            Candidate::Idea("Call ten customers".into()),
        ],
    );
    round.cast(WIDE[0], vec![1, 0, 0]).unwrap();
    round.cast(WIDE[1], vec![0, 1, 0]).unwrap();
    round.cast("Maria Lopez", vec![0, 0, 1]).unwrap();
    round.revealed = true;
    session.rounds.push(round);
    session.position.phase = Phase::Prioritise;
    session.position.round = session.rounds.len() - 1;
    let buffer = screen(session);
    let bar = |s: &str| s == "█";
    let plain = column_after(&buffer, "Call ten customers", bar);
    for name in WIDE {
        assert_eq!(column_after(&buffer, name, bar), plain, "{name}");
    }
}

#[test]
fn printed_results_line_up_with_wide_habit_names() {
    let mut session = room();
    session.framework.habits[0].name = WIDE[0].into();
    session.framework.habits[1].name = WIDE[1].into();
    let summary = plain::summary(&session);
    // where the "current" column ends on every row of the table
    let ends: Vec<usize> = summary
        .lines()
        .skip_while(|l| !l.starts_with("habit"))
        .take_while(|l| !l.is_empty())
        .map(|l| {
            let numbers = l.find("  ").unwrap() + 2;
            let current = l[numbers..].trim_start();
            let end = l.len() - current.len() + current.find(' ').unwrap_or(current.len());
            l[..end].width()
        })
        .collect();
    assert_eq!(ends.len(), 1 + session.framework.habits.len(), "{summary}");
    assert!(ends.iter().all(|&e| e == ends[0]), "{ends:?}\n{summary}");
}

#[test]
fn huddle_list_lines_up_wide_titles() {
    let home = tempfile::TempDir::new().unwrap();
    let sessions = home.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    for (file, title) in [("a", WIDE[0]), ("b", WIDE[1]), ("c", "Plain title")] {
        let mut session = room();
        session.title = format!("{title} workshop");
        let text = huddle::storage::session_to_ron(&session).unwrap();
        std::fs::write(sessions.join(format!("{file}.ron")), text).unwrap();
    }
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_huddle"))
        .arg("list")
        .env("HUDDLE_HOME", home.path())
        .output()
        .unwrap();
    let listing = String::from_utf8_lossy(&output.stdout);
    // the column where the date starts, on every session's line
    let starts: Vec<usize> = listing
        .lines()
        .skip(1)
        .map(|l| l[..l.find("2026-05-14").unwrap()].width())
        .collect();
    assert_eq!(starts.len(), 3, "{listing}");
    assert!(starts.iter().all(|&s| s == starts[0]), "{listing}");
}
