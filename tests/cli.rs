//! The `huddle` binary as a facilitator uses it from a shell.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

const EXAMPLE: &str = include_str!("../sessions/harbour-finch-2026-05.ron");

/// Runs huddle with its own HUDDLE_HOME, so nothing outside the test folder is touched.
fn huddle(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_huddle"))
        .args(args)
        .env("HUDDLE_HOME", home)
        .env_remove("NO_COLOR")
        .output()
        .expect("huddle runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Writes a copy of the example with one change, returning its path.
fn broken_copy(dir: &Path, name: &str, from: &str, to: &str) -> PathBuf {
    assert!(EXAMPLE.contains(from), "the example has {from:?}");
    let path = dir.join(name);
    fs::write(&path, EXAMPLE.replacen(from, to, 1)).unwrap();
    path
}

#[test]
fn check_passes_every_shipped_file() {
    let home = TempDir::new().unwrap();
    let mut files: Vec<String> = ["sessions", "assets/frameworks"]
        .iter()
        .flat_map(|folder| fs::read_dir(folder).unwrap())
        .map(|entry| entry.unwrap().path().display().to_string())
        .collect();
    files.sort();
    assert!(files.len() >= 3, "{files:?}");
    let args: Vec<&str> = ["check"]
        .into_iter()
        .chain(files.iter().map(String::as_str))
        .collect();
    let output = huddle(home.path(), &args);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output)
            .lines()
            .filter(|line| line.starts_with("ok: "))
            .count(),
        files.len()
    );
}

#[test]
fn check_names_file_line_column_and_what_was_expected_for_each_broken_file() {
    let home = TempDir::new().unwrap();
    let dir = home.path();
    let cases = [
        (
            fs::write(dir.join("truncated.ron"), &EXAMPLE[..EXAMPLE.len() / 3])
                .map(|_| dir.join("truncated.ron"))
                .unwrap(),
            "truncated.ron:",
            "",
        ),
        (
            broken_copy(
                dir,
                "wrong-type.ron",
                "  title: \"Customer",
                "  title: 5, old_title: \"Customer",
            ),
            "wrong-type.ron:4:",
            "string",
        ),
        (
            broken_copy(
                dir,
                "off-scale.ron",
                "\"Aisha Rahman\": (current: 2, target: 4)",
                "\"Aisha Rahman\": (current: 9, target: 4)",
            ),
            "off-scale.ron:",
            "current score 9 is off the scale 1-5",
        ),
        (
            broken_copy(
                dir,
                "unknown-habit.ron",
                "    \"delight\": (",
                "    \"delite\": (",
            ),
            "unknown-habit.ron:",
            "habit \"delite\", which the framework does not have",
        ),
        (
            broken_copy(
                dir,
                "duplicate.ron",
                "name: \"Tom Becker\"",
                "name: \"Maria Lopez\"",
            ),
            "duplicate.ron:",
            "participant \"Maria Lopez\" appears twice",
        ),
        (
            broken_copy(
                dir,
                "empty-title.ron",
                "  title: \"Customer culture benchmark, spring 2026\"",
                "  title: \"\"",
            ),
            "empty-title.ron:4:",
            "the workshop title is empty",
        ),
        (
            broken_copy(
                dir,
                "unknown-field.ron",
                "  sponsor: \"Maria Lopez\",",
                "  sponser: \"Maria Lopez\",",
            ),
            "unknown-field.ron:8:",
            "sponser",
        ),
        (
            broken_copy(
                dir,
                "bad-area.ron",
                "area: \"Online\"",
                "area: \"Warehouse\"",
            ),
            "bad-area.ron:",
            "area \"Warehouse\", which is not one of the session's areas",
        ),
    ];
    for (path, place, expected) in &cases {
        let before = fs::read(path).unwrap();
        let output = huddle(dir, &["check", path.to_str().unwrap()]);
        let message = stderr(&output);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{}: {message}",
            path.display()
        );
        assert!(message.contains(place), "{message} should name {place}");
        assert!(
            message.contains(expected),
            "{message} should say {expected}"
        );
        assert!(!message.contains("panicked"), "{message}");
        assert_eq!(
            fs::read(path).unwrap(),
            before,
            "check never changes a file"
        );
    }
    // One run over all files: one message per broken file, and exit 1.
    let mut args = vec!["check", "sessions/harbour-finch-2026-11.ron"];
    args.extend(cases.iter().map(|(path, ..)| path.to_str().unwrap()));
    let output = huddle(dir, &args);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output).lines().count(),
        1,
        "only the good file is ok"
    );
    for (_, place, _) in &cases {
        assert!(stderr(&output).contains(place));
    }
}

#[test]
fn a_score_off_the_scale_is_located_on_its_line() {
    let home = TempDir::new().unwrap();
    let path = broken_copy(
        home.path(),
        "off-scale.ron",
        "\"Aisha Rahman\": (current: 2, target: 4)",
        "\"Aisha Rahman\": (current: 9, target: 4)",
    );
    let line = EXAMPLE
        .lines()
        .position(|l| l.contains("\"Aisha Rahman\": (current: 2, target: 4)"))
        .unwrap()
        + 1;
    let output = huddle(home.path(), &["check", path.to_str().unwrap()]);
    assert!(
        stderr(&output).contains(&format!("off-scale.ron:{line}:")),
        "{}",
        stderr(&output)
    );
}

#[test]
fn check_reports_a_broken_framework() {
    let home = TempDir::new().unwrap();
    let framework =
        include_str!("../assets/frameworks/seven-habits.ron").replacen("max: 5,", "max: 4,", 1);
    let path = home.path().join("four-levels.ron");
    fs::write(&path, framework).unwrap();
    let output = huddle(home.path(), &["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("the scale 1-4 has 4 levels but 5 labels"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn open_refuses_a_broken_file_before_touching_the_terminal() {
    let home = TempDir::new().unwrap();
    let path = broken_copy(
        home.path(),
        "off-scale.ron",
        "\"Aisha Rahman\": (current: 2, target: 4)",
        "\"Aisha Rahman\": (current: 9, target: 4)",
    );
    let output = huddle(home.path(), &["open", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("current score 9 is off the scale 1-5"));
    assert!(!home.path().join("off-scale.ron.bak").exists());
}

#[test]
fn open_refuses_a_session_another_huddle_holds() {
    let home = TempDir::new().unwrap();
    let sessions = home.path().join("sessions");
    fs::create_dir_all(&sessions).unwrap();
    fs::write(sessions.join("spring.ron"), EXAMPLE).unwrap();
    // This test process plays the other huddle.
    let _held = huddle::storage::SessionLock::acquire(&sessions.join("spring.ron")).unwrap();
    let output = huddle(home.path(), &["open", "spring"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains(&format!(
            "is open in another huddle (process {})",
            std::process::id()
        )),
        "{}",
        stderr(&output)
    );
}

/// The lock comes before the load: what huddle loads, nobody else can change
/// until it closes. So a held session is refused as held, whatever its file says.
#[test]
fn open_takes_the_lock_before_it_reads_the_session() {
    let home = TempDir::new().unwrap();
    let path = broken_copy(
        home.path(),
        "off-scale.ron",
        "\"Aisha Rahman\": (current: 2, target: 4)",
        "\"Aisha Rahman\": (current: 9, target: 4)",
    );
    let _held = huddle::storage::SessionLock::acquire(&path).unwrap();
    let output = huddle(home.path(), &["open", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("is open in another huddle"), "{message}");
    assert!(!message.contains("off the scale"), "{message}");
}

#[test]
fn new_creates_a_session_that_list_shows() {
    let home = TempDir::new().unwrap();
    let output = huddle(
        home.path(),
        &["new", "--title", "Riverside customer day", "--no-open"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let path = PathBuf::from(stdout(&output).trim());
    assert!(path.starts_with(home.path().join("sessions")));
    assert!(
        path.file_name()
            .unwrap()
            .to_string_lossy()
            .ends_with("-riverside-customer-day.ron")
    );

    fs::write(home.path().join("sessions/spring.ron"), EXAMPLE).unwrap();
    let listing = stdout(&huddle(home.path(), &["list"]));
    let lines: Vec<&str> = listing.lines().collect();
    assert_eq!(lines.len(), 3, "{listing}");
    assert!(lines[0].starts_with("NAME"));
    let spring = lines
        .iter()
        .find(|line| line.starts_with("spring "))
        .expect("spring listed");
    for column in [
        "Customer culture benchmark, spring 2026",
        "2026-05-14",
        "Results",
        "12",
        "39",
    ] {
        assert!(spring.contains(column), "{spring} should show {column}");
    }
    let new = lines
        .iter()
        .find(|line| line.contains("Riverside customer day"))
        .unwrap();
    assert!(
        new.contains("Setup") && new.trim_end().ends_with("- (no habit scored yet)"),
        "{new}"
    );
}

#[test]
fn list_of_an_empty_folder_says_how_to_start() {
    let home = TempDir::new().unwrap();
    let output = huddle(home.path(), &["list"]);
    assert!(output.status.success());
    assert!(stdout(&output).contains("Start one with `huddle new`"));
}

#[test]
fn new_refuses_an_empty_title() {
    let home = TempDir::new().unwrap();
    let output = huddle(home.path(), &["new", "--title", "  ", "--no-open"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("the title is empty"));
}

#[test]
fn summary_prints_the_results_table() {
    let home = TempDir::new().unwrap();
    let output = huddle(
        home.path(),
        &["summary", "sessions/harbour-finch-2026-05.ron"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    // Empower, worked by hand from the file: current 2,2,2,1,2,1,1,2,2,3,2,2 = 22/12;
    // target 4,4,4,4,5,4,5,4,4,4,4,4 = 50/12; gap 28/12.
    let empower = text
        .lines()
        .find(|line| line.starts_with("Empower"))
        .unwrap();
    let columns: Vec<&str> = empower.split_whitespace().collect();
    assert_eq!(columns[..4], ["Empower", "1.83", "4.17", "+2.33"]);
    assert_eq!(columns[5..7], ["2", "12"], "range, count");
    insta::assert_snapshot!(text);
}

#[test]
fn summary_of_a_part_way_session_shows_missing_as_a_dash() {
    let home = TempDir::new().unwrap();
    let output = huddle(
        home.path(),
        &["summary", "sessions/harbour-finch-2026-11.ron"],
    );
    let text = stdout(&output);
    let create = text
        .lines()
        .find(|line| line.starts_with("Create"))
        .unwrap();
    assert_eq!(
        create.split_whitespace().collect::<Vec<_>>(),
        ["Create", "-", "-", "-", "-", "-", "0"]
    );
    assert!(
        text.contains("culture index: 48 / 100 (3 of 7 habits; 1 habit hidden until revealed)"),
        "{text}"
    );
}

#[test]
fn help_shows_every_command_with_an_example() {
    let home = TempDir::new().unwrap();
    let help = stdout(&huddle(home.path(), &["--help"]));
    for command in [
        "demo", "new", "open", "list", "check", "summary", "export", "compare",
    ] {
        assert!(help.contains(&format!("  {command} ")), "{help}");
        let sub = stdout(&huddle(home.path(), &[command, "--help"]));
        assert!(sub.contains("Example"), "{command} --help has an example");
    }
}

#[test]
fn export_writes_each_format_and_says_where() {
    let home = TempDir::new().unwrap();
    for format in ["md", "html", "json", "csv"] {
        let output = huddle(
            home.path(),
            &[
                "export",
                "sessions/harbour-finch-2026-05.ron",
                "--format",
                format,
            ],
        );
        assert!(output.status.success(), "{}", stderr(&output));
        let written = PathBuf::from(stdout(&output).trim());
        assert!(
            written.starts_with(home.path().join("exports")),
            "{}",
            written.display()
        );
        assert!(written.exists());
    }
    assert!(
        home.path()
            .join("exports/harbour-finch-2026-05-csv/plan.csv")
            .is_file()
    );
    let out = home.path().join("mine/report.html");
    let output = huddle(
        home.path(),
        &[
            "export",
            "sessions/harbour-finch-2026-05.ron",
            "--format",
            "html",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        fs::read_to_string(&out)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

#[test]
fn export_prints_one_csv_table_for_a_pipe_and_names_the_tables_when_asked_wrong() {
    let home = TempDir::new().unwrap();
    let output = huddle(
        home.path(),
        &[
            "export",
            "sessions/harbour-finch-2026-05.ron",
            "--format",
            "csv",
            "--table",
            "results",
        ],
    );
    assert!(stdout(&output).starts_with("habit_id,habit,mean_current"));
    let output = huddle(
        home.path(),
        &[
            "export",
            "sessions/harbour-finch-2026-05.ron",
            "--format",
            "csv",
            "--table",
            "nope",
        ],
    );
    // The command line itself refuses it, naming every table there is.
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("scores, results, heatmap, votes, plan, notes, comparison"),
        "{}",
        stderr(&output)
    );
    // The comparison table belongs to a follow-up: a first benchmark says so.
    let output = huddle(
        home.path(),
        &[
            "export",
            "sessions/harbour-finch-2026-05.ron",
            "--format",
            "csv",
            "--table",
            "comparison",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    let said = stderr(&output);
    assert!(
        said.contains("follows no earlier benchmark, so it has no comparison table"),
        "{said}"
    );
    assert!(
        said.contains("its tables are scores, results, heatmap, votes, plan"),
        "{said}"
    );
}

#[test]
fn compare_prints_arrows_and_signed_changes() {
    let home = TempDir::new().unwrap();
    let output = huddle(
        home.path(),
        &[
            "compare",
            "sessions/harbour-finch-2026-05.ron",
            "sessions/harbour-finch-2026-11.ron",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let listen = text.lines().find(|l| l.starts_with("Listen")).unwrap();
    assert_eq!(
        listen.split_whitespace().collect::<Vec<_>>(),
        [
            "Listen", "2.50", "3.08", "↑", "+0.58", "+1.75", "+0.92", "+0.83"
        ]
    );
    // Empower's scores are still hidden in the autumn session: the index leaves it out.
    assert!(
        text.contains(
            "culture index: 39 (7 of 7 habits scored) -> 48 (3 of 7 habits; 1 habit hidden until revealed)"
        ),
        "{text}"
    );
    assert!(text.contains("change: on the 3 habits scored in both: 40 -> 48, ↑ +8"));
    assert!(text.contains("was in progress, now done"));
    insta::assert_snapshot!(text);
}

#[test]
fn compare_refuses_different_frameworks_with_a_message() {
    let home = TempDir::new().unwrap();
    let other = EXAMPLE.replace("id: \"seven-habits\"", "id: \"team-health\"");
    let path = home.path().join("other.ron");
    fs::write(&path, other).unwrap();
    let output = huddle(
        home.path(),
        &[
            "compare",
            "sessions/harbour-finch-2026-11.ron",
            path.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("different frameworks"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn new_follow_up_keeps_the_room_and_lists_open_actions_for_review() {
    let home = TempDir::new().unwrap();
    let output = huddle(
        home.path(),
        &[
            "new",
            "--follow-up",
            "sessions/harbour-finch-2026-05.ron",
            "--no-open",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let path = PathBuf::from(stdout(&output).trim());
    let session = huddle::storage::load_session(&path).unwrap();
    assert_eq!(
        session.title,
        "Customer culture benchmark, spring 2026 (follow-up)"
    );
    assert_eq!(session.participants.len(), 12);
    assert_eq!(
        session.review.len(),
        4,
        "the done action is not reviewed again"
    );
    let previous = session.follows.unwrap();
    assert!(
        previous
            .file
            .ends_with("sessions/harbour-finch-2026-05.ron"),
        "{}",
        previous.file
    );
}

/// A sessions folder holding the autumn example as "autumn".
fn autumn_home() -> TempDir {
    let home = TempDir::new().unwrap();
    fs::create_dir_all(home.path().join("sessions")).unwrap();
    fs::copy(
        "sessions/harbour-finch-2026-11.ron",
        home.path().join("sessions/autumn.ron"),
    )
    .unwrap();
    home
}

#[test]
fn import_scores_adds_scores_and_new_participants() {
    let home = autumn_home();
    let csv = home.path().join("survey.csv");
    fs::write(
        &csv,
        "Participant,Habit,Current,Target,Area\nMaria Lopez,create,3,4,Head office\nTom Becker,Delight,4,\nZoe Park,values,2,5,Store\n",
    )
    .unwrap();
    let output = huddle(
        home.path(),
        &["import-scores", "autumn", csv.to_str().unwrap()],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("imported 5 scores"),
        "{}",
        stdout(&output)
    );
    assert!(stdout(&output).contains("1 new participants (Zoe Park)"));
    let session = huddle::storage::load_session(&home.path().join("sessions/autumn.ron")).unwrap();
    assert_eq!(session.rating("create", "Maria Lopez").target, Some(4));
    assert_eq!(
        session.rating("delight", "Tom Becker").target,
        None,
        "an empty score stays missing"
    );
    let zoe = session.participant("Zoe Park").unwrap();
    assert_eq!(zoe.area.as_deref(), Some("Store"));
    assert_eq!(session.rating("values", "Zoe Park").current, Some(2));
}

#[test]
fn a_bad_row_anywhere_imports_nothing_and_names_every_row() {
    let home = autumn_home();
    let before = fs::read(home.path().join("sessions/autumn.ron")).unwrap();
    let csv = home.path().join("survey.csv");
    fs::write(
        &csv,
        "participant,area,habit,current,target\nMaria Lopez,,create,3,4\nTom Becker,,kindness,3,4\nAisha Rahman,,listen,9,4\nNew Person,Warehouse,listen,2,3\n",
    )
    .unwrap();
    let output = huddle(
        home.path(),
        &["import-scores", "autumn", csv.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("row 3: unknown habit \"kindness\""),
        "{message}"
    );
    assert!(
        message.contains("row 4: current score \"9\" is off the scale: scores run from 1 to 5"),
        "{message}"
    );
    assert!(
        message.contains("row 5: unknown area \"Warehouse\""),
        "{message}"
    );
    assert!(message.contains("nothing was imported"));
    assert_eq!(
        fs::read(home.path().join("sessions/autumn.ron")).unwrap(),
        before
    );

    fs::write(&csv, "participant,habit,current\nMaria Lopez,create,3\n").unwrap();
    let output = huddle(
        home.path(),
        &["import-scores", "autumn", csv.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("row 1: missing column area, target"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        fs::read(home.path().join("sessions/autumn.ron")).unwrap(),
        before
    );
}

#[test]
fn a_folder_given_as_a_session_is_called_a_folder() {
    let home = TempDir::new().unwrap();
    let folder = home.path().join("spring");
    fs::create_dir(&folder).unwrap();
    for command in ["check", "open", "summary"] {
        let output = huddle(home.path(), &[command, folder.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(1), "{command}");
        assert!(
            stderr(&output).contains(&format!(
                "{} is a folder, not a file; name a file inside it",
                folder.display()
            )),
            "{command}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn check_accepts_a_file_saved_with_a_byte_order_mark() {
    let home = TempDir::new().unwrap();
    let path = home.path().join("windows.ron");
    fs::write(&path, format!("\u{feff}{EXAMPLE}")).unwrap();
    let output = huddle(home.path(), &["check", path.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("ok: "), "{}", stdout(&output));
}

#[test]
fn check_names_the_place_of_a_version_from_a_newer_huddle() {
    let home = TempDir::new().unwrap();
    let path = broken_copy(
        home.path(),
        "future.ron",
        "format_version: 1,",
        "format_version: 7,",
    );
    let output = huddle(home.path(), &["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).starts_with(&format!(
            "{}:3:19: written by a newer huddle (session format 7)",
            path.display()
        )),
        "{}",
        stderr(&output)
    );
}

const FRAMEWORK: &str = include_str!("../assets/frameworks/seven-habits.ron");

/// A byte offset in `text` as line:column.
fn line_column(text: &str, at: usize) -> String {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |nl| nl + 1)..]
        .chars()
        .count()
        + 1;
    format!("{line}:{column}")
}

#[test]
fn check_calls_a_session_without_its_version_a_session() {
    let home = TempDir::new().unwrap();
    let path = broken_copy(home.path(), "old.ron", "  format_version: 1,\n", "");
    let output = huddle(home.path(), &["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("format_version"), "{message}");
    assert!(message.contains("Session"), "{message}");
    assert!(!message.contains("Framework"), "{message}");
}

#[test]
fn check_of_an_empty_file_says_it_is_empty_and_neither_kind() {
    let home = TempDir::new().unwrap();
    let path = home.path().join("empty.ron");
    fs::write(&path, "\n").unwrap();
    let output = huddle(home.path(), &["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("empty.ron is empty: it is neither a session nor a framework"),
        "{message}"
    );
    assert!(!message.contains("Framework"), "{message}");
}

#[test]
fn check_of_some_other_ron_file_says_it_is_neither_kind() {
    let home = TempDir::new().unwrap();
    let path = home.path().join("settings.ron");
    fs::write(&path, "(colour: \"blue\")\n").unwrap();
    let output = huddle(home.path(), &["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("looks like neither a session") && message.contains("nor a framework"),
        "{message}"
    );
}

#[test]
fn open_of_a_framework_says_it_is_one_and_how_to_start_a_session_on_it() {
    let home = TempDir::new().unwrap();
    let path = home.path().join("habits.ron");
    fs::write(&path, FRAMEWORK).unwrap();
    let shown = path.to_str().unwrap();
    let output = huddle(home.path(), &["open", shown]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains(&format!("{shown} is a framework, not a session"))
            && message.contains(&format!("huddle new --framework {shown}")),
        "{message}"
    );
    assert!(!message.contains("Unexpected"), "{message}");
}

#[test]
fn open_of_a_path_that_does_not_exist_says_the_file_does_not_exist() {
    let home = TempDir::new().unwrap();
    let path = home.path().join("nowhere").join("missing.ron");
    let output = huddle(home.path(), &["open", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains(&format!("{} does not exist", path.display())),
        "{message}"
    );
    assert!(!message.contains("no session called"), "{message}");
}

#[test]
fn a_csv_export_into_an_existing_file_says_a_folder_is_wanted_once() {
    let home = TempDir::new().unwrap();
    let session = home.path().join("spring.ron");
    fs::write(&session, EXAMPLE).unwrap();
    let out = home.path().join("taken.ron");
    fs::write(&out, "keep me").unwrap();
    let output = huddle(
        home.path(),
        &[
            "export",
            session.to_str().unwrap(),
            "--format",
            "csv",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains(&format!("{} is a file", out.display()))
            && message.contains("give --out a folder"),
        "{message}"
    );
    assert!(!message.contains("sessions folder"), "{message}");
    assert!(!message.contains("os error"), "{message}");
    assert_eq!(fs::read_to_string(&out).unwrap(), "keep me");
}

#[test]
fn an_operating_system_reason_is_said_once() {
    let home = TempDir::new().unwrap();
    let session = home.path().join("spring.ron");
    fs::write(&session, EXAMPLE).unwrap();
    let file = home.path().join("a-file");
    fs::write(&file, "").unwrap();
    let out = file.join("tables");
    let output = huddle(
        home.path(),
        &[
            "export",
            session.to_str().unwrap(),
            "--format",
            "csv",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert_eq!(message.matches("os error").count(), 1, "{message}");
    assert!(!message.contains("sessions folder"), "{message}");
}

#[test]
fn a_habit_with_the_wrong_number_of_rubric_lines_is_pointed_at_its_own_rubric() {
    let home = TempDir::new().unwrap();
    let think = FRAMEWORK.find("id: \"think\"").unwrap();
    let rubric = think + FRAMEWORK[think..].find("rubric: [").unwrap();
    let first_line = rubric + FRAMEWORK[rubric..].find('\n').unwrap();
    let second_line = first_line + 1 + FRAMEWORK[first_line + 1..].find('\n').unwrap();
    let framework = format!("{}{}", &FRAMEWORK[..first_line], &FRAMEWORK[second_line..]);
    let path = home.path().join("short.ron");
    fs::write(&path, &framework).unwrap();
    let output = huddle(home.path(), &["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let place = line_column(&framework, rubric);
    let expected =
        format!("short.ron:{place}: habit \"think\" has 4 rubric lines; the scale has 5 levels");
    assert!(stderr(&output).contains(&expected), "{}", stderr(&output));
}
