//! `huddle check` on playbook files: the shipped one passes, a broken one is
//! refused with file, line:column and what is wrong.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use tempfile::TempDir;

const PLAYBOOK: &str = include_str!("../assets/playbooks/seven-habits.ron");

fn check(home: &Path, files: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_huddle"))
        .env("HUDDLE_HOME", home)
        .arg("check")
        .args(files)
        .output()
        .unwrap()
}

#[test]
fn check_passes_the_shipped_playbook_against_its_framework() {
    let home = TempDir::new().unwrap();
    let output = check(
        home.path(),
        &[Path::new("assets/playbooks/seven-habits.ron")],
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(
        stdout.starts_with(
            "ok: assets/playbooks/seven-habits.ron (playbook \"Practices of customer-centric organisations\" for framework \"seven-habits\", "
        ),
        "{stdout}"
    );
}

#[test]
fn check_refuses_a_playbook_with_an_unknown_habit_and_an_empty_practice() {
    let home = TempDir::new().unwrap();
    let path = home.path().join("mine.ron");
    let text = PLAYBOOK
        .replacen("habit: \"delight\"", "habit: \"wow\"", 1)
        .replacen(
            "what: \"Once a month each manager spends an hour with frontline staff asking what customers complained about and praised, and writes down the three things heard most.\"",
            "what: \"\"",
            1,
        );
    assert_ne!(text, PLAYBOOK);
    fs::write(&path, &text).unwrap();
    let output = check(home.path(), &[&path]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let place = |needle: &str| {
        let at = text.find(needle).unwrap();
        let line = text[..at].matches('\n').count() + 1;
        let column = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
        format!("{}:{line}:{column}", path.display())
    };
    assert!(
        stderr.contains(&format!(
            "{}: practice \"Monthly frontline listening hour\" has an empty what",
            place("what: \"\"")
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{}: habit \"wow\" is not in framework \"seven-habits\"",
            place("habit: \"wow\"")
        )),
        "{stderr}"
    );
}

#[test]
fn check_reads_a_playbooks_framework_from_beside_it() {
    let home = TempDir::new().unwrap();
    let root = home.path();
    fs::create_dir_all(root.join("frameworks")).unwrap();
    fs::create_dir_all(root.join("playbooks")).unwrap();
    let framework = include_str!("../assets/frameworks/seven-habits.ron").replacen(
        "id: \"seven-habits\"",
        "id: \"our-habits\"",
        1,
    );
    fs::write(root.join("frameworks/our-habits.ron"), framework).unwrap();
    let playbook = root.join("playbooks/our-habits.ron");
    fs::write(
        &playbook,
        PLAYBOOK.replacen(
            "framework: \"seven-habits\"",
            "framework: \"our-habits\"",
            1,
        ),
    )
    .unwrap();
    let output = check(root, &[&playbook]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(stdout.contains("for framework \"our-habits\""), "{stdout}");
}

#[test]
fn a_playbook_for_a_framework_not_at_hand_is_still_checked_for_its_own_rules() {
    let home = TempDir::new().unwrap();
    let elsewhere = PLAYBOOK.replacen("framework: \"seven-habits\"", "framework: \"elsewhere\"", 1);
    let sound = home.path().join("sound.ron");
    fs::write(&sound, &elsewhere).unwrap();
    let output = check(home.path(), &[&sound]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(
        stdout.contains("its habits and levels are not checked: framework \"elsewhere\""),
        "{stdout}"
    );
    let broken = home.path().join("broken.ron");
    let text = elsewhere.replacen("first_result: \"6 weeks\"", "first_result: \"\"", 1);
    fs::write(&broken, &text).unwrap();
    let output = check(home.path(), &[&broken]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("has an empty first_result"), "{stderr}");
}
