//! The app as a state machine under random use: any sequence of messages, with any
//! text typed into any field, drawn at any size. After every step nothing has
//! panicked, the session has no problems, and its file reads back as the same
//! session, so every state the app can reach is one that saves and reopens.

use std::path::Path;

use chrono::{NaiveDate, NaiveTime};
use huddle::app::{App, Msg, ThemeName};
use huddle::domain::{Phase, Session};
use huddle::storage::assets;
use huddle::storage::{parse_session, session_to_ron};
use proptest::prelude::*;
use proptest::test_runner::Config;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_input::InputRequest;

const SPRING: &str = include_str!("../sessions/harbour-finch-2026-05.ron");
const AUTUMN: &str = include_str!("../sessions/harbour-finch-2026-11.ron");

/// Where a run starts.
#[derive(Debug, Clone, Copy)]
enum Start {
    Spring,
    Autumn,
    Empty,
    /// An empty session on a scale of 0 to 10, where scores take two digits.
    ZeroToTen,
}

fn session_for(start: Start) -> Session {
    let example = |text| parse_session(text, Path::new("example.ron")).unwrap();
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let framework = assets::default_framework().unwrap();
    match start {
        Start::Spring => example(SPRING),
        Start::Autumn => example(AUTUMN),
        Start::Empty => Session::new("Customer day", date, framework),
        Start::ZeroToTen => {
            let mut framework = framework;
            framework.scale.min = 0;
            framework.scale.max = 10;
            framework.scale.labels = (0..=10).map(|n| format!("level {n}")).collect();
            for habit in &mut framework.habits {
                habit.rubric = (0..=10).map(|n| format!("at {n}")).collect();
            }
            Session::new("Ten points", date, framework)
        }
    }
}

/// One step of a run: what happens, then the size the screen is drawn at.
#[derive(Debug, Clone)]
enum Step {
    Send(Msg),
    /// Text typed character by character (whatever mode the app is in).
    Type(String),
    /// The line being edited cleared (Ctrl+U), then text typed.
    Retype(String),
    /// One message sent a few times, as a facilitator moves across a table.
    Repeat(Msg, usize),
    /// Esc (leaving an edit, a question or help), then Tab until the phase is
    /// on screen.
    Go(Phase),
}

/// Text as people type it, and as they should not: every script, combining
/// marks, emoji with modifiers, right-to-left text, control characters, and
/// text far longer than any column.
fn text() -> BoxedStrategy<String> {
    prop_oneof![
        3 => "[a-zA-Z0-9 ]{1,12}",
        2 => "[+0-9dw-]{1,8}",
        2 => "\\+[0-9]{0,3}[dwé日👍\u{301}\u{5d0}]{1,2}",
        1 => "20[0-9]{2}-[01][0-9]-[0-3][0-9]\u{301}?",
        1 => "[\u{300}-\u{36f}a-e]{1,8}",
        1 => "[\u{1F300}-\u{1F64F}\u{1F3FB}-\u{1F3FF}\u{200D}\u{FE0F}]{1,6}",
        1 => "[\u{590}-\u{6ff}\u{200f}\u{202e} ]{1,12}",
        1 => "[\u{4e00}-\u{4e50}\u{ff01}-\u{ff20}]{1,10}",
        1 => any::<String>(),
        1 => "[a-z\u{e9}]{200,400}",
    ]
    .boxed()
}

fn input() -> BoxedStrategy<InputRequest> {
    prop_oneof![
        4 => any::<char>().prop_map(InputRequest::InsertChar),
        1 => (0usize..500).prop_map(InputRequest::SetCursor),
        1 => prop_oneof![
            Just(InputRequest::GoToPrevChar),
            Just(InputRequest::GoToNextChar),
            Just(InputRequest::GoToPrevWord),
            Just(InputRequest::GoToNextWord),
            Just(InputRequest::GoToStart),
            Just(InputRequest::GoToEnd),
            Just(InputRequest::DeletePrevChar),
            Just(InputRequest::DeleteNextChar),
            Just(InputRequest::DeletePrevWord),
            Just(InputRequest::DeleteNextWord),
            Just(InputRequest::DeleteLine),
            Just(InputRequest::DeleteTillEnd),
            Just(InputRequest::DeleteFromStart),
            Just(InputRequest::Yank),
        ],
    ]
    .boxed()
}

/// Every message a key or the loop can send. Strategies are boxed: the value
/// trees of unions this wide, nested, overflow a test thread's stack otherwise.
fn msg() -> BoxedStrategy<Msg> {
    let moves = prop_oneof![
        Just(Msg::NextPhase),
        Just(Msg::PreviousPhase),
        Just(Msg::Up),
        Just(Msg::Down),
        Just(Msg::Left),
        Just(Msg::Right),
        Just(Msg::PreviousHabit),
        Just(Msg::NextHabit),
        Just(Msg::MoveUp),
        Just(Msg::MoveDown),
    ];
    let edits = prop_oneof![
        2 => Just(Msg::Edit),
        1 => Just(Msg::Add),
        2 => Just(Msg::Delete),
        1 => Just(Msg::Toggle),
        2 => Just(Msg::Commit),
        2 => Just(Msg::Cancel),
        2 => Just(Msg::Confirm),
        1 => Just(Msg::Decline),
        1 => Just(Msg::ClearScore),
        2 => (0u8..10).prop_map(Msg::Score),
    ];
    let others = prop_oneof![
        Just(Msg::AddNote),
        Just(Msg::AddBarrier),
        Just(Msg::ToggleReveal),
        Just(Msg::ToggleHeatMap),
        Just(Msg::Undo),
        Just(Msg::Redo),
        Just(Msg::ToggleHelp),
        Just(Msg::SwitchTheme),
        Just(Msg::Quit),
        Just(Msg::NewHabitRound),
        Just(Msg::NewBarrierRound),
        Just(Msg::AddIdea),
        Just(Msg::CollectVotes),
        Just(Msg::ToggleClosed),
        Just(Msg::ToggleOwnerPolicy),
        Just(Msg::SetTimer),
        Just(Msg::TogglePresenter),
        Just(Msg::Export),
    ];
    let from_the_loop = prop_oneof![
        text().prop_map(Msg::Exported),
        text().prop_map(Msg::ExportFailed),
        text().prop_map(Msg::SaveFailed),
        (0u32..86_400)
            .prop_map(|s| Msg::Saved(NaiveTime::from_num_seconds_from_midnight_opt(s, 0).unwrap())),
        (-400i64..400).prop_map(|days| {
            let day = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
            Msg::Tick(
                (day + chrono::Days::new(400)).and_hms_opt(9, 0, 0).unwrap()
                    - chrono::Days::new((400 - days) as u64),
            )
        }),
        size().prop_map(|(w, h)| Msg::Resize(w, h)),
    ];
    prop_oneof![
        4 => moves,
        6 => edits,
        3 => others,
        4 => input().prop_map(Msg::Input),
        1 => from_the_loop,
    ]
    .boxed()
}

fn step() -> BoxedStrategy<Step> {
    prop_oneof![
        8 => msg().prop_map(Step::Send),
        1 => text().prop_map(Step::Type),
        2 => text().prop_map(Step::Retype),
        1 => (msg(), 2usize..8).prop_map(|(msg, times)| Step::Repeat(msg, times)),
        2 => (0usize..7).prop_map(|phase| Step::Go(Phase::ALL[phase])),
    ]
    .boxed()
}

/// A session to start from, at a phase, with owners limited to participants or not.
fn start() -> impl Strategy<Value = (Start, Phase, bool)> {
    let start = prop_oneof![
        Just(Start::Spring),
        Just(Start::Autumn),
        Just(Start::Empty),
        Just(Start::ZeroToTen),
    ];
    (start, 0usize..7, any::<bool>())
        .prop_map(|(start, phase, owners)| (start, Phase::ALL[phase], owners))
}

/// The size the screen is drawn at after a step: mostly usable sizes, sometimes
/// tiny or huge.
fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        3 => (64u16..=140, 18u16..=45),
        1 => (1u16..=400, 1u16..=120),
    ]
}

fn draw(app: &App, (width, height): (u16, u16)) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .unwrap();
}

/// The invariant: no problems, and the saved text reads back as the same session.
fn saves_and_reopens(session: &Session) -> Result<(), TestCaseError> {
    let problems: Vec<String> = session.problems().into_iter().map(|p| p.message).collect();
    prop_assert!(problems.is_empty(), "problems: {problems:?}");
    let text = session_to_ron(session).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let reopened = parse_session(&text, Path::new("saved.ron"))
        .map_err(|e| TestCaseError::fail(format!("does not reopen: {e}\n{text}")))?;
    prop_assert_eq!(&reopened, session);
    Ok(())
}

proptest! {
    #![proptest_config(Config {
        cases: 64,
        // Shrinking replays whole runs; a bound keeps a failure's report quick.
        max_shrink_iters: 2000,
        ..Config::default()
    })]

    #[test]
    fn every_reachable_state_draws_and_saves_a_file_that_reopens(
        (start, phase, owners_from_participants) in start(),
        steps in prop::collection::vec((step(), size()), 10..60),
    ) {
        let mut session = session_for(start);
        session.position.phase = phase;
        session.owners_from_participants = owners_from_participants;
        let mut app = App::new(session, "run.ron".into(), false, ThemeName::Default, false);
        saves_and_reopens(app.session())?;
        for (step, size) in steps {
            match &step {
                Step::Send(msg) => {
                    app.update(msg.clone());
                }
                Step::Repeat(msg, times) => {
                    for _ in 0..*times {
                        app.update(msg.clone());
                    }
                }
                Step::Go(phase) => {
                    app.update(Msg::Cancel);
                    for _ in 0..7 {
                        if app.phase() != *phase {
                            app.update(Msg::NextPhase);
                        }
                    }
                }
                Step::Type(text) | Step::Retype(text) => {
                    if matches!(step, Step::Retype(_)) {
                        app.update(Msg::Input(InputRequest::DeleteLine));
                    }
                    for c in text.chars() {
                        app.update(Msg::Input(InputRequest::InsertChar(c)));
                    }
                }
            }
            draw(&app, size);
            saves_and_reopens(app.session())?;
        }
    }
}
