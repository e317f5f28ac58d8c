//! At the smallest window huddle is driven in (64x18), a facilitator scores a
//! whole small room on one habit, current then target for each person, and sees
//! every target on screen beside its name as it is typed.

#[allow(dead_code)]
mod support;

use huddle::domain::Phase;
use huddle::text::columns;
use support::Tmux;
use tempfile::TempDir;

#[path = "support/rooms.rs"]
mod rooms;

#[test]
fn a_whole_room_is_scored_at_the_minimum_size_with_every_target_in_view() {
    let home = TempDir::new().unwrap();
    // Three people, two with wide names, and Listen revealed but unscored, so
    // each number shows as it is typed.
    let mut session = rooms::international_room();
    session
        .participants
        .retain(|p| rooms::WIDE_NAMES.contains(&p.name.as_str()) || p.name == "Maria Lopez");
    let kept: Vec<String> = session
        .participants
        .iter()
        .map(|p| p.name.clone())
        .collect();
    for record in session.benchmark.values_mut() {
        record.scores.retain(|name, _| kept.contains(name));
    }
    let listen = session.framework.habits[0].id.clone();
    let record = session.benchmark.get_mut(&listen).unwrap();
    record.scores.clear();
    record.revealed = true;
    // The spring votes were cast by people this small room does not have.
    session.rounds.clear();
    session.position.round = 0;
    session.position.phase = Phase::Benchmark;
    session.position.habit = 0;
    session.position.score = Default::default();
    let sessions = home.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    let text = huddle::storage::session_to_ron(&session).unwrap();
    std::fs::write(sessions.join("small.ron"), text).unwrap();

    let tmux = Tmux::start("small-room", home.path(), &["open", "small"], 64, 18);
    tmux.wait_for_all(&["0 of 3 scored", "Current", "Target"]);
    let name_width = columns::widest(&kept);
    for (row, (name, (current, target))) in kept.iter().zip([(2, 4), (3, 5), (1, 3)]).enumerate() {
        tmux.type_text(&format!("{current}{target}"));
        // The row as drawn: the name, then each score centred in its column.
        let drawn = format!(
            "{}  {current:^7}  {target:^7}",
            columns::pad(name, name_width)
        );
        let count = format!("{} of 3 scored", row + 1);
        let screen = tmux.wait_for_all(&[&count, &drawn]);
        assert!(screen.contains("Target"), "{screen}");
    }
}
