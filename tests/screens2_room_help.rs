//! `?` in the room view does not put the facilitator's key list on the
//! projector: it leaves the room view and shows help on the facilitator's view,
//! saying so on the status line (issue 12, trial t12).

use huddle::app::{Mode, Msg};
use huddle::domain::Phase;

#[path = "support/drive.rs"]
mod drive;
use drive::{app_on, send};
#[path = "support/rooms.rs"]
mod rooms;
#[path = "support/screen.rs"]
mod screen;

#[test]
fn help_in_the_room_view_moves_to_the_facilitators_view() {
    let mut app = app_on(rooms::international_room(), Phase::Plan);
    send(&mut app, [Msg::TogglePresenter]);
    assert!(app.presenter);
    send(&mut app, [Msg::ToggleHelp]);
    assert!(!app.presenter, "help leaves the room view");
    assert!(matches!(app.mode, Mode::Help));
    assert!(
        app.status.text.contains("p shows it again"),
        "{}",
        app.status.text
    );
    let text = screen::text(&app, 120, 32);
    assert!(text.contains("Keys"), "help is shown: {text}");
    assert!(
        text.contains(" huddle "),
        "on the facilitator's view, with its header: {text}"
    );
    send(&mut app, [Msg::ToggleHelp]);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(
        !app.presenter,
        "closing help stays on the facilitator's view"
    );
}
