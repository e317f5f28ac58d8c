//! huddle in a real terminal, driven through tmux.

mod support;

use std::fs;

use support::Tmux;
use tempfile::TempDir;

#[test]
fn the_demo_opens_a_copy_of_the_example_and_quits_cleanly() {
    let home = TempDir::new().unwrap();
    let shipped = fs::read("sessions/harbour-finch-2026-05.ron").unwrap();
    let tmux = Tmux::start("demo", home.path(), &["demo"], 120, 32);
    let screen = tmux.wait_for("Culture index 39 / 100");
    assert!(screen.contains("Customer culture benchmark, spring 2026"));
    assert!(screen.contains("! no consensus: discuss"));
    assert!(screen.contains("q quit"));
    let copy = home.path().join("demo/harbour-finch-demo.ron");
    assert!(
        copy.with_extension("ron.lock").exists(),
        "the open demo holds its lock"
    );

    tmux.keys(&["?"]);
    tmux.wait_for("Keys: overview");
    tmux.keys(&["Escape", "q"]);
    tmux.wait_for_exit();
    assert!(copy.exists());
    assert!(
        !copy.with_extension("ron.lock").exists(),
        "quitting releases the lock"
    );
    assert_eq!(
        fs::read("sessions/harbour-finch-2026-05.ron").unwrap(),
        shipped
    );
}

#[test]
fn a_tiny_window_asks_to_be_made_larger_and_recovers() {
    let home = TempDir::new().unwrap();
    let tmux = Tmux::start("tiny", home.path(), &["demo"], 50, 12);
    tmux.wait_for("make the window larger");
    tmux.resize(100, 30);
    tmux.wait_for("Culture index");
    tmux.keys(&["C-c"]);
    tmux.wait_for_exit();
}

#[test]
fn bare_huddle_offers_recent_sessions_and_opens_the_chosen_one() {
    let home = TempDir::new().unwrap();
    fs::create_dir_all(home.path().join("sessions")).unwrap();
    fs::copy(
        "sessions/harbour-finch-2026-11.ron",
        home.path().join("sessions/autumn.ron"),
    )
    .unwrap();
    let tmux = Tmux::start("picker", home.path(), &[], 100, 30);
    tmux.wait_for("+ Start a new session");
    tmux.wait_for("Customer culture benchmark, autumn 2026");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("phase Benchmark");
    assert!(screen.contains("4 of 7 habits scored"));
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
}
