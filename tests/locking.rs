//! One huddle at a time per session: the operating system's file lock decides,
//! never a process id read from a file.

// The tmux helpers are shared with the end-to-end tests; this file uses a few.
#[allow(dead_code)]
mod support;

use std::fs::{self, OpenOptions};
use std::io::ErrorKind;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use huddle::storage::{SessionLock, StorageError};
use support::Tmux;
use tempfile::TempDir;

const EXAMPLE: &str = include_str!("../sessions/harbour-finch-2026-05.ron");

fn lock_file(session: &Path) -> std::path::PathBuf {
    session.with_file_name(format!(
        "{}.lock",
        session.file_name().unwrap().to_string_lossy()
    ))
}

#[test]
fn a_second_huddle_is_refused_while_the_first_holds_the_lock() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("workshop.ron");
    let first = SessionLock::acquire(&path).unwrap();
    let error = SessionLock::acquire(&path).unwrap_err();
    assert!(
        matches!(error, StorageError::Locked { pid: Some(pid), .. } if pid == std::process::id()),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains(&format!(
            "is open in another huddle (process {})",
            std::process::id()
        )),
        "{message}"
    );
    assert!(message.contains("--read-only"), "{message}");
    drop(first);
    SessionLock::acquire(&path).expect("the lock is free once released");
}

/// The moment the old lock lost: the holder has created the lock file but not yet
/// written its id. Whatever the file says, the holder keeps the session.
#[test]
fn a_holder_that_has_not_written_its_id_yet_still_keeps_the_session() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("workshop.ron");
    let _first = SessionLock::acquire(&path).unwrap();
    fs::write(lock_file(&path), "").unwrap();
    let error = SessionLock::acquire(&path).expect_err("the session is held");
    assert!(
        matches!(error, StorageError::Locked { pid: None, .. }),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains("workshop.ron is open in another huddle. Close it there"),
        "{message}"
    );
}

/// A lock file naming a process that runs (here this very test, as after a crash
/// and the reuse of its id) but holds no lock does not block.
#[test]
fn a_lock_file_naming_a_running_process_that_holds_no_lock_does_not_block() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("workshop.ron");
    fs::write(lock_file(&path), std::process::id().to_string()).unwrap();
    let _lock = SessionLock::acquire(&path).expect("nobody holds the lock");
    assert_eq!(
        fs::read_to_string(lock_file(&path)).unwrap(),
        std::process::id().to_string(),
        "the holder's id is written for the facilitator's information"
    );
}

#[test]
fn a_lock_left_by_a_dead_process_is_taken_over() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("workshop.ron");
    let mut child = Command::new("true").spawn().unwrap();
    let dead_pid = child.id();
    child.wait().unwrap();
    fs::write(lock_file(&path), format!("{dead_pid}\n")).unwrap();
    let _lock = SessionLock::acquire(&path).expect("a stale lock file is taken over");
    assert_eq!(
        fs::read_to_string(lock_file(&path)).unwrap(),
        std::process::id().to_string()
    );
}

#[cfg(unix)]
#[test]
fn releasing_the_lock_removes_the_lock_file() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("workshop.ron");
    let lock = SessionLock::acquire(&path).unwrap();
    assert!(lock_file(&path).exists());
    drop(lock);
    assert!(!lock_file(&path).exists());
}

/// Set in the processes the racing test starts: the folder they race in.
const RACER: &str = "HUDDLE_TEST_LOCK_RACER";
const RACERS: usize = 6;
/// How often each racer takes the session: every take is a chance to collide.
const TAKES: usize = 10;
/// How long a racer keeps the session each time it has it.
const HOLD: Duration = Duration::from_millis(5);
/// Far more than the race needs; only a hung racer reaches it.
const PATIENCE: Duration = Duration::from_secs(60);

/// Several processes start at the same moment and each keeps trying until it has
/// held the session a few times. While one holds it, it owns a marker file that
/// nobody else may create: if two ever held the session together, the second
/// would find the marker there.
#[test]
fn racing_processes_never_hold_a_session_together() {
    // This test's own binary plays each racer.
    if let Some(folder) = std::env::var_os(RACER) {
        race(Path::new(&folder));
        return;
    }
    let dir = TempDir::new().unwrap();
    let racers: Vec<Child> = (0..RACERS)
        .map(|_| {
            Command::new(std::env::current_exe().unwrap())
                .args([
                    "racing_processes_never_hold_a_session_together",
                    "--exact",
                    "--nocapture",
                    "--test-threads=1",
                ])
                .env(RACER, dir.path())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    fs::write(dir.path().join("go"), "").unwrap();
    let outputs: Vec<Output> = racers.into_iter().map(finish).collect();

    let mut refusals = 0;
    for output in &outputs {
        let text = String::from_utf8_lossy(&output.stdout);
        let report = text
            .lines()
            .find_map(|line| line.split_once("racer: ").map(|(_, report)| report))
            .unwrap_or_else(|| {
                panic!(
                    "a racer reported nothing:\n{text}\n{}",
                    String::from_utf8_lossy(&output.stderr)
                )
            });
        let refused = report
            .strip_prefix(&format!("held it {TAKES} times, refused "))
            .and_then(|rest| rest.strip_suffix(" times"))
            .unwrap_or_else(|| panic!("a racer says: {report}"));
        refusals += refused.parse::<usize>().unwrap();
    }
    assert!(
        refusals > 0,
        "the racers never met, so the test proved nothing"
    );
}

/// Waits for a racer, killing it if it hangs.
fn finish(mut racer: Child) -> Output {
    let start = Instant::now();
    while racer.try_wait().unwrap().is_none() {
        if start.elapsed() > PATIENCE {
            let _ = racer.kill();
            break;
        }
        sleep(Duration::from_millis(10));
    }
    racer.wait_with_output().unwrap()
}

/// One racer: wait for the start, then take the session `TAKES` times.
fn race(folder: &Path) {
    let start = Instant::now();
    while !folder.join("go").exists() {
        assert!(start.elapsed() < PATIENCE, "never started");
        sleep(Duration::from_millis(1));
    }
    let session = folder.join("workshop.ron");
    let marker = folder.join("inside");
    let (mut taken, mut refused) = (0, 0);
    while taken < TAKES {
        assert!(start.elapsed() < PATIENCE, "could not get the session");
        match SessionLock::acquire(&session) {
            Ok(lock) => {
                match OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&marker)
                {
                    Ok(_) => {}
                    Err(error) if error.kind() == ErrorKind::AlreadyExists => {
                        println!("racer: two held the session together");
                        return;
                    }
                    Err(error) => panic!("{error}"),
                }
                sleep(HOLD);
                fs::remove_file(&marker).unwrap();
                drop(lock);
                taken += 1;
                // Give the others their turn.
                sleep(HOLD);
            }
            Err(StorageError::Locked { .. }) => {
                refused += 1;
                sleep(Duration::from_millis(1));
            }
            Err(error) => panic!("{error}"),
        }
    }
    println!("racer: held it {TAKES} times, refused {refused} times");
}

fn huddle(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_huddle"))
        .args(args)
        .env("HUDDLE_HOME", home)
        .output()
        .expect("huddle runs")
}

/// Two real huddles: the one on screen keeps the session; the other is told who
/// has it. Once the first is killed, its lock dies with it.
#[test]
fn a_huddle_on_screen_keeps_its_session_until_it_is_killed() {
    let home = TempDir::new().unwrap();
    let sessions = home.path().join("sessions");
    fs::create_dir_all(&sessions).unwrap();
    let session = sessions.join("spring.ron");
    fs::write(&session, EXAMPLE).unwrap();
    let scores = home.path().join("scores.csv");
    fs::write(
        &scores,
        "participant,area,habit,current,target\nZoe Park,,listen,3,4\n",
    )
    .unwrap();

    // What a save killed before its rename left behind.
    let leftover = sessions.join("spring.ron.tmp-999999");
    fs::write(&leftover, &EXAMPLE[..100]).unwrap();

    let tmux = Tmux::start("lock", home.path(), &["open", "spring"], 100, 30);
    tmux.wait_for("spring.ron");
    assert!(
        !leftover.exists(),
        "opening the session clears what a killed save left"
    );
    let holder = fs::read_to_string(lock_file(&session)).unwrap();
    for args in [
        &["open", "spring"][..],
        &["import-scores", "spring", scores.to_str().unwrap()][..],
    ] {
        let output = huddle(home.path(), args);
        let message = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {message}");
        assert!(
            message.contains(&format!(
                "spring.ron is open in another huddle (process {holder})"
            )),
            "{args:?}: {message}"
        );
    }

    tmux.kill_hard();
    tmux.wait_for_exit();
    assert!(
        lock_file(&session).exists(),
        "a killed huddle leaves its lock file"
    );
    let output = huddle(
        home.path(),
        &["import-scores", "spring", scores.to_str().unwrap()],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A link to an open session is the same session: the second huddle is refused,
/// and a save through the link changes the real file and leaves the link a link.
#[cfg(unix)]
#[test]
fn a_session_opened_through_a_link_is_locked_and_saved_as_the_real_file() {
    let dir = TempDir::new().unwrap();
    let real = dir.path().join("workshop.ron");
    fs::write(&real, EXAMPLE).unwrap();
    let elsewhere = dir.path().join("shortcuts");
    fs::create_dir(&elsewhere).unwrap();
    let link = elsewhere.join("today.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap();

    let _first = SessionLock::acquire(&real).unwrap();
    let error = SessionLock::acquire(&link).expect_err("the link names a held session");
    assert!(matches!(error, StorageError::Locked { .. }), "{error:?}");

    let mut session = huddle::storage::load_session(&link).unwrap();
    session.title = "Saved through the link".into();
    huddle::storage::save_session(&link, &session).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link stays a link"
    );
    assert_eq!(
        huddle::storage::load_session(&real).unwrap().title,
        "Saved through the link"
    );
    assert!(
        huddle::storage::backup_path(&real).exists(),
        "the backup sits beside the real file"
    );
}

/// The picker of a bare `huddle`: a session another huddle holds is refused
/// there, with the reason, and the facilitator can choose again.
#[test]
fn the_picker_stays_and_says_so_when_the_chosen_session_is_held_elsewhere() {
    let home = TempDir::new().unwrap();
    let folder = home.path().join("sessions");
    fs::create_dir(&folder).unwrap();
    let session = folder.join("spring.ron");
    fs::write(&session, EXAMPLE).unwrap();
    let held = SessionLock::acquire(&session).unwrap();

    let tmux = Tmux::start("picker-lock", home.path(), &[], 200, 30);
    tmux.wait_for_all(&[
        "huddle · sessions",
        "Customer culture benchmark, spring 2026",
    ]);
    // The newest session is chosen already.
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for_all(&["spring.ron is open in another huddle", "huddle · sessions"]);
    assert!(
        screen.contains(&format!("(process {})", std::process::id())),
        "{screen}"
    );
    assert!(tmux.running(), "huddle is still running:\n{screen}");

    drop(held);
    tmux.keys(&["Enter"]);
    // Once free, the same choice opens the workshop.
    tmux.wait_for_all(&["CULTURE INDEX", "spring.ron"]);
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
}

/// Two real huddles, one opening the session by its name and one through a link
/// in another folder: the second is refused.
#[cfg(unix)]
#[test]
fn a_huddle_opening_a_link_to_a_session_on_screen_is_refused() {
    let home = TempDir::new().unwrap();
    let folder = home.path().join("sessions");
    fs::create_dir(&folder).unwrap();
    let session = folder.join("spring.ron");
    fs::write(&session, EXAMPLE).unwrap();
    let link = home.path().join("today.ron");
    std::os::unix::fs::symlink(&session, &link).unwrap();

    let tmux = Tmux::start("link-lock", home.path(), &["open", "spring"], 100, 30);
    tmux.wait_for("spring.ron");
    let output = huddle(home.path(), &["open", link.to_str().unwrap()]);
    let message = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{message}");
    assert!(message.contains("is open in another huddle"), "{message}");
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}
