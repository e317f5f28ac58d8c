//! Choices are chosen from a list, not typed: the export format, how a round
//! collects votes, and what a plan action is for (voted priorities first,
//! marked). A due date can be cleared, and the session reopens without it.

use std::path::Path;

use chrono::NaiveDate;
use huddle::app::{App, Mode, Msg, ThemeName};
use huddle::domain::{Phase, Session, VoteMethod};
use huddle::export::Format;
use huddle::storage::{assets, load_session, save_session};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_input::InputRequest;

#[path = "support/drive.rs"]
mod drive;
use drive::send;

#[path = "support/screen.rs"]
mod screen;

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn new_app(phase: Phase) -> App {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Customer day", date, assets::default_framework().unwrap());
    session.add_participant("Ana", None).unwrap();
    session.position.phase = phase;
    App::new(session, "test.ron".into(), false, ThemeName::Default, false)
}

/// The spring example (a revealed round, a plan) on the plan, cursor on a column.
fn spring_plan(column: usize) -> App {
    let mut session = load_session(Path::new("sessions/harbour-finch-2026-05.ron")).unwrap();
    session.position.phase = Phase::Plan;
    session.position.action.row = 0;
    session.position.action.column = column;
    App::new(
        session,
        "spring.ron".into(),
        false,
        ThemeName::Default,
        false,
    )
}

fn options(app: &App) -> Vec<(String, String)> {
    match &app.mode {
        Mode::Choosing(choices) => choices
            .options
            .iter()
            .map(|o| (o.label.clone(), o.mark.clone()))
            .collect(),
        mode => panic!("no choice list open: {mode:?}"),
    }
}

#[test]
fn the_export_format_is_picked_from_a_list() {
    let mut app = new_app(Phase::Setup);
    send(&mut app, [key(KeyCode::Char('E'))]);
    let labels: Vec<String> = options(&app).into_iter().map(|(label, _)| label).collect();
    assert_eq!(labels.len(), 4, "{labels:?}");
    let screen = screen::text(&app, 80, 24);
    assert!(
        screen.contains("Export as") && screen.contains("▶"),
        "{screen}"
    );
    assert!(screen.contains("Markdown"), "{screen}");
    // The first is HTML; one down is Markdown.
    assert_eq!(
        send(&mut app, [key(KeyCode::Down), key(KeyCode::Enter)]),
        [huddle::app::Effect::Export(Format::Md)]
    );
    assert!(matches!(app.mode, Mode::Normal));
    send(&mut app, [key(KeyCode::Char('E'))]);
    assert_eq!(
        send(&mut app, [key(KeyCode::Enter)]),
        [huddle::app::Effect::Export(Format::Html)]
    );
}

#[test]
fn escape_leaves_the_list_without_exporting() {
    let mut app = new_app(Phase::Setup);
    send(&mut app, [key(KeyCode::Char('E'))]);
    assert_eq!(send(&mut app, [key(KeyCode::Esc)]), []);
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn a_rounds_voting_method_is_picked_from_a_list() {
    let mut app = new_app(Phase::Prioritise);
    send(&mut app, [Msg::NewHabitRound]);
    assert_eq!(app.round().unwrap().method, VoteMethod::SecretBallot);
    send(&mut app, [key(KeyCode::Enter)]);
    let labels: Vec<String> = options(&app).into_iter().map(|(label, _)| label).collect();
    assert_eq!(
        labels,
        [
            VoteMethod::SecretBallot.label(),
            VoteMethod::FacilitatorEntry.label(),
            VoteMethod::RoomTally.label()
        ]
    );
    send(
        &mut app,
        [key(KeyCode::Down), key(KeyCode::Down), key(KeyCode::Enter)],
    );
    assert_eq!(app.round().unwrap().method, VoteMethod::RoomTally);
    send(&mut app, [Msg::Undo]);
    assert!(
        app.status.text.contains("how votes are collected"),
        "{}",
        app.status.text
    );
}

#[test]
fn for_lists_the_voted_priorities_first_marked_then_the_habits() {
    let mut app = spring_plan(1);
    let priorities = app.top_priorities_placed();
    assert!(!priorities.is_empty(), "the example has a revealed round");
    send(&mut app, [key(KeyCode::Enter)]);
    let options = options(&app);
    for ((_, place), (_, mark)) in priorities.iter().zip(&options) {
        assert_eq!(mark, &format!("★ voted {place}"));
    }
    let habits = app.session().framework.habits.len();
    assert!(
        options[priorities.len()..]
            .iter()
            .all(|(_, mark)| mark.is_empty())
    );
    assert!(
        options.len() <= 1 + priorities.len() + habits,
        "a voted habit is not listed twice: {options:?}"
    );
    assert_eq!(options.last().unwrap().0, "- (nothing)");
    let screen = screen::text(&app, 120, 32);
    assert!(screen.contains("★ voted 1"), "{screen}");
    // Choose the second priority, then nothing.
    let mut moves = vec![key(KeyCode::Up); options.len()];
    moves.extend([key(KeyCode::Down), key(KeyCode::Enter)]);
    send(&mut app, moves);
    let action = &app.session().plan[0];
    let link = app.link_label(action.habit.as_ref(), action.priority.as_ref());
    assert_eq!(link, options[1].0);
    let mut moves = vec![key(KeyCode::Enter)];
    moves.extend(vec![key(KeyCode::Down); options.len()]);
    moves.push(key(KeyCode::Enter));
    send(&mut app, moves);
    let action = &app.session().plan[0];
    assert_eq!((&action.habit, &action.priority), (&None, &None));
}

#[test]
fn a_due_date_can_be_cleared_and_the_session_reopens_without_it() {
    let mut app = spring_plan(3);
    assert!(app.session().plan[0].due.is_some());
    send(
        &mut app,
        [Msg::Edit, Msg::Input(InputRequest::DeleteLine), Msg::Commit],
    );
    assert!(!app.status.is_error, "{}", app.status.text);
    assert_eq!(app.session().plan[0].due, None);
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("spring.ron");
    save_session(&path, app.session()).unwrap();
    assert_eq!(load_session(&path).unwrap().plan[0].due, None);
}

#[test]
fn an_untouched_due_date_stays() {
    let mut app = spring_plan(3);
    let due = app.session().plan[0].due;
    send(&mut app, [Msg::Edit, Msg::Commit]);
    assert_eq!(app.session().plan[0].due, due);
}
