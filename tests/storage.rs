//! Session files on disk: round trips, atomic saves with a backup, versions and
//! broken files that are reported and left alone. Locks have their own file.

use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use huddle::domain::{FORMAT_VERSION, Session};
use huddle::storage::assets;
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

#[cfg(unix)]
#[test]
fn a_save_keeps_who_may_read_the_session() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("private.ron");
    let session = example();
    save_session(&path, &session).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    save_session(
        &path,
        &Session {
            title: "changed".into(),
            ..session
        },
    )
    .unwrap();
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(
        mode, 0o600,
        "the saved file is readable by others: {mode:o}"
    );
    assert_eq!(load_session(&path).unwrap().title, "changed");
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
fn a_file_from_a_newer_huddle_is_refused_as_newer_at_the_place_of_its_version() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("future.ron");
    // A comment that mentions the version must not mislead the place.
    let future = assets::DEMO_SESSION
        .replacen("(\n", "// format_version 99 adds holograms\n(\n", 1)
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
    let (line, column) = place_of(&future, "99,");
    let message = error.to_string();
    assert!(
        message.starts_with(&format!(
            "{}:{line}:{column}: written by a newer huddle",
            path.display()
        )),
        "{message}"
    );
    assert!(message.contains("Update huddle"), "{message}");
    assert_eq!(fs::read_to_string(&path).unwrap(), future);
}

#[test]
fn a_format_version_huddle_never_wrote_is_refused_at_its_place() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("zero.ron");
    let text = assets::DEMO_SESSION.replace("format_version: 1,", "format_version: 0,");
    fs::write(&path, &text).unwrap();
    let error = load_session(&path).unwrap_err();
    let (line, column) = place_of(&text, "0,");
    assert_eq!(
        error.to_string(),
        format!(
            "{}:{line}:{column}: session format 0 is not one huddle ever wrote",
            path.display()
        )
    );
}

/// The line and column (1-based, in characters) where `needle` first follows
/// `format_version:` in `text`.
fn place_of(text: &str, needle: &str) -> (usize, usize) {
    let (index, line) = text
        .lines()
        .enumerate()
        .find(|(_, line)| line.trim_start().starts_with("format_version:"))
        .unwrap();
    let byte = line.find(needle).unwrap();
    (index + 1, line[..byte].chars().count() + 1)
}

#[test]
fn a_session_or_framework_saved_with_a_byte_order_mark_loads() {
    let dir = TempDir::new().unwrap();
    let session = dir.path().join("windows.ron");
    fs::write(&session, format!("\u{feff}{}", assets::DEMO_SESSION)).unwrap();
    assert_eq!(load_session(&session).unwrap(), example());
    let framework = dir.path().join("habits.ron");
    fs::write(&framework, format!("\u{feff}{}", assets::SEVEN_HABITS)).unwrap();
    assert_eq!(
        storage::load_framework(&framework).unwrap(),
        assets::default_framework().unwrap()
    );
}

/// Editors do not show the mark, so it must not shift the place an error names.
#[test]
fn a_byte_order_mark_does_not_move_the_place_of_an_error() {
    let wrong_type = assets::DEMO_SESSION.replacen("  title: \"", "  title: 5, x: \"", 1);
    let off_scale =
        assets::DEMO_SESSION.replacen("(current: 2, target: 4)", "(current: 9, target: 4)", 1);
    for broken in [wrong_type, off_scale] {
        let plain = parse_session(&broken, Path::new("a.ron")).unwrap_err();
        let marked = parse_session(&format!("\u{feff}{broken}"), Path::new("a.ron")).unwrap_err();
        assert_eq!(marked.to_string(), plain.to_string());
        assert!(plain.to_string().starts_with("a.ron:"), "{plain}");
    }
}

#[test]
fn a_folder_given_as_a_session_is_called_a_folder() {
    let dir = TempDir::new().unwrap();
    let folder = dir.path().join("spring");
    fs::create_dir(&folder).unwrap();
    let called_a_folder = |error: StorageError| {
        assert!(matches!(error, StorageError::IsFolder { .. }), "{error:?}");
        assert_eq!(
            error.to_string(),
            format!(
                "{} is a folder, not a file; name a file inside it",
                folder.display()
            )
        );
    };
    called_a_folder(load_session(&folder).unwrap_err());
    called_a_folder(storage::load_framework(&folder).unwrap_err());
    called_a_folder(save_session(&folder, &example()).unwrap_err());
    // By name in the sessions folder too, when no session file has that name.
    called_a_folder(storage::resolve_session("spring", dir.path()).unwrap_err());
    fs::write(dir.path().join("spring.ron"), assets::DEMO_SESSION).unwrap();
    assert_eq!(
        storage::resolve_session("spring", dir.path()).unwrap(),
        dir.path().join("spring.ron")
    );
}

#[test]
fn what_a_killed_save_left_is_removed_when_the_session_is_next_opened() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("workshop.ron");
    save_session(&path, &example()).unwrap();
    save_session(&path, &example()).unwrap();
    // A save killed before its rename leaves its temporary file, named after the
    // session and the process that wrote it.
    let half = &assets::DEMO_SESSION[..assets::DEMO_SESSION.len() / 2];
    fs::write(dir.path().join("workshop.ron.tmp-4242"), half).unwrap();
    fs::write(dir.path().join("workshop.ron.tmp-77"), half).unwrap();
    // Files that are not a save's leftovers stay.
    let others = [
        "workshop.ron.tmp-notes",
        "other.ron.tmp-4242",
        "workshop.ron.bak",
    ];
    for other in others {
        fs::write(dir.path().join(other), "kept").unwrap();
    }

    let _lock = storage::SessionLock::acquire(&path).unwrap();
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "other.ron.tmp-4242",
            "workshop.ron",
            "workshop.ron.bak",
            "workshop.ron.lock",
            "workshop.ron.tmp-notes"
        ]
    );
    assert_eq!(load_session(&path).unwrap(), example());
}

/// The file as it stands on disk: every name in its folder and each one's bytes.
fn folder_contents(folder: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(folder)
        .unwrap()
        .map(|entry| {
            let entry = entry.unwrap();
            (
                entry.file_name().to_string_lossy().into_owned(),
                fs::read(entry.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_session_huddle_would_refuse_to_open_is_never_saved() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("workshop.ron");
    let mut session = example();
    save_session(&path, &session).unwrap();
    session.title = "Changed".into();
    save_session(&path, &session).unwrap();
    let before = folder_contents(dir.path());

    // Owners must be participants, and one is not.
    let mut orphaned = session.clone();
    orphaned.owners_from_participants = true;
    orphaned.plan[0].owner = "Nobody Here".into();
    let error = save_session(&path, &orphaned).unwrap_err();
    assert!(matches!(error, StorageError::NotSaved { .. }), "{error:?}");
    assert_eq!(
        error.to_string(),
        format!(
            "not saved, {} is left as it was: plan action 1: owner \"Nobody Here\" is not a participant",
            path.display()
        )
    );
    assert_eq!(folder_contents(dir.path()), before);

    orphaned.title = " ".into();
    orphaned.participants[0].area = Some("Moon".into());
    let message = save_session(&path, &orphaned).unwrap_err().to_string();
    assert!(
        message.ends_with(
            ": the workshop title is empty; give the workshop a title (and 2 more problems)"
        ),
        "{message}"
    );
    assert_eq!(folder_contents(dir.path()), before);
    assert_eq!(load_session(&path).unwrap(), session);
}

#[test]
fn a_session_is_saved_only_in_the_format_this_huddle_writes() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("workshop.ron");
    let mut session = example();
    session.format_version = FORMAT_VERSION + 1;
    let message = save_session(&path, &session).unwrap_err().to_string();
    assert!(
        message.contains(&format!(
            "the session is in format {}, but this huddle writes format {FORMAT_VERSION}",
            FORMAT_VERSION + 1
        )),
        "{message}"
    );
    assert!(!path.exists());
}

/// The example with 20,000 more people, each in `area`.
fn crowded(area: &str) -> Session {
    let mut session = example();
    let template = session.participants[0].clone();
    session
        .participants
        .extend((0..20_000).map(|n| huddle::domain::Participant {
            name: format!("Guest {n:05}"),
            area: Some(area.to_string()),
            ..template.clone()
        }));
    session
}

#[test]
fn a_roster_of_twenty_thousand_saves_and_loads() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("crowded.ron");
    let area = example().areas[0].clone();
    let session = crowded(&area);
    save_session(&path, &session).unwrap();
    assert_eq!(load_session(&path).unwrap(), session);
}

/// Placing each problem searches the file; a file with thousands of problems
/// lists the first hundred with their places and counts the rest.
#[test]
fn thousands_of_problems_are_counted_past_the_first_hundred() {
    let text = session_to_ron(&crowded("Moon")).unwrap();
    let error = parse_session(&text, Path::new("crowded.ron")).unwrap_err();
    let message = error.to_string();
    let lines: Vec<&str> = message.lines().collect();
    assert_eq!(lines.len(), 101, "{}", lines[..3].join("\n"));
    let first_area = text
        .lines()
        .position(|line| line.contains("area: \"Moon\""))
        .unwrap()
        + 1;
    assert!(
        lines[0].starts_with(&format!("crowded.ron:{first_area}:")),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].ends_with(
            "participant \"Guest 00000\" is in area \"Moon\", which is not one of the session's areas"
        ),
        "{}",
        lines[0]
    );
    assert!(lines[99].contains("\"Guest 00099\""), "{}", lines[99]);
    assert_eq!(
        lines[100],
        "crowded.ron: 19900 more problems are not listed; correct the ones above and check again"
    );
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
    assert!(message.starts_with("cannot use the folder"), "{message}");
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
