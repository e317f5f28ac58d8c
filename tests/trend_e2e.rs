//! The Trend view in a real terminal: `huddle open` reads the benchmarks a
//! session follows from beside it, and Results shows them after the comparison.

// The tmux helpers are shared with the end-to-end tests; this file uses a few.
#[allow(dead_code)]
mod support;

use std::fs;

use support::Tmux;
use tempfile::TempDir;

#[test]
fn opening_the_second_follow_up_shows_the_trend_of_all_three() {
    let home = TempDir::new().unwrap();
    let sessions = home.path().join("sessions");
    fs::create_dir_all(&sessions).unwrap();
    for name in [
        "harbour-finch-2026-05.ron",
        "harbour-finch-2026-11.ron",
        "harbour-finch-2027-05.ron",
    ] {
        fs::copy(format!("sessions/{name}"), sessions.join(name)).unwrap();
    }
    let tmux = Tmux::start(
        "trend",
        home.path(),
        &["open", "harbour-finch-2027-05", "--read-only"],
        120,
        32,
    );
    tmux.wait_for("▶ 7 Wrap-up");
    // Back to Results (Wrap-up, Plan, Prioritise, Results), then habits, heat
    // map, comparison, trend.
    tmux.keys(&["BTab", "BTab", "BTab"]);
    tmux.wait_for("▶ 4 Results");
    tmux.keys(&["h", "h"]);
    tmux.wait_for_all(&["Since the last benchmark", "h trend"]);
    tmux.keys(&["h"]);
    tmux.wait_for_all(&[
        "Trend across benchmarks",
        "2026-05-14  2026-11-12  2027-05-13",
        "Empower              1.83      hidden        3.00",
        "Culture index          39          48          52",
    ]);
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
}
