//! Wrong PINs, counted per address: after a few, that address waits before it
//! may try again, so guessing the PIN takes longer than a workshop.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Wrong PINs an address may send before it has to wait.
pub const TRIES: u32 = 5;

/// How long an address waits after its last allowed wrong PIN.
pub const WAIT: Duration = Duration::from_secs(60);

/// Addresses remembered at most; the oldest are forgotten first.
const REMEMBERED: usize = 4096;

/// The wrong PINs of each address: how many, and since when.
#[derive(Debug, Default)]
pub struct PinGuard {
    wrong: Mutex<HashMap<IpAddr, (u32, Instant)>>,
}

impl PinGuard {
    /// Whether `address` may try a PIN now.
    pub fn may_try(&self, address: IpAddr, now: Instant) -> bool {
        let wrong = self.wrong.lock().unwrap_or_else(|e| e.into_inner());
        match wrong.get(&address) {
            Some(&(count, since)) => count < TRIES || now.duration_since(since) >= WAIT,
            None => true,
        }
    }

    /// Counts a wrong PIN from `address`.
    pub fn wrong(&self, address: IpAddr, now: Instant) {
        let mut wrong = self.wrong.lock().unwrap_or_else(|e| e.into_inner());
        if wrong.len() >= REMEMBERED {
            wrong.retain(|_, (_, since)| now.duration_since(*since) < WAIT);
        }
        let entry = wrong.entry(address).or_insert((0, now));
        if now.duration_since(entry.1) >= WAIT {
            *entry = (0, now);
        }
        entry.0 += 1;
        entry.1 = now;
    }

    /// Forgets an address's wrong PINs once it sends the right one.
    pub fn right(&self, address: IpAddr) {
        let mut wrong = self.wrong.lock().unwrap_or_else(|e| e.into_inner());
        wrong.remove(&address);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_waits_after_five_wrong_pins_and_others_do_not() {
        let guard = PinGuard::default();
        let (phone, other) = ([10, 0, 0, 5].into(), [10, 0, 0, 6].into());
        let start = Instant::now();
        for _ in 0..TRIES {
            assert!(guard.may_try(phone, start));
            guard.wrong(phone, start);
        }
        assert!(!guard.may_try(phone, start + WAIT / 2));
        assert!(guard.may_try(other, start));
        assert!(guard.may_try(phone, start + WAIT));
        guard.right(phone);
        assert!(guard.may_try(phone, start));
    }
}
