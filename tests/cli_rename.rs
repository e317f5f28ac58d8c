//! `huddle rename` names a session's file after its title (or a given name),
//! never overwrites, moves the backup along and respects the lock; `open`,
//! `export` and `compare` take any unique part of a session's name.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use huddle::storage::{SessionLock, backup_path, load_session};
use tempfile::TempDir;

const SPRING: &str = "harbour-finch-2026-05.ron";
const AUTUMN: &str = "harbour-finch-2026-11.ron";

fn huddle(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_huddle"))
        .args(args)
        .env("HUDDLE_HOME", home)
        .output()
        .expect("huddle runs")
}

fn said(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// A home whose sessions folder holds both examples; returns the folder.
fn home_with_examples(home: &Path) -> PathBuf {
    let sessions = home.join("sessions");
    fs::create_dir_all(&sessions).unwrap();
    for name in [SPRING, AUTUMN] {
        fs::copy(Path::new("sessions").join(name), sessions.join(name)).unwrap();
    }
    sessions
}

#[test]
fn rename_follows_the_title_by_default() {
    let home = TempDir::new().unwrap();
    let sessions = home_with_examples(home.path());
    let output = huddle(home.path(), &["rename", "2026-05"]);
    assert!(output.status.success(), "{}", said(&output));
    let renamed = sessions.join("customer-culture-benchmark-spring-2026.ron");
    assert_eq!(said(&output).trim(), renamed.display().to_string());
    assert!(renamed.is_file() && !sessions.join(SPRING).exists());
    let session = load_session(&renamed).unwrap();
    assert_eq!(session.title, "Customer culture benchmark, spring 2026");
}

#[test]
fn rename_takes_a_given_name_and_keeps_the_follow_up_pointing_at_it() {
    let home = TempDir::new().unwrap();
    let sessions = home_with_examples(home.path());
    let output = huddle(home.path(), &["rename", SPRING, "spring-review.ron"]);
    assert!(output.status.success(), "{}", said(&output));
    assert!(sessions.join("spring-review.ron").is_file());
    let autumn = load_session(&sessions.join(AUTUMN)).unwrap();
    assert_eq!(autumn.follows.unwrap().file, "spring-review.ron");
    // The comparison still finds the earlier benchmark under its new name.
    let output = huddle(home.path(), &["compare", "spring-review", "2026-11"]);
    assert!(output.status.success(), "{}", said(&output));
}

#[test]
fn rename_never_overwrites_and_refuses_folders_in_the_name() {
    let home = TempDir::new().unwrap();
    let sessions = home_with_examples(home.path());
    let before = fs::read_to_string(sessions.join(AUTUMN)).unwrap();
    let output = huddle(home.path(), &["rename", SPRING, "harbour-finch-2026-11"]);
    assert!(!output.status.success());
    assert!(
        said(&output).contains("exists already"),
        "{}",
        said(&output)
    );
    assert_eq!(fs::read_to_string(sessions.join(AUTUMN)).unwrap(), before);
    assert!(sessions.join(SPRING).is_file(), "nothing moved");
    let output = huddle(home.path(), &["rename", SPRING, "../elsewhere"]);
    assert!(!output.status.success());
    assert!(
        said(&output).contains("not a file name"),
        "{}",
        said(&output)
    );
}

#[test]
fn the_backup_moves_with_the_session() {
    let home = TempDir::new().unwrap();
    let sessions = home_with_examples(home.path());
    let backup = backup_path(&sessions.join(SPRING));
    fs::write(&backup, "the version before the last save").unwrap();
    let output = huddle(home.path(), &["rename", SPRING, "spring"]);
    assert!(output.status.success(), "{}", said(&output));
    assert!(!backup.exists());
    assert_eq!(
        fs::read_to_string(backup_path(&sessions.join("spring.ron"))).unwrap(),
        "the version before the last save"
    );
}

#[test]
fn a_session_open_in_another_huddle_is_not_renamed() {
    let home = TempDir::new().unwrap();
    let sessions = home_with_examples(home.path());
    let _open = SessionLock::acquire(&sessions.join(SPRING)).unwrap();
    let output = huddle(home.path(), &["rename", SPRING, "spring"]);
    assert!(!output.status.success());
    assert!(sessions.join(SPRING).is_file());
    assert!(!sessions.join("spring.ron").exists());
}

#[test]
fn a_unique_part_of_a_name_opens_exports_and_compares() {
    let home = TempDir::new().unwrap();
    home_with_examples(home.path());
    let output = huddle(home.path(), &["compare", "2026-05", "FINCH-2026-11"]);
    assert!(output.status.success(), "{}", said(&output));
    assert!(said(&output).contains("the earlier plan"));
    let output = huddle(home.path(), &["export", "11", "--format", "md"]);
    assert!(output.status.success(), "{}", said(&output));
    assert!(
        home.path()
            .join("exports/harbour-finch-2026-11.md")
            .is_file()
    );
    let output = huddle(home.path(), &["summary", "05"]);
    assert!(output.status.success(), "{}", said(&output));
}

#[test]
fn an_ambiguous_part_is_refused_listing_the_candidates() {
    let home = TempDir::new().unwrap();
    home_with_examples(home.path());
    for command in [
        &["open", "finch"][..],
        &["export", "finch", "--format", "md"],
    ] {
        let output = huddle(home.path(), command);
        assert!(!output.status.success());
        let text = said(&output);
        assert!(text.contains("several"), "{text}");
        assert!(
            text.contains("harbour-finch-2026-05") && text.contains("harbour-finch-2026-11"),
            "{text}"
        );
    }
}

#[test]
fn an_exact_path_still_works() {
    let home = TempDir::new().unwrap();
    let output = huddle(home.path(), &["summary", &format!("sessions/{SPRING}")]);
    assert!(output.status.success(), "{}", said(&output));
}

#[test]
fn a_follow_up_open_elsewhere_is_named_as_left_behind() {
    let home = TempDir::new().unwrap();
    let sessions = home_with_examples(home.path());
    let _autumn_open = SessionLock::acquire(&sessions.join(AUTUMN)).unwrap();
    let output = huddle(home.path(), &["rename", SPRING, "spring"]);
    assert!(!output.status.success(), "exit 1: not everything followed");
    assert!(sessions.join("spring.ron").is_file(), "the rename stands");
    let text = said(&output);
    assert!(text.contains(AUTUMN) && text.contains("old file"), "{text}");
}
