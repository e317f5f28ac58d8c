//! Undo, redo and the theme switch say what they did on the status line.

use chrono::NaiveDate;
use huddle::app::{App, Msg, ThemeName};
use huddle::domain::{Phase, Session};
use huddle::storage::assets;

#[path = "support/drive.rs"]
mod drive;
use drive::{send, type_in};

fn app_at(phase: Phase) -> App {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Customer day", date, assets::default_framework().unwrap());
    session.add_participant("Ana", None).unwrap();
    session.add_participant("Ben", None).unwrap();
    session.position.phase = phase;
    App::new(session, "test.ron".into(), false, ThemeName::Default, false)
}

#[test]
fn undo_and_redo_name_the_score_they_took_back() {
    let mut app = app_at(Phase::Benchmark);
    let habit = app.habit().name.clone();
    send(&mut app, [Msg::Score(3)]);
    send(&mut app, [Msg::Undo]);
    assert_eq!(
        app.status.text,
        format!("undone: Ana's current score on {habit}")
    );
    send(&mut app, [Msg::Redo]);
    assert_eq!(
        app.status.text,
        format!("redone: Ana's current score on {habit}")
    );
    assert!(!app.status.text.contains('3'), "never the score itself");
}

#[test]
fn undo_names_a_target_score_and_a_plan_change() {
    let mut app = app_at(Phase::Benchmark);
    let habit = app.habit().name.clone();
    send(&mut app, [Msg::Toggle, Msg::Score(4), Msg::Undo]);
    assert_eq!(
        app.status.text,
        format!("undone: Ana's target score on {habit}")
    );

    let mut app = app_at(Phase::Plan);
    send(&mut app, [Msg::Add]);
    type_in(&mut app, "Weekly digest");
    type_in(&mut app, "Ben");
    send(&mut app, [Msg::Undo]);
    assert_eq!(app.status.text, "undone: the owner of \"Weekly digest\"");
    send(&mut app, [Msg::Undo]);
    assert_eq!(app.status.text, "undone: action \"Weekly digest\" added");
}

#[test]
fn undo_names_a_renamed_participant_and_the_title() {
    let mut app = app_at(Phase::Participants);
    send(&mut app, [Msg::Edit]);
    type_in(&mut app, "Anna");
    send(&mut app, [Msg::Undo]);
    assert_eq!(app.status.text, "undone: Ana renamed Anna");

    let mut app = app_at(Phase::Setup);
    send(&mut app, [Msg::Down, Msg::Edit]);
    type_in(&mut app, "Spring review");
    // The new title offers a new file name first; keep the old one.
    send(&mut app, [Msg::Decline, Msg::Undo]);
    assert_eq!(app.status.text, "undone: the title");
}

#[test]
fn the_theme_switch_says_which_theme_is_on() {
    let mut app = app_at(Phase::Setup);
    send(&mut app, [Msg::SwitchTheme]);
    assert_eq!(app.status.text, "theme: high contrast");
    send(&mut app, [Msg::SwitchTheme]);
    assert_eq!(app.status.text, "theme: default");
}
