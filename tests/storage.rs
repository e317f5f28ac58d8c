//! Session files on disk: round trips, atomic saves with a backup, versions and
//! broken files that are reported and left alone. Locks have their own file.

use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use huddle::assets;
use huddle::domain::{FORMAT_VERSION, Session};
use huddle::storage::{
    self, StorageError, backup_path, load_session, parse_session, save_session, session_to_ron,
};
use proptest::prelude::*;
use tempfile::TempDir;

fn example() -> Session {
    parse_session(assets::DEMO_SESSION, Path::new("example")).expect("the example loads")
}

#[test]
fn a_saved_session_loads_back_the_same() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("workshop.ron");
    let session = example();
    save_session(&path, &session).unwrap();
    assert_eq!(load_session(&path).unwrap(), session);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(&format!("format_version: {FORMAT_VERSION},")));
}

#[test]
fn each_save_keeps_the_previous_version_as_backup_and_leaves_no_temporary_file() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("workshop.ron");
    let mut session = example();
    save_session(&path, &session).unwrap();
    assert!(
        !backup_path(&path).exists(),
        "a first save has nothing to back up"
    );
    let first = fs::read_to_string(&path).unwrap();

    session.title = "Renamed".into();
    save_session(&path, &session).unwrap();
    assert_eq!(fs::read_to_string(backup_path(&path)).unwrap(), first);
    assert_eq!(load_session(&path).unwrap().title, "Renamed");

    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["workshop.ron", "workshop.ron.bak"]);
}

#[test]
fn a_reader_during_saves_sees_either_the_old_or_the_new_file_complete() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("workshop.ron");
    let old = example();
    let mut new = example();
    new.title = "The new version".into();
    new.participants.truncate(3);
    new.benchmark.clear();
    new.rounds.clear();
    new.plan.clear();
    save_session(&path, &old).unwrap();

    let done = AtomicBool::new(false);
    std::thread::scope(|scope| {
        scope.spawn(|| {
            for i in 0..60 {
                save_session(&path, if i % 2 == 0 { &new } else { &old }).unwrap();
            }
            done.store(true, Ordering::SeqCst);
        });
        let mut reads = 0;
        while !done.load(Ordering::SeqCst) || reads == 0 {
            let loaded = load_session(&path).expect("every read finds a complete session");
            assert!(loaded == old || loaded == new);
            reads += 1;
        }
    });
}

#[test]
fn a_failed_save_leaves_the_file_as_it_was_and_says_which_file() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("workshop.ron");
    let session = example();
    save_session(&path, &session).unwrap();
    let before = fs::read(&path).unwrap();
    // A folder where the temporary file would go makes the write fail.
    let temporary = dir
        .path()
        .join(format!("workshop.ron.tmp-{}", std::process::id()));
    fs::create_dir(&temporary).unwrap();

    let error = save_session(
        &path,
        &Session {
            title: "changed".into(),
            ..session
        },
    )
    .unwrap_err();
    assert!(matches!(error, StorageError::Write { .. }));
    assert!(error.to_string().contains("workshop.ron"), "{error}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn a_broken_file_is_reported_with_line_and_column_and_never_changed() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("broken.ron");
    let text = assets::DEMO_SESSION;
    let truncated = &text[..text.len() / 2];
    fs::write(&path, truncated).unwrap();
    let error = load_session(&path).unwrap_err();
    let StorageError::Syntax { location, .. } = &error else {
        panic!("expected a syntax error, got {error}");
    };
    assert!(location.line > 1);
    assert!(
        error
            .to_string()
            .starts_with(&format!("{}:", path.display())),
        "{error}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), truncated);
}

#[test]
fn a_file_from_a_newer_huddle_is_refused_as_newer() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("future.ron");
    let future = assets::DEMO_SESSION
        .replace("format_version: 1,", "format_version: 99,")
        .replace("  title:", "  hologram: true,\n  title:");
    fs::write(&path, &future).unwrap();
    let error = load_session(&path).unwrap_err();
    assert!(
        matches!(
            error,
            StorageError::NewerFormat {
                found: 99,
                supported: FORMAT_VERSION,
                ..
            }
        ),
        "{error}"
    );
    assert!(error.to_string().contains("Update huddle"), "{error}");
    assert_eq!(fs::read_to_string(&path).unwrap(), future);
}

#[test]
fn a_sessions_folder_that_cannot_be_created_says_which_and_why() {
    let dir = TempDir::new().unwrap();
    let file = dir.path().join("not-a-folder");
    fs::write(&file, "").unwrap();
    let folder = file.join("sessions");
    let error = storage::ensure_folder(&folder).unwrap_err();
    let message = error.to_string();
    assert!(message.contains(&folder.display().to_string()), "{message}");
    assert!(
        message.starts_with("cannot use the sessions folder"),
        "{message}"
    );
}

#[test]
fn new_session_names_never_overwrite_an_existing_file() {
    let dir = TempDir::new().unwrap();
    let date = chrono::NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let first = storage::new_session_path(dir.path(), "Customer Day: Riverside!", date);
    assert_eq!(
        first,
        dir.path().join("2026-05-14-customer-day-riverside.ron")
    );
    fs::write(&first, "").unwrap();
    let second = storage::new_session_path(dir.path(), "Customer Day: Riverside!", date);
    assert_eq!(
        second,
        dir.path().join("2026-05-14-customer-day-riverside-2.ron")
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever a facilitator types (quotes, line breaks, `#`, backslashes) survives a save.
    #[test]
    fn typed_text_survives_a_round_trip(
        title in "[^\u{0}]{1,30}",
        note in "(\\PC|[\"\\\\#'\n\t])*",
        name in "[A-Za-z\"'#\\\\ ]{1,12}",
    ) {
        prop_assume!(!title.trim().is_empty() && !name.trim().is_empty());
        let mut session = example();
        session.title = title;
        session.participants[0].role = note.clone();
        session.benchmark.get_mut("listen").unwrap().notes.push(note);
        session.organisation = name;
        let text = session_to_ron(&session).unwrap();
        let loaded = parse_session(&text, Path::new("typed.ron"));
        prop_assert_eq!(loaded.as_ref().ok(), Some(&session), "{}", text.lines().take(8).collect::<Vec<_>>().join("\n"));
    }
}

#[test]
fn the_session_example_in_the_readme_loads() {
    let readme = include_str!("../README.md");
    let start = readme.find("```ron\n").expect("README shows a session") + "```ron\n".len();
    let example = &readme[start..start + readme[start..].find("```").unwrap()];
    let placeholder = "( /* a full copy of the framework, see below */ )";
    assert!(example.contains(placeholder));
    let text = example.replace(placeholder, assets::SEVEN_HABITS);
    let session =
        parse_session(&text, Path::new("README.md")).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(session.rating("listen", "Sam Okafor").target, None);
    assert_eq!(
        session.plan[0].status,
        huddle::domain::ActionStatus::InProgress
    );
}
