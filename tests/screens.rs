//! The screens as the room sees them, drawn on a test terminal and compared with
//! reviewed snapshots.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use huddle::app::picker::{Choice, Picker, PickerAction};
use huddle::app::{App, Msg, ThemeName};
use huddle::domain::{Phase, Session};
use huddle::storage::{SessionEntry, parse_session};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::widgets::Widget;

const SPRING: &str = include_str!("../sessions/harbour-finch-2026-05.ron");
const AUTUMN: &str = include_str!("../sessions/harbour-finch-2026-11.ron");

fn session(text: &str) -> Session {
    parse_session(text, Path::new("example.ron")).unwrap()
}

/// The app on an example session, at a phase.
fn app_at(text: &str, phase: Phase) -> App {
    let mut session = session(text);
    session.position.phase = phase;
    App::new(
        session,
        "example.ron".into(),
        false,
        ThemeName::Default,
        false,
    )
}

fn draw<W>(widget: &W, width: u16, height: u16) -> Terminal<TestBackend>
where
    for<'a> &'a W: Widget,
{
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(widget, frame.area()))
        .unwrap();
    terminal
}

fn text(buffer: &Buffer) -> String {
    buffer.content().iter().map(|cell| cell.symbol()).collect()
}

macro_rules! snapshot_both_sizes {
    ($name:ident, $app:expr) => {
        #[test]
        fn $name() {
            let app = $app;
            insta::assert_snapshot!(
                concat!(stringify!($name), "_projector"),
                draw(&app, 120, 32).backend()
            );
            insta::assert_snapshot!(
                concat!(stringify!($name), "_laptop"),
                draw(&app, 80, 24).backend()
            );
        }
    };
}

snapshot_both_sizes!(setup, app_at(SPRING, Phase::Setup));
snapshot_both_sizes!(participants, app_at(SPRING, Phase::Participants));
snapshot_both_sizes!(benchmark_revealed, app_at(SPRING, Phase::Benchmark));
snapshot_both_sizes!(benchmark_hidden, app_at(AUTUMN, Phase::Benchmark));
snapshot_both_sizes!(results, app_at(SPRING, Phase::Results));
snapshot_both_sizes!(heat_map, {
    let mut app = app_at(SPRING, Phase::Results);
    app.update(Msg::ToggleHeatMap);
    app
});
snapshot_both_sizes!(results_part_way, app_at(AUTUMN, Phase::Results));
snapshot_both_sizes!(empty_participants, {
    let mut app = app_at(AUTUMN, Phase::Participants);
    for _ in 0..12 {
        app.update(Msg::Delete);
        app.update(Msg::Confirm);
    }
    app
});
snapshot_both_sizes!(help, {
    let mut app = app_at(AUTUMN, Phase::Benchmark);
    app.update(Msg::ToggleHelp);
    app
});
snapshot_both_sizes!(editing_with_a_problem, {
    let mut app = app_at(SPRING, Phase::Setup);
    app.update(Msg::Down);
    app.update(Msg::Edit);
    app.update(Msg::Input(tui_input::InputRequest::DeleteLine));
    app
});
snapshot_both_sizes!(confirming_a_deletion, {
    // Everyone voted in the closed, revealed round: it is reopened and hidden
    // first, or the removal is refused before it asks.
    let mut app = app_at(SPRING, Phase::Prioritise);
    app.update(Msg::ToggleClosed);
    app.update(Msg::ToggleReveal);
    for _ in 0..3 {
        app.update(Msg::PreviousPhase);
    }
    app.update(Msg::Delete);
    app
});

#[test]
fn a_window_too_small_asks_to_be_made_larger() {
    insta::assert_snapshot!(draw(&app_at(SPRING, Phase::Benchmark), 50, 12).backend());
}

#[test]
fn hidden_scores_show_a_mark_never_the_number() {
    let app = app_at(AUTUMN, Phase::Benchmark);
    let screen = text(draw(&app, 120, 32).backend().buffer());
    assert!(screen.contains("9 of 12 scored · hidden"));
    // Sam Okafor gave Empower a 3 in the autumn: the row shows the mark only.
    let lines: Vec<String> = draw(&app, 120, 32)
        .backend()
        .buffer()
        .content()
        .chunks(120)
        .map(|line| line.iter().map(|c| c.symbol()).collect())
        .collect();
    let sam = lines
        .iter()
        .find(|line| line.contains("Sam Okafor"))
        .unwrap();
    assert!(sam.contains("●"), "{sam}");
    assert!(!sam.contains('3') && !sam.contains('4'), "{sam}");
}

#[test]
fn without_colour_every_meaning_is_still_in_words_and_symbols() {
    let mut session = session(SPRING);
    session.position.phase = Phase::Results;
    let app = App::new(session, "x.ron".into(), false, ThemeName::Default, true);
    let terminal = draw(&app, 120, 32);
    let buffer = terminal.backend().buffer();
    for cell in buffer.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset);
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
    }
    let screen = text(buffer);
    for words in [
        "! no consensus: discuss",
        "+ Strengths",
        "- Weaknesses",
        "▶ 4 Results",
        "✓ 3 Benchmark",
    ] {
        assert!(screen.contains(words), "{words}");
    }
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn the_high_contrast_theme_is_white_on_black() {
    let mut app = app_at(SPRING, Phase::Results);
    app.update(Msg::SwitchTheme);
    assert_eq!(app.theme, ThemeName::HighContrast);
    let terminal = draw(&app, 120, 32);
    let cell = &terminal.backend().buffer()[(60, 20)];
    assert_eq!(cell.bg, ratatui::style::Color::Black);
}

fn entries() -> Vec<SessionEntry> {
    vec![
        SessionEntry {
            path: PathBuf::from("/sessions/spring.ron"),
            modified: SystemTime::UNIX_EPOCH,
            session: Ok(session(SPRING)),
        },
        SessionEntry {
            path: PathBuf::from("/sessions/broken.ron"),
            modified: SystemTime::UNIX_EPOCH,
            session: Err(huddle::storage::StorageError::NoHome),
        },
    ]
}

#[test]
fn picker_lists_recent_sessions_and_a_new_one() {
    let picker = Picker::new(entries(), "/sessions".into(), ThemeName::Default, false);
    insta::assert_snapshot!(draw(&picker, 80, 24).backend());
}

#[test]
fn picker_opens_the_chosen_session_or_starts_a_new_one() {
    let mut picker = Picker::new(entries(), "/sessions".into(), ThemeName::Default, false);
    assert!(!picker.apply(PickerAction::Open));
    assert_eq!(
        picker.choice(),
        Choice::Open(PathBuf::from("/sessions/spring.ron"))
    );

    let mut picker = Picker::new(entries(), "/sessions".into(), ThemeName::Default, false);
    picker.apply(PickerAction::Up);
    picker.apply(PickerAction::Open);
    assert_eq!(picker.choice(), Choice::New);

    let mut empty = Picker::new(Vec::new(), "/sessions".into(), ThemeName::Default, false);
    empty.apply(PickerAction::Open);
    assert_eq!(empty.choice(), Choice::New);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_screen_draws_at_any_size(
        width in 1u16..=400,
        height in 1u16..=120,
        phase in 0usize..7,
        autumn: bool,
        overlay in 0usize..6,
        high_contrast: bool,
    ) {
        let mut app = app_at(if autumn { AUTUMN } else { SPRING }, huddle::app::PHASES[phase]);
        if high_contrast {
            app.update(Msg::SwitchTheme);
        }
        match overlay {
            1 => { app.update(Msg::ToggleHelp); }
            2 => { app.update(Msg::Delete); }
            3 => { app.update(Msg::Edit); }
            4 => { app.update(Msg::TogglePresenter); }
            5 => { app.update(Msg::CollectVotes); app.update(Msg::Commit); }
            _ => {}
        }
        draw(&app, width, height);
        draw(&app.clone(), width, height);
        let picker = Picker::new(entries(), "/sessions".into(), ThemeName::Default, false);
        draw(&picker, width, height);
    }
}

/// The spring workshop at Prioritise with a fresh habit round: three ballots in,
/// listen and empower tied.
/// A secret ballot on the habits in which the first three people on the roster
/// have voted: each one dot on the first candidate, the second voter one more on
/// the second candidate; the candidates nobody chose tie.
fn voting_app() -> App {
    let mut app = app_at(SPRING, Phase::Prioritise);
    app.update(Msg::NewHabitRound);
    app.update(Msg::CollectVotes);
    let roster: Vec<String> = app
        .session()
        .participants
        .iter()
        .map(|p| p.name.clone())
        .collect();
    for (voter, second_dots) in roster.iter().zip([0, 1, 0]) {
        // The cursor waits on the next person still to vote: Enter opens their
        // ballot, without moving it.
        app.update(Msg::Commit);
        app.update(Msg::Score(1));
        app.update(Msg::Down);
        app.update(Msg::Score(second_dots));
        app.update(Msg::Commit);
        assert!(app.session().rounds.last().unwrap().has_voted(voter));
    }
    app.update(Msg::Cancel);
    app
}

snapshot_both_sizes!(voting_hidden, voting_app());
snapshot_both_sizes!(voting_revealed_with_a_tie, {
    let mut app = voting_app();
    // Three of twelve have voted: revealing asks first.
    app.update(Msg::ToggleReveal);
    app.update(Msg::Confirm);
    app
});
snapshot_both_sizes!(secret_ballot, {
    let mut app = voting_app();
    app.update(Msg::CollectVotes);
    // Enter opens the ballot of the next person still to vote: the fourth.
    app.update(Msg::Commit);
    app.update(Msg::Right);
    app
});
snapshot_both_sizes!(show_of_hands, {
    let mut app = app_at(SPRING, Phase::Prioritise);
    app.update(Msg::NewHabitRound);
    app.update(Msg::Right);
    app.update(Msg::Right);
    app.update(Msg::CollectVotes);
    app.update(Msg::Down);
    app.update(Msg::Score(7));
    app
});
snapshot_both_sizes!(plan, app_at(SPRING, Phase::Plan));
snapshot_both_sizes!(wrap_up, app_at(SPRING, Phase::WrapUp));
snapshot_both_sizes!(presenter_benchmark_hidden, {
    let mut app = app_at(AUTUMN, Phase::Benchmark);
    app.update(Msg::TogglePresenter);
    app
});
snapshot_both_sizes!(presenter_benchmark_revealed_with_timer, {
    let mut app = app_at(SPRING, Phase::Benchmark);
    let ten = chrono::NaiveDate::from_ymd_opt(2026, 5, 14)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    app.update(Msg::Tick(ten));
    app.update(Msg::SetTimer);
    app.update(Msg::Commit);
    app.update(Msg::Tick(ten + chrono::TimeDelta::seconds(75)));
    app.update(Msg::TogglePresenter);
    app
});
snapshot_both_sizes!(presenter_votes_coming_in, {
    let mut app = voting_app();
    app.update(Msg::TogglePresenter);
    app
});
snapshot_both_sizes!(presenter_results, {
    let mut app = app_at(SPRING, Phase::Results);
    app.update(Msg::TogglePresenter);
    app
});

#[test]
fn voting_and_presenting_read_without_colour() {
    for mut app in [voting_app(), app_at(SPRING, Phase::Plan)] {
        app.no_color = true;
        app.update(Msg::ToggleReveal);
        // The voting room asks first: three of twelve have voted.
        if matches!(app.mode, huddle::app::Mode::Confirm(_)) {
            app.update(Msg::Confirm);
        }
        let terminal = draw(&app, 120, 32);
        for cell in terminal.backend().buffer().content() {
            assert_eq!(
                (cell.fg, cell.bg),
                (ratatui::style::Color::Reset, ratatui::style::Color::Reset)
            );
        }
        insta::assert_snapshot!(terminal.backend());
    }
}

#[test]
fn time_up_is_said_in_words_not_only_colour() {
    let mut app = app_at(SPRING, Phase::Results);
    let ten = chrono::NaiveDate::from_ymd_opt(2026, 5, 14)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    app.update(Msg::Tick(ten));
    app.update(Msg::SetTimer);
    app.update(Msg::Commit);
    app.update(Msg::Tick(ten + chrono::TimeDelta::minutes(6)));
    let screen = text(draw(&app, 120, 32).backend().buffer());
    assert!(screen.contains("■ Results: time's up"), "{screen}");
    app.update(Msg::TogglePresenter);
    let screen = text(draw(&app, 120, 32).backend().buffer());
    assert!(screen.contains("■ Results: time's up"));
}

snapshot_both_sizes!(setup_with_a_review, app_at(AUTUMN, Phase::Setup));

snapshot_both_sizes!(comparison_with_the_last_benchmark, {
    let mut app = app_at(AUTUMN, Phase::Results).with_previous(Some(session(SPRING)));
    app.update(Msg::ToggleHeatMap);
    app.update(Msg::ToggleHeatMap);
    assert_eq!(app.results_view, huddle::app::ResultsView::Compare);
    app
});

#[test]
fn without_an_earlier_benchmark_the_views_skip_the_comparison() {
    let mut app = app_at(SPRING, Phase::Results);
    app.update(Msg::ToggleHeatMap);
    app.update(Msg::ToggleHeatMap);
    assert_eq!(app.results_view, huddle::app::ResultsView::Habits);
}
