//! Workshop flows as message sequences through `App::update`: no terminal, no
//! files, the same messages the keys produce.

use chrono::NaiveDate;
use huddle::app::{App, Effect, Mode, Msg, ResultsView};
use huddle::assets;
use huddle::domain::{Phase, Session};
use huddle::ui::theme::ThemeName;
use tui_input::InputRequest;

fn new_app() -> App {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let session = Session::new("Customer day", date, assets::default_framework().unwrap());
    App::new(session, "test.ron".into(), false, ThemeName::Default, false)
}

/// Sends messages and collects every effect asked for.
fn send(app: &mut App, msgs: impl IntoIterator<Item = Msg>) -> Vec<Effect> {
    msgs.into_iter().flat_map(|msg| app.update(msg)).collect()
}

/// Types text into the field being edited and presses Enter.
fn type_in(app: &mut App, text: &str) -> Vec<Effect> {
    let mut msgs: Vec<Msg> = text
        .chars()
        .map(|c| Msg::Input(InputRequest::InsertChar(c)))
        .collect();
    msgs.push(Msg::Commit);
    send(app, msgs)
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
        "Delete Ana and their 2 scores?"
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
    send(&mut app, [Msg::NextPhase]);
    assert_eq!(app.phase(), Phase::Results);
    let results = app.results();
    let listen = results.habit("listen").unwrap();
    assert_eq!(listen.mean_current, Some(3.0));
    assert!((listen.mean_target.unwrap() - 13.0 / 3.0).abs() < 1e-9);
    let think = results.habit("think").unwrap();
    assert_eq!(think.mean_current, Some(3.0));
    assert!(think.no_consensus);
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
    assert_eq!(send(&mut app, [Msg::Quit]), [Effect::Save, Effect::Quit]);
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
    let effects = send(
        &mut app,
        [
            Msg::NextPhase,
            Msg::PreviousPhase,
            Msg::PreviousPhase,
            Msg::Score(1),
            Msg::Add,
            Msg::Quit,
        ],
    );
    assert_eq!(effects, [Effect::Quit]);
    assert!(app.status.text.starts_with("read-only"));
    assert_eq!(app.session().benchmark, session.benchmark);
}
