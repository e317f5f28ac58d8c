//! Drives the real huddle binary in a real terminal: tmux runs it, `send-keys`
//! types and `capture-pane` reads the screen back.

use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// The binary under test: `HUDDLE_E2E_BIN` (CI points it at the release build),
/// else the one cargo built for the tests.
fn binary() -> String {
    std::env::var("HUDDLE_E2E_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_huddle").to_string())
}

/// How long a screen may take to show what a test waits for.
const PATIENCE: Duration = Duration::from_secs(10);

/// A tmux server of its own (one socket per test), running huddle in one window.
pub struct Tmux {
    socket: String,
}

impl Tmux {
    /// Starts `huddle ARGS` in a `width` x `height` terminal with `HUDDLE_HOME` set.
    /// Arguments are passed to a shell: quote any with spaces.
    pub fn start(name: &str, home: &Path, args: &[&str], width: u16, height: u16) -> Self {
        let tmux = Tmux {
            socket: format!("huddle-test-{name}-{}", std::process::id()),
        };
        // `exec` makes huddle the pane's own process, so a test can kill it.
        let command = format!(
            "HUDDLE_HOME='{}' TERM=xterm-256color exec '{}' {}",
            home.display(),
            binary(),
            args.join(" ")
        );
        let (w, h) = (width.to_string(), height.to_string());
        tmux.run(&[
            "new-session",
            "-d",
            "-x",
            &w,
            "-y",
            &h,
            "-s",
            "huddle",
            &command,
        ]);
        tmux
    }

    fn run(&self, args: &[&str]) -> String {
        let output = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux is installed (scripts/test installs it)");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    pub fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "huddle"])
    }

    /// Waits until the screen shows `text`, and returns the screen.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_for_all(&[text])
    }

    /// Waits until one screen shows every one of `texts`, and returns it. A test
    /// asserts only on a screen returned here, after waiting for all it asserts:
    /// a capture can catch a frame half drawn, with one line new and the next old.
    pub fn wait_for_all(&self, texts: &[&str]) -> String {
        self.wait_until(&format!("{texts:?}"), |screen| {
            texts.iter().all(|text| screen.contains(text))
        })
    }

    /// Waits until the screen shows every one of `texts` and the status line
    /// says the session was saved ("saved 10:42:07"): only then is the file on
    /// disk what the screen shows.
    pub fn wait_for_saved(&self, texts: &[&str]) -> String {
        self.wait_until(&format!("{texts:?} and a save"), |screen| {
            shows_a_save(screen) && texts.iter().all(|text| screen.contains(text))
        })
    }

    /// Waits until `done` holds for the screen, read the same twice in a row so
    /// that a frame still being drawn is not taken for the finished one.
    fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        let mut previous = String::new();
        loop {
            let screen = self.screen();
            if done(&screen) && screen == previous {
                return screen;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "the screen never showed {what}:\n{screen}"
            );
            previous = screen;
            sleep(Duration::from_millis(50));
        }
    }

    /// Types keys, in tmux's names (`q`, `Enter`, `C-c`, `Down`).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "huddle"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Types text literally, character by character.
    pub fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", "huddle", "-l", text]);
    }

    /// Pastes text as a terminal does when the facilitator pastes: in one piece,
    /// marked as a paste for a program that asked for that.
    pub fn paste(&self, text: &str) {
        self.run(&["set-buffer", "--", text]);
        self.run(&["paste-buffer", "-p", "-t", "huddle"]);
    }

    /// Kills huddle the hard way (SIGKILL): no clean-up runs.
    pub fn kill_hard(&self) {
        let pid = self.run(&["list-panes", "-t", "huddle", "-F", "#{pane_pid}"]);
        let status = Command::new("kill")
            .args(["-9", pid.trim()])
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill -9 {pid}");
    }

    /// Resizes the terminal, as a facilitator dragging the window does.
    pub fn resize(&self, width: u16, height: u16) {
        let (w, h) = (width.to_string(), height.to_string());
        self.run(&["resize-window", "-t", "huddle", "-x", &w, "-y", &h]);
    }

    /// Whether huddle still runs (its window closes when it exits).
    pub fn running(&self) -> bool {
        Command::new("tmux")
            .args(["-L", &self.socket, "has-session", "-t", "huddle"])
            .output()
            .is_ok_and(|output| output.status.success())
    }

    /// Waits until huddle has exited.
    pub fn wait_for_exit(&self) {
        let start = Instant::now();
        while self.running() {
            assert!(
                start.elapsed() < PATIENCE,
                "huddle did not exit:\n{}",
                self.screen()
            );
            sleep(Duration::from_millis(50));
        }
    }
}

/// Whether the status line tells of a save: "saved" and a time of day.
fn shows_a_save(screen: &str) -> bool {
    screen.match_indices("saved ").any(|(at, word)| {
        let time = screen.as_bytes().get(at + word.len()..at + word.len() + 8);
        time.is_some_and(|time| {
            time.iter().enumerate().all(|(i, byte)| match i {
                2 | 5 => *byte == b':',
                _ => byte.is_ascii_digit(),
            })
        })
    })
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}
