//! The playbook as a file: the bundled one loads and covers every habit, a
//! facilitator's copy is found by the framework's id, and a broken playbook is
//! refused with file, line:column and what is wrong.

use std::fs;
use std::path::Path;

use huddle::domain::Framework;
use huddle::storage::assets::default_framework;
use huddle::storage::playbook::{SEVEN_HABITS_PLAYBOOK, parse_playbook, playbook_for};
use tempfile::TempDir;

fn framework() -> Framework {
    default_framework().unwrap()
}

/// The bundled playbook with one text replaced, refused: the error's lines.
fn refusal(from: &str, to: &str) -> String {
    assert!(
        SEVEN_HABITS_PLAYBOOK.contains(from),
        "the playbook has {from:?}"
    );
    let text = SEVEN_HABITS_PLAYBOOK.replacen(from, to, 1);
    parse_playbook(&text, Path::new("mine.ron"), &framework())
        .unwrap_err()
        .to_string()
}

/// The 1-based line and column where `needle` starts in the bundled playbook
/// after `from` is replaced by `to`, counted the way an editor does.
fn place(from: &str, to: &str, needle: &str) -> String {
    let text = SEVEN_HABITS_PLAYBOOK.replacen(from, to, 1);
    let at = text.find(needle).unwrap();
    let line = text[..at].matches('\n').count() + 1;
    let column = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    format!("{line}:{column}")
}

#[test]
fn the_bundled_playbook_covers_every_habit_with_five_to_eight_practices() {
    let framework = framework();
    let folder = TempDir::new().unwrap();
    let playbook = playbook_for(&framework, folder.path()).unwrap().unwrap();
    assert_eq!(playbook.framework, framework.id);
    for habit in &framework.habits {
        let practices = playbook.practices(&habit.id);
        assert!(
            (5..=8).contains(&practices.len()),
            "{} has {} practices",
            habit.id,
            practices.len()
        );
        // A habit scored "absent" gets foundations and one scored "developing"
        // gets the next step: both kinds exist for every habit.
        assert!(practices.iter().any(|p| p.from == 1), "{}", habit.id);
        assert!(practices.iter().any(|p| p.from == 3), "{}", habit.id);
        for practice in practices {
            assert!(practice.measure.contains("__"), "{}", practice.name);
        }
    }
}

#[test]
fn a_facilitators_copy_in_the_playbooks_folder_is_used_instead() {
    let folder = TempDir::new().unwrap();
    let mine = SEVEN_HABITS_PLAYBOOK.replacen(
        "name: \"Leaders on the phones\"",
        "name: \"Ask after every visit\"",
        1,
    );
    fs::write(folder.path().join("seven-habits.ron"), mine).unwrap();
    let playbook = playbook_for(&framework(), folder.path()).unwrap().unwrap();
    assert!(
        playbook
            .practices("listen")
            .iter()
            .any(|p| p.name == "Ask after every visit")
    );
}

#[test]
fn a_framework_with_no_playbook_has_none() {
    let folder = TempDir::new().unwrap();
    let mut other = framework();
    other.id = "team-health".into();
    assert_eq!(playbook_for(&other, folder.path()).unwrap(), None);
}

#[test]
fn an_unknown_habit_is_refused_where_it_is_named() {
    let (from, to) = ("habit: \"think\"", "habit: \"thinking\"");
    assert_eq!(
        refusal(from, to),
        format!(
            "mine.ron:{}: habit \"thinking\" is not in framework \"seven-habits\"; its habits are listen, think, innovate, empower, create, delight, values\n\
             mine.ron:{}: habit \"think\" of framework \"seven-habits\" has no practices; add 5 to 8",
            place(from, to, "habit: \"thinking\""),
            place(from, to, "habits:")
        )
    );
}

#[test]
fn an_empty_field_is_refused_at_that_field() {
    let from = "owner: \"Head of Learning\"";
    assert_eq!(
        refusal(from, "owner: \"  \""),
        format!(
            "mine.ron:{}: practice \"Judgement training with real cases\" has an empty owner",
            place(from, "owner: \"  \"", "owner: \"  \"")
        )
    );
}

#[test]
fn a_duplicate_name_is_refused_at_both_places_even_in_another_case() {
    let (from, to) = (
        "name: \"Frontline fixes the process\"",
        "name: \"authority to settle up to a limit\"",
    );
    let text = SEVEN_HABITS_PLAYBOOK.replacen(from, to, 1);
    let at = |needle: &str| {
        let at = text.find(needle).unwrap();
        let line = text[..at].matches('\n').count() + 1;
        let column = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
        format!("{line}:{column}")
    };
    let message = "is used twice (names differing only in case count as the same); give each practice its own name";
    assert_eq!(
        refusal(from, to),
        format!(
            "mine.ron:{}: practice name \"Authority to settle up to a limit\" {message}\n\
             mine.ron:{}: practice name \"authority to settle up to a limit\" {message}",
            at("name: \"Authority to settle up to a limit\""),
            at(to)
        )
    );
}

#[test]
fn a_practice_at_the_top_of_the_scale_is_refused() {
    let from = "name: \"Leaders on the phones\",\n          from: 2,";
    let to = "name: \"Leaders on the phones\",\n          from: 5,";
    assert_eq!(
        refusal(from, to),
        format!(
            "mine.ron:{}: practice \"Leaders on the phones\" moves from level 5, the top of the scale: nothing moves on from there; use 1-4",
            place(from, to, "from: 5")
        )
    );
}

#[test]
fn a_word_in_a_comment_is_never_taken_for_the_field() {
    // The first comment line says "framework:"; the field is further down.
    assert!(
        SEVEN_HABITS_PLAYBOOK
            .lines()
            .next()
            .unwrap()
            .contains("framework:")
    );
    let (from, to) = ("framework: \"seven-habits\"", "framework: \"eight-habits\"");
    assert_eq!(
        refusal(from, to),
        format!(
            "mine.ron:{}: the playbook is for framework \"eight-habits\", not \"seven-habits\"",
            place(from, to, "framework: \"eight")
        )
    );
}

#[test]
fn a_level_off_the_scale_is_refused_at_its_from() {
    let from = "name: \"Leaders on the phones\",\n          from: 2,";
    let to = "name: \"Leaders on the phones\",\n          from: 7,";
    assert_eq!(
        refusal(from, to),
        format!(
            "mine.ron:{}: practice \"Leaders on the phones\" moves from level 7, which is not on the scale 1-5",
            place(from, to, "from: 7")
        )
    );
}

#[test]
fn a_syntax_error_says_line_and_column() {
    let message = refusal("first_result: \"4 weeks\",", "first_result: 4 weeks,");
    assert!(message.starts_with("mine.ron:"), "{message}");
    let (from, to) = ("first_result: \"4 weeks\",", "first_result: 4 weeks,");
    let at = place(from, to, "4 weeks,");
    let line = at.split(':').next().unwrap();
    assert!(
        message.starts_with(&format!("mine.ron:{line}:")),
        "{message} (expected line {line})"
    );
}

#[test]
fn a_format_1_session_loads_and_an_action_from_the_playbook_reopens() {
    use huddle::domain::{Action, FORMAT_VERSION};
    use huddle::storage::{load_session, parse_session, save_session};
    let spring = include_str!("../sessions/harbour-finch-2026-05.ron");
    assert!(
        spring.contains("format_version: 1,"),
        "the example is format 1"
    );
    let mut session = parse_session(spring, Path::new("spring.ron")).unwrap();
    assert_eq!(session.format_version, FORMAT_VERSION);
    let mut action = Action::new("Authority to settle up to a limit").unwrap();
    action.practice = Some("Authority to settle up to a limit".into());
    session.plan.push(action.clone());
    let folder = TempDir::new().unwrap();
    let path = folder.path().join("spring.ron");
    save_session(&path, &session).unwrap();
    let written = fs::read_to_string(&path).unwrap();
    assert!(written.contains(&format!("format_version: {FORMAT_VERSION},")));
    assert_eq!(
        written.matches("practice: ").count(),
        1,
        "only where there is one"
    );
    assert_eq!(load_session(&path).unwrap().plan.last(), Some(&action));
}
