//! huddle in a real terminal, driven through tmux as a facilitator would.

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use huddle::storage::load_session;
use support::Tmux;
use tempfile::TempDir;

/// The one session file in the sessions folder.
fn only_session(home: &Path) -> PathBuf {
    let files: Vec<PathBuf> = fs::read_dir(home.join("sessions"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

#[test]
fn a_whole_workshop_from_an_empty_session_to_the_results() {
    let home = TempDir::new().unwrap();
    let tmux = Tmux::start(
        "workshop",
        home.path(),
        &["new", "--title", "'Riverside day'"],
        120,
        32,
    );
    tmux.wait_for("▶ 1 Setup");
    // Two areas.
    for area in ["Store", "Web"] {
        tmux.keys(&["a"]);
        tmux.wait_for("New area:");
        tmux.type_text(area);
        tmux.keys(&["Enter"]);
        tmux.wait_for(&format!(". {area}  (0 people)"));
    }
    // Three people: name, Enter, role, Enter.
    tmux.keys(&["Tab"]);
    tmux.wait_for("Nobody here yet");
    for (name, role) in [("Ana", "CEO"), ("Ben", "Store lead"), ("Cy", "Web lead")] {
        tmux.keys(&["a"]);
        tmux.wait_for("New participant's name:");
        tmux.type_text(name);
        tmux.keys(&["Enter"]);
        tmux.wait_for("Role:");
        tmux.type_text(role);
        tmux.keys(&["Enter"]);
        tmux.wait_for(role);
    }
    // Listen: Ana 2/4, Ben 3/5, Cy 4/4, entered as the room calls them out.
    tmux.keys(&["Tab"]);
    tmux.wait_for("0 of 3 scored · hidden");
    tmux.type_text("243544");
    let screen = tmux.wait_for("3 of 3 scored · hidden");
    assert!(
        !screen.contains("  2  "),
        "hidden scores never show numbers:\n{screen}"
    );
    tmux.keys(&["r"]);
    tmux.wait_for_all(&["3 of 3 scored · revealed", "mean 3.00"]);
    // Think: Ana 1/3, Ben 5/5, Cy 3/3.
    tmux.keys(&["Right"]);
    tmux.wait_for("THINK");
    tmux.type_text("135533");
    tmux.wait_for("3 of 3 scored · hidden");
    tmux.keys(&["r"]);
    tmux.wait_for("3 of 3 scored · revealed");

    tmux.keys(&["Tab"]);
    let screen = tmux.wait_for_all(&[
        "CULTURE INDEX 50 / 100",
        "2 of 7 habits scored",
        "│ Listen ",
        "+1.33",
        "│ Think ",
        "3.67",
        "no consensus",
    ]);
    let line = |habit: &str| {
        screen
            .lines()
            .find(|l| l.contains(&format!("│ {habit} ")))
            .unwrap()
            .to_string()
    };
    // Listen: current (2+3+4)/3 = 3.00, target (4+5+4)/3 = 4.33, gap +1.33.
    let listen = line("Listen");
    assert!(
        listen.contains("3.00") && listen.contains("4.33") && listen.contains("+1.33"),
        "{listen}"
    );
    // Think: current (1+5+3)/3 = 3.00, target (3+5+3)/3 = 3.67; range 4 -> no consensus.
    let think = line("Think");
    assert!(
        think.contains("3.00") && think.contains("3.67") && think.contains("no consensus"),
        "{think}"
    );
    // Both habits at 3.00 on 1-5: index 50.
    assert!(screen.contains("CULTURE INDEX 50 / 100"), "{screen}");
    assert!(screen.contains("2 of 7 habits scored"));

    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    let session = load_session(&only_session(home.path())).unwrap();
    assert_eq!(session.areas, ["Store", "Web"]);
    assert_eq!(session.participants.len(), 3);
    assert_eq!(session.rating("think", "Ben").target, Some(5));
}

#[test]
fn killing_huddle_loses_no_score_the_screen_showed() {
    let home = TempDir::new().unwrap();
    let sessions = autumn_in(home.path());

    let tmux = Tmux::start("crash", home.path(), &["open", "autumn"], 120, 32);
    tmux.wait_for("9 of 12 scored");
    // The cursor waits at Oliver Brandt, the first of the three still to score.
    tmux.type_text("424354");
    tmux.wait_for("12 of 12 scored");
    tmux.keys(&["n"]);
    tmux.type_text("Agents cannot rebook deliveries");
    tmux.keys(&["Enter"]);
    // The file is read below: wait until the screen says the note was saved.
    tmux.wait_for_saved(&["Notes (1)", "Agents cannot rebook deliveries"]);
    tmux.kill_hard();
    tmux.wait_for_exit();

    let path = sessions.join("autumn.ron");
    let session = load_session(&path).expect("the file is whole after kill -9");
    let empower = |name: &str| session.rating("empower", name);
    assert_eq!(
        (
            empower("Oliver Brandt").current,
            empower("Oliver Brandt").target
        ),
        (Some(4), Some(2))
    );
    assert_eq!(
        (empower("Ravi Patel").current, empower("Ravi Patel").target),
        (Some(5), Some(4))
    );
    assert_eq!(
        session.benchmark["empower"].notes,
        ["Agents cannot rebook deliveries"]
    );

    // Reopening takes over the dead process's lock and continues where it stood.
    let again = Tmux::start("reopen", home.path(), &["open", "autumn"], 120, 32);
    // Everything checked here is waited for: the count alone can be on screen
    // before the rest of the frame is drawn.
    again.wait_for_all(&[
        "12 of 12 scored",
        "EMPOWER",
        "Agents cannot rebook deliveries",
    ]);
    again.keys(&["q"]);
    again.wait_for_exit();
}

#[test]
fn the_demo_opens_a_copy_of_the_example_and_quits_cleanly() {
    let home = TempDir::new().unwrap();
    let shipped = fs::read("sessions/harbour-finch-2026-05.ron").unwrap();
    let tmux = Tmux::start("demo", home.path(), &["demo"], 120, 32);
    tmux.wait_for_all(&[
        "CULTURE INDEX 39 / 100",
        "Customer culture benchmark, spring 2026",
        "! no consensus: discuss",
        "? help",
        "q quit",
    ]);
    let copy = home.path().join("demo/harbour-finch-demo.ron");
    assert!(
        copy.with_extension("ron.lock").exists(),
        "the open demo holds its lock"
    );

    tmux.keys(&["?"]);
    tmux.wait_for("Keys: Results");
    tmux.keys(&["Escape"]);
    tmux.wait_for("? help");
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
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
    tmux.wait_for("CULTURE INDEX");
    tmux.resize(20, 5);
    tmux.wait_for("make the");
    tmux.resize(80, 24);
    tmux.wait_for("CULTURE INDEX");
    tmux.keys(&["C-c"]);
    tmux.wait_for_exit();
}

#[test]
fn bare_huddle_offers_recent_sessions_and_opens_the_chosen_one() {
    let home = TempDir::new().unwrap();
    autumn_in(home.path());
    let tmux = Tmux::start("picker", home.path(), &[], 100, 30);
    tmux.wait_for_all(&[
        "+ Start a new session",
        "Customer culture benchmark, autumn 2026",
    ]);
    tmux.keys(&["Enter"]);
    // Reopened where it stood.
    tmux.wait_for_all(&["9 of 12 scored", "▶ 3 Benchmark"]);
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
}

/// The autumn example as `autumn` in the sessions folder of `home`, as it ships
/// (Empower's scores entered but hidden); returns the sessions folder.
fn autumn_in(home: &Path) -> PathBuf {
    let sessions = home.join("sessions");
    fs::create_dir_all(&sessions).unwrap();
    fs::copy(
        "sessions/harbour-finch-2026-11.ron",
        sessions.join("autumn.ron"),
    )
    .unwrap();
    sessions
}

/// A copy of the autumn session (12 people) in a fresh home, at Prioritise.
fn autumn_at_prioritise(home: &Path) {
    let sessions = home.join("sessions");
    fs::create_dir_all(&sessions).unwrap();
    let text = fs::read_to_string("sessions/harbour-finch-2026-11.ron")
        .unwrap()
        .replace("phase: Benchmark,", "phase: Prioritise,")
        // By the vote every habit is revealed: a hidden gap orders no candidate.
        .replace("revealed: false", "revealed: true");
    fs::write(sessions.join("autumn.ron"), text).unwrap();
}

/// Casts one secret ballot: choose the name `down` rows below the cursor, place
/// dots, confirm, and wait until the ballot is saved as the `voted`-th of 12.
fn cast(tmux: &Tmux, down: usize, keys: &[&str], voted: usize) -> String {
    for _ in 0..down {
        tmux.keys(&["Down"]);
    }
    tmux.keys(&["Enter"]);
    tmux.wait_for("Ballot of");
    tmux.keys(keys);
    tmux.keys(&["Enter"]);
    tmux.wait_for_saved(&[&format!("ballot saved ({voted} of 12 voted)")])
}

#[test]
fn a_secret_ballot_round_with_three_voters_and_a_reveal() {
    let home = TempDir::new().unwrap();
    autumn_at_prioritise(home.path());
    let tmux = Tmux::start("ballot", home.path(), &["open", "autumn"], 120, 32);
    tmux.wait_for("No voting round yet");
    tmux.keys(&["n"]);
    tmux.wait_for("0 of 12 voted");
    tmux.keys(&["v"]);
    tmux.wait_for("Next voter");
    // Candidates by gap: Think (1.42), Empower (1.33), Listen, Innovate...
    let screen = cast(&tmux, 0, &["+", "+", "Down", "+"], 1); // Maria: Think 2, Empower 1
    assert!(
        !screen.contains("●●"),
        "the next voter sees no earlier ballot:\n{screen}"
    );
    // The cursor moves on to the next voter by itself.
    cast(&tmux, 0, &["Down", "+", "+", "Down", "+"], 2); // Tom: Empower 2, Listen 1
    cast(&tmux, 0, &["+", "Down", "+"], 3); // Priya: Think 1, Empower 1
    tmux.keys(&["Escape"]);
    let screen = tmux.wait_for("3 of 12 voted · votes hidden");
    assert!(
        !screen.contains('█'),
        "no tally before the reveal:\n{screen}"
    );
    // Nine have not voted: the reveal asks first.
    tmux.keys(&["r"]);
    tmux.wait_for_all(&["Reveal with 3 of 12 voted?", "n no, keep it hidden"]);
    tmux.keys(&["y"]);
    let screen = tmux.wait_for_all(&[
        "Tally: dots per candidate",
        "  Empower ",
        "█ 4 ",
        "  Think ",
        "  Listen ",
    ]);
    // Think 3 and Empower 4: Empower first; Listen 1.
    let rank = |name: &str| {
        screen
            .lines()
            .find(|l| l.contains(&format!("  {name} ")))
            .unwrap()
            .to_string()
    };
    assert!(
        rank("Empower").contains("  1  ") && rank("Empower").contains("█ 4 "),
        "{screen}"
    );
    assert!(rank("Think").contains("  2  "), "{screen}");
    assert!(rank("Listen").contains("  3  "), "{screen}");
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    let session = load_session(&home.path().join("sessions/autumn.ron")).unwrap();
    assert!(session.rounds[0].revealed);
    assert_eq!(session.rounds[0].ballots.len(), 3);
}

/// The line of the voter list that names `name`.
fn voter_line(screen: &str, name: &str) -> String {
    screen
        .lines()
        .find(|line| line.contains(name))
        .unwrap_or_else(|| panic!("{name} in\n{screen}"))
        .to_string()
}

#[test]
fn a_cast_secret_ballot_is_never_overwritten_unasked() {
    let home = TempDir::new().unwrap();
    autumn_at_prioritise(home.path());
    let tmux = Tmux::start("overwrite", home.path(), &["open", "autumn"], 120, 32);
    tmux.wait_for("No voting round yet");
    tmux.keys(&["n"]);
    tmux.wait_for("0 of 12 voted");
    tmux.keys(&["v"]);
    tmux.wait_for_all(&["Next voter", "> Maria Lopez"]);
    // Maria puts one dot on Think, the first candidate.
    cast(&tmux, 0, &["+"], 1);
    // The cursor waits at Tom, the next to vote; Maria shows as voted, not how.
    let screen = tmux.wait_for_all(&["> Tom Becker", "✓ voted"]);
    assert!(
        voter_line(&screen, "Maria Lopez").contains("✓ voted"),
        "{screen}"
    );
    assert!(
        !voter_line(&screen, "Tom Becker").contains("✓ voted"),
        "{screen}"
    );
    // Back to Maria: huddle asks before opening a ballot over hers.
    tmux.keys(&["Up", "Enter"]);
    let screen = tmux.wait_for("Replace Maria Lopez's ballot?");
    assert!(!screen.contains("Ballot of"), "{screen}");
    tmux.keys(&["n"]);
    tmux.wait_for_all(&["ballot kept", "> Maria Lopez", "1 of 12 voted"]);
    // Escape and q typed together read as Alt+q: wait for Escape to land first.
    tmux.keys(&["Escape"]);
    tmux.wait_for("1 of 12 voted · votes hidden");
    tmux.keys(&["q"]);
    tmux.wait_for_exit();

    let session = load_session(&home.path().join("sessions/autumn.ron")).unwrap();
    let ballots = &session.rounds[0].ballots;
    assert_eq!(ballots.len(), 1, "{ballots:?}");
    assert_eq!(ballots["Maria Lopez"], [1, 0, 0, 0, 0, 0, 0]);
}

#[test]
fn killing_huddle_while_voting_keeps_every_confirmed_ballot() {
    let home = TempDir::new().unwrap();
    autumn_at_prioritise(home.path());
    let tmux = Tmux::start("vote-crash", home.path(), &["open", "autumn"], 120, 32);
    tmux.wait_for("No voting round yet");
    tmux.keys(&["n", "v"]);
    tmux.wait_for("Next voter");
    cast(&tmux, 0, &["+"], 1); // Maria
    cast(&tmux, 2, &["Down", "+", "+"], 2); // Sam, two below Tom
    // A third voter is half-way through a ballot when the laptop dies.
    tmux.keys(&["Enter"]);
    tmux.wait_for("Ballot of");
    tmux.keys(&["+"]);
    tmux.wait_for("1 of 3 dots placed");
    tmux.kill_hard();
    tmux.wait_for_exit();

    let session = load_session(&home.path().join("sessions/autumn.ron")).unwrap();
    let ballots = &session.rounds[0].ballots;
    assert_eq!(
        ballots.len(),
        2,
        "the two confirmed ballots, not the unconfirmed one"
    );
    assert_eq!(ballots["Maria Lopez"][0], 1);
    assert_eq!(ballots["Sam Okafor"][1], 2);

    let again = Tmux::start("vote-reopen", home.path(), &["open", "autumn"], 120, 32);
    again.wait_for("2 of 12 voted · votes hidden");
    again.keys(&["q"]);
    again.wait_for_exit();
}

#[test]
fn exporting_from_inside_the_app_says_where_the_file_went() {
    let home = TempDir::new().unwrap();
    let tmux = Tmux::start("export", home.path(), &["demo"], 140, 32);
    tmux.wait_for("CULTURE INDEX");
    tmux.keys(&["E"]);
    tmux.wait_for_all(&["Export as", "▶ HTML report"]);
    tmux.keys(&["Enter"]);
    let report = home.path().join("exports/harbour-finch-demo.html");
    tmux.wait_for_all(&["exported to", "harbour-finch-demo.html"]);
    assert!(fs::read_to_string(&report).unwrap().contains("<svg"));
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
}

#[test]
fn a_pasted_quote_lands_in_the_note_and_reveals_nothing() {
    let home = TempDir::new().unwrap();
    let sessions = autumn_in(home.path());

    let tmux = Tmux::start("paste", home.path(), &["open", "autumn"], 120, 32);
    // Empower's scores are still hidden; a paste's `r` must not reveal them.
    tmux.wait_for("9 of 12 scored");
    tmux.keys(&["n"]);
    tmux.wait_for("Note (evidence, a quote)");
    tmux.paste("Quote from the store visit:\nour refunds take weeks");
    tmux.wait_for("our refunds take weeks");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for_saved(&["Notes (1)", "9 of 12 scored"]);
    assert!(!screen.contains("mean"), "nothing was revealed:\n{screen}");
    tmux.keys(&["q"]);
    tmux.wait_for_exit();

    let session = load_session(&sessions.join("autumn.ron")).unwrap();
    assert_eq!(
        session.benchmark["empower"].notes,
        ["Quote from the store visit: our refunds take weeks"]
    );
    assert!(!session.benchmark["empower"].revealed);
}
