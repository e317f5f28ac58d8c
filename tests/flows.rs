//! Workshop flows as message sequences through `App::update`: no terminal, no
//! files, the same messages the keys produce.

use chrono::NaiveDate;
use huddle::app::ThemeName;
use huddle::app::{App, Effect, Mode, Msg, ResultsView, VoteStep};
use huddle::domain::{ActionStatus, Candidate, Phase, Session, VoteMethod};
use huddle::storage::assets;
use tui_input::InputRequest;

#[path = "support/drive.rs"]
mod drive;
use drive::{send, type_in};

#[path = "support/screen.rs"]
mod screen;

fn new_app() -> App {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let session = Session::new("Customer day", date, assets::default_framework().unwrap());
    App::new(session, "test.ron".into(), false, ThemeName::Default, false)
}

/// What the loop reports after a save that went through.
fn saved() -> Msg {
    Msg::Saved(chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap())
}

/// A workshop set up with two areas and three people, in the benchmark.
fn set_up_room() -> App {
    let mut app = new_app();
    send(&mut app, [Msg::Add]);
    type_in(&mut app, "Store");
    send(&mut app, [Msg::Add]);
    type_in(&mut app, "Web");
    send(&mut app, [Msg::NextPhase]);
    for (name, role) in [("Ana", "CEO"), ("Ben", "Store lead"), ("Cy", "Web lead")] {
        send(&mut app, [Msg::Add]);
        type_in(&mut app, name);
        type_in(&mut app, role);
    }
    send(&mut app, [Msg::NextPhase]);
    app
}

#[test]
fn setting_up_adds_areas_and_refuses_duplicates_with_a_message() {
    let mut app = new_app();
    send(&mut app, [Msg::Add]);
    assert_eq!(type_in(&mut app, "Store"), [Effect::Save]);
    send(&mut app, [Msg::Add]);
    assert_eq!(
        type_in(&mut app, "store"),
        [],
        "a duplicate area is refused"
    );
    assert!(app.status.is_error);
    assert!(app.status.text.contains("already an area"));
    assert!(
        matches!(app.mode, Mode::Editing(_)),
        "the typed text stays for correction"
    );
    send(&mut app, [Msg::Cancel]);
    assert_eq!(app.session().areas, ["Store"]);
}

#[test]
fn the_title_cannot_be_emptied() {
    let mut app = new_app();
    // Row 1 of setup is the title.
    send(
        &mut app,
        [Msg::Down, Msg::Edit, Msg::Input(InputRequest::DeleteLine)],
    );
    assert_eq!(
        app.edit_problem().as_deref(),
        Some("the workshop needs a title")
    );
    assert_eq!(send(&mut app, [Msg::Commit]), []);
    assert_eq!(app.session().title, "Customer day");
}

#[test]
fn participants_get_names_roles_and_the_area_under_the_cursor() {
    let app = set_up_room();
    let people: Vec<(&str, &str, Option<&str>)> = app
        .session()
        .participants
        .iter()
        .map(|p| (p.name.as_str(), p.role.as_str(), p.area.as_deref()))
        .collect();
    assert_eq!(
        people,
        [
            ("Ana", "CEO", Some("Store")),
            ("Ben", "Store lead", Some("Store")),
            ("Cy", "Web lead", Some("Store"))
        ]
    );
}

#[test]
fn duplicate_participants_are_refused() {
    let mut app = set_up_room();
    send(&mut app, [Msg::PreviousPhase, Msg::Add]);
    assert_eq!(type_in(&mut app, "ana"), []);
    assert!(
        app.status.text.contains("already in the room"),
        "{}",
        app.status.text
    );
    assert_eq!(app.session().participants.len(), 3);
}

#[test]
fn area_and_anonymity_are_set_from_the_table() {
    let mut app = set_up_room();
    send(&mut app, [Msg::PreviousPhase]);
    // Cy is on row 2; column 2 is the area: Store -> Web.
    // The cursor is still on Cy, the last one added.
    send(&mut app, [Msg::Right, Msg::Right, Msg::Edit]);
    assert_eq!(app.session().participants[2].area.as_deref(), Some("Web"));
    send(&mut app, [Msg::Right, Msg::Toggle]);
    assert!(app.session().participants[2].anonymous);
}

#[test]
fn deleting_a_participant_asks_first_and_says_how_many_scores_go() {
    let mut app = set_up_room();
    send(&mut app, [Msg::Score(3), Msg::Score(4)]);
    send(
        &mut app,
        [Msg::PreviousPhase, Msg::Up, Msg::Up, Msg::Delete],
    );
    let Mode::Confirm(confirmation) = app.mode else {
        panic!("a confirmation is asked")
    };
    assert_eq!(
        app.confirmation_question(confirmation),
        "Delete Ana: 2 scores?"
    );
    send(&mut app, [Msg::Decline]);
    assert_eq!(app.session().participants.len(), 3);
    send(&mut app, [Msg::Delete]);
    assert_eq!(send(&mut app, [Msg::Confirm]), [Effect::Save]);
    assert_eq!(app.session().participants.len(), 2);
    assert_eq!(app.session().scores_given("Ana"), 0);
}

#[test]
fn digits_score_current_then_target_then_the_next_person() {
    let mut app = set_up_room();
    assert_eq!(app.phase(), Phase::Benchmark);
    let effects = send(
        &mut app,
        [
            Msg::Score(2),
            Msg::Score(4),
            Msg::Score(3),
            Msg::Score(5),
            Msg::Score(4),
        ],
    );
    assert_eq!(
        effects,
        vec![Effect::Save; 5],
        "every score is saved at once"
    );
    let s = app.session();
    let listen = |name| s.rating("listen", name);
    assert_eq!(
        (listen("Ana").current, listen("Ana").target),
        (Some(2), Some(4))
    );
    assert_eq!(
        (listen("Ben").current, listen("Ben").target),
        (Some(3), Some(5))
    );
    assert_eq!((listen("Cy").current, listen("Cy").target), (Some(4), None));
    assert_eq!(s.scored_count("listen"), 3);
}

#[test]
fn a_digit_off_the_scale_is_refused_and_changes_nothing() {
    let mut app = set_up_room();
    assert_eq!(send(&mut app, [Msg::Score(7)]), []);
    assert_eq!(
        app.status.text,
        "7 is off the scale: scores run from 1 to 5"
    );
    assert_eq!(app.session().rating("listen", "Ana").current, None);
    assert_eq!(app.session().position.score.column, 0, "the cursor stays");
}

#[test]
fn backspace_clears_a_score_back_to_missing() {
    let mut app = set_up_room();
    send(&mut app, [Msg::Score(2), Msg::Toggle, Msg::ClearScore]);
    assert_eq!(app.session().rating("listen", "Ana").current, None);
}

#[test]
fn scores_are_revealed_and_hidden_per_habit() {
    let mut app = set_up_room();
    send(&mut app, [Msg::Score(2), Msg::Score(4)]);
    assert!(!app.session().is_revealed("listen"));
    send(&mut app, [Msg::ToggleReveal]);
    assert!(app.session().is_revealed("listen"));
    assert_eq!(app.status.text, "Listen: scores revealed");
    send(&mut app, [Msg::NextHabit]);
    assert!(
        !app.session().is_revealed("think"),
        "each habit is revealed on its own"
    );
    send(&mut app, [Msg::PreviousHabit, Msg::ToggleReveal]);
    assert!(!app.session().is_revealed("listen"));
}

#[test]
fn notes_and_barriers_are_added_edited_and_deleted() {
    let mut app = set_up_room();
    send(&mut app, [Msg::AddNote]);
    type_in(&mut app, "Complaints are read by nobody");
    send(&mut app, [Msg::AddBarrier]);
    type_in(&mut app, "Five feedback tools");
    let listen = &app.session().benchmark["listen"];
    assert_eq!(listen.notes, ["Complaints are read by nobody"]);
    assert_eq!(listen.barriers, ["Five feedback tools"]);
    // Rows: 3 people, then the note, then the barrier.
    send(
        &mut app,
        [
            Msg::Down,
            Msg::Down,
            Msg::Down,
            Msg::Down,
            Msg::Edit,
            Msg::Input(InputRequest::DeleteLine),
        ],
    );
    type_in(&mut app, "Six feedback tools");
    assert_eq!(
        app.session().benchmark["listen"].barriers,
        ["Six feedback tools"]
    );
    send(&mut app, [Msg::Up, Msg::Delete]);
    assert!(app.session().benchmark["listen"].notes.is_empty());
}

#[test]
fn undo_and_redo_cover_scores_names_and_notes() {
    let mut app = set_up_room();
    send(&mut app, [Msg::Score(2), Msg::AddNote]);
    type_in(&mut app, "A quote");
    send(&mut app, [Msg::Undo]);
    assert!(app.session().benchmark["listen"].notes.is_empty());
    send(&mut app, [Msg::Undo]);
    assert_eq!(app.session().rating("listen", "Ana").current, None);
    assert_eq!(
        app.session().position.score.column,
        0,
        "undo returns the cursor too"
    );
    send(&mut app, [Msg::Redo, Msg::Redo]);
    assert_eq!(app.session().rating("listen", "Ana").current, Some(2));
    assert_eq!(app.session().benchmark["listen"].notes, ["A quote"]);
    // A new change after an undo drops the redo history.
    send(&mut app, [Msg::Undo, Msg::Score(5)]);
    send(&mut app, [Msg::Redo]);
    assert_eq!(app.status.text, "nothing to redo");
    // Names too: undo all the way back to an empty session.
    send(&mut app, std::iter::repeat_n(Msg::Undo, 40));
    assert!(app.session().participants.is_empty());
    assert!(app.session().areas.is_empty());
}

#[test]
fn results_follow_the_scores() {
    let mut app = set_up_room();
    // listen: Ana 2/4, Ben 3/5, Cy 4/4
    send(&mut app, [2, 4, 3, 5, 4, 4].map(Msg::Score));
    // think: Ana 1, Ben 5 (range 4: no consensus)
    send(&mut app, [Msg::NextHabit]);
    send(&mut app, [1, 3, 5, 5].map(Msg::Score));
    // Nothing counts until revealed: think is revealed, listen follows below.
    send(&mut app, [Msg::ToggleReveal]);
    assert!(app.results().habit("listen").unwrap().hidden);
    assert_eq!(app.results().index.unwrap().habits_scored, 1);
    send(&mut app, [Msg::PreviousHabit, Msg::ToggleReveal]);
    send(&mut app, [Msg::NextPhase]);
    assert_eq!(app.phase(), Phase::Results);
    let results = app.results();
    let listen = results.habit("listen").unwrap();
    assert_eq!(listen.mean_current, Some(3.0));
    assert!((listen.mean_target.unwrap() - 13.0 / 3.0).abs() < 1e-9);
    let think = results.habit("think").unwrap();
    assert_eq!(think.mean_current, Some(3.0));
    assert!(think.disagrees());
    assert_eq!(results.index.unwrap().habits_scored, 2);
    send(&mut app, [Msg::ToggleHeatMap]);
    assert_eq!(app.results_view, ResultsView::HeatMap);
}

#[test]
fn phases_cycle_with_tab_and_quitting_saves_the_place() {
    let mut app = new_app();
    assert_eq!(send(&mut app, [Msg::NextPhase]), [Effect::Save]);
    assert_eq!(app.phase(), Phase::Participants);
    send(&mut app, [Msg::PreviousPhase, Msg::PreviousPhase]);
    assert_eq!(
        app.phase(),
        Phase::WrapUp,
        "Shift+Tab from setup wraps to the last phase"
    );
    // The loop saves, reports it, and only then does the app quit.
    assert_eq!(send(&mut app, [Msg::Quit]), [Effect::Save]);
    assert_eq!(send(&mut app, [saved()]), [Effect::Quit]);
}

#[test]
fn after_a_failed_save_quitting_takes_a_second_request() {
    let mut app = new_app();
    let failed = || Msg::SaveFailed("disk full".into());
    assert_eq!(send(&mut app, [Msg::Quit, failed()]), [Effect::Save]);
    assert!(app.status.is_error);
    assert_eq!(
        app.status.text,
        "NOT SAVED: disk full (q twice quits anyway)"
    );
    assert_eq!(
        send(&mut app, [Msg::Quit, failed()]),
        [Effect::Save, Effect::Quit],
        "the second request quits although the save failed again"
    );

    // A save that goes through in between makes quitting take one request again.
    let mut app = new_app();
    send(&mut app, [Msg::Quit, failed()]);
    send(&mut app, [Msg::NextPhase, saved()]);
    assert_eq!(send(&mut app, [Msg::Quit, failed()]), [Effect::Save]);
    assert_eq!(
        send(&mut app, [Msg::Quit, saved()]),
        [Effect::Save, Effect::Quit]
    );

    // A failed save before the quit does not stop a quit whose own save works.
    let mut app = new_app();
    send(&mut app, [Msg::NextPhase, failed()]);
    assert_eq!(
        send(&mut app, [Msg::Quit, saved()]),
        [Effect::Save, Effect::Quit]
    );
}

#[test]
fn a_read_only_view_refuses_changes_and_writes_nothing() {
    let session =
        huddle::storage::parse_session(assets::DEMO_SESSION, std::path::Path::new("x")).unwrap();
    let mut app = App::new(
        session.clone(),
        "x.ron".into(),
        true,
        ThemeName::Default,
        false,
    );
    assert!(app.status.text.starts_with("read-only"));
    let effects = send(
        &mut app,
        [
            Msg::NextPhase,
            Msg::PreviousPhase,
            Msg::PreviousPhase,
            Msg::Score(1),
        ],
    );
    assert_eq!(effects, []);
    assert!(
        app.status.text.starts_with("read-only"),
        "the refusal is said"
    );
    assert_eq!(send(&mut app, [Msg::Add, Msg::Quit]), [Effect::Quit]);
    assert_eq!(app.session().benchmark, session.benchmark);
}

fn at(hour: u32, minute: u32, second: u32) -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 5, 14)
        .unwrap()
        .and_hms_opt(hour, minute, second)
        .unwrap()
}

/// The room of `set_up_room`, scored so that habits have gaps, in Prioritise.
fn room_at_prioritise() -> App {
    let mut app = set_up_room();
    // listen: gap 2 for everyone; think: gap 1
    send(&mut app, [1, 3, 1, 3, 1, 3].map(Msg::Score));
    send(&mut app, [Msg::NextHabit]);
    send(&mut app, [2, 3, 2, 3, 2, 3].map(Msg::Score));
    send(
        &mut app,
        [Msg::NextPhase, Msg::NextPhase, Msg::Tick(at(15, 0, 0))],
    );
    assert_eq!(app.phase(), Phase::Prioritise);
    app
}

#[test]
fn a_habit_round_starts_with_the_largest_gap_and_default_settings() {
    let mut app = room_at_prioritise();
    assert_eq!(send(&mut app, [Msg::NewHabitRound]), [Effect::Save]);
    let round = app.round().unwrap();
    assert_eq!(round.candidates.len(), 7);
    assert_eq!(round.candidates[0], Candidate::Habit("listen".into()));
    assert_eq!(round.candidates[1], Candidate::Habit("think".into()));
    assert_eq!(
        (round.dots_per_participant, round.max_per_candidate),
        (3, 2)
    );
}

#[test]
fn a_secret_ballot_starts_empty_for_every_voter_and_refuses_too_many_dots() {
    let mut app = room_at_prioritise();
    send(&mut app, [Msg::NewHabitRound, Msg::CollectVotes]);
    assert!(matches!(
        app.mode,
        Mode::Voting(VoteStep::ChooseVoter { .. })
    ));
    // Ana: two dots on listen, a third is over the stacking cap.
    send(&mut app, [Msg::Commit, Msg::Right, Msg::Right]);
    send(&mut app, [Msg::Right]);
    assert_eq!(
        app.status.text,
        "3 dots on one candidate; at most 2 may be stacked on one"
    );
    send(&mut app, [Msg::Down, Msg::Right, Msg::Down, Msg::Right]);
    assert!(
        app.status
            .text
            .contains("4 dots placed but each person has 3"),
        "{}",
        app.status.text
    );
    assert_eq!(send(&mut app, [Msg::Commit]), [Effect::Save]);
    assert!(app.status.text.contains("pass the laptop"));
    assert_eq!(app.round().unwrap().ballots["Ana"], [2, 1, 0, 0, 0, 0, 0]);
    // Ana again, once replacing is confirmed: her earlier ballot is not shown,
    // the new one replaces it.
    send(&mut app, [Msg::Up, Msg::Commit, Msg::Confirm]);
    let Mode::Voting(VoteStep::Ballot { dots, .. }) = &app.mode else {
        panic!("a ballot")
    };
    assert_eq!(dots, &vec![0; 7]);
    send(&mut app, [Msg::Score(1), Msg::Commit]);
    assert_eq!(app.round().unwrap().ballots["Ana"], [1, 0, 0, 0, 0, 0, 0]);
    assert_eq!(app.round().unwrap().voters(), 1);
}

#[test]
fn the_facilitator_types_ballots_and_sees_the_earlier_one() {
    let mut app = room_at_prioritise();
    send(&mut app, [Msg::NewHabitRound, Msg::Right]); // method: facilitator types
    assert_eq!(app.round().unwrap().method, VoteMethod::FacilitatorEntry);
    send(
        &mut app,
        [
            Msg::CollectVotes,
            Msg::Down,
            Msg::Commit,
            Msg::Score(2),
            Msg::Commit,
        ],
    );
    assert_eq!(app.round().unwrap().ballots["Ben"], [2, 0, 0, 0, 0, 0, 0]);
    send(&mut app, [Msg::Up, Msg::Commit, Msg::Confirm]);
    let Mode::Voting(VoteStep::Ballot { dots, .. }) = &app.mode else {
        panic!("a ballot")
    };
    assert_eq!(dots[0], 2, "the facilitator edits the ballot as it was");
}

#[test]
fn a_show_of_hands_is_refused_above_dots_times_people() {
    let mut app = room_at_prioritise();
    send(&mut app, [Msg::NewHabitRound, Msg::Right, Msg::Right]);
    assert_eq!(app.round().unwrap().method, VoteMethod::RoomTally);
    send(&mut app, [Msg::CollectVotes]);
    // Row 0 is the head count (3 people, 3 dots each: at most 9).
    send(&mut app, [Msg::Down, Msg::Score(1), Msg::Score(0)]);
    assert_eq!(
        app.status.text,
        "10 dots counted but 3 people can give at most 9"
    );
    assert_eq!(send(&mut app, [Msg::Commit]), [], "refused");
    assert!(
        app.round().unwrap().room_tally.is_empty(),
        "nothing refused changes the session"
    );
    send(
        &mut app,
        [Msg::ClearScore, Msg::Down, Msg::Score(3), Msg::Commit],
    );
    let round = app.round().unwrap();
    assert_eq!(round.tally()[..2], [1, 3]);
    assert_eq!(round.present, Some(3));
}

#[test]
fn the_tally_stays_hidden_until_revealed_and_can_be_hidden_again() {
    let mut app = room_at_prioritise();
    send(&mut app, [Msg::NewHabitRound, Msg::CollectVotes]);
    // The cursor moves on to the next voter by itself.
    for _ in 0..3 {
        send(
            &mut app,
            [
                Msg::Commit,
                Msg::Score(1),
                Msg::Down,
                Msg::Score(1),
                Msg::Commit,
            ],
        );
    }
    send(&mut app, [Msg::Cancel]);
    assert_eq!(app.round().unwrap().voters(), 3);
    assert!(!app.round().unwrap().revealed);
    send(&mut app, [Msg::ToggleReveal]);
    let round = app.round().unwrap();
    assert!(round.revealed);
    assert_eq!(round.revealed_at, Some(at(15, 0, 0)));
    // listen and think tie on 3 dots; listen has the larger gap.
    let ranking = round.ranked(app.results());
    assert_eq!(
        (ranking[0].candidate, ranking[0].rank, ranking[0].tied),
        (0, 1, true)
    );
    assert_eq!(
        (ranking[1].candidate, ranking[1].rank, ranking[1].tied),
        (1, 1, true)
    );
    send(&mut app, [Msg::ToggleReveal]);
    assert!(
        !app.round().unwrap().revealed,
        "hidden again for late voters"
    );
}

#[test]
fn settings_and_candidates_are_fixed_once_votes_are_in_and_a_closed_round_takes_none() {
    let mut app = room_at_prioritise();
    send(&mut app, [Msg::NewHabitRound, Msg::Down, Msg::Right]);
    assert_eq!(app.round().unwrap().dots_per_participant, 4);
    send(&mut app, [Msg::AddIdea]);
    type_in(&mut app, "Weekly customer stand-up");
    assert_eq!(app.round().unwrap().candidates.len(), 8);
    send(
        &mut app,
        [
            Msg::CollectVotes,
            Msg::Commit,
            Msg::Score(1),
            Msg::Commit,
            Msg::Cancel,
        ],
    );
    send(&mut app, [Msg::Right]);
    assert!(
        app.status.text.starts_with("votes are in"),
        "{}",
        app.status.text
    );
    assert_eq!(app.round().unwrap().dots_per_participant, 4);
    send(&mut app, [Msg::ToggleClosed, Msg::CollectVotes]);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(app.status.text.contains("closed"));
}

/// A room with a revealed habit round won by listen, in the plan.
fn room_at_plan() -> App {
    let mut app = room_at_prioritise();
    send(&mut app, [Msg::NewHabitRound, Msg::CollectVotes]);
    send(
        &mut app,
        [
            Msg::Commit,
            Msg::Score(2),
            Msg::Commit,
            Msg::Cancel,
            // One of the room has voted: revealing asks first.
            Msg::ToggleReveal,
            Msg::Confirm,
            Msg::NextPhase,
        ],
    );
    assert_eq!(app.phase(), Phase::Plan);
    app
}

#[test]
fn the_plan_takes_actions_with_owners_dates_and_links_to_priorities() {
    let mut app = room_at_plan();
    assert_eq!(
        app.priorities_without_action(),
        [Candidate::Habit("listen".into())]
    );
    send(&mut app, [Msg::Add]);
    assert_eq!(type_in(&mut app, "  "), [], "an empty action is refused");
    assert_eq!(app.status.text, "an action needs words: what will be done?");
    send(&mut app, [Msg::Input(InputRequest::DeleteLine)]);
    type_in(&mut app, "Weekly customer digest");
    type_in(&mut app, "Ana"); // straight on to the owner
    // Due: typed as a span from today (the tick said 14 May).
    send(&mut app, [Msg::Right, Msg::Edit]);
    type_in(&mut app, "+6w");
    // For: Enter lists the top priorities first; listen is on top.
    send(&mut app, [Msg::Left, Msg::Left, Msg::Edit, Msg::Commit]);
    let action = &app.session().plan[0];
    assert_eq!(action.owner, "Ana");
    assert_eq!(action.due, NaiveDate::from_ymd_opt(2026, 6, 25));
    assert_eq!(action.habit.as_deref(), Some("listen"));
    assert!(app.priorities_without_action().is_empty());
    send(
        &mut app,
        [Msg::Right, Msg::Right, Msg::Right, Msg::Right, Msg::Toggle],
    );
    assert_eq!(app.session().plan[0].status, ActionStatus::InProgress);
}

#[test]
fn bad_dates_and_unknown_owners_are_refused_and_past_dates_warned() {
    let mut app = room_at_plan();
    send(&mut app, [Msg::Add]);
    type_in(&mut app, "Map the journey");
    type_in(&mut app, "Someone Else");
    send(&mut app, [Msg::ToggleOwnerPolicy]);
    assert!(
        app.status
            .text
            .contains("\"Someone Else\" is not a participant"),
        "{}",
        app.status.text
    );
    assert!(!app.session().owners_from_participants);
    send(&mut app, [Msg::Edit, Msg::Input(InputRequest::DeleteLine)]);
    type_in(&mut app, "Cy");
    send(
        &mut app,
        [
            Msg::ToggleOwnerPolicy,
            Msg::Edit,
            Msg::Input(InputRequest::DeleteLine),
        ],
    );
    assert_eq!(type_in(&mut app, "Zed"), []);
    assert!(
        app.status
            .text
            .contains("owners are limited to participants")
    );
    send(&mut app, [Msg::Cancel, Msg::Right, Msg::Edit]);
    assert_eq!(type_in(&mut app, "soon"), []);
    assert!(app.status.text.starts_with("\"soon\" is not a date"));
    send(&mut app, [Msg::Input(InputRequest::DeleteLine)]);
    type_in(&mut app, "2026-01-31");
    assert_eq!(app.status.text, "saved, but that due date is in the past");
    assert_eq!(
        app.session().plan[0].due,
        NaiveDate::from_ymd_opt(2026, 1, 31)
    );
}

#[test]
fn actions_are_reordered_and_deleted_after_asking() {
    let mut app = room_at_plan();
    for what in ["First", "Second"] {
        send(&mut app, [Msg::Add]);
        type_in(&mut app, what);
        send(&mut app, [Msg::Cancel]);
    }
    send(&mut app, [Msg::MoveUp]);
    assert_eq!(app.session().plan[0].what, "Second");
    send(&mut app, [Msg::Delete]);
    let Mode::Confirm(confirmation) = app.mode else {
        panic!("asks first")
    };
    assert_eq!(
        app.confirmation_question(confirmation),
        "Delete the action \"Second\"?"
    );
    send(&mut app, [Msg::Confirm]);
    assert_eq!(app.session().plan.len(), 1);
}

#[test]
fn the_next_benchmark_defaults_to_six_months_on_and_can_be_set() {
    let mut app = room_at_plan();
    send(&mut app, [Msg::NextPhase]);
    assert_eq!(app.phase(), Phase::WrapUp);
    assert_eq!(
        app.next_benchmark(),
        NaiveDate::from_ymd_opt(2026, 11, 14).unwrap()
    );
    send(&mut app, [Msg::Edit, Msg::Input(InputRequest::DeleteLine)]);
    type_in(&mut app, "2026-12-01");
    assert_eq!(
        app.session().next_benchmark,
        NaiveDate::from_ymd_opt(2026, 12, 1)
    );
}

#[test]
fn the_timer_counts_down_from_the_ticks_and_says_when_time_is_up() {
    let mut app = set_up_room();
    send(
        &mut app,
        [
            Msg::Tick(at(10, 0, 0)),
            Msg::SetTimer,
            Msg::Input(InputRequest::DeleteLine),
        ],
    );
    assert_eq!(
        type_in(&mut app, "5"),
        [Effect::Save],
        "the timer is saved with the session"
    );
    let timer = app.session().timer.clone().unwrap();
    assert_eq!(timer.label, "Benchmark");
    send(&mut app, [Msg::Tick(at(10, 3, 30))]);
    assert_eq!(timer.display(app.now()), "1:30");
    // Typing goes on while the clock runs.
    send(&mut app, [Msg::Score(4), Msg::Tick(at(10, 5, 0))]);
    assert_eq!(app.session().rating("listen", "Ana").current, Some(4));
    assert!(timer.is_up(app.now()));
    send(
        &mut app,
        [Msg::SetTimer, Msg::Input(InputRequest::DeleteLine)],
    );
    type_in(&mut app, "0");
    assert_eq!(app.session().timer, None, "0 minutes stops the timer");
}

#[test]
fn a_paused_timer_stands_still_until_it_runs_on() {
    let mut app = set_up_room();
    send(&mut app, [Msg::PauseTimer]);
    assert_eq!(app.status.text, "no timer is set: T sets one");
    send(
        &mut app,
        [
            Msg::Tick(at(10, 0, 0)),
            Msg::SetTimer,
            Msg::Input(InputRequest::DeleteLine),
        ],
    );
    type_in(&mut app, "5");
    send(&mut app, [Msg::Tick(at(10, 2, 0))]);
    assert_eq!(
        app.update(Msg::PauseTimer),
        [Effect::Save],
        "a pause is saved"
    );
    assert_eq!(app.status.text, "timer paused at 3:00: Ctrl+T runs it on");
    // A coffee break: the clock on the wall moves, the countdown does not.
    send(&mut app, [Msg::Tick(at(10, 12, 0))]);
    let timer = app.session().timer.clone().unwrap();
    assert_eq!(timer.display(app.now()), "3:00");
    for (width, height) in [(120, 32), (80, 24)] {
        let shown = screen::text(&app, width, height);
        assert!(shown.contains("timer ‖ paused 3:00"), "{shown}");
    }
    send(&mut app, [Msg::TogglePresenter]);
    let room = screen::text(&app, 120, 32);
    assert!(room.contains("‖ Benchmark: timer paused"), "{room}");
    send(&mut app, [Msg::TogglePresenter, Msg::PauseTimer]);
    assert_eq!(app.status.text, "timer running: 3:00 left");
    send(&mut app, [Msg::Tick(at(10, 13, 0))]);
    let timer = app.session().timer.clone().unwrap();
    assert_eq!(timer.display(app.now()), "2:00");
    send(&mut app, [Msg::Undo]);
    assert!(
        !app.session().timer.as_ref().unwrap().is_running(),
        "undo takes the timer back to paused"
    );
}

#[test]
fn the_presenter_view_is_switched_with_one_key() {
    let mut app = set_up_room();
    send(&mut app, [Msg::TogglePresenter]);
    assert!(app.presenter);
    send(&mut app, [Msg::Score(3)]);
    assert_eq!(
        app.session().rating("listen", "Ana").current,
        Some(3),
        "keys keep working"
    );
    send(&mut app, [Msg::TogglePresenter]);
    assert!(!app.presenter);
}

#[test]
fn export_asks_the_format_from_a_list() {
    let mut app = set_up_room();
    send(&mut app, [Msg::Export, Msg::Down, Msg::Down]);
    assert_eq!(
        send(&mut app, [Msg::Commit]),
        [Effect::Export(huddle::export::Format::Csv)]
    );
    send(&mut app, [Msg::Exported("/tmp/x-csv".into())]);
    assert_eq!(app.status.text, "exported to /tmp/x-csv");
}

#[test]
fn a_follow_up_reviews_the_earlier_actions_before_scoring() {
    let autumn = huddle::storage::parse_session(
        include_str!("../sessions/harbour-finch-2026-11.ron"),
        std::path::Path::new("x"),
    )
    .unwrap();
    let mut session = autumn.clone();
    session.position = Default::default();
    let mut app = App::new(session, "x.ron".into(), false, ThemeName::Default, false);
    // 5 fields, 4 areas, "add an area": the first review row is row 10.
    send(&mut app, std::iter::repeat_n(Msg::Down, 10));
    assert_eq!(send(&mut app, [Msg::Toggle]), [Effect::Save]);
    assert_eq!(
        app.session().review[0].status,
        ActionStatus::Dropped,
        "done -> dropped"
    );
    send(
        &mut app,
        [Msg::Down, Msg::Edit, Msg::Input(InputRequest::DeleteLine)],
    );
    type_in(&mut app, "Pilot starts in December");
    assert_eq!(app.session().review[1].note, "Pilot starts in December");
}

#[test]
fn pasted_text_goes_into_the_field_and_never_runs_as_keys() {
    let mut app = set_up_room();
    send(&mut app, [Msg::Score(3), Msg::Score(4)]);
    let before = app.session().clone();
    // Outside a field a paste does nothing: its `r` does not reveal, its `u`
    // does not undo.
    assert_eq!(app.update(Msg::Paste("our refunds take weeks".into())), []);
    assert_eq!(app.session(), &before);
    assert!(app.status.text.contains("paste goes into a text field"));
    // In a field, every line of it lands there, joined by spaces.
    send(
        &mut app,
        [
            Msg::AddNote,
            Msg::Paste("Quote from the store visit:\nour refunds take weeks".into()),
        ],
    );
    assert_eq!(
        send(&mut app, [Msg::Commit]),
        [Effect::Save],
        "the note is kept on Enter"
    );
    assert_eq!(
        app.session()
            .notes("listen", huddle::domain::NoteKind::Note),
        ["Quote from the store visit: our refunds take weeks"]
    );
    assert!(!app.session().is_revealed("listen"));
}
