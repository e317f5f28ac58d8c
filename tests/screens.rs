//! The screens as the room sees them, drawn on a test terminal.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use huddle::assets;
use huddle::domain::Session;
use huddle::storage::{SessionEntry, parse_session};
use huddle::ui::overview::{Overview, OverviewAction};
use huddle::ui::picker::{Choice, Picker, PickerAction};
use huddle::ui::theme::{Theme, ThemeName};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::Widget;

fn example() -> Session {
    parse_session(assets::DEMO_SESSION, Path::new("example")).unwrap()
}

fn overview() -> Overview {
    let theme = Theme::new(ThemeName::Default, false);
    Overview::new(
        example(),
        "harbour-finch-demo.ron".into(),
        false,
        theme,
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

#[test]
fn overview_on_a_projector() {
    insta::assert_snapshot!(draw(&overview(), 120, 32).backend());
}

#[test]
fn overview_on_a_laptop() {
    insta::assert_snapshot!(draw(&overview(), 80, 24).backend());
}

#[test]
fn overview_with_help_open() {
    let mut view = overview();
    view.apply(OverviewAction::ToggleHelp);
    insta::assert_snapshot!(draw(&view, 80, 24).backend());
}

#[test]
fn overview_in_a_window_too_small() {
    insta::assert_snapshot!(draw(&overview(), 40, 10).backend());
}

#[test]
fn overview_without_colour_carries_every_meaning_in_text() {
    let view = Overview::new(
        example(),
        "x.ron".into(),
        true,
        Theme::new(ThemeName::Default, true),
        true,
    );
    let terminal = draw(&view, 120, 32);
    let buffer = terminal.backend().buffer();
    for cell in buffer.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset);
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
    }
    let text: String = buffer.content().iter().map(|cell| cell.symbol()).collect();
    assert!(text.contains("! no consensus: discuss"));
    assert!(text.contains("+ Strengths"));
    assert!(text.contains("- Weaknesses"));
    assert!(text.contains("read-only"));
}

#[test]
fn overview_scrolls_the_participants() {
    let mut view = overview();
    view.apply(OverviewAction::Down);
    view.apply(OverviewAction::Down);
    let terminal = draw(&view, 120, 32);
    let text: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|cell| cell.symbol())
        .collect();
    assert!(!text.contains("│ Maria Lopez") && text.contains("│ Priya Nair"));
    assert!(
        !view.clone().apply(OverviewAction::Quit),
        "q ends the overview"
    );
}

fn entries() -> Vec<SessionEntry> {
    vec![
        SessionEntry {
            path: PathBuf::from("/sessions/spring.ron"),
            modified: SystemTime::UNIX_EPOCH,
            session: Ok(example()),
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
    let picker = Picker::new(
        entries(),
        "/sessions".into(),
        Theme::new(ThemeName::Default, false),
    );
    insta::assert_snapshot!(draw(&picker, 80, 24).backend());
}

#[test]
fn picker_opens_the_chosen_session_or_starts_a_new_one() {
    let theme = Theme::new(ThemeName::Default, false);
    let mut picker = Picker::new(entries(), "/sessions".into(), theme);
    assert!(!picker.apply(PickerAction::Open));
    assert_eq!(
        picker.choice(),
        Choice::Open(PathBuf::from("/sessions/spring.ron"))
    );

    let mut picker = Picker::new(entries(), "/sessions".into(), theme);
    picker.apply(PickerAction::Up);
    picker.apply(PickerAction::Open);
    assert_eq!(picker.choice(), Choice::New);

    let mut empty = Picker::new(Vec::new(), "/sessions".into(), theme);
    empty.apply(PickerAction::Open);
    assert_eq!(empty.choice(), Choice::New);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_screen_draws_at_any_size(width in 1u16..=400, height in 1u16..=120, high_contrast: bool, help: bool) {
        let name = if high_contrast { ThemeName::HighContrast } else { ThemeName::Default };
        let mut view = Overview::new(example(), "x.ron".into(), false, Theme::new(name, false), false);
        if help {
            view.apply(OverviewAction::ToggleHelp);
        }
        draw(&view, width, height);
        let picker = Picker::new(entries(), "/sessions".into(), Theme::new(name, false));
        draw(&picker, width, height);
    }
}
