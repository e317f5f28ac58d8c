//! huddle killed with SIGKILL while phones are sending scores: after reopening
//! the session file, every score a phone was told "saved" is in it, and every
//! name a phone was told it holds is in the claims file beside it.

mod phone_client;
// Only part of the tmux helper is needed here.
#[allow(dead_code)]
mod support;

use std::collections::BTreeMap;
use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use chrono::NaiveDate;
use huddle::app::phone::Token;
use huddle::domain::{Phase, ScoreKind, Session};
use huddle::room::claims_file;
use huddle::storage::{assets, load_session, save_session};
use phone_client::Phone;
use support::Tmux;
use tempfile::TempDir;

/// Phones sending at once.
const PHONES: usize = 12;

/// Scores the phones are told "saved" before huddle is killed: enough that
/// every phone is sending, few enough to stay quick.
const SAVED_BEFORE_KILL: usize = 120;

/// Others in the room, each with every habit scored: a file this large takes
/// milliseconds to save, longer than the kill takes to land.
const SEATED: usize = 400;

/// A port on 127.0.0.1 nobody listens on now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The scores a phone sends as its `n`th request: the current score changes at
/// every request, so the one before the last saved never looks like it.
fn scores(n: usize, min: u8, max: u8) -> (u8, u8) {
    let levels = usize::from(max - min) + 1;
    let level = |k: usize| min + u8::try_from(k % levels).unwrap();
    (level(n), level(n / levels))
}

/// What one phone was told: its cookie, the last request answered "saved" and
/// whether it sent one more that was never answered "saved".
#[derive(Debug)]
struct Told {
    name: String,
    cookie_token: Token,
    last_saved: Option<usize>,
    unanswered: Option<usize>,
}

/// Joins, claims `name`, then scores `habit` again and again until an answer
/// is not "saved" (huddle was killed).
async fn phone(
    address: SocketAddr,
    pin: String,
    name: String,
    habit: String,
    scale: (u8, u8),
    saved: Arc<AtomicUsize>,
    tmux: Arc<Tmux>,
) -> Told {
    let phone = Phone::join(address, &pin).await.expect("the PIN is taken");
    let claimed = phone.claim(&name).await.expect("the claim is answered");
    assert_eq!(claimed.status, 303, "{name} is claimed: {claimed:?}");
    let cookie_token = Token::new(phone.cookie().split_once('=').unwrap().1);
    let mut told = Told {
        name,
        cookie_token,
        last_saved: None,
        unanswered: None,
    };
    for n in 0.. {
        let (current, target) = scores(n, scale.0, scale.1);
        match phone.score(&habit, current, target).await {
            Ok(answer) if answer.saved() => {
                told.last_saved = Some(n);
                // Killed the moment a "saved" arrives, with nothing else let
                // run first: had huddle answered before saving, its save of
                // this score would still be under way.
                if saved.fetch_add(1, Ordering::Relaxed) + 1 == SAVED_BEFORE_KILL {
                    tmux.kill_hard();
                }
            }
            _ => {
                told.unanswered = Some(n);
                break;
            }
        }
    }
    told
}

#[test]
fn every_entry_a_phone_was_told_saved_survives_a_kill_9() {
    let home = TempDir::new().unwrap();
    let folder = home.path().join("sessions");
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("crash.ron");
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Crash day", date, assets::default_framework().unwrap());
    let names: Vec<String> = (1..=PHONES).map(|n| format!("Phone {n:02}")).collect();
    for name in &names {
        session.add_participant(name, None).unwrap();
    }
    let habits: Vec<String> = session
        .framework
        .habits
        .iter()
        .map(|h| h.id.clone())
        .collect();
    for seat in 1..=SEATED {
        let name = format!("Seat {seat:04}");
        session.add_participant(&name, None).unwrap();
        for habit in &habits {
            for kind in [ScoreKind::Current, ScoreKind::Target] {
                session.set_score(habit, &name, kind, Some(3)).unwrap();
            }
        }
    }
    session.position.phase = Phase::Benchmark;
    let habit = session.framework.habits[0].id.clone();
    let scale = (session.framework.scale.min, session.framework.scale.max);
    save_session(&path, &session).unwrap();

    let port = free_port();
    let bind = format!("127.0.0.1:{port}");
    let address: SocketAddr = bind.parse().unwrap();
    let quoted = format!("'{}'", path.display());
    let tmux = Arc::new(Tmux::start(
        "room-crash",
        home.path(),
        &["open", &quoted, "--room", "--bind", &bind],
        120,
        32,
    ));
    tmux.wait_for("room open");
    // The presenter view keeps the PIN on its hint line.
    tmux.keys(&["p"]);
    let screen = tmux.wait_for(&format!("join at http://{bind} · PIN "));
    let pin: String = screen
        .split("· PIN ")
        .nth(1)
        .unwrap()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert_eq!(pin.len(), 6, "{screen}");

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let told: Vec<Told> = runtime.block_on(async {
        let saved = Arc::new(AtomicUsize::new(0));
        let phones: Vec<_> = names
            .iter()
            .map(|name| {
                tokio::spawn(phone(
                    address,
                    pin.clone(),
                    name.clone(),
                    habit.clone(),
                    scale,
                    saved.clone(),
                    tmux.clone(),
                ))
            })
            .collect();
        let mut told = Vec::new();
        for phone in phones {
            let phone = tokio::time::timeout(Duration::from_secs(60), phone);
            told.push(phone.await.expect("huddle is killed mid-stream").unwrap());
        }
        told
    });
    tmux.wait_for_exit();

    let reopened = load_session(&path).expect("the session file opens after the kill");
    let claims = claims_file::load(&path).expect("the claims file opens after the kill");
    let mut checked = BTreeMap::new();
    for phone in &told {
        assert_eq!(
            claims.name(&phone.cookie_token),
            Some(phone.name.as_str()),
            "the claim {} was told is kept",
            phone.name
        );
        let Some(last) = phone.last_saved else {
            continue;
        };
        let rating = reopened.rating(&habit, &phone.name);
        let in_file = (rating.current.unwrap_or(0), rating.target.unwrap_or(0));
        // The last score told "saved", or the one sent after it if huddle saved
        // that one before it was killed and could not say so.
        let allowed: Vec<(u8, u8)> = [Some(last), phone.unanswered]
            .into_iter()
            .flatten()
            .map(|n| scores(n, scale.0, scale.1))
            .collect();
        assert!(
            allowed.contains(&in_file),
            "{} was told {:?} is saved, but the file holds {in_file:?} ({phone:?})",
            phone.name,
            scores(last, scale.0, scale.1),
        );
        checked.insert(phone.name.clone(), last + 1);
    }
    let told_saved: usize = checked.values().sum();
    assert!(
        told_saved >= SAVED_BEFORE_KILL,
        "{told_saved} scores were told saved"
    );
    assert_eq!(checked.len(), PHONES, "every phone was told at least once");
}
