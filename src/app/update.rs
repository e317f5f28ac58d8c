//! `App::update`: every change of state, one message at a time. Here the
//! messages from the loop are taken in and a key's message is sent to its mode's
//! or its phase's handler; the handlers live in a file per phase.

use ratatui::layout::Rect;

use super::choices::ChoiceFor;
use super::window::MIN_SIZE;
use super::{App, EditTarget, Effect, Mode, Msg, PHASES, Status, change_words, keymap};
use crate::domain::{EditError, Phase, Results, Session};

impl App {
    /// Applies one message and returns what the loop must do next.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        let mut effects = match msg {
            Msg::Key(key) => {
                return match keymap::msg_for(self, key) {
                    Some(msg) => self.update(msg),
                    None => Vec::new(),
                };
            }
            Msg::Saved(at) => {
                // The save confirms what the key did; it never hides its message.
                // Saves for phones come often: each replaces the last "saved".
                let saved = format!("saved {}", at.format("%H:%M:%S"));
                let text = &self.status.text;
                let before = text.split(" · saved ").next().unwrap_or_default();
                if self.status.is_error && text.starts_with("NOT SAVED") {
                    // A failed save made up for: one message, no longer an error.
                    self.info(format!("{saved}: the failed save is made up"));
                } else if before.is_empty() || text.starts_with("saved ") {
                    self.status.text = saved;
                } else {
                    self.status.text = format!("{before} · {saved}");
                }
                self.quit_held = false;
                let mut effects = self.phones_saved();
                effects.extend(self.saved_quit());
                effects
            }
            Msg::SaveFailed(why) => {
                let (mut effects, phones) = self.phones_not_saved(&why);
                self.error(format!("NOT SAVED: {why}{phones} (q twice quits anyway)"));
                // After a failed save, quitting takes a second request, so a
                // full disk is noticed before the app closes.
                let quit = self.quitting && self.quit_held;
                self.quit_held |= self.quitting;
                self.quitting = false;
                if quit {
                    effects.push(Effect::Quit);
                }
                effects
            }
            Msg::Exported(path) => {
                self.info(format!("exported to {path}"));
                Vec::new()
            }
            Msg::Renamed(name, left) => {
                match left.first() {
                    None => self.info(format!("the file is now {name}")),
                    Some(why) => self.error(format!("the file is now {name}, but {why}")),
                }
                self.file_label = name;
                Vec::new()
            }
            Msg::RenameFailed(why) => {
                self.error(format!("not renamed: {why}"));
                Vec::new()
            }
            Msg::ExportFailed(why) => {
                self.error(format!("export failed: {why}"));
                Vec::new()
            }
            Msg::Tick(now) => {
                self.now = Some(now);
                Vec::new()
            }
            Msg::Resize(width, height) => {
                self.window_too_small = !MIN_SIZE.fits(Rect::new(0, 0, width, height));
                Vec::new()
            }
            // Phones are answered whatever the window shows.
            Msg::Phone(request) => self.phone_requests(vec![request]),
            Msg::Phones(requests) => self.phone_requests(requests),
            Msg::RoomOpened(access) => {
                self.info(format!(
                    "room open: phones join at {} with PIN {}",
                    access.url, access.pin
                ));
                self.room = Some(access);
                Vec::new()
            }
            Msg::RoomFailed(why) => {
                self.error(format!("the room did not open: {why}"));
                Vec::new()
            }
            Msg::RoomClosed => {
                self.room = None;
                self.info("room closed: phones can no longer reach huddle".into());
                Vec::new()
            }
            // Only "make the window larger" is on screen: a key must not change
            // what nobody can see. Quitting still works.
            msg if self.window_too_small && msg != Msg::Quit => Vec::new(),
            msg => {
                // Each key starts with a clear status line: only its own outcome shows.
                self.status = Status::default();
                self.handle(msg)
            }
        };
        self.clamp_cursors();
        if self.read_only {
            // Nothing is written from a read-only view, not even the cursor.
            effects.retain(|effect| *effect != Effect::Save);
        }
        effects
    }

    /// A key's message, handled by the mode the app is in.
    fn handle(&mut self, msg: Msg) -> Vec<Effect> {
        if let Msg::Paste(_) = msg
            && !matches!(self.mode, Mode::Editing(_))
        {
            // A pasted line of text must not turn into commands (an `r` that
            // reveals, a `u` that undoes): outside a field it does nothing.
            self.info("paste goes into a text field: open one first (Enter, a, n, b)".into());
            return Vec::new();
        }
        match &self.mode {
            Mode::Normal => self.normal(msg),
            Mode::Editing(_) => self.editing(msg),
            Mode::Confirm(confirmation) => self.confirming(*confirmation, msg),
            Mode::Help => self.helping(msg),
            Mode::Voting(_) => self.voting(msg),
            Mode::Suggesting(_) => self.suggesting(msg),
            Mode::Choosing(_) => self.choosing(msg),
        }
    }

    pub(super) fn info(&mut self, text: String) {
        self.status = Status {
            text,
            is_error: false,
        };
    }

    pub(super) fn error(&mut self, text: String) {
        self.status = Status {
            text,
            is_error: true,
        };
    }

    /// Applies a change to the session, or refuses it with a message. A change
    /// that goes through is undoable and saved at once.
    ///
    /// Every change of the session (anything but a cursor) comes through here, and
    /// here the session's own rules are checked after the change: one that would
    /// leave the session with a problem `parse_session` refuses is undone and its
    /// reason shown, so every state the app saves is a file that reopens.
    pub(super) fn change(
        &mut self,
        apply: impl FnOnce(&mut Session) -> Result<(), EditError>,
    ) -> Vec<Effect> {
        match self.try_change(apply) {
            Ok(effects) => effects,
            Err(why) => {
                self.error(why);
                Vec::new()
            }
        }
    }

    /// `change` for a caller that answers a refusal itself (a phone): the reason
    /// is handed back instead of shown on the status line.
    pub(super) fn try_change(
        &mut self,
        apply: impl FnOnce(&mut Session) -> Result<(), EditError>,
    ) -> Result<Vec<Effect>, String> {
        if self.read_only {
            return Err("read-only: this session cannot be changed here".into());
        }
        if self.batching {
            // Phones' entries taken in one go: `phones` copies the session,
            // checks it whole and keeps one undo step once for all of them.
            // Each entry still meets its own rules here, and `set_score` and
            // `cast` check before they change anything, so a refusal leaves
            // the session as it was.
            apply(&mut self.session).map_err(|error| error.to_string())?;
            return Ok(vec![Effect::Save]);
        }
        let before = self.session.clone();
        let outcome = apply(&mut self.session).and_then(|()| self.new_problem(&before));
        match outcome {
            Ok(()) => {
                self.history.record(before);
                self.results = Results::of(&self.session);
                Ok(vec![Effect::Save])
            }
            Err(error) => {
                self.session = before;
                Err(error.to_string())
            }
        }
    }

    /// The first rule the session breaks now that it did not break `before`.
    pub(super) fn new_problem(&self, before: &Session) -> Result<(), EditError> {
        let problems = self.session.problems();
        if problems.is_empty() {
            return Ok(());
        }
        // Only a session built in code can start with problems (files are checked
        // when loaded); such a session may still change, as long as it gets no worse.
        let known: Vec<String> = before.problems().into_iter().map(|p| p.message).collect();
        match problems.into_iter().find(|p| !known.contains(&p.message)) {
            Some(problem) => Err(EditError::Broken(problem.message)),
            None => Ok(()),
        }
    }

    /// Asks to quit. The cursor is saved too, so reopening continues at the same
    /// place; the app quits when the loop reports the save (`Msg::Saved`).
    pub(super) fn quit(&mut self) -> Vec<Effect> {
        if self.read_only {
            return vec![Effect::Quit];
        }
        self.quitting = true;
        vec![Effect::Save]
    }

    /// The quit that was waiting for a save, now that the save is done.
    fn saved_quit(&mut self) -> Vec<Effect> {
        if std::mem::take(&mut self.quitting) {
            vec![Effect::Quit]
        } else {
            Vec::new()
        }
    }

    pub(super) fn normal(&mut self, msg: Msg) -> Vec<Effect> {
        if !matches!(msg, Msg::Score(_))
            && let Some(typed) = self.pending_score.take()
        {
            return self.finish_typed_score(typed, msg);
        }
        match msg {
            Msg::NextPhase | Msg::PreviousPhase => {
                let at = PHASES.iter().position(|&p| p == self.phase()).unwrap_or(0);
                let next = if msg == Msg::NextPhase {
                    at + 1
                } else {
                    at + PHASES.len() - 1
                };
                self.session.position.phase = PHASES[next % PHASES.len()];
                vec![Effect::Save]
            }
            Msg::Undo => self.travel(true),
            Msg::Redo => self.travel(false),
            Msg::ToggleHelp => {
                self.mode = Mode::Help;
                self.help_scroll = 0;
                Vec::new()
            }
            Msg::SwitchTheme => {
                self.theme = self.theme.next();
                self.info(format!("theme: {}", self.theme.label()));
                Vec::new()
            }
            Msg::Quit => self.quit(),
            Msg::Export => self.choose(ChoiceFor::ExportFormat),
            Msg::ToggleRoom => self.toggle_room(),
            Msg::TogglePresenter => {
                self.presenter = !self.presenter;
                Vec::new()
            }
            Msg::SetTimer => {
                let minutes = self.session.timer.as_ref().map_or(5, |t| t.seconds / 60);
                self.begin_edit(EditTarget::TimerMinutes, minutes.to_string())
            }
            Msg::PauseTimer => self.pause_timer(),
            msg => match self.phase() {
                Phase::Setup => self.setup(msg),
                Phase::Participants => self.participants(msg),
                Phase::Benchmark => self.benchmark(msg),
                Phase::Results => self.results_screen(msg),
                Phase::Prioritise => self.prioritise(msg),
                Phase::Plan => self.plan(msg),
                Phase::WrapUp => self.wrap_up(msg),
            },
        }
    }

    /// Stops the countdown where it stands, or lets it run on from there.
    fn pause_timer(&mut self) -> Vec<Effect> {
        if self.session.timer.is_none() {
            self.info("no timer is set: T sets one".into());
            return Vec::new();
        }
        let now = self.now();
        let effects = self.change(|s| {
            s.timer
                .as_mut()
                .ok_or(EditError::Missing)?
                .toggle_pause(now);
            Ok(())
        });
        if let Some(timer) = self.session.timer.as_ref().filter(|_| !effects.is_empty()) {
            let left = timer.display(now);
            self.info(if timer.is_running() {
                format!("timer running: {left} left")
            } else {
                format!("timer paused at {left}: Ctrl+T runs it on")
            });
        }
        effects
    }

    /// Undoes (or redoes) one change, cursor included.
    fn travel(&mut self, back: bool) -> Vec<Effect> {
        if self.read_only {
            return Vec::new();
        }
        let current = self.session.clone();
        let found = if back {
            self.history.undo(current)
        } else {
            self.history.redo(current)
        };
        let word = if back { "undo" } else { "redo" };
        match found {
            Some(session) => {
                // The step reads the same both ways: from the earlier snapshot
                // to the later one.
                let what = if back {
                    change_words::describe(&session, &self.session)
                } else {
                    change_words::describe(&self.session, &session)
                };
                // Every snapshot is a state that passed `change` (or the one the
                // app opened with), so it needs no second check.
                self.session = session;
                self.results = Results::of(&self.session);
                self.info(format!("{word}ne: {what}"));
                vec![Effect::Save]
            }
            None => {
                self.info(format!("nothing to {word}"));
                Vec::new()
            }
        }
    }

    fn helping(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::ToggleHelp | Msg::Cancel => {
                self.mode = Mode::Normal;
                Vec::new()
            }
            Msg::Quit => self.quit(),
            // The overlay stops at its last line (`ui` knows how many there are).
            Msg::Up => {
                self.help_scroll = self.help_scroll.saturating_sub(1);
                Vec::new()
            }
            Msg::Down => {
                self.help_scroll = self.help_scroll.saturating_add(1);
                Vec::new()
            }
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::ThemeName;

    fn app() -> App {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
        let framework = crate::storage::assets::default_framework().unwrap();
        let mut session = Session::new("Customer day", date, framework);
        session.add_participant("Ana", None).unwrap();
        App::new(session, "test.ron".into(), false, ThemeName::Default, false)
    }

    #[test]
    fn a_change_that_breaks_a_rule_of_the_session_is_refused_with_the_reason() {
        let mut app = app();
        let before = app.session().clone();
        let effects = app.change(|s| {
            s.participants[0].area = Some("Nowhere".into());
            Ok(())
        });
        assert_eq!(effects, []);
        assert_eq!(*app.session(), before, "the session stays as it was");
        assert!(app.status.is_error);
        assert_eq!(
            app.status.text,
            "not changed: participant \"Ana\" is in area \"Nowhere\", which is not one of the session's areas"
        );
        app.update(Msg::Undo);
        assert_eq!(
            app.status.text, "nothing to undo",
            "a refusal is not undoable"
        );
    }

    #[test]
    fn a_session_with_problems_may_change_as_long_as_it_gets_no_worse() {
        let mut app = app();
        app.session.title = String::new();
        assert_eq!(
            app.change(|s| {
                s.facilitator = "Kim".into();
                Ok(())
            }),
            [Effect::Save]
        );
        assert_eq!(
            app.change(|s| {
                s.areas.push(String::new());
                Ok(())
            }),
            []
        );
    }
}
