//! A pre-filled value is replaced by what the facilitator types, unless they
//! move into it (or delete in it) first: then it is kept and edited.

use chrono::NaiveDate;
use huddle::app::{App, Msg, ThemeName};
use huddle::domain::{Phase, Session};
use huddle::storage::assets;
use tui_input::InputRequest;

#[path = "support/drive.rs"]
mod drive;
use drive::{send, type_in};

fn new_app() -> App {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Customer day", date, assets::default_framework().unwrap());
    session.add_participant("Ana", None).unwrap();
    session.add_participant("Sam Oka", None).unwrap();
    App::new(session, "test.ron".into(), false, ThemeName::Default, false)
}

/// The app on the Setup screen with the cursor on the title.
fn on_the_title() -> App {
    let mut app = new_app();
    send(&mut app, [Msg::Down]);
    app
}

#[test]
fn typing_over_the_timers_five_minutes_sets_ten_not_510() {
    let mut app = new_app();
    send(&mut app, [Msg::SetTimer]);
    type_in(&mut app, "10");
    assert!(!app.status.is_error, "{}", app.status.text);
    assert_eq!(app.session().timer.as_ref().unwrap().seconds, 600);
}

#[test]
fn typing_replaces_a_prefilled_title() {
    let mut app = on_the_title();
    send(&mut app, [Msg::Edit]);
    type_in(&mut app, "Spring review");
    assert_eq!(app.session().title, "Spring review");
}

#[test]
fn moving_first_keeps_the_value_and_edits_it() {
    for (keys, typed, title) in [
        (vec![InputRequest::GoToEnd], "!", "Customer day!"),
        (vec![InputRequest::GoToStart], "A ", "A Customer day"),
        (vec![InputRequest::GoToPrevChar], "s", "Customer dasy"),
        (vec![InputRequest::DeletePrevChar], "ys", "Customer days"),
    ] {
        let mut app = on_the_title();
        send(&mut app, [Msg::Edit]);
        send(&mut app, keys.into_iter().map(Msg::Input));
        type_in(&mut app, typed);
        assert_eq!(app.session().title, title);
    }
}

#[test]
fn only_the_first_character_replaces_the_rest_are_typed_on() {
    let mut app = on_the_title();
    send(&mut app, [Msg::Edit]);
    send(
        &mut app,
        [
            Msg::Input(InputRequest::InsertChar('Q')),
            Msg::Input(InputRequest::GoToStart),
        ],
    );
    type_in(&mut app, "Big ");
    assert_eq!(app.session().title, "Big Q");
}

#[test]
fn a_paste_replaces_a_prefilled_value_too() {
    let mut app = on_the_title();
    send(
        &mut app,
        [Msg::Edit, Msg::Paste("Autumn\nreview".into()), Msg::Commit],
    );
    assert_eq!(app.session().title, "Autumn review");
}

#[test]
fn typing_replaces_a_prefilled_owner() {
    let mut app = new_app();
    while app.phase() != Phase::Plan {
        send(&mut app, [Msg::NextPhase]);
    }
    send(&mut app, [Msg::Add]);
    type_in(&mut app, "Weekly digest");
    type_in(&mut app, "Ana");
    assert_eq!(app.session().plan[0].owner, "Ana");
    // The cursor is on the owner: editing it again starts from "Ana".
    send(&mut app, [Msg::Edit]);
    type_in(&mut app, "Sam Oka");
    assert_eq!(app.session().plan[0].owner, "Sam Oka");
}

/// Whether the first letter of `text`, where the field is typed, is drawn
/// reversed (selected), with colour off so the mark is not colour alone.
fn drawn_selected(app: &App, text: &str) -> bool {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::style::Modifier;
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let lines = screen::lines(app, 80, 24);
    let (row, line) = lines
        .iter()
        .enumerate()
        .rfind(|(_, line)| line.contains(text))
        .expect("the field shows the value");
    let column = line[..line.find(text).unwrap()].chars().count();
    buffer[(column as u16, row as u16)]
        .modifier
        .contains(Modifier::REVERSED)
}

#[path = "support/screen.rs"]
mod screen;

#[test]
fn a_value_that_typing_replaces_is_drawn_selected_until_the_cursor_moves() {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let session = Session::new("Customer day", date, assets::default_framework().unwrap());
    let mut app = App::new(session, "test.ron".into(), false, ThemeName::Default, true);
    send(&mut app, [Msg::Down, Msg::Edit]);
    assert!(drawn_selected(&app, "Customer day"));
    send(&mut app, [Msg::Input(InputRequest::GoToEnd)]);
    assert!(!drawn_selected(&app, "Customer day"));
}
