//! Words on the facilitator's screen that say what is going on (issue 12, trial
//! t12): the rename offer is titled as the question it asks, and the hint line
//! offers Tab only in a field Tab completes.

use huddle::app::{App, Confirmation, Mode, Msg};
use huddle::domain::{Phase, Session};

#[path = "support/drive.rs"]
mod drive;
use drive::{app_on, send, type_in};
#[path = "support/rooms.rs"]
mod rooms;
#[path = "support/screen.rs"]
mod screen;

fn room() -> Session {
    rooms::international_room()
}

/// The last rows of the screen, where the hints are.
fn hints(app: &App) -> String {
    let lines = screen::lines(app, 120, 32);
    lines[lines.len() - 3..].join("\n")
}

#[test]
fn the_rename_offer_has_a_title_of_its_own() {
    let mut app = app_on(room(), Phase::Setup);
    send(&mut app, [Msg::Down, Msg::Edit]);
    type_in(&mut app, "Autumn review");
    assert!(matches!(app.mode, Mode::Confirm(Confirmation::RenameFile)));
    let text = screen::text(&app, 120, 32);
    assert!(text.contains("Rename the file?"), "{text}");
    assert!(!text.contains("Are you sure?"), "{text}");
}

#[test]
fn tab_is_offered_only_where_it_completes() {
    let mut app = app_on(room(), Phase::Setup);
    send(&mut app, [Msg::Down, Msg::Edit]);
    assert!(matches!(app.mode, Mode::Editing(_)));
    let title = hints(&app);
    assert!(title.contains("Enter save"), "{title}");
    assert!(
        !title.contains("Tab"),
        "the title does not complete: {title}"
    );

    let mut app = app_on(room(), Phase::Plan);
    send(&mut app, [Msg::Add]);
    type_in(&mut app, "Weekly digest");
    assert!(matches!(app.mode, Mode::Editing(_)), "on to the owner");
    let owner = hints(&app);
    assert!(owner.contains("Tab complete"), "{owner}");
}
