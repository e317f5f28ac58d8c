//! The playbook in Plan, as the facilitator drives it: suggestions for the top
//! priorities without an action, ordered by the habit's level, one picked into
//! the plan; and how the list and the room's shortlist look.

#[path = "support/drive.rs"]
mod drive;
#[path = "support/playbooks.rs"]
mod playbooks;
#[path = "support/screen.rs"]
mod screen;

use chrono::NaiveDate;
use drive::{send, type_in};
use huddle::app::{App, Effect, Mode, Msg, PlaybookState};
use huddle::domain::Session;
use playbooks::{app_for as app, bundled, spring_without_plan};
use screen::text;

/// The names of the practices listed, in order.
fn listed(app: &App) -> Vec<String> {
    let view = app.suggestion_view().expect("the suggestions are open");
    view.practices.iter().map(|p| p.name.clone()).collect()
}

#[test]
fn s_lists_the_first_priority_without_an_action_and_adds_nothing_by_itself() {
    let mut app = app(spring_without_plan(), bundled());
    let priorities: Vec<String> = app
        .suggestion_targets(false)
        .into_iter()
        .map(|t| t.habit)
        .collect();
    assert!(
        !priorities.is_empty(),
        "the spring round has top priorities"
    );
    let effects = send(&mut app, [Msg::Suggest, Msg::Down, Msg::NextHabit, Msg::Up]);
    assert_eq!(effects, [], "moving through suggestions changes nothing");
    assert!(app.session().plan.is_empty());
    let view = app.suggestion_view().unwrap();
    assert_eq!(view.target.habit, priorities[1 % priorities.len()]);
    send(&mut app, [Msg::Cancel]);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(app.session().plan.is_empty(), "closing adds nothing");
}

#[test]
fn suggestions_follow_the_level_the_habit_is_at() {
    let mut app = app(spring_without_plan(), bundled());
    send(&mut app, [Msg::Suggest, Msg::Toggle]);
    for _ in 0..app.session().framework.habits.len() {
        let view = app.suggestion_view().unwrap();
        let (level, _) = view.level.expect("spring's scores are revealed");
        // Those that move on from the habit's level come first, the foundations
        // below it next (nearest first), later steps last; a practice that
        // builds on another comes after that one instead.
        let rank = |from: u8| match from.cmp(&level) {
            std::cmp::Ordering::Equal => (0, 0),
            std::cmp::Ordering::Less => (1, level - from),
            std::cmp::Ordering::Greater => (2, from - level),
        };
        let levels: Vec<u8> = view
            .practices
            .iter()
            .filter(|p| p.after.is_none())
            .map(|p| p.from)
            .collect();
        let mut sorted = levels.clone();
        sorted.sort_by_key(|&from| rank(from));
        assert_eq!(levels, sorted, "{}", view.habit_name);
        let at = |name: &str| view.practices.iter().position(|p| p.name == name);
        for (index, practice) in view.practices.iter().enumerate() {
            if let Some(first) = &practice.after {
                assert!(at(first) < Some(index), "{} after {first}", practice.name);
            }
        }
        send(&mut app, [Msg::NextHabit]);
    }
}

#[test]
fn the_level_is_the_mean_rounded_down_and_missing_foundations_come_before_later_steps() {
    let mut app = app(spring_without_plan(), bundled());
    send(&mut app, [Msg::Suggest, Msg::Toggle]);
    let mut seen = std::collections::HashMap::new();
    for _ in 0..app.session().framework.habits.len() {
        let view = app.suggestion_view().unwrap();
        let names: Vec<String> = view.practices.iter().map(|p| p.name.clone()).collect();
        seen.insert(view.target.habit.clone(), (view.level.clone(), names));
        send(&mut app, [Msg::NextHabit]);
    }
    // Listen's mean is 2.50: half the room scored 2 or less, so it is emerging.
    let (listen, _) = &seen["listen"];
    assert_eq!(listen.as_ref().map(|(l, _)| *l), Some(2), "{listen:?}");
    // Empower's mean is 1.83: absent, so both absent practices lead, and the
    // decision moves to the front only after the escalations are counted.
    let (empower, names) = &seen["empower"];
    assert_eq!(empower.as_ref().map(|(l, _)| *l), Some(1));
    assert_eq!(
        names[..3],
        [
            "Authority to settle up to a limit",
            "Count the escalations",
            "Move the decision to the front"
        ]
    );
    assert_eq!(names.last().unwrap(), "Frontline fixes the process");
}

#[test]
fn a_habit_scored_lower_gets_foundations_first_and_higher_gets_next_steps() {
    let playbook = bundled();
    let mut low = spring_without_plan();
    let mut high = spring_without_plan();
    for (session, value) in [(&mut low, 1), (&mut high, 4)] {
        let record = session.benchmark.get_mut("empower").unwrap();
        for rating in record.scores.values_mut() {
            rating.current = Some(value);
        }
    }
    let first = |session: Session| {
        let mut app = app(session, playbook.clone());
        send(&mut app, [Msg::Suggest, Msg::Toggle]);
        while app.suggestion_view().unwrap().target.habit != "empower" {
            send(&mut app, [Msg::NextHabit]);
        }
        let view = app.suggestion_view().unwrap();
        (view.level.unwrap().0, view.practices[0].from)
    };
    assert_eq!(first(low), (1, 1));
    assert_eq!(first(high), (4, 4));
}

#[test]
fn taking_a_practice_makes_a_complete_action_and_asks_for_its_owner() {
    let mut session = spring_without_plan();
    session.owners_from_participants = false;
    let mut app = app(session, bundled());
    let today = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    send(&mut app, [Msg::Tick(today.and_hms_opt(15, 0, 0).unwrap())]);
    send(&mut app, [Msg::Suggest, Msg::Down]);
    let view = app.suggestion_view().unwrap();
    let practice = view.practices[1].clone();
    let habit = view.target.habit.clone();
    let effects = send(&mut app, [Msg::Commit]);
    assert_eq!(effects, [Effect::Save]);
    let action = app.session().plan.last().unwrap().clone();
    assert!(action.what.starts_with(&practice.name), "{}", action.what);
    assert!(action.what.contains(&practice.what));
    assert_eq!(action.habit.as_deref(), Some(habit.as_str()));
    assert_eq!(action.measure, practice.measure);
    assert_eq!(
        action.due,
        NaiveDate::from_ymd_opt(2026, 7, 13),
        "60 days on"
    );
    assert_eq!(action.practice.as_deref(), Some(practice.name.as_str()));
    assert_eq!(action.owner, "", "the room chooses the owner");
    assert!(
        app.status.text.contains(&practice.owner),
        "the typical owner is the hint: {}",
        app.status.text
    );
    let Mode::Editing(edit) = &app.mode else {
        panic!("the owner's field opens next");
    };
    assert_eq!(edit.target.label(), "Owner");
    type_in(&mut app, "Priya Shah");
    let action = app.session().plan.last().unwrap();
    assert_eq!(action.owner, "Priya Shah");
    assert!(
        !app.suggestion_targets(false)
            .iter()
            .any(|t| t.habit == habit),
        "the priority has an action now"
    );
    send(&mut app, [Msg::Undo, Msg::Undo]);
    assert!(app.session().plan.is_empty(), "taking a practice undoes");
}

#[test]
fn a_framework_without_a_playbook_offers_nothing_and_says_so() {
    let mut app = app(spring_without_plan(), PlaybookState::Missing);
    send(&mut app, [Msg::Suggest]);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(app.suggestion_view().is_none());
    assert!(
        app.status
            .text
            .starts_with("no playbook for framework \"seven-habits\""),
        "{}",
        app.status.text
    );
}

#[test]
fn hidden_scores_give_no_level_so_their_order_reveals_nothing() {
    let mut session = spring_without_plan();
    let revealed = session.benchmark.get_mut("empower").unwrap();
    revealed.revealed = false;
    let mut app = app(session, bundled());
    send(&mut app, [Msg::Suggest, Msg::Toggle]);
    while app.suggestion_view().unwrap().target.habit != "empower" {
        send(&mut app, [Msg::NextHabit]);
    }
    let view = app.suggestion_view().unwrap();
    assert_eq!(view.level, None);
    assert_eq!(view.practices[0].from, 1, "foundations first");
    assert!(text(&app, 120, 32).contains("no revealed scores: foundations first"));
}

#[test]
fn the_suggestion_list_at_projector_and_laptop_size() {
    let mut app = app(spring_without_plan(), bundled());
    send(&mut app, [Msg::Suggest, Msg::Down]);
    insta::assert_snapshot!("suggestions_projector", text(&app, 120, 32));
    insta::assert_snapshot!("suggestions_laptop", text(&app, 80, 24));
}

#[test]
fn the_room_sees_the_shortlist_for_the_priority_discussed() {
    let mut app = app(spring_without_plan(), bundled());
    send(&mut app, [Msg::TogglePresenter, Msg::Suggest]);
    let screen = text(&app, 120, 32);
    let first = listed(&app)[0].clone();
    assert!(screen.contains(&format!("1. {first}")), "{screen}");
    insta::assert_snapshot!("suggestions_room", screen);
}

#[test]
fn exports_mark_the_actions_taken_from_the_playbook() {
    let mut app = app(spring_without_plan(), bundled());
    send(&mut app, [Msg::Suggest, Msg::Commit, Msg::Cancel]);
    let mut session = app.session().clone();
    session
        .plan
        .push(huddle::domain::Action::new("Written by hand").unwrap());
    let taken = session.plan[0]
        .practice
        .clone()
        .expect("taken from the playbook");
    let report = huddle::export::Report::new(&session);
    for text in [
        huddle::export::markdown(&report),
        huddle::export::html(&report),
    ] {
        assert_eq!(text.matches("(from the playbook)").count(), 1, "{text}");
        assert!(!text.contains("Written by hand (from the playbook)"));
    }
    let csv = huddle::export::csv_table(&report, huddle::export::Table::Plan)
        .unwrap()
        .unwrap();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().ends_with(",practice"));
    assert!(lines.next().unwrap().ends_with(&format!(",{taken}")));
    assert!(
        lines.next().unwrap().ends_with(','),
        "a hand-written action names none"
    );
    let json = huddle::export::json(&report).unwrap();
    assert!(
        json.contains(&format!("\"practice\": \"{taken}\"")),
        "{json}"
    );
}

#[test]
fn a_voted_barrier_gets_its_habits_practices_and_the_action_answers_it() {
    use huddle::domain::{Candidate, VoteMethod, VotingRound};
    let mut session = spring_without_plan();
    let barrier = session.benchmark["empower"].barriers[0].clone();
    let mut round = VotingRound::new(
        "What stops us",
        vec![
            Candidate::Barrier {
                habit: "empower".into(),
                text: barrier.clone(),
            },
            Candidate::Idea("Free coffee in the lobby".into()),
        ],
    );
    round.method = VoteMethod::RoomTally;
    round.room_tally = vec![5, 3];
    round.present = Some(12);
    round.revealed = true;
    session.rounds.push(round);
    let mut app = app(session, bundled());
    let targets = app.suggestion_targets(false);
    assert_eq!(targets.len(), 1, "an idea belongs to no habit: {targets:?}");
    assert_eq!(targets[0].habit, "empower");
    assert_eq!(targets[0].priority.as_deref(), Some(barrier.as_str()));
    send(&mut app, [Msg::Suggest, Msg::Commit]);
    let action = app.session().plan.last().unwrap();
    assert_eq!(action.priority.as_deref(), Some(barrier.as_str()));
    assert_eq!(action.habit.as_deref(), Some("empower"));
    assert!(app.suggestion_targets(false).is_empty());
}
