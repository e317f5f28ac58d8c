//! The second trial of issue 9: ways a secret ballot or an anonymous score could
//! still be read off the screen or an export, and the small slips found with
//! them. Each case drives `App::update` or builds a report from the examples.

use std::path::Path;

use chrono::NaiveDate;
use huddle::app::{App, Mode, Msg, VoteStep};
use huddle::domain::{Phase, Session, VoteMethod};
use huddle::export::{Report, Table, csv_table, html, json, markdown};
use huddle::storage::{assets, parse_session, session_to_ron};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_input::InputRequest;

#[path = "support/drive.rs"]
mod drive;
use drive::{app_on as app_of, send, type_in};

const SPRING: &str = include_str!("../sessions/harbour-finch-2026-05.ron");

fn spring() -> Session {
    parse_session(SPRING, Path::new("spring.ron")).unwrap()
}

fn index_of(session: &Session, name: &str) -> usize {
    session
        .participants
        .iter()
        .position(|p| p.name == name)
        .unwrap()
}

/// Spring's round, reopened for late votes but still revealed.
fn spring_round_reopened() -> App {
    let mut app = app_of(spring(), Phase::Prioritise);
    send(&mut app, [Msg::ToggleClosed]);
    let round = app.round().unwrap();
    assert!(round.revealed && !round.closed);
    app
}

#[test]
fn votes_are_not_collected_while_the_tally_is_on_show() {
    let mut app = spring_round_reopened();
    send(&mut app, [Msg::CollectVotes]);
    assert!(
        matches!(app.mode, Mode::Normal),
        "no ballot opens on a revealed tally"
    );
    assert!(
        app.status.text.contains("r hides it first"),
        "{}",
        app.status.text
    );
    send(&mut app, [Msg::ToggleReveal, Msg::CollectVotes]);
    assert!(matches!(
        app.mode,
        Mode::Voting(VoteStep::ChooseVoter { .. })
    ));
}

/// The screen at 80x24, line by line.
fn screen(app: &App) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .unwrap();
    let buffer = terminal.backend().buffer();
    buffer
        .content()
        .chunks(80)
        .map(|row| row.iter().map(|cell| cell.symbol()).collect())
        .collect()
}

#[test]
fn a_refusal_keeps_its_whole_reason_on_a_small_screen() {
    let mut app = spring_round_reopened();
    send(&mut app, [Msg::CollectVotes]);
    let lines = screen(&app);
    assert!(
        lines
            .iter()
            .any(|line| line.contains("r hides it first, or the room would see")),
        "{lines:#?}"
    );
}

#[test]
fn a_voter_of_a_revealed_round_stays_until_the_tally_is_hidden() {
    let mut app = spring_round_reopened();
    let row = index_of(app.session(), "Jonas Meyer");
    assert!(app.round().unwrap().has_voted("Jonas Meyer"));
    send(&mut app, std::iter::repeat_n(Msg::PreviousPhase, 3));
    assert_eq!(app.phase(), Phase::Participants);
    send(&mut app, std::iter::repeat_n(Msg::Down, row));
    send(&mut app, [Msg::Delete]);
    assert!(matches!(app.mode, Mode::Normal), "refused before it asks");
    assert!(
        app.status.text.contains("hide the tally first"),
        "{}",
        app.status.text
    );
    assert!(app.session().participant("Jonas Meyer").is_some());
}

/// A room of four at Prioritise with a secret-ballot habit round.
fn room_of_four() -> App {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Day", date, assets::default_framework().unwrap());
    session.add_area("Store").unwrap();
    for name in ["Ana", "Ben", "Cy", "Dee"] {
        session.add_participant(name, None).unwrap();
    }
    let mut app = app_of(session, Phase::Prioritise);
    send(&mut app, [Msg::NewHabitRound]);
    assert_eq!(app.round().unwrap().method, VoteMethod::SecretBallot);
    app
}

/// Votes for the person at `row`: one dot on the first candidate.
fn vote(app: &mut App, row: usize) {
    send(app, [Msg::CollectVotes]);
    send(app, std::iter::repeat_n(Msg::Up, 4));
    send(app, std::iter::repeat_n(Msg::Down, row));
    send(app, [Msg::Commit, Msg::Score(1), Msg::Commit, Msg::Cancel]);
}

#[test]
fn revealing_again_after_one_late_ballot_says_it_would_show_that_ballot() {
    let mut app = room_of_four();
    vote(&mut app, 0);
    vote(&mut app, 1);
    assert_eq!(app.round().unwrap().voters(), 2);
    send(&mut app, [Msg::ToggleReveal, Msg::Confirm]);
    assert!(app.round().unwrap().revealed);
    // Hidden for late voters; one comes.
    send(&mut app, [Msg::ToggleReveal]);
    vote(&mut app, 2);
    assert_eq!(app.round().unwrap().voters(), 3);
    send(&mut app, [Msg::ToggleReveal]);
    let Mode::Confirm(question) = app.mode else {
        panic!("revealing asks first, not {:?}", app.mode);
    };
    let asked = app.confirmation_question(question);
    assert!(asked.contains("the room would see how Cy voted"), "{asked}");
    send(&mut app, [Msg::Decline]);
    assert!(!app.round().unwrap().revealed);
    // A second late ballot: the difference is two people's, not one.
    vote(&mut app, 3);
    send(&mut app, [Msg::ToggleReveal]);
    assert!(
        matches!(app.mode, Mode::Normal),
        "everyone voted: nothing to ask"
    );
    assert!(app.round().unwrap().revealed);
}

#[test]
fn a_ballot_gone_since_the_reveal_asks_too_and_a_saved_file_remembers() {
    let mut app = spring_round_reopened();
    send(&mut app, [Msg::ToggleReveal]);
    let row = index_of(app.session(), "Jonas Meyer");
    send(&mut app, std::iter::repeat_n(Msg::PreviousPhase, 3));
    send(&mut app, std::iter::repeat_n(Msg::Down, row));
    send(&mut app, [Msg::Delete, Msg::Confirm]);
    assert!(app.session().participant("Jonas Meyer").is_none());
    // Saved and reopened, the round still knows what the room last saw.
    let text = session_to_ron(app.session()).unwrap();
    let reopened = parse_session(&text, Path::new("spring.ron")).unwrap();
    assert_eq!(
        reopened.rounds[0].lone_change_since_shown(),
        Some("Jonas Meyer")
    );
    let mut app = app_of(reopened, Phase::Prioritise);
    send(&mut app, [Msg::ToggleReveal]);
    let Mode::Confirm(question) = app.mode else {
        panic!("revealing asks first, not {:?}", app.mode);
    };
    assert!(app.confirmation_question(question).contains("Jonas Meyer"));
}

/// Spring after Grace Mensah (anonymous) skipped her current score of Think,
/// as the trial left it (her score cleared before the habit was revealed).
fn spring_grace_skipped_think() -> Session {
    let mut session = spring();
    assert!(session.is_revealed("think"));
    assert!(session.participant("Grace Mensah").unwrap().anonymous);
    let record = session.benchmark.get_mut("think").unwrap();
    record.scores.get_mut("Grace Mensah").unwrap().current = None;
    session
}

#[test]
fn a_skipped_score_singles_out_no_row_in_any_export() {
    let report = Report::new(&spring_grace_skipped_think());
    let scores = csv_table(&report, Table::Scores).unwrap().unwrap();
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(scores.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len(), 1, "{scores}");
    assert!(rows[0][0].contains("left out"), "{scores}");
    assert!(rows[0].iter().skip(1).all(str::is_empty), "{scores}");

    let value: serde_json::Value = serde_json::from_str(&json(&report).unwrap()).unwrap();
    assert_eq!(value["session"]["scores"].as_array().unwrap().len(), 0);
    assert!(
        value["session"]["scores_withheld"]
            .as_str()
            .unwrap()
            .contains("left out")
    );
    assert!(markdown(&report).contains("Per-person scores are left out"));
    assert!(html(&report).contains("Per-person scores are left out"));
}

#[test]
fn the_unchanged_example_still_exports_its_rows_without_a_note() {
    let report = Report::new(&spring());
    assert!(report.session.scores_withheld.is_none());
    assert!(!report.session.scores.is_empty());
    assert!(!markdown(&report).contains("left out"));
}

/// Spring's Benchmark on Think, the cursor on `name`'s current score.
fn think_with_cursor_on(name: &str) -> App {
    let mut session = spring();
    session.position.habit = session
        .framework
        .habits
        .iter()
        .position(|h| h.id == "think")
        .unwrap();
    session.position.score.row = index_of(&session, name);
    app_of(session, Phase::Benchmark)
}

#[test]
fn an_anonymous_score_of_a_revealed_habit_does_not_move_on_screen() {
    let mut app = think_with_cursor_on("Grace Mensah");
    let before = app.session().rating("think", "Grace Mensah");
    assert!(before.current.is_some());
    for msg in [Msg::ClearScore, Msg::Score(1)] {
        send(&mut app, [msg]);
        assert_eq!(app.session().rating("think", "Grace Mensah"), before);
        assert!(
            app.status.text.contains("r hides it first"),
            "{}",
            app.status.text
        );
    }
    // Hidden, the score may change.
    send(&mut app, [Msg::ToggleReveal, Msg::ClearScore]);
    assert_eq!(app.session().rating("think", "Grace Mensah").current, None);
}

#[test]
fn a_named_score_of_a_revealed_habit_still_changes() {
    let mut app = think_with_cursor_on("Lena Hoffmann");
    send(&mut app, [Msg::ClearScore]);
    assert_eq!(app.session().rating("think", "Lena Hoffmann").current, None);
}

/// A room of Ana (named) and Cy (anonymous) on a `min`-`max` scale, at the
/// Benchmark on the first habit.
fn scale_room(min: u8, max: u8) -> App {
    let mut framework = assets::default_framework().unwrap();
    framework.scale.min = min;
    framework.scale.max = max;
    framework.scale.labels = (min..=max).map(|n| format!("level {n}")).collect();
    for habit in &mut framework.habits {
        habit.rubric = (min..=max)
            .map(|n| format!("{} at {n}", habit.name))
            .collect();
    }
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Scale", date, framework);
    for name in ["Ana", "Cy"] {
        session.add_participant(name, None).unwrap();
    }
    session.participants[1].anonymous = true;
    assert!(session.problems().is_empty(), "{:?}", session.problems());
    app_of(session, Phase::Benchmark)
}

#[test]
fn a_part_typed_score_shows_its_digit_only_where_the_score_may_show() {
    let mut app = scale_room(0, 10);
    // Hidden habit: no digit.
    send(&mut app, [Msg::Score(1)]);
    assert!(
        app.status
            .text
            .starts_with("Ana, current: … type the next digit, or Enter to score it"),
        "{}",
        app.status.text
    );
    send(&mut app, [Msg::ClearScore]);
    assert!(!app.status.text.contains('1'), "{}", app.status.text);
    // Revealed, Ana's own digit may show.
    send(&mut app, [Msg::ToggleReveal, Msg::Score(1)]);
    assert!(
        app.status
            .text
            .contains("1… type the next digit, or Enter to score 1"),
        "{}",
        app.status.text
    );
    send(&mut app, [Msg::ClearScore, Msg::Down, Msg::ToggleReveal]);
    // Hidden again, Cy (anonymous): no digit either.
    send(&mut app, [Msg::Down, Msg::Down, Msg::Score(1)]);
    assert!(app.status.text.starts_with("Cy, "), "{}", app.status.text);
    assert!(!app.status.text.contains('1'), "{}", app.status.text);
}

#[test]
fn enter_is_not_offered_for_a_value_off_the_scale() {
    let mut app = scale_room(5, 15);
    send(&mut app, [Msg::ToggleReveal, Msg::Score(1)]);
    assert!(
        app.status.text.contains("1… type the next digit"),
        "{}",
        app.status.text
    );
    assert!(!app.status.text.contains("Enter"), "{}", app.status.text);
}

#[test]
fn one_person_is_one_person() {
    let mut app = room_of_four();
    send(&mut app, std::iter::repeat_n(Msg::Right, 2));
    assert_eq!(app.round().unwrap().method, VoteMethod::RoomTally);
    send(&mut app, [Msg::CollectVotes]);
    // One present, then five dots on the first candidate.
    send(
        &mut app,
        [Msg::ClearScore, Msg::Score(1), Msg::Down, Msg::Score(5)],
    );
    assert!(app.status.text.contains("1 person "), "{}", app.status.text);
    assert!(!app.status.text.contains("1 people"), "{}", app.status.text);
}

#[test]
fn a_due_date_has_one_limit_while_typing_and_on_save() {
    let mut app = app_of(spring(), Phase::Plan);
    // Half a year after the workshop of 2026-05-14.
    let later = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    send(&mut app, [Msg::Tick(later.and_hms_opt(9, 0, 0).unwrap())]);
    send(&mut app, std::iter::repeat_n(Msg::Up, 20));
    send(&mut app, std::iter::repeat_n(Msg::Left, 5));
    send(&mut app, [Msg::Right, Msg::Right, Msg::Right]);
    let due = app.session().plan[0].due;
    send(&mut app, [Msg::Edit, Msg::Input(InputRequest::DeleteLine)]);
    for c in "2036-11-01".chars() {
        send(&mut app, [Msg::Input(InputRequest::InsertChar(c))]);
    }
    let warned = app.edit_problem().expect("refused while typing");
    assert!(warned.contains("after the workshop"), "{warned}");
    send(&mut app, [Msg::Commit]);
    assert_eq!(app.session().plan[0].due, due);
    assert!(
        app.status.text.contains("2036-05-14"),
        "{}",
        app.status.text
    );
}

#[test]
fn the_next_benchmark_counts_from_today_and_comes_after_the_workshop() {
    let mut app = app_of(spring(), Phase::WrapUp);
    let later = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    send(&mut app, [Msg::Tick(later.and_hms_opt(9, 0, 0).unwrap())]);
    send(&mut app, [Msg::Edit, Msg::Input(InputRequest::DeleteLine)]);
    type_in(&mut app, "+7d");
    assert_eq!(
        app.session().next_benchmark,
        NaiveDate::from_ymd_opt(2026, 12, 3)
    );
    let before = app.session().next_benchmark;
    send(&mut app, [Msg::Edit, Msg::Input(InputRequest::DeleteLine)]);
    type_in(&mut app, "2026-05-14");
    assert_eq!(app.session().next_benchmark, before);
    assert!(
        app.status.text.contains("must come after the workshop"),
        "{}",
        app.status.text
    );
}
