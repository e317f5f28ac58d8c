//! `?` in the room view opens help over the room view and never leaves it:
//! leaving would put the facilitator's screen, with each person's scores, on
//! the projector (a verification trial saw exactly that).

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
fn help_in_the_room_view_never_shows_anyones_scores() {
    let mut room = rooms::international_room();
    // nobody anonymous, so the facilitator's Benchmark lists each person's scores
    for person in &mut room.participants {
        person.anonymous = false;
    }
    let mut app = app_on(room, Phase::Benchmark);
    let facilitator = screen::text(&app, 120, 32);
    assert!(
        facilitator.contains("Maria Lopez"),
        "the facilitator's view names people: {facilitator}"
    );
    send(&mut app, [Msg::TogglePresenter, Msg::ToggleHelp]);
    assert!(app.presenter, "help stays in the room view");
    assert!(matches!(app.mode, Mode::Help));
    let help = screen::text(&app, 120, 32);
    assert!(help.contains("Keys"), "help is shown: {help}");
    assert!(!help.contains("Maria Lopez"), "no one's scores: {help}");
    send(&mut app, [Msg::ToggleHelp]);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(app.presenter, "closing help is back on the room view");
    let room_view = screen::text(&app, 120, 32);
    assert!(!room_view.contains("Maria Lopez"), "{room_view}");
}
