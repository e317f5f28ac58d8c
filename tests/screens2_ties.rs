//! Tied priorities keep the tally's "=1" wherever they are numbered: the
//! "For" list of the plan and the room's wrap-up (issue 12, trial t12).

use huddle::app::{App, Mode, Msg};
use huddle::domain::{Action, Candidate, Phase, VoteMethod, VotingRound};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[path = "support/drive.rs"]
mod drive;
use drive::{app_on, send};
#[path = "support/rooms.rs"]
mod rooms;
#[path = "support/screen.rs"]
mod screen;

const TIED: [&str; 4] = ["Delight", "Empower", "Think", "Listen"];

/// The international room with a last round of four ideas tied on 3 dots.
fn tied_room(phase: Phase) -> App {
    let mut session = rooms::international_room();
    let mut round = VotingRound::new(
        "ideas",
        TIED.iter()
            .map(|i| Candidate::Idea(i.to_string()))
            .collect(),
    );
    round.method = VoteMethod::RoomTally;
    round.room_tally = vec![3, 3, 3, 3];
    round.present = Some(4);
    round.revealed = true;
    session.rounds.push(round);
    session.plan = vec![Action::new("Weekly digest").unwrap()];
    session.position.action.row = 0;
    session.position.action.column = 1;
    app_on(session, phase)
}

#[test]
fn the_for_list_marks_a_tie_as_the_tally_does() {
    let mut app = tied_room(Phase::Plan);
    send(
        &mut app,
        [Msg::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE))],
    );
    let Mode::Choosing(choices) = &app.mode else {
        panic!("no choice list: {:?}", app.mode);
    };
    let marks: Vec<&str> = choices.options[..4]
        .iter()
        .map(|o| o.mark.as_str())
        .collect();
    assert_eq!(marks, ["★ voted =1"; 4]);
    let text = screen::text(&app, 80, 24);
    assert!(!text.contains("#2"), "{text}");
}

#[test]
fn the_room_wrap_up_numbers_a_tie_as_the_tally_does() {
    let mut app = tied_room(Phase::WrapUp);
    send(&mut app, [Msg::TogglePresenter]);
    let text = screen::text(&app, 120, 32);
    for idea in TIED {
        assert!(text.contains(&format!("=1. {idea}")), "{idea}: {text}");
    }
    assert!(text.contains("· no owner yet"), "{text}");
    assert!(!text.contains("owned by no owner"), "{text}");
}
