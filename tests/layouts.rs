//! Every screen of the facilitator's view at the three sizes huddle is used at
//! (the minimum 64x18, a laptop's 80x24, a projector's 120x32), with a room whose
//! names take more columns than letters and a note far longer than a row. The
//! snapshots are reviewed like code: nothing the facilitator types into or must
//! read may be lost at any size.

use huddle::app::{App, Msg};
use huddle::domain::Phase;

#[path = "support/drive.rs"]
mod drive;
#[path = "support/rooms.rs"]
mod rooms;
#[path = "support/screen.rs"]
mod screen;

use drive::app_on;

/// The three sizes every screen is drawn at.
const SIZES: [(u16, u16, &str); 3] = [(64, 18, "min"), (80, 24, "laptop"), (120, 32, "projector")];

fn app_at(phase: Phase) -> App {
    app_on(rooms::international_room(), phase)
}

macro_rules! snapshot_every_size {
    ($name:ident, $app:expr) => {
        #[test]
        fn $name() {
            let app = $app;
            for (width, height, size) in SIZES {
                insta::assert_snapshot!(
                    format!("{}_{size}", stringify!($name)),
                    screen::drawn(&app, width, height).backend()
                );
            }
        }
    };
}

snapshot_every_size!(setup, app_at(Phase::Setup));
snapshot_every_size!(participants, app_at(Phase::Participants));
snapshot_every_size!(benchmark, app_at(Phase::Benchmark));
snapshot_every_size!(benchmark_on_the_long_note, {
    let mut app = app_at(Phase::Benchmark);
    while app.session().position.habit > 0 {
        app.update(Msg::PreviousHabit);
    }
    let people = app.session().participants.len();
    for _ in 0..people {
        app.update(Msg::Down);
    }
    app
});
snapshot_every_size!(results, app_at(Phase::Results));
snapshot_every_size!(heat_map, {
    let mut app = app_at(Phase::Results);
    app.update(Msg::ToggleHeatMap);
    app
});
snapshot_every_size!(prioritise, app_at(Phase::Prioritise));
snapshot_every_size!(voters, {
    let mut app = app_at(Phase::Prioritise);
    app.update(Msg::NewHabitRound);
    app.update(Msg::CollectVotes);
    app
});
snapshot_every_size!(ballot, {
    let mut app = app_at(Phase::Prioritise);
    app.update(Msg::NewHabitRound);
    app.update(Msg::CollectVotes);
    app.update(Msg::Commit);
    app.update(Msg::Right);
    app
});
snapshot_every_size!(plan, app_at(Phase::Plan));
snapshot_every_size!(adding_a_participant, {
    let mut app = app_at(Phase::Participants);
    app.update(Msg::Add);
    for c in "山田 花子".chars() {
        app.update(Msg::Input(tui_input::InputRequest::InsertChar(c)));
    }
    app
});
snapshot_every_size!(wrap_up, app_at(Phase::WrapUp));
snapshot_every_size!(help, {
    let mut app = app_at(Phase::Benchmark);
    app.update(Msg::ToggleHelp);
    app
});
snapshot_every_size!(editing_a_note, {
    let mut app = app_at(Phase::Benchmark);
    while app.session().position.habit > 0 {
        app.update(Msg::PreviousHabit);
    }
    let people = app.session().participants.len();
    for _ in 0..people {
        app.update(Msg::Down);
    }
    app.update(Msg::Edit);
    app
});
snapshot_every_size!(confirming_a_deletion, {
    let mut app = app_at(Phase::Plan);
    app.update(Msg::Delete);
    app
});
