//! The room under load, on 127.0.0.1 only: 1,000 phones join, claim their
//! names, score all 7 habits and cast one ballot, against the real room server
//! and the real run loop (`huddle::run::drive`, drawing to a test backend).
//! The facilitator opens each habit and the round with keys and messages, as
//! at the laptop, and presses keys during the load.
//!
//! Two ways a room sends, measured apart: a burst, where all 1,000 phones
//! send in the same instant (the worst case: the first four habits and the
//! ballot), and a room where people press send over `SPREAD` (the last three
//! habits), in a shuffled order.
//!
//! Each run checks the saved file holds exactly 7,000 ratings and 1,000
//! ballots, each as its phone sent it, and panics otherwise. Criterion times a
//! whole run; the figures the issue asks for are printed at the end: send to
//! "saved" (p50, p99) for each way of sending and key press to frame during
//! the load.

#[path = "../tests/phone_client/mod.rs"]
mod phone_client;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use huddle::app::{App, Msg, ThemeName};
use huddle::domain::{Phase, Session};
use huddle::room::RoomControl;
use huddle::run::drive;
use huddle::storage::{assets, load_session};
use phone_client::Phone;
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, TestBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Size};
use tokio::task::JoinSet;

const PHONES: usize = 1000;

/// How many habits are scored in a burst; the others are spread.
const BURST_HABITS: usize = 4;

/// Over how long the phones send when they are spread.
const SPREAD: Duration = Duration::from_secs(3);

/// How often the facilitator presses a key while phones send.
const KEY_EVERY: Duration = Duration::from_millis(50);

/// Text only the presenter view shows: its hint line with the room's address.
const PRESENTER: &str = "join at http://";

/// What one run measured.
#[derive(Debug, Default)]
struct Figures {
    /// Send to "saved", for every score and ballot sent in a burst.
    burst: Vec<Duration>,
    /// Send to "saved", for every score sent over `SPREAD`.
    spread: Vec<Duration>,
    /// Key press to the frame that shows what the key did, during the load.
    frames: Vec<Duration>,
}

/// A frame the facilitator waits for: the first one flushed that shows (or no
/// longer shows) a text, and who to tell when.
struct Awaited {
    text: &'static str,
    shown: bool,
    tell: Sender<Instant>,
}

/// The test backend, watched: at each flush (a frame finished), a frame being
/// waited for is looked for.
struct Watched {
    inner: TestBackend,
    awaited: Arc<Mutex<Option<Awaited>>>,
}

impl Watched {
    fn screen(&self) -> String {
        let buffer = self.inner.buffer();
        buffer.content.iter().map(Cell::symbol).collect()
    }
}

/// `TestBackend` never fails.
fn infallible<T>(result: Result<T, std::convert::Infallible>) -> std::io::Result<T> {
    result.map_err(|never| match never {})
}

impl Backend for Watched {
    type Error = std::io::Error;

    fn draw<'a, I>(&mut self, content: I) -> std::io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        infallible(self.inner.draw(content))
    }
    fn hide_cursor(&mut self) -> std::io::Result<()> {
        infallible(self.inner.hide_cursor())
    }
    fn show_cursor(&mut self) -> std::io::Result<()> {
        infallible(self.inner.show_cursor())
    }
    fn get_cursor_position(&mut self) -> std::io::Result<Position> {
        infallible(self.inner.get_cursor_position())
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> std::io::Result<()> {
        infallible(self.inner.set_cursor_position(position))
    }
    fn clear(&mut self) -> std::io::Result<()> {
        infallible(self.inner.clear())
    }
    fn clear_region(&mut self, clear_type: ClearType) -> std::io::Result<()> {
        infallible(self.inner.clear_region(clear_type))
    }
    fn size(&self) -> std::io::Result<Size> {
        infallible(self.inner.size())
    }
    fn window_size(&mut self) -> std::io::Result<WindowSize> {
        infallible(self.inner.window_size())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        infallible(self.inner.flush())?;
        let mut awaited = self.awaited.lock().unwrap();
        if let Some(wanted) = awaited.as_ref()
            && self.screen().contains(wanted.text) == wanted.shown
        {
            let _ = wanted.tell.send(Instant::now());
            *awaited = None;
        }
        Ok(())
    }
}

/// The facilitator at the laptop: keys into the loop, and the frames they bring.
#[derive(Clone)]
struct Facilitator {
    sender: Sender<Msg>,
    awaited: Arc<Mutex<Option<Awaited>>>,
}

impl Facilitator {
    /// Presses `key` and waits for the frame that shows `text` (or no longer
    /// does); returns how long that took.
    fn press(&self, key: KeyCode, text: &'static str, shown: bool) -> Duration {
        let (tell, told) = mpsc::channel();
        *self.awaited.lock().unwrap() = Some(Awaited { text, shown, tell });
        let pressed = Instant::now();
        self.sender.send(Msg::Key(KeyEvent::from(key))).unwrap();
        let framed = told
            .recv_timeout(Duration::from_secs(30))
            .expect("the key's frame is drawn");
        framed - pressed
    }

    /// Shows the presenter view and back, timing both frames.
    fn toggle_presenter(&self) -> [Duration; 2] {
        [
            self.press(KeyCode::Char('p'), PRESENTER, true),
            self.press(KeyCode::Char('p'), PRESENTER, false),
        ]
    }

    fn send(&self, msg: Msg) {
        self.sender.send(msg).unwrap();
    }
}

/// The scores phone `n` sends for habit `h`.
fn scores(n: usize, h: usize) -> (u8, u8) {
    let level = |k: usize| 1 + u8::try_from(k % 5).unwrap();
    (level(n + h), level(n / 5 + h))
}

/// The ballot phone `n` casts: three dots, one each on three candidates in a
/// row, starting at a place of its own.
fn ballot(n: usize, candidates: usize) -> Vec<u32> {
    (0..candidates)
        .map(|c| u32::from((c + candidates - n % candidates) % candidates < 3))
        .collect()
}

fn name(n: usize) -> String {
    format!("Person {n:04}")
}

/// The session the room opens on: 1,000 people, Benchmark, the first habit.
fn session() -> Session {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Room load", date, assets::default_framework().unwrap());
    for n in 0..PHONES {
        session.add_participant(&name(n), None).unwrap();
    }
    session.position.phase = Phase::Benchmark;
    session
}

/// Runs `body` while the facilitator presses keys every `KEY_EVERY`, timing
/// the frames; returns what `body` returned and the key-to-frame times.
async fn with_keys<T>(
    facilitator: &Facilitator,
    body: impl Future<Output = T>,
) -> (T, Vec<Duration>) {
    let done = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let keys = {
        let (facilitator, done) = (facilitator.clone(), done.clone());
        thread::spawn(move || {
            let mut frames = Vec::new();
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                frames.extend(facilitator.toggle_presenter());
                thread::sleep(KEY_EVERY);
            }
            frames
        })
    };
    let output = body.await;
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    (output, keys.join().unwrap())
}

/// When phone `n` sends, within `over`: the phones in a shuffled order (a
/// fixed one, so runs compare), one every `over / PHONES`.
fn send_at(n: usize, over: Duration) -> Duration {
    let place = (n * 7919) % PHONES; // 7919 is prime: every place once
    over * u32::try_from(place).unwrap() / u32::try_from(PHONES).unwrap()
}

/// Sends one request per phone, all at once or spread `over` a while;
/// returns the send-to-"saved" times.
async fn send_all<F, Fut>(phones: &[Phone], over: Duration, send: F) -> Vec<Duration>
where
    F: Fn(usize, Phone) -> Fut,
    Fut: Future<Output = std::io::Result<phone_client::Answer>> + Send + 'static,
{
    let mut sending = JoinSet::new();
    for (n, phone) in phones.iter().enumerate() {
        let request = send(n, phone.clone());
        let wait = send_at(n, over);
        sending.spawn(async move {
            tokio::time::sleep(wait).await;
            let sent = Instant::now();
            let answer = request.await;
            (n, answer, sent.elapsed())
        });
    }
    let mut times = Vec::new();
    while let Some(done) = sending.join_next().await {
        let (n, answer, took) = done.unwrap();
        match answer {
            Ok(answer) if answer.saved() => times.push(took),
            other => panic!("phone {n} was not told saved: {other:?}"),
        }
    }
    times
}

/// Waits until phone 0's page offers `text` (the facilitator has opened it).
async fn until_open(phone: &Phone, text: &str) {
    let start = Instant::now();
    loop {
        let page = phone.home().await.unwrap().body;
        if page.contains(text) {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "never open: {text}"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// One whole run, checked.
fn run(folder: &Path) -> Figures {
    let path = folder.join("room.ron");
    let _ = std::fs::remove_file(&path);
    let _ = std::fs::remove_file(folder.join("room.ron.phones"));
    let mut app = App::new(
        session(),
        "room.ron".into(),
        false,
        ThemeName::Default,
        false,
    );
    let habits: Vec<String> = (app.session().framework.habits.iter())
        .map(|habit| habit.id.clone())
        .collect();
    let (sender, messages) = mpsc::channel();
    let loopback = SocketAddr::from(([127, 0, 0, 1], 0));
    let mut room = RoomControl::new(sender.clone(), Some(loopback));
    let opened = room.open(&app);
    app.update(opened);
    let access = app.room().expect("the room opens").clone();
    let address: SocketAddr = access.url.trim_start_matches("http://").parse().unwrap();
    assert!(address.ip().is_loopback());
    let awaited = Arc::new(Mutex::new(None));
    let backend = Watched {
        inner: TestBackend::new(120, 32),
        awaited: awaited.clone(),
    };
    let facilitator = Facilitator { sender, awaited };
    let looping = {
        let path = path.clone();
        thread::spawn(move || {
            let mut terminal = Terminal::new(backend).unwrap();
            drive(&mut app, &path, &mut terminal, &messages, &mut room, || {
                false
            })
            .unwrap();
        })
    };

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut figures = Figures::default();
    let candidates = runtime.block_on(async {
        let mut joining = JoinSet::new();
        for n in 0..PHONES {
            let pin = access.pin.clone();
            joining.spawn(async move {
                let phone = Phone::join(address, &pin).await.unwrap();
                let claimed = phone.claim(&name(n)).await.unwrap();
                assert_eq!(claimed.status, 303, "{} claimed: {claimed:?}", name(n));
                (n, phone)
            });
        }
        let mut phones: Vec<(usize, Phone)> = joining.join_all().await;
        phones.sort_by_key(|(n, _)| *n);
        let phones: Vec<Phone> = phones.into_iter().map(|(_, phone)| phone).collect();

        for (h, habit) in habits.iter().enumerate() {
            if h > 0 {
                facilitator.send(Msg::Key(KeyEvent::from(KeyCode::Right)));
            }
            until_open(&phones[0], &format!("value=\"{habit}\"")).await;
            let over = if h < BURST_HABITS {
                Duration::ZERO
            } else {
                SPREAD
            };
            let scoring = send_all(&phones, over, |n, phone| {
                let (current, target) = scores(n, h);
                let habit = habit.clone();
                async move { phone.score(&habit, current, target).await }
            });
            let (saved, frames) = with_keys(&facilitator, scoring).await;
            if over.is_zero() {
                figures.burst.extend(saved);
            } else {
                figures.spread.extend(saved);
            }
            figures.frames.extend(frames);
        }

        // Results, then Prioritise: a round on the habits, its votes collected.
        for msg in [
            Msg::NextPhase,
            Msg::NextPhase,
            Msg::NewHabitRound,
            Msg::CollectVotes,
        ] {
            facilitator.send(msg);
        }
        until_open(&phones[0], "action=\"/ballot\"").await;
        let candidates = habits.len();
        let voting = send_all(&phones, Duration::ZERO, |n, phone| async move {
            phone.ballot(0, &ballot(n, candidates)).await
        });
        figures.burst.extend(voting.await);
        candidates
    });
    facilitator.send(Msg::Quit);
    looping.join().unwrap();
    check(&path, &habits, candidates);
    figures
}

/// The saved file holds every phone's scores and ballot exactly as sent:
/// 7,000 ratings and 1,000 ballots, none lost, none extra.
fn check(path: &Path, habits: &[String], candidates: usize) {
    let saved = load_session(path).expect("the saved session opens");
    let ratings: usize = (saved.benchmark.values())
        .map(|record| record.scores.len())
        .sum();
    assert_eq!(ratings, habits.len() * PHONES, "ratings in the file");
    for (h, habit) in habits.iter().enumerate() {
        for n in 0..PHONES {
            let rating = saved.rating(habit, &name(n));
            let (current, target) = scores(n, h);
            assert_eq!(
                (rating.current, rating.target),
                (Some(current), Some(target)),
                "{} on {habit}",
                name(n)
            );
        }
    }
    assert_eq!(saved.rounds.len(), 1, "one round");
    let ballots = &saved.rounds[0].ballots;
    assert_eq!(ballots.len(), PHONES, "ballots in the file");
    for n in 0..PHONES {
        assert_eq!(
            ballots[&name(n)],
            ballot(n, candidates),
            "{}'s ballot",
            name(n)
        );
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[at]
}

fn report(what: &str, times: &mut [Duration]) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{what}: n={} p50={:.1} ms p99={:.1} ms max={:.1} ms",
        times.len(),
        ms(percentile(times, 0.5)),
        ms(percentile(times, 0.99)),
        ms(*times.last().unwrap()),
    );
}

fn room(c: &mut Criterion) {
    let folder = tempfile::TempDir::new().unwrap();
    let all = Mutex::new(Figures::default());
    let mut group = c.benchmark_group("room");
    // A run is seconds long: the fewest samples criterion takes, each one run.
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(1))
        .measurement_time(Duration::from_secs(1));
    group.bench_function("1000 phones score 7 habits and cast a ballot", |b| {
        b.iter_custom(|runs| {
            let start = Instant::now();
            for _ in 0..runs {
                let figures = run(folder.path());
                let mut all = all.lock().unwrap();
                all.burst.extend(figures.burst);
                all.spread.extend(figures.spread);
                all.frames.extend(figures.frames);
            }
            start.elapsed()
        })
    });
    group.finish();
    let mut all = all.into_inner().unwrap();
    report(
        "send to \"saved\", all 1,000 phones at once (4 habits and the ballot)",
        &mut all.burst,
    );
    report(
        &format!("send to \"saved\", 1,000 phones over {SPREAD:?} (3 habits)"),
        &mut all.spread,
    );
    report("key press to frame during the load", &mut all.frames);
}

criterion_group!(benches, room);
criterion_main!(benches);
