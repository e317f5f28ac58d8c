//! What every handler shares: the way into the loop, the answers awaited, what
//! phones may see, and who has given the PIN.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use tokio::sync::oneshot;

use super::pin_guard::PinGuard;
use crate::app::Msg;
use crate::app::phone::{PhoneAction, PhoneRequest, PhoneView, Refusal, Reply, RequestId, Token};

/// How long a phone waits for the laptop's answer before it is told to retry.
const ANSWER_WITHIN: Duration = Duration::from_secs(10);

/// The room server's state, shared by its handlers and the loop.
#[derive(Debug)]
pub struct Shared {
    /// Into the loop, as messages.
    sender: Sender<Msg>,
    pub pin: String,
    view: RwLock<Arc<PhoneView>>,
    waiting: Mutex<HashMap<RequestId, oneshot::Sender<Reply>>>,
    next_id: AtomicU64,
    /// Tokens given to phones that sent the PIN since the room opened.
    admitted: Mutex<HashSet<Token>>,
    pub pins: PinGuard,
}

impl Shared {
    pub fn new(sender: Sender<Msg>, pin: String, view: PhoneView) -> Self {
        Shared {
            sender,
            pin,
            view: RwLock::new(Arc::new(view)),
            waiting: Mutex::new(HashMap::new()),
            next_id: AtomicU64::new(1),
            admitted: Mutex::new(HashSet::new()),
            pins: PinGuard::default(),
        }
    }

    /// What phones may see, as the loop last published it.
    pub fn view(&self) -> Arc<PhoneView> {
        self.view.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn publish(&self, view: PhoneView) {
        *self.view.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(view);
    }

    /// Lets a token in: its phone gave the PIN.
    pub fn admit(&self, token: Token) {
        lock(&self.admitted).insert(token);
    }

    /// Whether a token may be served: it was given for the PIN, in this run or
    /// (once it claimed a name) an earlier one.
    pub fn is_admitted(&self, token: &Token) -> bool {
        lock(&self.admitted).contains(token) || self.view().claims.name(token).is_some()
    }

    /// Sends a phone's request to the loop and waits for its answer, which
    /// comes once the change is saved.
    pub async fn ask(&self, token: Token, action: PhoneAction) -> Reply {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (answer, answered) = oneshot::channel();
        lock(&self.waiting).insert(id, answer);
        let request = Msg::Phone(PhoneRequest { id, token, action });
        let sent = self.sender.send(request);
        let no_answer = || Err(Refusal::NotSaved("the laptop did not answer".into()));
        if sent.is_err() {
            lock(&self.waiting).remove(&id);
            return no_answer();
        }
        match tokio::time::timeout(ANSWER_WITHIN, answered).await {
            Ok(Ok(reply)) => reply,
            _ => {
                lock(&self.waiting).remove(&id);
                no_answer()
            }
        }
    }

    /// Hands the loop's answer to the request waiting for it.
    pub fn answer(&self, id: RequestId, reply: Reply) {
        if let Some(waiting) = lock(&self.waiting).remove(&id) {
            // The phone may have gone; then nobody needs the answer.
            let _ = waiting.send(reply);
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}
