//! Voting flows as message sequences through `App::update`: who votes next, a
//! ballot that is never overwritten unasked, the show-of-hands limits, and
//! numbers from a hand-edited file that must not overflow.

use std::path::Path;

use chrono::NaiveDate;
use huddle::app::{App, Mode, Msg, ThemeName, VoteStep};
use huddle::domain::{Phase, Session, VoteMethod};
use huddle::storage::assets;
use huddle::storage::{parse_session, session_to_ron};
use tui_input::InputRequest;

#[path = "support/drive.rs"]
mod drive;
use drive::{send, type_in};

#[path = "support/screen.rs"]
mod screen;

const NOBODY: [u32; 7] = [0; 7];

/// A room of `names` at Prioritise, with a habit round (7 candidates, 3 dots,
/// at most 2 on one) collected the way `method` says.
fn room(names: &[&str], method: VoteMethod) -> App {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let session = Session::new("Customer day", date, assets::default_framework().unwrap());
    let mut app = App::new(session, "test.ron".into(), false, ThemeName::Default, false);
    send(&mut app, [Msg::Add]);
    type_in(&mut app, "Store");
    send(&mut app, [Msg::NextPhase]);
    for name in names {
        send(&mut app, [Msg::Add]);
        type_in(&mut app, name);
        type_in(&mut app, "Lead");
    }
    send(&mut app, [Msg::NextPhase, Msg::NextPhase, Msg::NextPhase]);
    assert_eq!(app.phase(), Phase::Prioritise);
    send(&mut app, [Msg::NewHabitRound]);
    while app.round().unwrap().method != method {
        send(&mut app, [Msg::Right]);
    }
    app
}

/// The row the voter list's cursor is on.
fn voter_row(app: &App) -> usize {
    match &app.mode {
        Mode::Voting(VoteStep::ChooseVoter { row }) => *row,
        mode => panic!("the voter list, not {mode:?}"),
    }
}

/// Opens the ballot under the cursor, puts one dot on the first candidate, confirms.
fn vote_one_dot(app: &mut App) {
    send(app, [Msg::Commit, Msg::Score(1), Msg::Commit]);
}

fn ballot(app: &App, name: &str) -> Option<Vec<u32>> {
    app.round().unwrap().ballots.get(name).cloned()
}

#[test]
fn after_each_ballot_the_cursor_moves_to_the_next_person_still_to_vote() {
    let mut app = room(&["Ana", "Ben", "Cy", "Dee"], VoteMethod::SecretBallot);
    send(&mut app, [Msg::CollectVotes, Msg::Down, Msg::Down]);
    vote_one_dot(&mut app); // Cy
    assert_eq!(voter_row(&app), 3, "Dee, the next after Cy");
    vote_one_dot(&mut app); // Dee
    assert_eq!(voter_row(&app), 0, "wraps round to Ana");
    vote_one_dot(&mut app); // Ana
    assert_eq!(voter_row(&app), 1, "Ben, the only one left");
    // Leaving and coming back starts at the first person still to vote.
    send(&mut app, [Msg::Cancel, Msg::CollectVotes]);
    assert_eq!(voter_row(&app), 1);
    let round = app.round().unwrap();
    assert_eq!(round.voters(), 3);
    assert!(!round.ballots.contains_key("Ben"));
}

#[test]
fn choosing_someone_who_voted_asks_first_and_no_keeps_their_ballot() {
    let mut app = room(&["Ana", "Ben", "Cy"], VoteMethod::SecretBallot);
    send(&mut app, [Msg::CollectVotes]);
    vote_one_dot(&mut app); // Ana: one dot on the first candidate
    let first = ballot(&app, "Ana").unwrap();
    send(&mut app, [Msg::Up, Msg::Commit]);
    assert!(
        matches!(app.mode, Mode::Confirm(_)),
        "a voted name asks before its ballot opens, not {:?}",
        app.mode
    );
    let question = screen::text(&app, 120, 32);
    assert!(question.contains("Replace Ana's ballot?"), "{question}");
    // The answers say what they do here: nothing is deleted.
    assert!(question.contains("n no, keep their ballot"), "{question}");
    assert!(!question.contains("delete"), "{question}");
    // No: back at Ana in the list, her ballot as it was.
    send(&mut app, [Msg::Decline]);
    assert_eq!(voter_row(&app), 0);
    assert_eq!(ballot(&app, "Ana").unwrap(), first);
    // Pressing on through the question changes nothing either.
    send(&mut app, [Msg::Commit, Msg::Score(2), Msg::Commit]);
    assert_eq!(ballot(&app, "Ana").unwrap(), first);
    // Yes: a secret ballot opens empty, never showing the earlier one.
    send(&mut app, [Msg::Decline, Msg::Commit, Msg::Confirm]);
    let Mode::Voting(VoteStep::Ballot { voter: 0, dots, .. }) = &app.mode else {
        panic!("Ana's ballot, not {:?}", app.mode)
    };
    assert_eq!(dots, &NOBODY);
    send(&mut app, [Msg::Down, Msg::Score(2), Msg::Commit]);
    assert_eq!(ballot(&app, "Ana").unwrap(), [0, 2, 0, 0, 0, 0, 0]);
    assert_eq!(app.round().unwrap().voters(), 1);
}

#[test]
fn the_facilitator_is_asked_too_and_then_edits_the_earlier_ballot() {
    let mut app = room(&["Ana", "Ben"], VoteMethod::FacilitatorEntry);
    send(&mut app, [Msg::CollectVotes]);
    send(&mut app, [Msg::Commit, Msg::Score(2), Msg::Commit]);
    assert_eq!(voter_row(&app), 1, "on to Ben");
    send(&mut app, [Msg::Up, Msg::Commit]);
    assert!(matches!(app.mode, Mode::Confirm(_)), "{:?}", app.mode);
    assert!(screen::text(&app, 120, 32).contains("Replace Ana's ballot?"));
    send(&mut app, [Msg::Confirm]);
    let Mode::Voting(VoteStep::Ballot { dots, .. }) = &app.mode else {
        panic!("Ana's ballot, not {:?}", app.mode)
    };
    assert_eq!(dots[0], 2, "facilitator entry loads the ballot as it was");
}

#[test]
fn a_new_round_over_votes_not_yet_revealed_asks_first() {
    let mut app = room(&["Ana", "Ben"], VoteMethod::SecretBallot);
    send(&mut app, [Msg::CollectVotes]);
    vote_one_dot(&mut app);
    send(&mut app, [Msg::Cancel, Msg::NewHabitRound]);
    assert!(matches!(app.mode, Mode::Confirm(_)), "{:?}", app.mode);
    let question = screen::text(&app, 120, 32);
    assert!(question.contains("Start a new round?"), "{question}");
    assert!(question.contains("y yes, start a new round"), "{question}");
    assert!(!question.contains("delete"), "{question}");
    send(&mut app, [Msg::Decline]);
    assert_eq!(app.session().rounds.len(), 1, "no means no new round");
    assert!(matches!(app.mode, Mode::Normal));
    send(&mut app, [Msg::NewHabitRound, Msg::Confirm]);
    assert_eq!(app.session().rounds.len(), 2);
    assert_eq!(app.session().position.round, 1);
    // A round without votes, or one revealed, is left without asking.
    send(&mut app, [Msg::NewHabitRound]);
    assert_eq!(app.session().rounds.len(), 3);
    send(&mut app, [Msg::PreviousHabit, Msg::PreviousHabit]);
    assert_eq!(app.session().position.round, 0, "back to the voted round");
    // One of two voted: the reveal asks first.
    send(
        &mut app,
        [Msg::ToggleReveal, Msg::Confirm, Msg::NewHabitRound],
    );
    assert_eq!(app.session().rounds.len(), 4);
}

#[test]
fn when_everyone_has_voted_the_list_says_so_and_points_to_the_reveal() {
    let mut app = room(&["Ana", "Ben", "Cy"], VoteMethod::SecretBallot);
    send(&mut app, [Msg::CollectVotes]);
    vote_one_dot(&mut app);
    let part_way = screen::text(&app, 120, 32);
    assert!(part_way.contains("Next voter"), "{part_way}");
    assert!(!part_way.contains("Everyone has voted"), "{part_way}");
    vote_one_dot(&mut app);
    vote_one_dot(&mut app);
    assert!(
        app.status.text.contains("everyone has voted"),
        "{}",
        app.status.text
    );
    for (width, height) in [(120, 32), (80, 24)] {
        let done = screen::text(&app, width, height);
        assert!(
            done.contains("Everyone has voted: Esc, then r reveals the tally."),
            "{done}"
        );
        // Who voted shows, never how.
        assert_eq!(done.matches("✓ voted").count(), 3, "{done}");
        assert!(!done.contains('●'), "{done}");
    }
}

#[test]
fn a_show_of_hands_refuses_more_on_one_candidate_than_people_times_the_cap() {
    let mut app = room(&["Ana", "Ben", "Cy"], VoteMethod::RoomTally);
    send(&mut app, [Msg::CollectVotes]);
    // 3 people, 3 dots each (9 in all), at most 2 each on one candidate (6).
    send(&mut app, [Msg::Down, Msg::Score(7)]);
    assert!(app.status.is_error, "{}", app.status.text);
    assert_eq!(
        app.status.text,
        "7 dots on one candidate but 3 people with at most 2 each can give it 6"
    );
    send(&mut app, [Msg::Commit]);
    assert!(
        app.round().unwrap().room_tally.is_empty(),
        "the refused tally is not saved"
    );
    send(&mut app, [Msg::ClearScore, Msg::Score(6), Msg::Commit]);
    assert_eq!(app.round().unwrap().tally()[0], 6);
}

/// A round of `app` written to a file and edited by hand (`from` -> `to`).
fn hand_edited(app: &App, edits: &[(&str, &str)]) -> String {
    let mut text = session_to_ron(app.session()).unwrap();
    for (from, to) in edits {
        assert!(text.contains(from), "{from:?} in\n{text}");
        text = text.replacen(from, to, 1);
    }
    text
}

/// Why huddle refuses a session file, as `huddle open` and `huddle check` say it.
fn refusal(text: &str) -> String {
    parse_session(text, Path::new("edited.ron"))
        .expect_err("the edited file is refused")
        .to_string()
}

const HUGE: &str = "4294967295";

#[test]
fn a_file_whose_ballots_sum_past_what_the_round_allows_is_refused_not_capped() {
    let mut app = room(&["Ana", "Ben"], VoteMethod::FacilitatorEntry);
    send(&mut app, [Msg::CollectVotes]);
    vote_one_dot(&mut app);
    vote_one_dot(&mut app);
    // Two ballots of u32::MAX dots: a tally capped at u32::MAX would show
    // 4294967295 where the file holds 8589934590.
    let text = hand_edited(
        &app,
        &[
            (
                "dots_per_participant: 3",
                "dots_per_participant: 4294967295",
            ),
            ("max_per_candidate: 2", "max_per_candidate: 4294967295"),
            ("[1, 0, 0, 0, 0, 0, 0]", "[4294967295, 0, 0, 0, 0, 0, 0]"),
            ("[1, 0, 0, 0, 0, 0, 0]", "[4294967295, 0, 0, 0, 0, 0, 0]"),
        ],
    );
    let why = refusal(&text);
    assert!(
        why.contains(&format!(
            "dots_per_participant is {HUGE}; dots per participant and the stacking cap are at most 100"
        )),
        "{why}"
    );
    assert!(
        why.contains(&format!("max_per_candidate is {HUGE}")),
        "{why}"
    );
    // Within the limits, a ballot over them is still refused, not counted.
    let text = hand_edited(
        &app,
        &[
            ("dots_per_participant: 3", "dots_per_participant: 100"),
            ("[1, 0, 0, 0, 0, 0, 0]", "[101, 0, 0, 0, 0, 0, 0]"),
        ],
    );
    assert!(
        refusal(&text).contains("101 dots on one candidate; at most 2 may be stacked on one"),
        "{}",
        refusal(&text)
    );
    // At the limits the tally adds up exactly.
    let text = hand_edited(
        &app,
        &[
            ("dots_per_participant: 3", "dots_per_participant: 100"),
            ("max_per_candidate: 2", "max_per_candidate: 100"),
            ("[1, 0, 0, 0, 0, 0, 0]", "[100, 0, 0, 0, 0, 0, 0]"),
            ("[1, 0, 0, 0, 0, 0, 0]", "[100, 0, 0, 0, 0, 0, 0]"),
        ],
    );
    let session = parse_session(&text, Path::new("edited.ron")).unwrap();
    assert_eq!(session.rounds[0].tally()[0], 200);
}

#[test]
fn a_file_whose_show_of_hands_counts_past_any_room_is_refused() {
    let mut app = room(&["Ana", "Ben", "Cy"], VoteMethod::RoomTally);
    send(
        &mut app,
        [
            Msg::CollectVotes,
            Msg::Down,
            Msg::Score(1),
            Msg::Down,
            Msg::Score(1),
            Msg::Commit,
        ],
    );
    let text = hand_edited(
        &app,
        &[
            ("max_per_candidate: 2", "max_per_candidate: 100"),
            ("room_tally: [", "room_tally: [4294967295, 4294967295, "),
            ("        1,\n        1,\n", ""),
            ("present: 3,", "present: 4294967295,"),
        ],
    );
    let why = refusal(&text);
    assert!(
        why.contains(&format!(
            "the show of hands counts {HUGE}; a count is at most 9999"
        )),
        "{why}"
    );
    // Typed counts stop at the same most, and the tally shows what was typed.
    send(&mut app, [Msg::CollectVotes]);
    send(
        &mut app,
        [
            Msg::Score(9),
            Msg::Score(9),
            Msg::Score(9),
            Msg::Score(9),
            Msg::Score(9),
        ],
    );
    let Mode::Voting(VoteStep::Tally { present, .. }) = &app.mode else {
        panic!("the show of hands, not {:?}", app.mode)
    };
    assert_eq!(*present, 9999);
}

const SPRING: &str = include_str!("../sessions/harbour-finch-2026-05.ron");

/// The spring example at a phase, read-only or not.
fn spring_at(phase: Phase, read_only: bool) -> App {
    let mut session = parse_session(SPRING, Path::new("spring.ron")).unwrap();
    session.position.phase = phase;
    App::new(
        session,
        "spring.ron".into(),
        read_only,
        ThemeName::Default,
        false,
    )
}

/// Puts the Participants cursor on `name`.
fn cursor_on(app: &mut App, name: &str) {
    let row = app
        .session()
        .participants
        .iter()
        .position(|p| p.name == name)
        .unwrap();
    send(app, std::iter::repeat_n(Msg::Up, 20));
    send(app, std::iter::repeat_n(Msg::Down, row));
}

#[test]
fn removing_a_voter_of_a_closed_round_is_refused_until_it_is_reopened() {
    let mut app = spring_at(Phase::Participants, false);
    let tally = app.session().rounds[0].tally();
    cursor_on(&mut app, "Tom Becker");
    send(&mut app, [Msg::Delete]);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    assert!(app.status.is_error);
    assert_eq!(
        app.status.text,
        "Tom Becker's ballot is part of the closed round \"Which habits matter most this year?\": \
         reopen it with c first, or keep Tom Becker"
    );
    // Even a yes sent blind changes nothing: the final tally stands.
    send(&mut app, [Msg::Confirm]);
    assert!(app.session().participant("Tom Becker").is_some());
    assert_eq!(app.session().rounds[0].tally(), tally);
    // Reopened and hidden, the round may lose the ballot (a revealed tally
    // would show it by difference).
    send(&mut app, [Msg::NextPhase, Msg::NextPhase, Msg::NextPhase]);
    assert_eq!(app.phase(), Phase::Prioritise);
    send(&mut app, [Msg::ToggleClosed, Msg::ToggleReveal]);
    send(
        &mut app,
        [Msg::PreviousPhase, Msg::PreviousPhase, Msg::PreviousPhase],
    );
    send(&mut app, [Msg::Delete]);
    let Mode::Confirm(confirmation) = app.mode else {
        panic!("the removal question, not {:?}", app.mode)
    };
    assert_eq!(
        app.confirmation_question(confirmation),
        "Delete Tom Becker: 14 scores, 1 ballot?"
    );
    send(&mut app, [Msg::Confirm]);
    assert!(app.session().participant("Tom Becker").is_none());
    assert_ne!(app.session().rounds[0].tally(), tally);
}

#[test]
fn revealing_before_everyone_has_voted_asks_first_and_hiding_does_not() {
    let mut app = room(&["Ana", "Ben", "Cy"], VoteMethod::SecretBallot);
    send(&mut app, [Msg::CollectVotes]);
    vote_one_dot(&mut app);
    send(&mut app, [Msg::Cancel, Msg::ToggleReveal]);
    assert!(matches!(app.mode, Mode::Confirm(_)), "{:?}", app.mode);
    let question = screen::text(&app, 120, 32);
    assert!(question.contains("Reveal with 1 of 3 voted?"), "{question}");
    assert!(question.contains("n no, keep it hidden"), "{question}");
    send(&mut app, [Msg::Decline]);
    assert!(!app.round().unwrap().revealed, "no keeps the tally hidden");
    // Keys pressed on through the question do not reveal either.
    send(&mut app, [Msg::ToggleReveal, Msg::ToggleClosed]);
    assert!(!app.round().unwrap().revealed);
    assert!(!app.round().unwrap().closed);
    send(&mut app, [Msg::Confirm]);
    assert!(app.round().unwrap().revealed);
    assert_eq!(app.status.text, "tally revealed");
    // Hiding again asks nothing.
    send(&mut app, [Msg::ToggleReveal]);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(!app.round().unwrap().revealed);
    // A show of hands is counted at once: nothing to wait for.
    let mut hands = room(&["Ana", "Ben", "Cy"], VoteMethod::RoomTally);
    send(
        &mut hands,
        [
            Msg::CollectVotes,
            Msg::Down,
            Msg::Score(1),
            Msg::Commit,
            Msg::ToggleReveal,
        ],
    );
    assert!(matches!(hands.mode, Mode::Normal), "{:?}", hands.mode);
    assert!(hands.round().unwrap().revealed);
}

#[test]
fn the_facilitator_is_told_what_each_voting_step_really_does() {
    let mut app = room(&["Ana", "Ben", "Cy"], VoteMethod::FacilitatorEntry);
    send(&mut app, [Msg::CollectVotes]);
    vote_one_dot(&mut app);
    assert_eq!(
        app.status.text,
        "ballot saved (1 of 3 voted): on to the next voter"
    );
    // The replace question and its answer say the same thing, and promise no undo
    // of a step that changes nothing yet.
    send(&mut app, [Msg::Up, Msg::Commit]);
    let question = screen::text(&app, 120, 32);
    assert!(
        question.contains("It opens as it was, to change."),
        "{question}"
    );
    assert!(
        question.contains("y yes, change their ballot"),
        "{question}"
    );
    assert!(!question.contains("new ballot"), "{question}");
    assert!(!question.contains("undoes"), "{question}");
    // Esc on the replacement keeps the earlier ballot, and says so.
    send(
        &mut app,
        [Msg::Confirm, Msg::Down, Msg::Score(1), Msg::Cancel],
    );
    assert_eq!(
        app.status.text,
        "changes dropped: Ana's earlier ballot is kept"
    );
    assert_eq!(ballot(&app, "Ana").unwrap(), [1, 0, 0, 0, 0, 0, 0]);
    // An empty ballot asks once before it is recorded.
    send(&mut app, [Msg::Down, Msg::Commit, Msg::Commit]);
    assert!(matches!(app.mode, Mode::Voting(VoteStep::Ballot { .. })));
    assert_eq!(
        app.status.text,
        "no dots placed: Enter again records an empty ballot (0 of 3)"
    );
    assert!(ballot(&app, "Ben").is_none());
    send(&mut app, [Msg::Commit]);
    assert_eq!(ballot(&app, "Ben").unwrap(), NOBODY);
    // A secret ballot still asks to pass the laptop on.
    let mut secret = room(&["Ana", "Ben"], VoteMethod::SecretBallot);
    send(&mut secret, [Msg::CollectVotes]);
    vote_one_dot(&mut secret);
    assert!(
        secret
            .status
            .text
            .ends_with("pass the laptop to the next voter")
    );
    // Hiding a closed round promises no late votes.
    send(
        &mut secret,
        [
            Msg::Cancel,
            Msg::ToggleReveal,
            Msg::Confirm,
            Msg::ToggleClosed,
        ],
    );
    send(&mut secret, [Msg::ToggleReveal]);
    assert_eq!(
        secret.status.text,
        "tally hidden: the round is closed, c reopens it for late votes"
    );
}

#[test]
fn timer_minutes_and_dates_too_far_ahead_are_refused_with_a_reason() {
    let mut app = spring_at(Phase::Plan, false);
    send(
        &mut app,
        [Msg::SetTimer, Msg::Input(InputRequest::DeleteLine)],
    );
    type_in(&mut app, HUGE);
    assert_eq!(
        app.status.text,
        format!("{HUGE} minutes is longer than a day: the timer runs 1440 minutes at most")
    );
    assert!(app.session().timer.is_none());
    send(&mut app, [Msg::Cancel]);
    // The first action's due date.
    send(&mut app, std::iter::repeat_n(Msg::Up, 20));
    send(&mut app, std::iter::repeat_n(Msg::Left, 5));
    send(&mut app, [Msg::Right, Msg::Right, Msg::Right]);
    let due = app.session().plan[0].due;
    send(&mut app, [Msg::Edit, Msg::Input(InputRequest::DeleteLine)]);
    type_in(&mut app, "+3000000w");
    assert!(
        app.status.text.starts_with("+59522-") && app.status.text.contains("is too far ahead"),
        "{}",
        app.status.text
    );
    assert_eq!(app.session().plan[0].due, due);
    send(&mut app, [Msg::Cancel, Msg::NextPhase, Msg::Edit]);
    assert_eq!(app.phase(), Phase::WrapUp);
    send(&mut app, [Msg::Input(InputRequest::DeleteLine)]);
    type_in(&mut app, "2037-01-01");
    assert_eq!(
        app.status.text,
        "2037-01-01 is too far ahead: huddle takes dates up to 2036-05-14 (at most 10 years after the workshop)"
    );
    let next = app.session().next_benchmark;
    assert_eq!(next, NaiveDate::from_ymd_opt(2026, 11, 12), "as it was");
    // The same dates in a file are refused where they stand.
    let text = SPRING.replacen(
        "next_benchmark: \"2026-11-12\"",
        "next_benchmark: \"+61522-11-30\"",
        1,
    );
    let why = parse_session(&text, Path::new("spring.ron"))
        .unwrap_err()
        .to_string();
    assert!(
        why.contains("the next benchmark: +61522-11-30 is too far ahead"),
        "{why}"
    );
}

#[test]
fn read_only_says_so_on_delete_and_still_exports() {
    let mut app = spring_at(Phase::Participants, true);
    cursor_on(&mut app, "Tom Becker");
    send(&mut app, [Msg::Delete]);
    assert_eq!(app.status.text, "read-only: nobody can be deleted here");
    assert!(app.status.is_error);
    let effects = app.update(Msg::Export);
    assert!(effects.is_empty());
    assert!(
        matches!(app.mode, Mode::Choosing(_)),
        "{:?}",
        app.status.text
    );
    send(&mut app, [Msg::Down, Msg::Down]);
    assert_eq!(
        app.update(Msg::Commit),
        [huddle::app::Effect::Export(huddle::export::Format::Csv)],
        "an export, and no save"
    );
    assert!(
        app.update(Msg::Exported("exports/spring.csv".into()))
            .is_empty()
    );
}

#[test]
fn renaming_the_sponsor_carries_the_name_to_the_setup() {
    let mut app = spring_at(Phase::Participants, false);
    assert_eq!(app.session().sponsor, "Maria Lopez");
    cursor_on(&mut app, "Maria Lopez");
    send(&mut app, [Msg::Edit, Msg::Input(InputRequest::DeleteLine)]);
    type_in(&mut app, "Maria López");
    assert_eq!(app.session().sponsor, "Maria López");
    assert!(app.session().participant("Maria López").is_some());
}

#[test]
fn a_0_to_100_scale_keeps_its_reveal_panel() {
    let mut framework = assets::default_framework().unwrap();
    framework.scale.min = 0;
    framework.scale.max = 100;
    framework.scale.labels = (0..=100).map(|n| n.to_string()).collect();
    for habit in &mut framework.habits {
        habit.rubric = framework.scale.labels.clone();
    }
    let habit = framework.habits[0].id.clone();
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Wide scale", date, framework);
    for (i, score) in [5u8, 12, 48, 95, 100].into_iter().enumerate() {
        let name = format!("P{i}");
        session.add_participant(&name, None).unwrap();
        session
            .set_score(
                &habit,
                &name,
                huddle::domain::ScoreKind::Current,
                Some(score),
            )
            .unwrap();
    }
    session.toggle_reveal(&habit);
    session.position.phase = Phase::Benchmark;
    assert_eq!(session.problems(), []);
    let app = App::new(session, "wide.ron".into(), false, ThemeName::Default, false);
    for (width, height) in [(120, 32), (80, 24)] {
        let screen = screen::text(&app, width, height);
        assert!(screen.contains("How the room scored"), "{screen}");
        assert!(screen.contains("mean 52"), "{screen}");
        assert!(screen.contains("spread"), "{screen}");
        assert!(screen.contains("no consensus"), "{screen}");
        assert!(screen.contains("0-"), "levels in bands: {screen}");
    }
}

#[test]
fn an_idea_typed_after_a_refused_i_goes_to_the_edit_line_not_the_round() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent};
    let mut app = room(&["Ana", "Ben"], VoteMethod::SecretBallot);
    send(&mut app, [Msg::CollectVotes]);
    vote_one_dot(&mut app);
    send(&mut app, [Msg::Cancel]);
    let keys = "irc"
        .chars()
        .map(|c| Msg::Key(KeyEvent::from(KeyCode::Char(c))));
    send(&mut app, keys);
    let round = app.round().unwrap();
    assert!(
        !round.revealed && !round.closed,
        "r and c were typed, not run"
    );
    assert_eq!(
        app.edit_problem().as_deref(),
        Some("votes are in: start a new round to change its candidates or settings")
    );
    send(&mut app, [Msg::Key(KeyEvent::from(KeyCode::Enter))]);
    assert!(matches!(app.mode, Mode::Editing(_)), "Enter keeps the text");
    assert_eq!(app.round().unwrap().candidates.len(), 7);
    send(&mut app, [Msg::Key(KeyEvent::from(KeyCode::Esc))]);
    assert!(matches!(app.mode, Mode::Normal));
}
