//! The activity timer stays on the facilitator's screen at 80x24, where the
//! header has no room for the file's name too, and setting or stopping it says
//! so on the status line (issue 12, trial t12).

use huddle::app::{App, Msg};
use huddle::domain::Phase;

#[path = "support/drive.rs"]
mod drive;
use drive::{app_on, send, type_in};
#[path = "support/rooms.rs"]
mod rooms;
#[path = "support/screen.rs"]
mod screen;

fn header(app: &App, width: u16, height: u16) -> String {
    screen::lines(app, width, height)[0].clone()
}

/// The international room with a long title and organisation, as in the trial.
fn room_at(phase: Phase) -> App {
    let mut session = rooms::international_room();
    session.title = "Spring culture benchmark".into();
    session.organisation = "Acme Retail".into();
    app_on(session, phase)
}

#[test]
fn setting_the_timer_keeps_it_in_the_header_at_80_columns_and_says_so() {
    let mut app = room_at(Phase::Benchmark);
    send(&mut app, [Msg::SetTimer]);
    send(&mut app, [Msg::Input(tui_input::InputRequest::DeleteLine)]);
    type_in(&mut app, "5");
    assert_eq!(app.status.text, "timer: 5 minutes, Ctrl+T pauses it");
    for (width, height) in [(80, 24), (64, 18), (120, 32)] {
        let top = header(&app, width, height);
        assert!(
            top.contains("timer 5:00") || top.contains("timer 4:59"),
            "{width}x{height}: {top}"
        );
    }
    let wide = header(&app, 120, 32);
    assert!(
        wide.contains("spring.ron"),
        "the file's name where there is room: {wide}"
    );

    send(&mut app, [Msg::SetTimer]);
    send(&mut app, [Msg::Input(tui_input::InputRequest::DeleteLine)]);
    type_in(&mut app, "0");
    assert_eq!(app.status.text, "timer stopped");
    assert!(!header(&app, 80, 24).contains("timer"));
}

#[test]
fn a_title_cut_for_the_timer_ends_in_a_mark() {
    let mut session = rooms::international_room();
    session.title = "Spring culture benchmark of every store and the web shop".into();
    let mut app = app_on(session, Phase::Benchmark);
    send(&mut app, [Msg::SetTimer]);
    type_in(&mut app, "");
    let top = header(&app, 64, 18);
    assert!(top.contains("timer"), "{top}");
    assert!(top.contains('…'), "{top}");
}
