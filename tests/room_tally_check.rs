//! A show-of-hands tally in a session file is checked on load like a ballot: a
//! hand-edited count the people present could not have given is refused, at the
//! line of the tally.

use std::path::Path;

use huddle::domain::{Candidate, Session, VoteMethod, VotingRound};
use huddle::storage::{parse_session, session_to_ron};

const SPRING: &str = include_str!("../sessions/harbour-finch-2026-05.ron");

/// The spring example with a show of hands on two habits: 4 present, 3 dots
/// each, at most 2 on one candidate, counted 5 and 6.
fn with_show_of_hands() -> String {
    let mut session: Session = parse_session(SPRING, Path::new("spring.ron")).unwrap();
    let mut round = VotingRound::new(
        "Hands up",
        vec![
            Candidate::Habit("listen".into()),
            Candidate::Habit("empower".into()),
        ],
    );
    round.method = VoteMethod::RoomTally;
    round.dots_per_participant = 3;
    round.max_per_candidate = 2;
    round.set_room_tally(vec![5, 6], 4).unwrap();
    session.rounds.push(round);
    session_to_ron(&session).unwrap()
}

#[test]
fn a_possible_show_of_hands_loads() {
    let text = with_show_of_hands();
    assert!(parse_session(&text, Path::new("spring.ron")).is_ok());
}

#[test]
fn an_impossible_count_is_refused_at_the_line_of_the_tally() {
    let text = with_show_of_hands();
    // 4 people with at most 2 each can give one candidate 8 dots, not 9
    // (11 dots in all is within the 12 they have)
    let edited = text.replacen(
        "room_tally: [\n        5,\n        6,",
        "room_tally: [\n        2,\n        9,",
        1,
    );
    assert_ne!(edited, text, "the tally is written as expected:\n{text}");
    let error = parse_session(&edited, Path::new("spring.ron"))
        .unwrap_err()
        .to_string();
    let line = edited
        .lines()
        .position(|l| l.trim_start().starts_with("room_tally:"))
        .unwrap()
        + 1;
    assert!(
        error.contains(&format!("spring.ron:{line}:")),
        "names the line of the tally ({line}): {error}"
    );
    assert!(error.contains("voting round 2 (Hands up)"), "{error}");
    assert!(
        error.contains("9 dots on one candidate but 4 people with at most 2 each can give it 8"),
        "{error}"
    );
}
