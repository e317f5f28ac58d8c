//! The messages `update` takes and the effects it asks the loop for.

use chrono::{NaiveDateTime, NaiveTime};
use ratatui::crossterm::event::KeyEvent;
use tui_input::InputRequest;

use super::phone::{PhoneRequest, Reply, RequestId, RoomAccess};
use crate::export::Format;

/// What the facilitator asked for, from a key or from the loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// A key pressed, from the loop: the keymap says what it means right now.
    Key(KeyEvent),
    /// Text pasted into the terminal, as one piece: it goes into the field being
    /// edited and never runs as keys.
    Paste(String),
    NextPhase,
    PreviousPhase,
    Up,
    Down,
    PreviousHabit,
    NextHabit,
    /// Left and right within a table.
    Left,
    Right,
    /// Enter: edit what is under the cursor.
    Edit,
    Add,
    Delete,
    MoveUp,
    MoveDown,
    /// Space: flip what is under the cursor (a flag, the score column).
    Toggle,
    /// A digit key: a score, or part of one on a scale such as 0-10.
    Score(u8),
    ClearScore,
    AddNote,
    AddBarrier,
    ToggleReveal,
    ToggleHeatMap,
    Undo,
    Redo,
    ToggleHelp,
    SwitchTheme,
    Quit,
    /// A key typed into the text being edited.
    Input(InputRequest),
    Commit,
    Cancel,
    /// Tab while typing: complete a name from the participants.
    Complete,
    Confirm,
    Decline,
    /// Start a voting round on the habits (ordered by gap).
    NewHabitRound,
    /// Start a voting round on the barriers captured in the benchmark.
    NewBarrierRound,
    /// Add an idea of one's own as a candidate.
    AddIdea,
    /// Start collecting votes in the current round.
    CollectVotes,
    /// Close or reopen the current round.
    ToggleClosed,
    /// Suggest practices from the playbook for the plan.
    Suggest,
    /// Owners: participants only, or any name.
    ToggleOwnerPolicy,
    /// Set the activity timer.
    SetTimer,
    /// Pause the activity timer, or let it run on.
    PauseTimer,
    /// Show the room-facing presenter view, or the facilitator's view.
    TogglePresenter,
    /// Export the session (asks the format).
    Export,
    /// The loop wrote an export here.
    Exported(String),
    /// The loop gave the session file this new name; the follow-ups it could
    /// not point at the new name, in words.
    Renamed(String, Vec<String>),
    /// The loop could not rename the session file, and why.
    RenameFailed(String),
    ExportFailed(String),
    /// The clock, from the loop: the time now.
    Tick(NaiveDateTime),
    /// The loop saved the session at this time of day.
    Saved(NaiveTime),
    /// The loop could not save the session, and why.
    SaveFailed(String),
    /// The terminal's size in columns and rows, from the loop.
    Resize(u16, u16),
    /// A request from a phone in the room, through the room server.
    Phone(PhoneRequest),
    /// Requests from phones, taken in one go: one check of the whole session,
    /// one undo step and one save for all of them (see `App::phone_requests`).
    Phones(Vec<PhoneRequest>),
    /// Open the room to phones, or close it.
    ToggleRoom,
    /// Free the phone of the participant under the cursor.
    ReleasePhone,
    /// Allow phones to add their person to the list, or stop them.
    TogglePhonesMayJoin,
    /// The loop opened the room: phones reach it here.
    RoomOpened(RoomAccess),
    /// The loop could not open the room, and why.
    RoomFailed(String),
    /// The loop closed the room.
    RoomClosed,
}

/// What the loop must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the session; the loop answers with `Saved` or `SaveFailed`.
    Save,
    /// Write which phone speaks for whom; answered like `Save`, and with it
    /// when both are asked for.
    SaveClaims,
    /// Answer a phone's request; a change is answered once it is saved.
    Reply(RequestId, Reply),
    /// Start the room server; the loop answers `RoomOpened` or `RoomFailed`.
    OpenRoom,
    /// Stop the room server; the loop answers `RoomClosed`.
    CloseRoom,
    /// Write an export of the session in this format.
    Export(Format),
    /// Give the session file this name (in its folder); the loop answers
    /// `Renamed` or `RenameFailed`.
    RenameFile(String),
    /// Close the app. A quit asks for a save first and comes once it is answered.
    Quit,
}
