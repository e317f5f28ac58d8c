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

#[path = "support/screen.rs"]
mod screen;

const NOBODY: [u32; 7] = [0; 7];

fn send(app: &mut App, msgs: impl IntoIterator<Item = Msg>) {
    for msg in msgs {
        app.update(msg);
    }
}

fn type_in(app: &mut App, text: &str) {
    send(
        app,
        text.chars()
            .map(|c| Msg::Input(InputRequest::InsertChar(c))),
    );
    send(app, [Msg::Commit]);
}

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
    send(&mut app, [Msg::ToggleReveal, Msg::NewHabitRound]);
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

/// A round of `app` written to a file, edited by hand (`from` -> `to`) and read back.
fn hand_edited(app: &App, edits: &[(&str, &str)]) -> App {
    let mut text = session_to_ron(app.session()).unwrap();
    for (from, to) in edits {
        assert!(text.contains(from), "{from:?} in\n{text}");
        text = text.replacen(from, to, 1);
    }
    let session = parse_session(&text, Path::new("edited.ron")).unwrap();
    App::new(
        session,
        "edited.ron".into(),
        false,
        ThemeName::Default,
        false,
    )
}

const HUGE: &str = "4294967295";

#[test]
fn huge_numbers_from_a_file_never_overflow_a_ballot() {
    let mut app = room(&["Ana", "Ben"], VoteMethod::FacilitatorEntry);
    send(&mut app, [Msg::CollectVotes]);
    vote_one_dot(&mut app);
    let mut app = hand_edited(
        &app,
        &[
            (
                "dots_per_participant: 3",
                "dots_per_participant: 4294967295",
            ),
            ("max_per_candidate: 2", "max_per_candidate: 4294967295"),
            ("[1, 0, 0, 0, 0, 0, 0]", "[4294967295, 0, 0, 0, 0, 0, 0]"),
        ],
    );
    send(
        &mut app,
        [Msg::CollectVotes, Msg::Up, Msg::Commit, Msg::Confirm],
    );
    let Mode::Voting(VoteStep::Ballot { dots, .. }) = &app.mode else {
        panic!("Ana's ballot, not {:?}", app.mode)
    };
    assert_eq!(dots[0], u32::MAX);
    // One more on u32::MAX, and a second candidate on top of it.
    send(&mut app, [Msg::Right]);
    assert!(
        app.status
            .text
            .contains(&format!("{HUGE} of {HUGE} dots placed")),
        "{}",
        app.status.text
    );
    send(&mut app, [Msg::Down, Msg::Right]);
    assert_eq!(
        app.status.text,
        format!("4294967296 dots placed but each person has {HUGE}")
    );
    screen::text(&app, 120, 32);
    send(&mut app, [Msg::Commit]);
    assert_eq!(ballot(&app, "Ana").unwrap()[0], u32::MAX);
}

#[test]
fn huge_numbers_from_a_file_never_overflow_a_show_of_hands() {
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
    let mut app = hand_edited(
        &app,
        &[
            (
                "dots_per_participant: 3",
                "dots_per_participant: 4294967295",
            ),
            ("max_per_candidate: 2", "max_per_candidate: 4294967295"),
            ("room_tally: [", "room_tally: [4294967295, 4294967295, "),
            ("        1,\n        1,\n", ""),
            ("present: 3,", "present: 4294967295,"),
        ],
    );
    send(&mut app, [Msg::CollectVotes]);
    screen::text(&app, 120, 32);
    // The head count: one more stops at the most a count can be typed as.
    send(&mut app, [Msg::Right, Msg::Score(9)]);
    screen::text(&app, 120, 32);
    // The first candidate: one fewer, then the two counts add up past u32::MAX.
    send(&mut app, [Msg::Down, Msg::Left]);
    let total = 2 * u64::from(u32::MAX) - 1;
    let max = 9999 * u64::from(u32::MAX);
    assert_eq!(
        app.status.text,
        format!("{total} of at most {max} dots counted")
    );
    screen::text(&app, 120, 32);
    send(&mut app, [Msg::Commit]);
    let round = app.round().unwrap();
    assert_eq!(round.present, Some(9999));
    assert_eq!(round.room_tally[..2], [u32::MAX - 1, u32::MAX]);
}
