//! The room: phones on the local network join with a PIN, choose their name,
//! score the open habit and vote in the open round, through a small web server
//! on its own thread with its own runtime. Each request becomes a `Msg` for the
//! loop, and is answered once the save that holds it is done; the loop
//! publishes what phones may see after every update.

pub mod claims_file;
mod control;
mod handlers;
mod lan;
mod listener;
mod pages;
mod pin_guard;
mod router;
mod secret;
mod shared;

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::mpsc::Sender;
use std::thread::{self, JoinHandle};

use tokio::sync::oneshot;

use crate::app::Msg;
use crate::app::phone::{PhoneView, Reply, RequestId};
pub use control::{RoomControl, RoomOptions};
use shared::Shared;

/// The room while it is open: where it listens, its PIN, and the server.
/// Dropping it stops the server.
#[derive(Debug)]
pub struct Room {
    shared: Arc<Shared>,
    /// What phones see now, as last published.
    published: PhoneView,
    address: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    server: Option<JoinHandle<()>>,
}

impl Room {
    /// Listens at `bind` and serves phones, sending their requests on `sender`.
    pub fn open(bind: SocketAddr, sender: Sender<Msg>, view: PhoneView) -> io::Result<Room> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let listener = {
            let _inside = runtime.enter();
            listener::bind(bind)?
        };
        let address = listener.local_addr()?;
        let shared = Arc::new(Shared::new(sender, secret::new_pin()?, view.clone()));
        let app = router::router(shared.clone());
        let (stop, stopped) = oneshot::channel();
        let server = thread::Builder::new().name("room".into()).spawn(move || {
            runtime.block_on(async move {
                let listener =
                    listener::Capped::new(listener, listener::CONNECTIONS, listener::IDLE);
                let service = app.into_make_service_with_connect_info::<listener::Peer>();
                tokio::select! {
                    _ = axum::serve(listener, service) => {}
                    _ = stopped => {}
                }
            });
        })?;
        Ok(Room {
            shared,
            published: view,
            address,
            stop: Some(stop),
            server: Some(server),
        })
    }

    /// Where phones reach the room.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The PIN phones join with.
    pub fn pin(&self) -> &str {
        &self.shared.pin
    }

    /// What phones may see from now on; handed to the server only when it
    /// changed (most of the facilitator's keys change nothing phones see).
    pub fn publish(&mut self, view: PhoneView) {
        if view != self.published {
            self.shared.publish(view.clone());
            self.published = view;
        }
    }

    /// Answers a phone's request.
    pub fn answer(&self, id: RequestId, reply: Reply) {
        self.shared.answer(id, reply);
    }
}

impl Drop for Room {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(server) = self.server.take() {
            let _ = server.join();
        }
    }
}
#[cfg(test)]
mod tests;
