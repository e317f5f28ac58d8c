//! Three phones in a real browser (headless chromium at a phone's size, each
//! with its own cookies) join the room of huddle running in tmux, score the
//! habit the facilitator has open and cast their dots; the terminal shows the
//! counts and, once revealed, the right numbers, and the session file holds
//! exactly what the phones entered. Screenshots of every phone page are kept in
//! `target/browser-shots/`.

#[path = "support/browser.rs"]
mod browser;
#[path = "browser/scan.rs"]
mod scan;
// Each test file uses a part of the tmux helper.
#[allow(dead_code)]
mod support;

use browser::{BrowserPhone, Chromedriver, free_port, fresh_shots_folder};
use chrono::NaiveDate;
use huddle::domain::{Phase, Rating, Session};
use huddle::storage::{assets, load_session, save_session};
use support::Tmux;
use tempfile::TempDir;

/// The room: four people, three of whom have a phone.
const ROSTER: [&str; 4] = ["Ana", "Ben", "Cy", "Dee"];

/// A session in Participants (the room is still coming in), saved in a fresh
/// home.
fn workshop(home: &TempDir) -> std::path::PathBuf {
    let folder = home.path().join("sessions");
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("phones.ron");
    let date = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut session = Session::new("Phones day", date, assets::default_framework().unwrap());
    for name in ROSTER {
        session.add_participant(name, None).unwrap();
    }
    session.position.phase = Phase::Participants;
    save_session(&path, &session).unwrap();
    path
}

/// The join screen in the presenter view, as the room sees it: the address
/// to type, the PIN (shown in two halves, "123 456") and the QR code, which
/// must read as the address with the PIN.
struct JoinScreen {
    address: String,
    pin: String,
    /// The PIN as the screen shows it, in two halves.
    shown: String,
    code: String,
}

fn join_screen(tmux: &Tmux, bind: &str) -> JoinScreen {
    tmux.keys(&["p"]);
    let address = format!("http://{bind}");
    let screen = tmux.wait_for_all(&["Join from your phone", &address, "Room PIN"]);
    let lines: Vec<Vec<char>> = screen.lines().map(|line| line.chars().collect()).collect();
    let (row, column) = lines
        .iter()
        .enumerate()
        .find_map(|(row, line)| {
            let text: String = line.iter().collect();
            let at = text.find("Room PIN")?;
            Some((row, text[..at].chars().count()))
        })
        .unwrap();
    let shown: String = lines[row + 1][column..]
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == ' ')
        .collect();
    let shown = shown.trim().to_string();
    let pin: String = shown.chars().filter(char::is_ascii_digit).collect();
    assert_eq!(pin.len(), 6, "a six-digit PIN:\n{screen}");
    assert_eq!(shown.len(), 7, "the PIN shown in two halves:\n{screen}");
    let codes = scan::scan(&screen);
    assert_eq!(codes.len(), 1, "one QR code on the join screen:\n{screen}");
    let code = codes[0].clone();
    tmux.keys(&["p"]);
    JoinScreen {
        address,
        pin,
        shown,
        code,
    }
}

/// Each phone's scores for the open habit: (current, target).
const SCORES: [(&str, u8, u8); 3] = [("Ana", 2, 4), ("Ben", 3, 5), ("Cy", 3, 4)];

/// The count after a candidate's bar on the revealed tally ("  1  Listen  ███ 4").
fn tallied(screen: &str, label: &str) -> u32 {
    let line = screen
        .lines()
        .find(|line| line.contains(&format!("  {label}  ")) && line.contains('█'))
        .unwrap_or_else(|| panic!("no tally line for {label}:\n{screen}"));
    let after_bar = line.rsplit('█').next().unwrap();
    let count = after_bar.split_whitespace().next().unwrap_or_default();
    count
        .parse()
        .unwrap_or_else(|_| panic!("no count after {label}'s bar: {line:?}"))
}

/// The count beside a level of the revealed distribution ("3 developing ██ 2"),
/// 0 when the level has no bar.
fn distributed(screen: &str, level: &str) -> usize {
    let line = screen
        .lines()
        .find(|line| line.contains(&format!("│ {level} ")))
        .unwrap_or_else(|| panic!("no distribution line for {level}:\n{screen}"));
    let after = line.rsplit_once(level).unwrap().1;
    let count = after
        .trim_start_matches([' ', '█'])
        .split_whitespace()
        .next()
        .unwrap_or_default();
    count
        .parse()
        .unwrap_or_else(|_| panic!("no count beside {level}: {line:?}"))
}

/// Joins by typing the PIN, as someone does who reads it off the screen.
async fn join_by_hand(phone: &BrowserPhone, address: &str, pin: &str) {
    phone.open(address).await;
    phone.wait_for_all(&["Join the room"]).await;
    phone.type_into("input[name=pin]", pin).await;
    phone.tap("form[action='/join'] button[type=submit]").await;
    phone.wait_for_all(&["Who are you?"]).await;
}

/// Taps `name` on the list and waits for the page that follows the claim:
/// nothing is open yet.
async fn claim(phone: &BrowserPhone, name: &str) {
    phone.tap_labelled("form.names button", name).await;
    phone
        .wait_for_all(&["Waiting for the facilitator", &format!("You are {name}.")])
        .await;
}

/// Taps the current and then the target score, each answered "saved".
async fn score(phone: &BrowserPhone, current: u8, target: u8) {
    phone
        .tap(&format!(
            "form.scale button[name=current][value='{current}']"
        ))
        .await;
    phone
        .wait_for_all(&[&format!("✓ saved: today {current}")])
        .await;
    phone
        .tap(&format!("form.scale button[name=target][value='{target}']"))
        .await;
    phone
        .wait_for_all(&[&format!("✓ saved: target {target}")])
        .await;
    // The phone marks the levels it chose, and only those.
    let chosen = phone.texts("form.scale button[aria-pressed=true]").await;
    let values: Vec<String> = chosen
        .iter()
        .map(|text| {
            text.split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    assert_eq!(
        values,
        [current.to_string(), target.to_string()],
        "{chosen:?}"
    );
    assert!(
        chosen.iter().all(|text| text.contains("✓ yours")),
        "{chosen:?}"
    );
}

/// Dots per person in a round on the seven habits: a third, rounded up.
const DOTS: u32 = 3;

/// Taps `+` on `label` and waits for the page that says `left` dots are left.
async fn place(phone: &BrowserPhone, label: &str, left: u32) {
    phone.tap(&more(label)).await;
    phone
        .wait_for_all(&[&format!("{left} of {DOTS} dots left")])
        .await;
}

/// The `+` button of a candidate.
fn more(label: &str) -> String {
    format!("button[aria-label='one dot more on {label}']")
}

/// Places dots one tap at a time (`+` on each of `labels` in turn, with
/// `already` placed before), waiting for each tap's page, then sends the ballot.
async fn vote(phone: &BrowserPhone, already: u32, labels: &[&str], shot: Option<&str>) {
    for (placed, label) in (already + 1..).zip(labels) {
        place(phone, label, DOTS - placed).await;
    }
    if let Some(page) = shot {
        phone.look(page).await;
    }
    phone.tap("button[name=send]").await;
    let placed = already as usize + labels.len();
    let saved = format!("✓ saved: your {placed} dots are in");
    // The ballot as sent stays on the phone, to change until the round closes.
    let left = format!("{} of {DOTS} dots left", DOTS as usize - placed);
    phone
        .wait_for_all(&[&saved, "Your ballot is in: ", "send again", &left])
        .await;
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
    tmux.wait_for_all(&["room open · 0 phones", "▶ 2 Participants"]);
    let join = join_screen(&tmux, &bind);
    let (address, pin) = (join.address.clone(), join.pin.clone());
    assert_eq!(join.code, format!("{address}/?pin={pin}"));

    let shots = fresh_shots_folder();
    let driver = Chromedriver::start();
    let ana = driver.phone("ana").await;
    let ben = driver.phone("ben").await;
    let cy = driver.phone("cy").await;

    // Ana scans the code: it carries the address with the PIN filled in.
    ana.open(&join.code).await;
    ana.wait_for_all(&["Join the room", "Type the PIN"]).await;
    assert_eq!(
        ana.attribute("input[name=pin]", "value").await.as_deref(),
        Some(pin.as_str()),
        "the PIN from the code is filled in"
    );
    ana.look("1-join").await;
    ana.tap("form[action='/join'] button[type=submit]").await;
    ana.wait_for_all(&["Who are you?", "Ana", "Ben", "Cy", "Dee"])
        .await;
    ana.look("2-names").await;
    claim(&ana, "Ana").await;

    // Ben and Cy type the address and the PIN. Cy's list still offers Ben
    // when Ben's phone takes the name first: Cy's tap on it is refused.
    // Ben types the PIN as the screen shows it, in two halves.
    join_by_hand(&ben, &address, &join.shown).await;
    join_by_hand(&cy, &address, &pin).await;
    claim(&ben, "Ben").await;
    cy.tap_labelled("form.names button", "Ben").await;
    let refused = cy
        .wait_for_all(&[
            "✗ Ben is already taken by another phone",
            "taken by another phone",
        ])
        .await;
    assert!(refused.contains("Who are you?"), "{refused}");
    cy.look("3-name-taken").await;
    claim(&cy, "Cy").await;
    ana.look("4-waiting").await;
    // The Participants screen marks whom a phone speaks for.
    let joined = tmux.wait_for_all(&[
        "room open · 3 phones",
        "Ana · phone",
        "Ben · phone",
        "Cy · phone",
    ]);
    assert!(!joined.contains("Dee · phone"), "{joined}");

    // The facilitator moves on to Benchmark: its first habit opens, and the
    // waiting phones follow by themselves.
    tmux.keys(&["Tab"]);
    tmux.wait_for_all(&["▶ 3 Benchmark", "0 of 4 scored"]);
    for phone in [&ana, &ben, &cy] {
        phone
            .wait_for_all(&["Listen", "Where are we today?", "Where should we be?"])
            .await;
    }
    ana.look("5-score").await;
    // The terminal counts each phone's score as it comes in.
    for (n, ((_, current, target), phone)) in (1..).zip(SCORES.iter().zip([&ana, &ben, &cy])) {
        score(phone, *current, *target).await;
        tmux.wait_for_all(&[&format!("{n} of 4 scored · hidden")]);
    }
    ana.look("6-score-saved").await;
    let hidden = tmux.wait_for_all(&["3 of 4 scored · hidden"]);
    assert!(
        !hidden.contains("mean"),
        "no mean before the reveal:\n{hidden}"
    );

    // The facilitator reveals: the terminal shows what the phones sent.
    tmux.keys(&["r"]);
    let currents: Vec<u8> = SCORES.iter().map(|(_, current, _)| *current).collect();
    let sum: u32 = currents.iter().map(|&c| u32::from(c)).sum();
    let mean = f64::from(sum) / currents.len() as f64;
    let revealed = tmux.wait_for_all(&["3 of 4 scored · revealed", &format!("mean {mean:.2}")]);
    let scale = assets::default_framework().unwrap().scale;
    for (level, label) in (scale.min..=scale.max).zip(&scale.labels) {
        let expected = currents.iter().filter(|&&c| c == level).count();
        assert_eq!(
            distributed(&revealed, &format!("{level} {label}")),
            expected,
            "{level} {label}:\n{revealed}"
        );
    }

    // Revealed, the habit is closed to phones: a late tap on the page Ben
    // still has is refused, and the phone waits for the facilitator.
    ben.tap("form.scale button[name=current][value='5']").await;
    ben.wait_for_all(&[
        "✗ not saved: this habit is not open for scoring now",
        "Waiting for the facilitator",
    ])
    .await;
    ben.look("7-late-score-refused").await;
    // That page answered a form: when it looks again by itself, it asks for
    // the room's address (its notice goes), never the form's.
    ben.wait_for_all_without(&["Waiting for the facilitator"], &["✗"])
        .await;

    // A round on the habits, votes collected: the waiting phones follow by
    // themselves.
    tmux.keys(&["Tab"]);
    tmux.wait_for_all(&["▶ 4 Results"]);
    tmux.keys(&["Tab"]);
    tmux.wait_for_all(&["▶ 5 Prioritise"]);
    tmux.keys(&["n"]);
    tmux.wait_for_all(&["Dots per person", "Most dots on one candidate"]);
    tmux.keys(&["v"]);
    tmux.wait_for_all(&["0 of 4 voted"]);
    for phone in [&ana, &ben, &cy] {
        let all_left = format!("{DOTS} of {DOTS} dots left");
        phone
            .wait_for_all(&[&all_left, "At most 2 on one choice."])
            .await;
    }
    let candidates = ana.texts("div.candidate span").await;
    assert_eq!(
        candidates.len(),
        7,
        "every habit is a candidate: {candidates:?}"
    );
    assert_eq!(
        candidates[0], "Listen",
        "the largest gap first: {candidates:?}"
    );
    let (first, second, third) = (&candidates[0], &candidates[1], &candidates[2]);

    // Two dots on Listen reach the cap: its + no longer takes a tap.
    place(&ana, first, 2).await;
    place(&ana, first, 1).await;
    assert!(
        !ana.enabled(&more(first)).await,
        "the cap of 2 on one candidate is enforced as Ana taps"
    );
    vote(&ana, 2, &[second], Some("8-vote")).await;
    ana.look("9-vote-saved").await;
    tmux.wait_for_all(&["1 of 4 voted"]);
    vote(&ben, 0, &[first, second], None).await;
    tmux.wait_for_all(&["2 of 4 voted"]);
    vote(&cy, 0, &[third, first], None).await;
    tmux.wait_for_all(&["3 of 4 voted"]);

    // The facilitator reveals the tally (and confirms: Dee has not voted).
    tmux.keys(&["Escape"]);
    // A key straight after Escape would read as Alt and that key.
    tmux.wait_for_all(&["How votes are collected", "3 of 4 voted · votes hidden"]);
    tmux.keys(&["r"]);
    tmux.wait_for_all(&["Reveal with 3 of 4 voted?"]);
    tmux.keys(&["y"]);
    let tally = tmux.wait_for_all(&["Tally: dots per candidate"]);
    assert_eq!(tallied(&tally, first), 2 + 1 + 1, "{tally}");
    assert_eq!(tallied(&tally, second), 1 + 1, "{tally}");
    assert_eq!(tallied(&tally, third), 1, "{tally}");

    println!("screenshots of the phone pages: {}", shots.display());
    for phone in [ana, ben, cy] {
        phone.close().await;
    }
    drop(driver);

    // The session file holds exactly what the phones entered, and nothing
    // more: read while huddle still runs (the screen shows nothing the file
    // does not hold), so no save on quitting can make up for a missing one.
    let session = load_session(&path).expect("the session file opens");
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    let listen = session.framework.habits[0].id.clone();
    for (name, current, target) in SCORES {
        let rating = Rating {
            current: Some(current),
            target: Some(target),
        };
        assert_eq!(session.rating(&listen, name), rating, "{name}'s scores");
    }
    assert_eq!(session.rating(&listen, "Dee"), Rating::default());
    for habit in &session.framework.habits[1..] {
        for name in ROSTER {
            assert_eq!(session.rating(&habit.id, name), Rating::default());
        }
    }
    assert_eq!(session.rounds.len(), 1);
    let round = &session.rounds[0];
    let labels: Vec<String> = round
        .candidates
        .iter()
        .map(|c| c.label(&session.framework))
        .collect();
    assert_eq!(
        labels, candidates,
        "the phones voted on the round's candidates"
    );
    let ballot = |dots: &[(&String, u32)]| {
        let mut counts = vec![0; labels.len()];
        for (label, n) in dots {
            counts[labels.iter().position(|l| l == *label).unwrap()] = *n;
        }
        counts
    };
    let expected = std::collections::BTreeMap::from([
        ("Ana".to_string(), ballot(&[(first, 2), (second, 1)])),
        ("Ben".to_string(), ballot(&[(first, 1), (second, 1)])),
        ("Cy".to_string(), ballot(&[(first, 1), (third, 1)])),
    ]);
    assert_eq!(round.ballots, expected);
}
