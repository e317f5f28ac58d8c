//! The Plan's header names the top priorities still without an action; a long
//! one is cut with a mark at the box's edge, never silently (verification trial).

use huddle::domain::Phase;

#[path = "support/drive.rs"]
mod drive;
#[path = "support/rooms.rs"]
mod rooms;
#[path = "support/screen.rs"]
mod screen;

#[test]
fn a_long_priority_without_an_action_is_cut_with_a_mark() {
    let mut session = rooms::international_room();
    // no action answers anything, so every top priority is listed
    session.plan.clear();
    for habit in &mut session.framework.habits {
        habit.name = format!(
            "{} and everything the room said about it at length",
            habit.name
        );
    }
    let app = drive::app_on(session, Phase::Plan);
    let lines = screen::lines(&app, 80, 24);
    let line = lines
        .iter()
        .find(|l| l.contains("top priorities without an action"))
        .unwrap_or_else(|| panic!("no such line:\n{}", lines.join("\n")));
    let inside = line.trim_end().trim_end_matches('│').trim_end();
    assert!(inside.ends_with('…'), "cut without a mark: {line}");
}
