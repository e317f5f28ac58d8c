//! The room as the run loop holds it: closed, or open with its server. The
//! loop opens and closes it when `update` asks, hands it what phones may see
//! after each update, and passes on the answers.

use std::io;
use std::net::SocketAddr;
use std::sync::mpsc::Sender;

use super::{Room, lan};
use crate::app::phone::{Reply, RequestId, RoomAccess};
use crate::app::{App, Msg};

/// Where the room listens: `--bind`, or the local network's default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RoomOptions {
    /// Open the room as soon as the session is on screen (`--room`).
    pub open: bool,
    /// `--bind ADDRESS:PORT`; without it, the laptop's address on the local
    /// network and the first free port from 8686.
    pub bind: Option<SocketAddr>,
}

/// The loop's handle on the room.
#[derive(Debug)]
pub struct RoomControl {
    sender: Sender<Msg>,
    bind: Option<SocketAddr>,
    room: Option<Room>,
}

impl RoomControl {
    /// A closed room whose phones will send on `sender`.
    pub fn new(sender: Sender<Msg>, bind: Option<SocketAddr>) -> Self {
        RoomControl {
            sender,
            bind,
            room: None,
        }
    }

    /// Opens the room and says how it went, as a message for `update`.
    pub fn open(&mut self, app: &App) -> Msg {
        match self.listen(app) {
            Ok(room) => {
                let access = RoomAccess {
                    url: format!("http://{}", room.address()),
                    pin: room.pin().to_string(),
                };
                self.room = Some(room);
                Msg::RoomOpened(access)
            }
            Err(error) => Msg::RoomFailed(error.to_string()),
        }
    }

    /// Listens where asked, or at the first free default port.
    fn listen(&self, app: &App) -> io::Result<Room> {
        let open = |bind| Room::open(bind, self.sender.clone(), app.phone_view());
        if let Some(bind) = self.bind {
            return open(bind).map_err(|e| io::Error::new(e.kind(), format!("{bind}: {e}")));
        }
        let mut last = io::Error::other("no port to try");
        for bind in lan::default_binds() {
            match open(bind) {
                Ok(room) => return Ok(room),
                Err(error) => last = io::Error::new(error.kind(), format!("{bind}: {error}")),
            }
        }
        Err(last)
    }

    /// Closes the room: the server stops listening.
    pub fn close(&mut self) -> Msg {
        self.room = None;
        Msg::RoomClosed
    }

    /// Shows phones the state `app` is in now, then gives them their answers.
    pub fn answer(&mut self, app: &App, replies: Vec<(RequestId, Reply)>) {
        let Some(room) = &mut self.room else {
            return;
        };
        room.publish(app.phone_view());
        for (id, reply) in replies {
            room.answer(id, reply);
        }
    }
}
