//! The run loop: messages come in from the keyboard and from a channel any other
//! source can feed; `update` applies each; the loop performs the effects it asks
//! for (save, export, quit) and draws. The terminal is restored however the loop
//! ends (a panic included: ratatui's init installs a hook that restores it first).

use std::collections::VecDeque;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::Duration;

use chrono::Local;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::execute;
use ratatui::layout::{Position, Rect, Size};
use ratatui::{DefaultTerminal, Terminal};

use crate::app::keymap::{action_for, is_ctrl_c};
use crate::app::phone::{PhoneRequest, Reply, RequestId};
use crate::app::picker::{Choice, KEYS as PICKER_KEYS, MIN_SIZE as PICKER_MIN_SIZE};
use crate::app::picker::{Picker, PickerAction};
use crate::app::{App, Effect, Msg};
use crate::room::{RoomControl, RoomOptions, claims_file};
use crate::storage::{
    SessionLock, StorageError, rename_session, repoint_follow_ups, save_session, write_export,
};

/// How often the screen is redrawn when no message comes.
const TICK: Duration = Duration::from_millis(500);

/// How long the keyboard reader waits for a key before it looks whether the
/// loop has ended.
const KEYBOARD_POLL: Duration = Duration::from_millis(100);

/// Runs the workshop app on the session at `path` until the facilitator quits;
/// the room opens at once when `room` says so.
pub fn run_app(mut app: App, path: &Path, room: RoomOptions) -> io::Result<()> {
    // Every source of messages sends into this channel: the keyboard reader
    // and the room server, each with a clone of `sender`.
    let (sender, messages) = mpsc::channel();
    let mut phones = RoomControl::new(sender.clone(), room.bind);
    if room.open {
        let opened = phones.open(&app);
        app.update(opened);
    }
    let stop = AtomicBool::new(false);
    with_terminal(|terminal| {
        thread::scope(|scope| {
            let keyboard = scope.spawn(|| read_keyboard(&sender, &stop));
            let outcome = {
                // Stops the reader however the loop ends, a panic included, so
                // the scope never waits for it forever.
                let _stop = StopOnDrop(&stop);
                drive(&mut app, path, terminal, &messages, &mut phones, || {
                    keyboard.is_finished()
                })
            };
            let keys = keyboard
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            outcome.and(keys)
        })
    })
}

/// Draws, waits for messages, and applies them a step at a time, until a quit.
/// Any backend will do, so the room's benchmark can run the loop itself.
///
/// Each step is saved, answered and drawn before the next starts, and the
/// facilitator's keys go first: a step is every key waiting, or else at most
/// `PHONE_SLICE` phones' requests. So a key never waits behind a room full of
/// phones, only behind the one slice already under way.
pub fn drive<B: Backend<Error = io::Error>>(
    app: &mut App,
    path: &Path,
    terminal: &mut Terminal<B>,
    messages: &Receiver<Msg>,
    phones: &mut RoomControl,
    keyboard_ended: impl Fn() -> bool,
) -> io::Result<()> {
    // The app knows the window's size, so it can hold keys while the screen
    // only asks for a larger window.
    let size = terminal.size()?;
    app.update(Msg::Resize(size.width, size.height));
    let mut waiting = Waiting::default();
    // A session renamed from the app is saved, and locked, under its new name.
    let mut path = path.to_path_buf();
    let mut _renamed_lock = None;
    loop {
        app.update(Msg::Tick(Local::now().naive_local()));
        terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        if waiting.is_empty() {
            // Wake twice a second, so a running timer counts down on screen.
            match messages.recv_timeout(TICK) {
                Ok(msg) => waiting.push(msg),
                Err(RecvTimeoutError::Timeout) if !keyboard_ended() => continue,
                // The keyboard reader has stopped (its error is the loop's outcome).
                Err(_) => return Ok(()),
            }
        }
        waiting.extend(messages.try_iter());
        // The time first, so what the messages do happens at the time now.
        let now = Msg::Tick(Local::now().naive_local());
        let step = [now].into_iter().chain(waiting.next_step());
        let applied = apply(app, &path, step, phones);
        if let Some((renamed, lock)) = applied.renamed {
            path = renamed;
            _renamed_lock = Some(lock);
        }
        phones.answer(app, applied.replies);
        if applied.quit {
            return Ok(());
        }
    }
}

/// How many phones' requests one step applies at most: a whole room, so a
/// room that sends together costs one save (the save, not the entries, takes
/// the time: a step of 1,000 entries takes a few milliseconds more than one
/// of 100), and still few enough that a key waits for one short step at most.
const PHONE_SLICE: usize = 1000;

/// The messages received and not yet applied: the phones' requests apart, so
/// every other message (the facilitator's keys) can go before them.
#[derive(Default)]
struct Waiting {
    others: Vec<Msg>,
    phones: VecDeque<PhoneRequest>,
}

impl Waiting {
    fn push(&mut self, msg: Msg) {
        match msg {
            Msg::Phone(request) => self.phones.push_back(request),
            msg => self.others.push(msg),
        }
    }

    fn extend(&mut self, messages: impl IntoIterator<Item = Msg>) {
        for msg in messages {
            self.push(msg);
        }
    }

    fn is_empty(&self) -> bool {
        self.others.is_empty() && self.phones.is_empty()
    }

    /// Every message but the phones' if any wait, in the order they came;
    /// otherwise the oldest slice of phones' requests, as one message.
    fn next_step(&mut self) -> Vec<Msg> {
        if !self.others.is_empty() {
            return std::mem::take(&mut self.others);
        }
        let slice = self.phones.len().min(PHONE_SLICE);
        if slice == 0 {
            return Vec::new();
        }
        vec![Msg::Phones(self.phones.drain(..slice).collect())]
    }
}

/// What a batch of messages came to: whether to quit, and the phones' answers,
/// each given by `update` only once the save holding its entry is reported.
struct Applied {
    quit: bool,
    replies: Vec<(RequestId, Reply)>,
    /// The session file's new name and its lock, when it was renamed.
    renamed: Option<(PathBuf, SessionLock)>,
}

/// Runs `update` on each message, then performs the effects they asked for: one
/// save for all of them (group commit: many phones, one fsync), then the
/// exports, and the room opened or closed. What the save, the exports and the
/// room report goes back through `update`, which says when to quit. Nothing is
/// drawn or answered until this returns, so neither the screen nor a phone
/// hears of a change before it is saved.
fn apply(
    app: &mut App,
    path: &Path,
    messages: impl IntoIterator<Item = Msg>,
    phones: &mut RoomControl,
) -> Applied {
    let mut effects: Vec<Effect> = messages
        .into_iter()
        .flat_map(|msg| app.update(msg))
        .collect();
    let mut quit = false;
    let mut replies = Vec::new();
    let mut renamed: Option<(PathBuf, SessionLock)> = None;
    let mut path = path.to_path_buf();
    while !effects.is_empty() {
        let mut next = Vec::new();
        if let Some(saved) = save(app, &path, &effects) {
            next.extend(app.update(saved));
        }
        for effect in effects {
            match effect {
                Effect::Save | Effect::SaveClaims => {}
                Effect::Reply(id, answer) => replies.push((id, answer)),
                Effect::OpenRoom => {
                    let opened = phones.open(app);
                    next.extend(app.update(opened));
                }
                Effect::CloseRoom => {
                    let closed = phones.close();
                    next.extend(app.update(closed));
                }
                Effect::Export(format) => {
                    let exported = match write_export(&path, app.session(), format, None) {
                        Ok(written) => Msg::Exported(written.display().to_string()),
                        Err(error) => Msg::ExportFailed(error.to_string()),
                    };
                    next.extend(app.update(exported));
                }
                Effect::RenameFile(name) => {
                    let target = path.with_file_name(&name);
                    let answer = match rename_open_session(&path, &target) {
                        Ok((lock, left)) => {
                            path = target.clone();
                            renamed = Some((target, lock));
                            Msg::Renamed(name, left)
                        }
                        Err(error) => Msg::RenameFailed(error.to_string()),
                    };
                    next.extend(app.update(answer));
                }
                Effect::Quit => quit = true,
            }
        }
        effects = next;
    }
    Applied {
        quit,
        replies,
        renamed,
    }
}

/// Renames the open session's file (with its backup and phones' claims),
/// taking the new name's lock first so no other huddle can open it meanwhile;
/// sessions that follow it are pointed at the new name. A follow-up open in
/// another huddle keeps the old name: the rename stands, and what was left
/// comes back in words.
fn rename_open_session(
    path: &Path,
    target: &Path,
) -> Result<(SessionLock, Vec<String>), StorageError> {
    let lock = SessionLock::acquire(target)?;
    rename_session(path, target, &[claims_file::path_for])?;
    Ok((lock, repoint_follow_ups(path, target)))
}

/// Writes what the effects ask to save (the session, the phones' claims) and
/// says how it went; `None` when nothing is to be saved.
fn save(app: &App, path: &Path, effects: &[Effect]) -> Option<Msg> {
    let session = effects.contains(&Effect::Save);
    let claims = effects.contains(&Effect::SaveClaims);
    if !session && !claims {
        return None;
    }
    let mut written = Ok(());
    if claims {
        written = claims_file::save(path, app.claims());
    }
    if session && written.is_ok() {
        written = save_session(path, app.session());
    }
    Some(match written {
        Ok(()) => Msg::Saved(Local::now().time()),
        Err(error) => Msg::SaveFailed(error.to_string()),
    })
}

/// Raises the flag that stops the keyboard reader when dropped.
struct StopOnDrop<'a>(&'a AtomicBool);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// Reads the terminal's events until the loop ends, and sends the keys and the
/// new sizes on as messages.
fn read_keyboard(sender: &Sender<Msg>, stop: &AtomicBool) -> io::Result<()> {
    while !stop.load(Ordering::Relaxed) {
        if !event::poll(KEYBOARD_POLL)? {
            continue;
        }
        let msg = match event::read()? {
            Event::Key(key) => Msg::Key(key),
            Event::Paste(text) => Msg::Paste(text),
            Event::Resize(width, height) => Msg::Resize(width, height),
            _ => continue,
        };
        if sender.send(msg).is_err() {
            break;
        }
    }
    Ok(())
}

/// Shows the session picker until the facilitator quits or chooses something
/// `open` accepts. What `open` refuses, it says why: the picker stays, with the
/// reason on screen, so one session held elsewhere does not end huddle.
pub fn run_picker<T>(
    mut picker: Picker,
    mut open: impl FnMut(Choice) -> Result<T, String>,
) -> io::Result<T> {
    with_terminal(|terminal| {
        let mut size = terminal.size()?;
        loop {
            terminal.draw(|frame| frame.render_widget(&picker, frame.area()))?;
            let key = match event::read()? {
                Event::Key(key) => key,
                Event::Resize(width, height) => {
                    size = Size { width, height };
                    continue;
                }
                _ => continue,
            };
            let action = if is_ctrl_c(&key) {
                Some(PickerAction::Quit)
            } else {
                action_for(&[PICKER_KEYS], key)
            };
            // While only "make the window larger" shows, nobody can see what a
            // key would open: every key but quit waits.
            let too_small = !PICKER_MIN_SIZE.fits(Rect::from((Position::ORIGIN, size)));
            let action = action.filter(|&action| !too_small || action == PickerAction::Quit);
            if let Some(action) = action
                && !picker.apply(action)
            {
                match open(picker.choice()) {
                    Ok(opened) => return Ok(opened),
                    Err(reason) => picker.refuse(reason),
                }
            }
        }
    })
}

/// Sets the terminal up for `body` and restores it afterwards.
fn with_terminal<R>(body: impl FnOnce(&mut DefaultTerminal) -> io::Result<R>) -> io::Result<R> {
    let mut terminal = ratatui::try_init()?;
    // Pasted text arrives as one event, so its letters never run as keys.
    execute!(io::stdout(), EnableBracketedPaste)?;
    let restore_terminal = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |panic| {
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        restore_terminal(panic);
    }));
    let result = body(&mut terminal);
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::ThemeName;
    use crate::domain::{Phase, Session};
    use crate::storage::load_session;

    fn app() -> App {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
        let framework = crate::storage::assets::default_framework().unwrap();
        let session = Session::new("Customer day", date, framework);
        App::new(session, "x.ron".into(), false, ThemeName::Default, false)
    }

    fn closed_room() -> RoomControl {
        RoomControl::new(mpsc::channel().0, None)
    }

    #[test]
    fn every_waiting_message_is_applied_then_saved_before_the_quit() {
        let folder = tempfile::TempDir::new().unwrap();
        let path = folder.path().join("x.ron");
        let mut app = app();
        let waiting = [Msg::NextPhase, Msg::NextPhase, Msg::Quit];
        assert!(
            apply(&mut app, &path, waiting, &mut closed_room()).quit,
            "the quit goes once saved"
        );
        let saved = load_session(&path).unwrap();
        assert_eq!(saved.position.phase, Phase::Benchmark);
        assert!(app.status.text.starts_with("saved "), "{}", app.status.text);
    }

    #[test]
    fn phones_are_answered_once_the_one_save_of_their_batch_is_on_disk() {
        use crate::app::phone::{Accepted, PhoneAction, PhoneRequest, Token};
        let folder = tempfile::TempDir::new().unwrap();
        let path = folder.path().join("x.ron");
        let mut session = app().session().clone();
        session.add_participant("Ana", None).unwrap();
        session.position.phase = Phase::Benchmark;
        let mut app = App::new(session, "x.ron".into(), false, ThemeName::Default, false);
        let request = |id, action| {
            Msg::Phone(PhoneRequest {
                id,
                token: Token::new("t"),
                action,
            })
        };
        let claim = PhoneAction::Claim { name: "Ana".into() };
        let score = PhoneAction::Score {
            habit: "listen".into(),
            current: Some(4),
            target: None,
        };
        let waiting = [request(1, claim), request(2, score)];
        let applied = apply(&mut app, &path, waiting, &mut closed_room());
        // Each answer finds its entry in the files already.
        let saved = load_session(&path).unwrap();
        assert_eq!(saved.rating("listen", "Ana").current, Some(4));
        let claims = claims_file::load(&path).unwrap();
        assert_eq!(claims.name(&Token::new("t")), Some("Ana"));
        assert_eq!(
            applied.replies,
            [
                (1, Ok(Accepted::Claimed("Ana".into()))),
                (2, Ok(Accepted::Scored))
            ]
        );
    }

    #[test]
    fn keys_go_before_the_phones_waiting_which_come_in_slices() {
        use crate::app::phone::{PhoneAction, Token};
        let phone = |id| {
            Msg::Phone(PhoneRequest {
                id,
                token: Token::new("t"),
                action: PhoneAction::Claim { name: "Ana".into() },
            })
        };
        let count = PHONE_SLICE as u64 * 2 + 5;
        let mut waiting = Waiting::default();
        waiting.extend((0..count).map(phone));
        waiting.extend([Msg::NextPhase, phone(count), Msg::Undo]);
        assert_eq!(waiting.next_step(), [Msg::NextPhase, Msg::Undo]);
        let mut ids = Vec::new();
        while !waiting.is_empty() {
            let [Msg::Phones(slice)] = &waiting.next_step()[..] else {
                panic!("phones come as one message");
            };
            assert!(!slice.is_empty() && slice.len() <= PHONE_SLICE);
            ids.extend(slice.iter().map(|request| request.id));
        }
        assert_eq!(ids, (0..=count).collect::<Vec<_>>(), "in the order sent");
        assert_eq!(waiting.next_step(), []);
    }

    #[test]
    fn after_a_failed_save_the_loop_quits_on_the_second_request() {
        let folder = tempfile::TempDir::new().unwrap();
        let path = folder.path().join("gone").join("x.ron");
        let mut app = app();
        assert!(!apply(&mut app, &path, [Msg::Quit], &mut closed_room()).quit);
        assert!(app.status.is_error);
        assert!(
            app.status.text.starts_with("NOT SAVED: ")
                && app.status.text.ends_with(" (q twice quits anyway)"),
            "{}",
            app.status.text
        );
        assert!(apply(&mut app, &path, [Msg::Quit], &mut closed_room()).quit);
    }
}
