//! Handler tests: every route and every refusal through the router with
//! `ServiceExt::oneshot` (no network), against a stand-in for the loop that
//! applies each request with `App::update` and answers once "saved"; and one
//! test of the real server on 127.0.0.1.

use std::net::SocketAddr;
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex};
use std::thread;

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{Request, Response, StatusCode, header};
use chrono::{NaiveDate, NaiveTime};
use tower::ServiceExt;

use super::listener::Peer;
use super::router::router;
use super::shared::Shared;
use crate::app::{App, Effect, Msg, ThemeName};
use crate::domain::{Phase, ScoreKind, Session};

/// The router and the app behind it, as the loop would hold it.
struct Room {
    router: Router,
    app: Arc<Mutex<App>>,
    pin: String,
    shared: Arc<Shared>,
}

/// A room for Ana, Ben and `<b>Cy</b>` at `phase`; at Prioritise a habit round
/// (7 candidates, 3 dots, at most 2 on one) is collecting votes.
fn room(phase: Phase) -> Room {
    room_with(phase, |_| {})
}

/// `room`, with the session changed by `setup` first.
fn room_with(phase: Phase, setup: impl FnOnce(&mut Session)) -> Room {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let framework = crate::storage::assets::default_framework().unwrap();
    let mut session = Session::new("Customer day", date, framework);
    for name in ["Ana", "Ben", "<b>Cy</b>"] {
        session.add_participant(name, None).unwrap();
    }
    session.position.phase = phase;
    setup(&mut session);
    let mut app = App::new(session, "test.ron".into(), false, ThemeName::Default, false);
    if phase == Phase::Prioritise {
        app.update(Msg::NewHabitRound);
        app.update(Msg::CollectVotes);
    }
    let (sender, messages) = mpsc::channel();
    let pin = "123456".to_string();
    let shared = Arc::new(Shared::new(sender, pin.clone(), app.phone_view()));
    let app = Arc::new(Mutex::new(app));
    stand_in_loop(app.clone(), shared.clone(), messages);
    let router = router(shared.clone()).layer(MockConnectInfo(Peer(SocketAddr::from((
        [10, 0, 0, 5],
        4000,
    )))));
    Room {
        router,
        app,
        pin,
        shared,
    }
}

/// Applies each message, "saves", publishes what phones see, then answers.
fn stand_in_loop(app: Arc<Mutex<App>>, shared: Arc<Shared>, messages: mpsc::Receiver<Msg>) {
    // The shared state holds the sender; the loop holds the state only weakly,
    // so it ends once the test drops the router.
    let shared = Arc::downgrade(&shared);
    thread::spawn(move || {
        for msg in messages {
            let mut app = app.lock().unwrap();
            let mut effects = app.update(msg);
            if effects
                .iter()
                .any(|e| matches!(e, Effect::Save | Effect::SaveClaims))
            {
                effects.extend(app.update(Msg::Saved(NaiveTime::MIN)));
            }
            let Some(shared) = shared.upgrade() else {
                return;
            };
            shared.publish(app.phone_view());
            for effect in effects {
                if let Effect::Reply(id, reply) = effect {
                    shared.answer(id, reply);
                }
            }
        }
    });
}

impl Room {
    async fn send(&self, request: Request<Body>) -> (StatusCode, String, Response<()>) {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let (parts, body) = response.into_parts();
        let text = String::from_utf8(to_bytes(body, 1 << 20).await.unwrap().to_vec()).unwrap();
        (parts.status, text, Response::from_parts(parts, ()))
    }

    async fn get(&self, uri: &str, cookie: &str) -> (StatusCode, String) {
        let request = Request::get(uri).header(header::COOKIE, cookie);
        let (status, text, _) = self.send(request.body(Body::empty()).unwrap()).await;
        (status, text)
    }

    async fn post(&self, uri: &str, cookie: &str, form: &str) -> (StatusCode, String) {
        let request = Request::post(uri)
            .header(header::COOKIE, cookie)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        let (status, text, _) = self
            .send(request.body(Body::from(form.to_string())).unwrap())
            .await;
        (status, text)
    }

    /// Joins with the PIN and returns the cookie the phone then sends.
    async fn join(&self) -> String {
        let request = Request::post("/join")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!("pin={}", self.pin)))
            .unwrap();
        let (status, _, response) = self.send(request).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let cookie = response.headers()[header::SET_COOKIE].to_str().unwrap();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
            "{cookie}"
        );
        cookie.split(';').next().unwrap().to_string()
    }

    /// Joins and claims `name`.
    async fn phone_for(&self, name: &str) -> String {
        let cookie = self.join().await;
        let (status, _) = self.post("/claim", &cookie, &format!("name={name}")).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        cookie
    }

    fn app(&self) -> std::sync::MutexGuard<'_, App> {
        self.app.lock().unwrap()
    }

    /// The facilitator does something at the laptop; phones see it at once.
    fn facilitator(&self, msgs: impl IntoIterator<Item = Msg>) {
        let mut app = self.app();
        for msg in msgs {
            app.update(msg);
        }
        self.shared.publish(app.phone_view());
    }
}

#[tokio::test]
async fn without_the_pin_only_the_join_page_is_served() {
    let room = room(Phase::Benchmark);
    let (status, page) = room.get("/?pin=123456", "").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(r#"name="pin" value="123456""#), "{page}");
    for (uri, form) in [("/claim", "name=Ana"), ("/score", "habit=listen&current=3")] {
        let (status, page) = room.post(uri, "huddle_phone=guessed", form).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{uri}");
        assert!(page.contains("join with the room PIN first"), "{page}");
    }
    let (status, _) = room.post("/ballot", "", "round=0&dots=&send=1").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(room.app().claims().is_empty());
    assert_eq!(room.get("/style.css", "").await.0, StatusCode::OK);
    assert_eq!(room.get("/anything", "").await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn every_page_carries_a_strict_content_security_policy() {
    let room = room(Phase::Benchmark);
    let request = Request::get("/").body(Body::empty()).unwrap();
    let (_, page, response) = room.send(request).await;
    let policy = response.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(policy.starts_with("default-src 'none'"), "{policy}");
    assert!(
        policy.contains("script-src 'self';") && !policy.contains("unsafe"),
        "{policy}"
    );
    // One script, the room's own file: nothing inline, nothing from elsewhere.
    assert_eq!(page.matches("<script").count(), 1, "{page}");
    assert!(
        page.contains(r#"<script src="/room.js" defer></script>"#) && !page.contains("http"),
        "{page}"
    );
    let (status, script) = room.get("/room.js", "").await;
    assert_eq!(status, StatusCode::OK);
    assert!(script.contains("/state.json"), "{script}");
}

#[tokio::test]
async fn wrong_pins_are_refused_and_then_the_address_waits() {
    let room = room(Phase::Benchmark);
    for _ in 0..super::pin_guard::TRIES {
        let (status, page) = room.post("/join", "", "pin=000000").await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert!(page.contains("not the room&#39;s PIN") || page.contains("not the room's PIN"));
    }
    let (status, page) = room.post("/join", "", "pin=123456").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(page.contains("too many wrong PINs"), "{page}");
}

#[tokio::test]
async fn a_phone_chooses_its_name_and_a_taken_name_cannot_be_chosen_again() {
    let room = room(Phase::Benchmark);
    let cookie = room.join().await;
    let (_, names) = room.get("/", &cookie).await;
    // Every text is escaped.
    assert!(
        names.contains("&lt;b&gt;Cy&lt;/b&gt;") && !names.contains("<b>Cy"),
        "{names}"
    );
    assert_eq!(
        room.post("/claim", &cookie, "name=Ana").await.0,
        StatusCode::SEE_OTHER
    );
    let other = room.join().await;
    let (_, names) = room.get("/", &other).await;
    assert!(names.contains("taken by another phone"), "{names}");
    let (status, page) = room.post("/claim", &other, "name=Ana").await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        page.contains("Ana is already taken by another phone"),
        "{page}"
    );
    let (status, page) = room.post("/claim", &other, "name=Zoe").await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(page.contains("is not on the list"), "{page}");
}

#[tokio::test]
async fn a_phone_scores_the_open_habit_and_hears_saved_once_it_is() {
    let room = room(Phase::Benchmark);
    let cookie = room.phone_for("Ana").await;
    let (_, page) = room.get("/", &cookie).await;
    for text in [
        "Listen",
        "Where are we today?",
        "Where should we be?",
        "What each level looks like",
    ] {
        assert!(page.contains(text), "{text}: {page}");
    }
    let (status, page) = room.post("/score", &cookie, "habit=listen&current=2").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("saved: today 2"), "{page}");
    let (status, page) = room.post("/score", &cookie, "habit=listen&target=4").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("saved: target 4"), "{page}");
    let rating = room.app().session().rating("listen", "Ana");
    assert_eq!((rating.current, rating.target), (Some(2), Some(4)));
}

#[tokio::test]
async fn scores_off_the_scale_for_a_habit_not_open_or_not_numbers_are_refused() {
    let room = room(Phase::Benchmark);
    let cookie = room.phone_for("Ana").await;
    for (form, says) in [
        (
            "habit=listen&current=9",
            "9 is off the scale: choose from 1 to 5",
        ),
        (
            "habit=think&current=3",
            "this habit is not open for scoring",
        ),
        (
            "habit=listen&current=lots",
            "choose a current or a target score",
        ),
    ] {
        let (status, page) = room.post("/score", &cookie, form).await;
        assert_eq!(status, StatusCode::CONFLICT, "{form}");
        assert!(page.contains(says), "{form}: {page}");
    }
    assert_eq!(room.app().session().scored_count("listen"), 0);
}

#[tokio::test]
async fn with_nothing_open_a_phone_waits_for_the_facilitator() {
    let room = room(Phase::Results);
    let cookie = room.phone_for("Ana").await;
    let (_, page) = room.get("/", &cookie).await;
    assert!(page.contains("Waiting for the facilitator"), "{page}");
    assert!(
        page.contains(r#"<meta http-equiv="refresh" content="5; url=/">"#),
        "{page}"
    );
    let (status, page) = room.post("/score", &cookie, "habit=listen&current=3").await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(page.contains("not open for scoring"), "{page}");
    let (status, _) = room.post("/ballot", &cookie, "round=0&dots=&send=1").await;
    assert_eq!(status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_ballot_is_placed_tap_by_tap_within_the_cap_and_the_dots() {
    let room = room(Phase::Prioritise);
    let cookie = room.phone_for("Ana").await;
    let (_, page) = room.get("/", &cookie).await;
    assert!(page.contains("3 of 3 dots left"), "{page}");
    let (_, page) = room
        .post("/ballot", &cookie, "round=0&dots=0,0,0,0,0,0,0&change=%2B0")
        .await;
    assert!(page.contains(r#"value="1,0,0,0,0,0,0""#) && page.contains("2 of 3 dots left"));
    assert!(
        page.contains("Not sent yet"),
        "taps save nothing, and the page says so: {page}"
    );
    let (_, page) = room
        .post("/ballot", &cookie, "round=0&dots=2,0,0,0,0,0,0&change=%2B0")
        .await;
    assert!(
        page.contains("3 dots on one choice; at most 2 may go on one"),
        "{page}"
    );
    let (_, page) = room
        .post("/ballot", &cookie, "round=0&dots=2,1,0,0,0,0,0&change=%2B3")
        .await;
    assert!(page.contains("4 dots placed, but you have 3"), "{page}");
    assert!(
        room.app().round().unwrap().ballots.is_empty(),
        "taps save nothing"
    );
}

#[tokio::test]
async fn a_sent_ballot_is_saved_and_never_shown_to_another_phone() {
    let room = room(Phase::Prioritise);
    let cookie = room.phone_for("Ana").await;
    let (status, page) = room
        .post("/ballot", &cookie, "round=0&dots=2,1,0,0,0,0,0&send=1")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("saved: your 3 dots are in"), "{page}");
    assert_eq!(
        room.app().round().unwrap().ballots["Ana"],
        [2, 1, 0, 0, 0, 0, 0]
    );
    let (_, page) = room.get("/", &cookie).await;
    assert!(page.contains("Your ballot is in"), "{page}");
    let other = room.phone_for("Ben").await;
    let (_, page) = room.get("/", &other).await;
    assert!(
        page.contains(r#"value="0,0,0,0,0,0,0""#) && !page.contains("Your ballot is in"),
        "another phone's ballot starts empty and shows nothing of Ana's: {page}"
    );
}

#[tokio::test]
async fn ballots_over_the_limits_or_for_another_round_are_refused() {
    let room = room(Phase::Prioritise);
    let cookie = room.phone_for("Ana").await;
    for (form, says) in [
        (
            "round=0&dots=1,1,1,1,0,0,0&send=1",
            "4 dots placed, but you have 3",
        ),
        (
            "round=0&dots=3,0,0,0,0,0,0&send=1",
            "3 dots on one choice; at most 2",
        ),
        (
            "round=0&dots=1,0&send=1",
            "the ballot does not match this round",
        ),
        ("round=1&dots=&send=1", "this round is not open for votes"),
    ] {
        let (status, page) = room.post("/ballot", &cookie, form).await;
        assert_eq!(status, StatusCode::CONFLICT, "{form}");
        assert!(page.contains(says), "{form}: {page}");
    }
    assert!(room.app().round().unwrap().ballots.is_empty());
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused() {
    let room = room(Phase::Benchmark);
    let cookie = room.join().await;
    let name = "x".repeat(10_000);
    let (status, _) = room.post("/claim", &cookie, &format!("name={name}")).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[test]
fn the_room_serves_on_the_loopback_address_until_it_is_dropped() {
    use std::io::{Read, Write};
    let (sender, _messages): (Sender<Msg>, _) = mpsc::channel();
    let bind = SocketAddr::from(([127, 0, 0, 1], 0));
    let room = super::Room::open(bind, sender, Default::default()).unwrap();
    assert_eq!(room.pin().len(), 6);
    let address = room.address();
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: room\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("Join the room"), "{answer}");
    drop(room);
    assert!(
        std::net::TcpStream::connect(address).is_err(),
        "closed with the room"
    );
}

/// A room whose facilitator lets phones add their person, in Store or Online.
fn open_list() -> Room {
    room_with(Phase::Benchmark, |session| {
        session.phones_may_join = true;
        for area in ["Store", "Online"] {
            session.add_area(area).unwrap();
        }
        for person in &mut session.participants {
            person.area = Some("Store".into());
        }
    })
}

#[tokio::test]
async fn without_the_facilitators_leave_a_phone_cannot_add_its_person() {
    let room = room(Phase::Benchmark);
    let cookie = room.join().await;
    let (_, names) = room.get("/", &cookie).await;
    assert!(!names.contains(r#"action="/add""#), "{names}");
    let (status, page) = room.post("/add", &cookie, "name=Dee").await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        page.contains("only the facilitator can add people"),
        "{page}"
    );
    assert!(room.app().session().participant("Dee").is_none());
    let (status, _) = room.post("/add", "huddle_phone=guessed", "name=Dee").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "not without the PIN");
}

#[tokio::test]
async fn im_not_on_the_list_adds_the_person_in_their_area_and_claims_them() {
    let room = open_list();
    let cookie = room.join().await;
    let (_, names) = room.get("/", &cookie).await;
    assert!(
        names.contains(r#"action="/add""#) && names.contains("I&#39;m not on the list")
            || names.contains("I'm not on the list"),
        "{names}"
    );
    assert!(names.contains(r#"<option value="Online">"#), "{names}");
    let (status, _) = room
        .post("/add", &cookie, "name=Dee+Okafor&area=Online")
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    {
        let app = room.app();
        let dee = app
            .session()
            .participant("Dee Okafor")
            .expect("on the list");
        assert_eq!(dee.area.as_deref(), Some("Online"));
        let token = crate::app::phone::Token::new(cookie.trim_start_matches("huddle_phone="));
        assert_eq!(app.claims().name(&token), Some("Dee Okafor"));
    }
    // The phone now scores as Dee.
    let (_, page) = room.get("/", &cookie).await;
    assert!(page.contains(r#"action="/score"#), "{page}");
    let (status, _) = room.post("/score", &cookie, "habit=listen&current=2").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        room.app().session().rating("listen", "Dee Okafor").current,
        Some(2)
    );
}

#[tokio::test]
async fn an_empty_or_taken_name_or_an_unknown_area_is_refused_on_the_phone() {
    let room = open_list();
    let cookie = room.join().await;
    let people = room.app().session().participants.len();
    for (form, says) in [
        ("name=+++&area=Store", "a name cannot be empty"),
        ("name=ana&area=Store", "is already in the room"),
        ("name=Dee&area=Moon", "Moon"),
    ] {
        let (status, page) = room.post("/add", &cookie, form).await;
        assert_eq!(status, StatusCode::CONFLICT, "{form}");
        assert!(page.contains(says), "{form}: {page}");
        assert!(page.contains(r#"action="/add""#), "the form stays: {page}");
    }
    assert_eq!(room.app().session().participants.len(), people);
    assert!(room.app().claims().is_empty());
    // A phone that speaks for someone already cannot add another person.
    let ana = room.phone_for("Ana").await;
    let (status, page) = room.post("/add", &ana, "name=Dee&area=Store").await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(page.contains("already speaks for Ana"), "{page}");
}

#[tokio::test]
async fn after_a_reveal_the_phone_shows_the_totals_and_never_a_persons_score() {
    let room = room(Phase::Benchmark);
    let ana = room.phone_for("Ana").await;
    let ben = room.phone_for("Ben").await;
    room.post("/score", &ana, "habit=listen&current=2&target=5")
        .await;
    room.post("/score", &ben, "habit=listen&current=5&target=4")
        .await;
    // Hidden: the scoring page, no number of anyone's.
    let (_, page) = room.get("/", &ana).await;
    assert!(
        !page.contains(": revealed") && !page.contains("Mean"),
        "{page}"
    );
    room.facilitator([Msg::ToggleReveal]);
    let status = room.app().status.text.clone();
    assert!(room.app().session().is_revealed("listen"), "{status}");
    let (_, page) = room.get("/", &ana).await;
    assert!(
        !page.contains(r#"action="/score"#),
        "scoring is closed: {page}"
    );
    for text in ["Listen: revealed", "3.50", "4.50", "1.50", "(2 scored)"] {
        assert!(page.contains(text), "{text}: {page}");
    }
    // One score per level: a 2 and a 5, and nobody's name but the phone's own.
    assert!(!page.contains("Ben"), "{page}");
    let counts: Vec<&str> = page.match_indices("<td>1</td>").map(|(_, t)| t).collect();
    assert_eq!(counts.len(), 2, "{page}");
    // Hidden again: nothing on show.
    room.facilitator([Msg::ToggleReveal]);
    let (_, page) = room.get("/", &ana).await;
    assert!(
        !page.contains("3.50") && !page.contains(": revealed"),
        "{page}"
    );
}

#[tokio::test]
async fn a_tally_shows_on_the_phone_only_once_revealed_and_never_a_ballot() {
    let room = room(Phase::Prioritise);
    let ana = room.phone_for("Ana").await;
    let ben = room.phone_for("Ben").await;
    room.post("/ballot", &ana, "round=0&dots=2,1,0,0,0,0,0&send=1")
        .await;
    room.post("/ballot", &ben, "round=0&dots=0,1,0,0,0,0,1&send=1")
        .await;
    room.facilitator([Msg::Cancel]);
    let (_, page) = room.get("/", &ana).await;
    assert!(!page.contains("the tally"), "not revealed yet: {page}");
    room.facilitator([Msg::ToggleReveal, Msg::Confirm]);
    let status = room.app().status.text.clone();
    assert!(room.app().round().unwrap().revealed, "{status}");
    let (_, page) = room.get("/", &ana).await;
    assert!(page.contains(": the tally"), "{page}");
    // The totals (2 dots on two candidates, 1 on another), never who gave them.
    assert_eq!(page.matches("<td>2</td>").count(), 2, "{page}");
    assert!(!page.contains("Ben"), "{page}");
}

#[tokio::test]
async fn the_state_follows_what_is_open_and_carries_nothing_else() {
    let room = room(Phase::Benchmark);
    let (status, body) = room.get("/state.json", "huddle_phone=guessed").await;
    assert_eq!((status, body.as_str()), (StatusCode::FORBIDDEN, "{}"));
    let ana = room.phone_for("Ana").await;
    let ben = room.phone_for("Ben").await;
    room.post("/score", &ana, "habit=listen&current=2&target=5")
        .await;
    room.post("/score", &ben, "habit=listen&current=5&target=4")
        .await;
    let state = |body: String| serde_json::from_str::<serde_json::Value>(&body).unwrap();
    let (status, body) = room.get("/state.json", &ana).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        state(body),
        serde_json::json!({"open": "scoring listen", "named": true})
    );
    room.facilitator([Msg::ToggleReveal]);
    let (_, body) = room.get("/state.json", &ana).await;
    assert_eq!(
        state(body),
        serde_json::json!({"open": "revealed Listen", "named": true})
    );
    room.facilitator([Msg::ToggleReveal, Msg::NextHabit]);
    let (_, body) = room.get("/state.json", &ana).await;
    assert_eq!(
        state(body),
        serde_json::json!({"open": "scoring think", "named": true})
    );
    let newcomer = room.join().await;
    let (_, body) = room.get("/state.json", &newcomer).await;
    assert_eq!(
        state(body),
        serde_json::json!({"open": "scoring think", "named": false})
    );
}

#[tokio::test]
async fn a_page_answering_a_form_looks_again_at_the_rooms_address_not_the_forms() {
    let room = room(Phase::Benchmark);
    let cookie = room.phone_for("Ana").await;
    room.post("/score", &cookie, "habit=listen&current=2").await;
    room.facilitator([Msg::ToggleReveal]);
    let (status, page) = room.post("/score", &cookie, "habit=listen&current=5").await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(page.contains("Waiting for the facilitator"), "{page}");
    assert!(
        page.contains(r#"<meta http-equiv="refresh" content="5; url=/">"#),
        "a reload of this page must not GET /score: {page}"
    );
}

#[tokio::test]
async fn the_pin_as_the_screen_shows_it_lets_the_phone_in_and_never_counts_as_wrong() {
    let room = room(Phase::Benchmark);
    // More tries than the guard allows wrong ones: none of them is wrong.
    for typed in [
        "123+456",
        "123-456",
        "+123%20456+",
        "123.456",
        "123+456",
        "123-456",
    ] {
        let (status, page) = room.post("/join", "", &format!("pin={typed}")).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{typed}: {page}");
    }
    let (status, page) = room.post("/join", "", "pin=123+457").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(
        page.contains(r#"name="pin" value="123 457""#),
        "a wrong PIN stays in the field to correct: {page}"
    );
    assert_eq!(
        room.post("/join", "", "pin=123456").await.0,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn what_each_level_looks_like_comes_before_the_buttons_and_the_phone_sees_its_own_choice() {
    let room = room(Phase::Benchmark);
    let ana = room.phone_for("Ana").await;
    let ben = room.phone_for("Ben").await;
    let (_, page) = room.get("/", &ana).await;
    let rubric = page.find("What each level looks like").unwrap();
    let buttons = page.find(r#"name="current""#).unwrap();
    assert!(
        rubric < buttons,
        "the rubric is read before choosing: {page}"
    );
    assert!(!page.contains("Your scores") && !page.contains(r#"aria-pressed="true""#));
    room.post("/score", &ana, "habit=listen&current=2").await;
    let (_, page) = room.post("/score", &ana, "habit=listen&target=4").await;
    assert!(page.contains("saved: target 4 embedded"), "{page}");
    assert!(
        page.contains("Your scores: today <b>2 emerging</b>, target <b>4 embedded</b>"),
        "{page}"
    );
    for (field, value) in [("current", 2), ("target", 4)] {
        let chosen = format!(
            r#"<button class="chosen" type="submit" name="{field}" value="{value}" aria-pressed="true">"#
        );
        assert!(page.contains(&chosen), "{chosen}: {page}");
    }
    assert_eq!(page.matches(r#"aria-pressed="true""#).count(), 2, "{page}");
    let (_, page) = room.get("/", &ben).await;
    assert!(
        !page.contains("Your scores") && !page.contains(r#"aria-pressed="true""#),
        "Ben's phone shows nothing of Ana's scores: {page}"
    );
}

#[tokio::test]
async fn a_sent_ballot_shows_on_its_own_phone_as_sent_with_how_to_change_it() {
    let room = room(Phase::Prioritise);
    let cookie = room.phone_for("Ana").await;
    let (_, page) = room
        .post("/ballot", &cookie, "round=0&dots=2,1,0,0,0,0,0&send=1")
        .await;
    let candidates = match &room.app().phone_view().open {
        crate::app::phone::OpenView::Voting(round) => round.candidates.clone(),
        other => panic!("{other:?}"),
    };
    let sent = format!(
        "Your ballot is in: <b>2 on {}, 1 on {}</b>",
        candidates[0], candidates[1]
    );
    for text in [
        sent.as_str(),
        "send again, until the round closes",
        r#"value="2,1,0,0,0,0,0""#,
        "0 of 3 dots left",
        r#"<span class="together">At most 2 on one choice.</span>"#,
    ] {
        assert!(page.contains(text), "{text}: {page}");
    }
    let (_, page) = room
        .post("/ballot", &cookie, "round=0&dots=2,1,0,0,0,0,0&change=-1")
        .await;
    assert!(
        page.contains(&sent) && page.contains("not sent yet"),
        "{page}"
    );
    assert_eq!(
        room.app().round().unwrap().ballots["Ana"],
        [2, 1, 0, 0, 0, 0, 0],
        "a tap sends nothing"
    );
}

#[tokio::test]
async fn a_score_typed_at_the_laptop_never_shows_on_the_phone_that_claims_the_name() {
    // Ben's hidden score was typed at the laptop; whoever claims "Ben" on a
    // phone (it may not be Ben) must not read it back as "your scores".
    let room = room_with(Phase::Benchmark, |session| {
        let habit = session.framework.habits[0].id.clone();
        for (kind, value) in [(ScoreKind::Current, 3), (ScoreKind::Target, 5)] {
            session.set_score(&habit, "Ben", kind, Some(value)).unwrap();
        }
    });
    let phone = room.phone_for("Ben").await;
    let (_, page) = room.get("/", &phone).await;
    assert!(
        !page.contains("Your scores") && !page.contains(r#"aria-pressed="true""#),
        "the laptop's score is not the phone's to see: {page}"
    );
    // What the phone sends itself, it sees; the target typed at the laptop
    // stays unseen.
    let (_, page) = room.post("/score", &phone, "habit=listen&current=2").await;
    assert!(
        page.contains("Your scores: today <b>2 emerging</b>"),
        "{page}"
    );
    assert!(
        page.contains("target <b>not chosen yet</b>"),
        "the laptop's target: {page}"
    );
    assert_eq!(page.matches(r#"aria-pressed="true""#).count(), 1, "{page}");
}
