//! What a fresh-eyed trial of the playbook in Plan found, each as the
//! facilitator meets it: the owner's typical role, `p` and `?` over the list,
//! names never cut silently, a practice not taken twice, ideas and a missing
//! vote explained, the room's shortlist, and the hint texts.

#[path = "support/drive.rs"]
mod drive;
#[path = "support/playbooks.rs"]
mod playbooks;
#[path = "support/screen.rs"]
mod screen;

use drive::send;
use huddle::app::{App, Mode, Msg, PlaybookState};
use huddle::domain::{Candidate, VoteMethod, VotingRound};
use huddle::storage::assets::default_framework;
use huddle::storage::playbook::playbook_for;
use playbooks::{app_for, bundled, spring_without_plan};
use screen::text;
use tui_input::InputRequest;

/// Opens the suggestions for every habit and puts the cursor on `practice` of `habit`.
fn at_practice(app: &mut App, habit: &str, practice: &str) {
    send(app, [Msg::Suggest]);
    if !app.suggestion_view().unwrap().all {
        send(app, [Msg::Toggle]);
    }
    while app.suggestion_view().unwrap().target.habit != habit {
        send(app, [Msg::NextHabit]);
    }
    while app.suggestion_view().unwrap().practices[app.suggestion_view().unwrap().row].name
        != practice
    {
        send(app, [Msg::Down]);
    }
}

#[test]
fn the_typical_owner_shows_while_the_owner_is_typed_and_stays_in_the_plan() {
    let mut app = app_for(spring_without_plan(), bundled());
    at_practice(&mut app, "empower", "Count the escalations");
    send(&mut app, [Msg::Commit]);
    assert!(matches!(app.mode, Mode::Editing(_)));
    let screen = text(&app, 120, 32);
    assert!(
        screen.contains("typically the Chief Operating Officer"),
        "{screen}"
    );
    send(
        &mut app,
        "Ana"
            .chars()
            .map(|c| Msg::Input(InputRequest::InsertChar(c))),
    );
    let typed = text(&app, 120, 32);
    assert!(
        typed.contains("typically the Chief Operating Officer"),
        "{typed}"
    );
    send(&mut app, [Msg::Cancel]);
    assert!(app.session().plan[0].owner.is_empty());
    let screen = text(&app, 120, 32);
    assert!(
        screen.contains("! nobody (typically the Chief Operating Officer)"),
        "after Esc the role is still in the plan: {screen}"
    );
}

#[test]
fn p_and_question_mark_work_over_the_suggestions_and_esc_is_hinted() {
    let mut app = app_for(spring_without_plan(), bundled());
    send(&mut app, [Msg::Suggest]);
    let screen = text(&app, 120, 32);
    assert!(screen.contains("Esc close"), "{screen}");
    assert!(screen.contains("p room view"), "{screen}");
    send(&mut app, [Msg::TogglePresenter]);
    assert!(app.presenter, "p switches to the room view");
    assert!(
        matches!(app.mode, Mode::Suggesting(_)),
        "the list stays open"
    );
    let room = text(&app, 120, 32);
    assert!(room.contains("Esc close the list"), "{room}");
    // help opens over the room view, which never shows the facilitator's screen
    send(&mut app, [Msg::ToggleHelp]);
    assert!(app.presenter, "help stays in the room view");
    let help = text(&app, 120, 32);
    assert!(help.contains("Keys: Playbook"), "{help}");
    assert!(
        help.contains("add the practice to the plan, then name its owner"),
        "{help}"
    );
    send(&mut app, [Msg::ToggleHelp]);
    assert!(matches!(app.mode, Mode::Suggesting(_)));
    assert!(!text(&app, 120, 32).contains("Keys: Playbook"));
}

#[test]
fn a_long_name_keeps_every_word_in_the_room_at_laptop_size() {
    let mut app = app_for(spring_without_plan(), bundled());
    at_practice(
        &mut app,
        "listen",
        "Top-five pain points on the leadership agenda",
    );
    send(&mut app, [Msg::TogglePresenter]);
    let room = text(&app, 80, 24);
    // Too long for two lines of big letters: written whole in ordinary ones.
    assert!(
        room.contains("Top-five pain points on the leadership agenda"),
        "{room}"
    );
    assert!(
        room.contains("2 months"),
        "when it shows is not cut: {room}"
    );
}

#[test]
fn a_name_too_long_for_the_laptop_list_ends_in_an_ellipsis() {
    let session = spring_without_plan();
    // A facilitator's long practice name, as in the trial's extended copy.
    let folder = tempfile::tempdir().unwrap();
    let long = "Frontline huddle on yesterday's escalations and what they teach us";
    let text_of = huddle::storage::playbook::SEVEN_HABITS_PLAYBOOK.replacen(
        "Judgement training with real cases",
        long,
        1,
    );
    std::fs::write(folder.path().join("seven-habits.ron"), text_of).unwrap();
    let playbook = playbook_for(&default_framework().unwrap(), folder.path()).into();
    let mut app = app_for(session, playbook);
    at_practice(&mut app, "empower", "Count the escalations");
    let screen = text(&app, 80, 24);
    assert!(
        screen.contains("Frontline huddle on yesterday's"),
        "{screen}"
    );
    let row = screen
        .lines()
        .find(|line| line.contains("Frontline huddle"))
        .unwrap();
    assert!(row.contains('…'), "the cut is marked: {row}");
}

#[test]
fn a_practice_already_in_the_plan_is_marked_and_not_taken_twice() {
    let mut app = app_for(spring_without_plan(), bundled());
    at_practice(&mut app, "empower", "Count the escalations");
    send(&mut app, [Msg::Commit, Msg::Cancel]);
    assert_eq!(app.session().plan.len(), 1);
    at_practice(&mut app, "empower", "Count the escalations");
    let screen = text(&app, 120, 32);
    assert!(screen.contains("✓ Count the escalations"), "{screen}");
    assert!(screen.contains("already in the plan"), "{screen}");
    send(&mut app, [Msg::Commit]);
    assert_eq!(app.session().plan.len(), 1, "not added a second time");
    assert!(app.status.is_error);
    assert!(
        app.status
            .text
            .contains("\"Count the escalations\" is already in the plan"),
        "{}",
        app.status.text
    );
    send(&mut app, [Msg::Cancel]);
    assert!(text(&app, 120, 32).contains("Plan (1 action)"));
}

#[test]
fn a_voted_idea_and_a_missing_vote_are_explained() {
    let mut session = spring_without_plan();
    let mut round = VotingRound::new(
        "What we try",
        vec![
            Candidate::Idea("A customer day for the whole board".into()),
            Candidate::Habit("listen".into()),
        ],
    );
    round.method = VoteMethod::RoomTally;
    round.room_tally = vec![5, 3];
    round.present = Some(12);
    round.revealed = true;
    session.rounds.clear();
    session.rounds.push(round);
    let mut app = app_for(session, bundled());
    send(&mut app, [Msg::Suggest]);
    let screen = text(&app, 120, 32);
    assert!(
        screen.contains(
            "ideas have no habit: write an action for \"A customer day for the whole board\" yourself"
        ),
        "{screen}"
    );

    let mut session = spring_without_plan();
    session.rounds.clear();
    let mut unvoted = app_for(session, bundled());
    send(&mut unvoted, [Msg::Suggest]);
    let screen = text(&unvoted, 120, 32);
    assert!(
        screen.contains("no vote yet: showing every habit"),
        "{screen}"
    );
}

#[test]
fn the_room_sees_every_practice_that_fits_and_what_the_chosen_one_does() {
    let mut app = app_for(spring_without_plan(), bundled());
    at_practice(&mut app, "empower", "Count the escalations");
    send(&mut app, [Msg::TogglePresenter]);
    let room = text(&app, 120, 32);
    let count = app.suggestion_view().unwrap().practices.len();
    for (at, practice) in app.suggestion_view().unwrap().practices.iter().enumerate() {
        assert!(
            room.contains(&format!("{}. {}", at + 1, practice.name)),
            "{} of {count} missing: {room}",
            practice.name
        );
    }
    assert!(
        room.contains("Record every case passed from the frontline"),
        "{room}"
    );
}

#[test]
fn hints_say_where_a_leads_and_the_empty_plan_offers_s() {
    let mut app = app_for(spring_without_plan(), bundled());
    let empty = text(&app, 120, 32);
    assert!(empty.contains("Or press s"), "{empty}");
    assert!(empty.contains("s suggest"), "{empty}");
    send(&mut app, [Msg::Suggest]);
    assert!(text(&app, 120, 32).contains("a all habits"));
    send(&mut app, [Msg::Toggle]);
    let all = text(&app, 120, 32);
    assert!(all.contains("a top priorities"), "{all}");
    assert!(!all.contains("a all habits"), "{all}");

    // Without a playbook `s` stays a key and says why nothing is suggested.
    let mut without = app_for(spring_without_plan(), PlaybookState::Missing);
    send(&mut without, [Msg::Suggest]);
    assert!(text(&without, 120, 32).contains("no playbook for framework"));
}
