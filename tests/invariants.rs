//! One invariant: every state the app can reach saves a file that reopens. Each
//! case here is a routine edit that once left a session huddle refused to open, or
//! typed text that once panicked while the screen was drawn.

// Only some of the tmux helpers are used here.
#[allow(dead_code)]
mod support;

use std::path::Path;
use std::thread::sleep;
use std::time::Duration;

use chrono::NaiveDate;
use huddle::app::{App, Mode, Msg, ThemeName};
use huddle::domain::{Phase, Session};
use huddle::storage::{load_session, parse_session, session_to_ron};
use tui_input::InputRequest;

#[path = "support/drive.rs"]
mod drive;
use drive::send;

#[path = "support/screen.rs"]
mod screen;

/// The spring workshop, with a plan whose actions have owners.
const SPRING: &str = include_str!("../sessions/harbour-finch-2026-05.ron");
/// The autumn follow-up, reviewing the spring plan's actions and their owners.
const AUTUMN: &str = include_str!("../sessions/harbour-finch-2026-11.ron");

fn app_at(example: &str, phase: Phase) -> App {
    let mut session = parse_session(example, Path::new("example.ron")).unwrap();
    session.position.phase = phase;
    App::new(
        session,
        "example.ron".into(),
        false,
        ThemeName::Default,
        false,
    )
}

/// What the loop reports after a save that went through.
fn saved() -> Msg {
    Msg::Saved(chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap())
}

/// Replaces the text being edited with `text` and draws the screen after each key.
fn retype(app: &mut App, text: &str) {
    send(app, [Msg::Input(InputRequest::DeleteLine)]);
    for c in text.chars() {
        send(app, [Msg::Input(InputRequest::InsertChar(c))]);
        draw(app);
    }
}

/// Draws the app at the projector's and a laptop's size (a panic fails the test).
fn draw(app: &App) {
    for (width, height) in [(120, 32), (80, 24)] {
        screen::lines(app, width, height);
    }
}

/// Saves the session as the app would and opens the file again.
fn reopen(session: &Session) -> Session {
    let text = session_to_ron(session).unwrap();
    match parse_session(&text, Path::new("saved.ron")) {
        Ok(reopened) => reopened,
        Err(error) => panic!("the saved file does not reopen: {error}"),
    }
}

/// Owners limited to participants (`o` in the plan), then the participants'
/// table with the cursor on `name`'s name.
fn owners_are_participants_and_cursor_on(example: &str, name: &str) -> App {
    let mut app = app_at(example, Phase::Plan);
    send(&mut app, [Msg::ToggleOwnerPolicy]);
    assert!(app.session().owners_from_participants);
    while app.phase() != Phase::Participants {
        send(&mut app, [Msg::PreviousPhase]);
    }
    let row = app
        .session()
        .participants
        .iter()
        .position(|p| p.name == name)
        .unwrap();
    send(&mut app, [Msg::Left, Msg::Left, Msg::Left]);
    send(&mut app, std::iter::repeat_n(Msg::Up, 40));
    send(&mut app, std::iter::repeat_n(Msg::Down, row));
    app
}

#[test]
fn renaming_an_action_owner_carries_the_name_and_the_file_reopens() {
    let mut app = owners_are_participants_and_cursor_on(SPRING, "Sam Okafor");
    let owned =
        |session: &Session, name: &str| session.plan.iter().filter(|a| a.owner == name).count();
    let before = owned(app.session(), "Sam Okafor");
    assert!(before > 0, "the example has Sam owning an action");
    send(&mut app, [Msg::Edit]);
    retype(&mut app, "Samuel Okafor");
    send(&mut app, [Msg::Commit]);
    assert!(!app.status.is_error, "{}", app.status.text);
    let reopened = reopen(app.session());
    assert_eq!(owned(&reopened, "Samuel Okafor"), before);
    assert_eq!(owned(&reopened, "Sam Okafor"), 0);
    assert_eq!(reopened, *app.session());
}

#[test]
fn renaming_the_owner_of_an_earlier_action_carries_the_name_to_the_review() {
    let mut app = owners_are_participants_and_cursor_on(AUTUMN, "Sam Okafor");
    send(&mut app, [Msg::Edit]);
    retype(&mut app, "Samuel Okafor");
    send(&mut app, [Msg::Commit]);
    let reopened = reopen(app.session());
    assert_eq!(reopened.review[0].owner, "Samuel Okafor");
}

/// Reopens the example's closed round (Participants -> Prioritise and back), so
/// its voters may be removed.
fn reopen_the_round(app: &mut App) {
    send(app, std::iter::repeat_n(Msg::NextPhase, 3));
    assert_eq!(app.phase(), Phase::Prioritise);
    send(app, [Msg::ToggleClosed]);
    assert!(!app.round().unwrap().closed);
    // A revealed tally would drop by their ballot: it is hidden first.
    send(app, [Msg::ToggleReveal]);
    assert!(!app.round().unwrap().revealed);
    send(app, std::iter::repeat_n(Msg::PreviousPhase, 3));
}

#[test]
fn removing_an_action_owner_says_so_and_the_file_reopens() {
    let mut app = owners_are_participants_and_cursor_on(SPRING, "Sam Okafor");
    reopen_the_round(&mut app);
    send(&mut app, [Msg::Delete]);
    let Mode::Confirm(confirmation) = app.mode else {
        panic!("removing a person asks first");
    };
    let question = app.confirmation_question(confirmation);
    assert!(
        question.starts_with("Delete Sam Okafor: 14 scores, 1 ballot, owner of 1 action?")
            && question.contains("no owner"),
        "{question}"
    );
    draw(&app);
    send(&mut app, [Msg::Confirm]);
    let reopened = reopen(app.session());
    assert!(reopened.participant("Sam Okafor").is_none());
    assert!(reopened.plan.iter().all(|a| a.owner != "Sam Okafor"));
}

#[test]
fn removing_an_owner_when_owners_may_be_any_name_keeps_the_name() {
    let mut app = owners_are_participants_and_cursor_on(SPRING, "Sam Okafor");
    send(&mut app, std::iter::repeat_n(Msg::NextPhase, 4));
    assert_eq!(app.phase(), Phase::Plan);
    send(&mut app, [Msg::ToggleOwnerPolicy]);
    assert!(!app.session().owners_from_participants);
    send(&mut app, std::iter::repeat_n(Msg::PreviousPhase, 4));
    reopen_the_round(&mut app);
    send(&mut app, [Msg::Delete]);
    let Mode::Confirm(confirmation) = app.mode else {
        panic!("removing a person asks first");
    };
    assert!(
        app.confirmation_question(confirmation)
            .contains("keep \"Sam Okafor\""),
    );
    send(&mut app, [Msg::Confirm]);
    let reopened = reopen(app.session());
    assert!(reopened.participant("Sam Okafor").is_none());
    assert!(reopened.plan.iter().any(|a| a.owner == "Sam Okafor"));
}

/// Text that is not a date, in scripts and shapes a keyboard can type.
const NOT_DATES: [&str; 8] = [
    "+é",
    "+3é",
    "+日本",
    "+👍🏽",
    "+שלום",
    "2026-05-1\u{301}",
    "+3\u{301}",
    "+١٢d",
];

/// Types each text into the field being edited: it draws, the line under it says
/// what is wrong, Enter refuses it with the reason and nothing changes.
fn refuse_each(app: &mut App, date_of: impl Fn(&Session) -> Option<NaiveDate>) {
    let before = app.session().clone();
    for text in NOT_DATES {
        retype(app, text);
        let problem = app.edit_problem().unwrap_or_default();
        assert!(problem.contains("is not a date"), "{text}: {problem}");
        send(app, [Msg::Commit]);
        assert!(matches!(app.mode, Mode::Editing(_)), "{text} was accepted");
        assert!(app.status.is_error && app.status.text.contains("is not a date"));
        draw(app);
        assert_eq!(date_of(app.session()), date_of(&before), "{text}");
    }
    send(app, [Msg::Cancel]);
    assert_eq!(*app.session(), before);
}

#[test]
fn the_workshop_date_refuses_text_that_is_not_a_date() {
    let mut app = app_at(SPRING, Phase::Setup);
    send(&mut app, std::iter::repeat_n(Msg::Up, 20));
    send(&mut app, [Msg::Down, Msg::Down, Msg::Edit]);
    refuse_each(&mut app, |s| Some(s.date));
}

#[test]
fn an_action_due_date_refuses_text_that_is_not_a_date() {
    let mut app = app_at(SPRING, Phase::Plan);
    // The due column of the first action.
    send(&mut app, std::iter::repeat_n(Msg::Up, 20));
    send(&mut app, std::iter::repeat_n(Msg::Left, 6));
    send(&mut app, [Msg::Right, Msg::Right, Msg::Right, Msg::Edit]);
    refuse_each(&mut app, |s| s.plan[0].due);
}

#[test]
fn the_next_benchmark_refuses_text_that_is_not_a_date() {
    let mut app = app_at(SPRING, Phase::WrapUp);
    send(&mut app, [Msg::Edit]);
    refuse_each(&mut app, |s| s.next_benchmark);
}

/// A new session on the bundled habits, rescored on a scale of 0 to 10.
fn zero_to_ten_app() -> App {
    let mut framework = huddle::storage::assets::default_framework().unwrap();
    framework.scale.min = 0;
    framework.scale.max = 10;
    framework.scale.labels = (0..=10).map(|n| format!("level {n}")).collect();
    for habit in &mut framework.habits {
        habit.rubric = (0..=10).map(|n| format!("{} at {n}", habit.name)).collect();
    }
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Ten points", date, framework);
    assert!(session.problems().is_empty());
    for name in ["Ana", "Ben"] {
        session.add_participant(name, None).unwrap();
    }
    session.position.phase = Phase::Benchmark;
    App::new(session, "ten.ron".into(), false, ThemeName::Default, false)
}

#[test]
fn a_scale_of_0_to_10_is_scored_digit_by_digit() {
    let mut app = zero_to_ten_app();
    let habit = app.habit().id.clone();
    let rating = |app: &App, name: &str| {
        let r = app.session().rating(&habit, name);
        (r.current, r.target)
    };
    // "1" may become 10: it waits, and the status line says so without the
    // digit, as the habit is hidden.
    send(&mut app, [Msg::Score(1)]);
    assert_eq!(rating(&app, "Ana"), (None, None));
    assert!(
        app.status
            .text
            .contains(": … type the next digit, or Enter to score it"),
        "{}",
        app.status.text
    );
    draw(&app);
    // "0" completes 10; "7" cannot grow, so it scores at once.
    send(&mut app, [Msg::Score(0), Msg::Score(7)]);
    assert_eq!(rating(&app, "Ana"), (Some(10), Some(7)));
    // "1" then Enter scores 1; "0" alone is a score too.
    send(&mut app, [Msg::Score(1), Msg::Edit, Msg::Score(0)]);
    assert_eq!(rating(&app, "Ben"), (Some(1), Some(0)));
    // The cursor stays on Ben's target. Moving away scores what was typed where
    // it was typed, then moves.
    send(&mut app, [Msg::Score(1), Msg::Up]);
    assert_eq!(rating(&app, "Ben"), (Some(1), Some(1)));
    assert_eq!(app.session().position.score.row, 0);
    // Space scores it and moves on, as a complete score does.
    send(&mut app, [Msg::Toggle, Msg::Score(1), Msg::Toggle]);
    assert_eq!(rating(&app, "Ana"), (Some(1), Some(7)));
    assert_eq!(app.session().position.score.column, 1);
    // Backspace drops the digits typed.
    send(&mut app, [Msg::Score(1), Msg::ClearScore, Msg::Down]);
    assert_eq!(rating(&app, "Ana"), (Some(1), Some(7)));
    // Two digits beyond the scale are refused with the reason.
    send(&mut app, [Msg::Score(1), Msg::Score(5)]);
    assert!(app.status.is_error);
    assert!(
        app.status.text.contains("15 is off the scale"),
        "{}",
        app.status.text
    );
    assert!(reopen(app.session()) == *app.session());
}

#[test]
fn keys_wait_while_the_window_is_too_small_and_quit_still_works() {
    let mut app = app_at(SPRING, Phase::Participants);
    let before = app.session().clone();
    app.update(Msg::Resize(40, 10));
    assert!(app.window_too_small());
    for msg in [
        Msg::Down,
        Msg::Delete,
        Msg::Confirm,
        Msg::NextPhase,
        Msg::Add,
    ] {
        assert_eq!(app.update(msg), []);
    }
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(*app.session(), before);
    app.update(Msg::Resize(120, 32));
    app.update(Msg::Down);
    assert_eq!(app.session().position.participant.row, 1);
    app.update(Msg::Resize(20, 5));
    assert_eq!(app.update(Msg::Quit), [huddle::app::Effect::Save]);
    assert!(app.update(saved()).contains(&huddle::app::Effect::Quit));
}

#[test]
fn keys_typed_behind_the_larger_window_notice_change_nothing_in_a_real_terminal() {
    let home = tempfile::TempDir::new().unwrap();
    let tmux = support::Tmux::start("tiny-keys", home.path(), &["demo"], 50, 12);
    tmux.wait_for("make the window larger");
    // Tab would move on to Prioritise, d and a would start changes.
    tmux.keys(&["Tab", "Tab", "a"]);
    // Nothing on screen can show that the keys were read: give the loop time.
    sleep(Duration::from_millis(800));
    tmux.resize(120, 32);
    tmux.wait_for("CULTURE INDEX");
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    let saved = load_session(&home.path().join("demo/harbour-finch-demo.ron")).unwrap();
    assert_eq!(saved.position.phase, Phase::Results);
}

#[test]
fn help_on_a_scale_of_0_to_10_says_a_first_digit_may_wait() {
    let mut app = zero_to_ten_app();
    send(&mut app, [Msg::ToggleHelp]);
    let screen = screen::text(&app, 120, 32);
    assert!(screen.contains("0-10"));
    assert!(screen.contains("a digit that may start a longer one waits"));
}

#[test]
fn keys_behind_the_pickers_larger_window_notice_open_nothing() {
    let home = tempfile::TempDir::new().unwrap();
    let sessions = home.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    std::fs::write(sessions.join("autumn.ron"), AUTUMN).unwrap();
    let tmux = support::Tmux::start("tiny-picker", home.path(), &[], 30, 8);
    tmux.wait_for("make the window");
    // Enter would open the session under the cursor, unseen.
    tmux.keys(&["Enter"]);
    sleep(Duration::from_millis(800));
    tmux.resize(100, 30);
    let screen = tmux.wait_for("+ Start a new session");
    assert!(screen.contains("autumn 2026"), "{screen}");
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
}

#[test]
fn a_part_typed_score_off_the_scale_is_refused_but_quit_still_quits() {
    let mut framework = huddle::storage::assets::default_framework().unwrap();
    framework.scale.min = 50;
    framework.scale.max = 60;
    framework.scale.labels = (50..=60).map(|n| n.to_string()).collect();
    for habit in &mut framework.habits {
        habit.rubric = (50..=60).map(|n| n.to_string()).collect();
    }
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Fifties", date, framework);
    session.add_participant("Ana", None).unwrap();
    session.position.phase = Phase::Benchmark;
    let mut app = App::new(
        session,
        "fifties.ron".into(),
        false,
        ThemeName::Default,
        false,
    );
    let habit = app.habit().id.clone();
    // "5" waits (it may become 50-59); moving on cannot score 5.
    send(&mut app, [Msg::Score(5), Msg::NextHabit]);
    assert!(
        app.status.text.contains("5 is off the scale"),
        "{}",
        app.status.text
    );
    assert_eq!(
        app.habit().id,
        habit,
        "the refused score holds the key back"
    );
    send(&mut app, [Msg::Score(5), Msg::Score(5)]);
    assert_eq!(app.session().rating(&habit, "Ana").current, Some(55));
    send(&mut app, [Msg::Score(5)]);
    assert_eq!(app.update(Msg::Quit), [huddle::app::Effect::Save]);
    assert!(app.update(saved()).contains(&huddle::app::Effect::Quit));
}
