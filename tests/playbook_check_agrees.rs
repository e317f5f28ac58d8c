//! `huddle check` and the app agree about a playbook: a copy in the playbooks
//! folder written for another framework is refused by both, at the field (not
//! at a word in a comment); and check's texts name playbooks.

#[path = "support/drive.rs"]
mod drive;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use huddle::app::{App, Msg, PlaybookState, ThemeName};
use huddle::domain::Phase;
use huddle::storage::assets::default_framework;
use huddle::storage::parse_session;
use huddle::storage::playbook::playbook_for;
use tempfile::TempDir;

const PLAYBOOK: &str = include_str!("../assets/playbooks/seven-habits.ron");
const SPRING: &str = include_str!("../sessions/harbour-finch-2026-05.ron");

fn huddle(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_huddle"))
        .env("HUDDLE_HOME", home)
        .args(args)
        .output()
        .unwrap()
}

/// Where the `framework:` field (not a comment's word) is in `text`.
fn field_place(text: &str) -> String {
    let at = text.find("\n  framework:").unwrap() + 1;
    let line = text[..at].matches('\n').count() + 1;
    format!("{line}:3")
}

#[test]
fn a_copy_for_another_framework_is_refused_by_check_and_by_the_app_at_its_field() {
    let home = TempDir::new().unwrap();
    let folder = home.path().join("playbooks");
    fs::create_dir_all(&folder).unwrap();
    let text = PLAYBOOK.replacen(
        "framework: \"seven-habits\"",
        "framework: \"eight-habits\"",
        1,
    );
    let path = folder.join("seven-habits.ron");
    fs::write(&path, &text).unwrap();
    let place = field_place(&text);
    let expected = format!(
        "{}:{place}: the playbook is for framework \"eight-habits\", not \"seven-habits\"",
        path.display()
    );

    let output = huddle(home.path(), &["check", path.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "check passed it: {stderr}");
    assert!(stderr.contains(&expected), "{stderr}");

    let state: PlaybookState = playbook_for(&default_framework().unwrap(), &folder).into();
    let mut session = parse_session(SPRING, Path::new("spring.ron")).unwrap();
    session.position.phase = Phase::Plan;
    let mut app = App::new(
        session,
        "spring.ron".into(),
        false,
        ThemeName::Default,
        false,
    )
    .with_playbook(state);
    drive::send(&mut app, [Msg::Suggest]);
    assert!(app.status.is_error);
    assert!(app.status.text.contains(&expected), "{}", app.status.text);
}

#[test]
fn a_copy_named_for_no_framework_in_the_playbooks_folder_is_refused() {
    let home = TempDir::new().unwrap();
    let folder = home.path().join("playbooks");
    fs::create_dir_all(&folder).unwrap();
    let path = folder.join("team-health.ron");
    fs::write(&path, PLAYBOOK).unwrap();
    let output = huddle(home.path(), &["check", path.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert!(
        stderr.contains("the playbook is for framework \"seven-habits\", but huddle would use a file named team-health.ron for framework \"team-health\"; name it seven-habits.ron"),
        "{stderr}"
    );
}

#[test]
fn checks_texts_name_playbooks() {
    let home = TempDir::new().unwrap();
    let help = huddle(home.path(), &["check", "--help"]);
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("playbook"), "{help}");
    let empty = home.path().join("empty.ron");
    fs::write(&empty, "").unwrap();
    let output = huddle(home.path(), &["check", empty.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("nor a playbook"), "{stderr}");
}
