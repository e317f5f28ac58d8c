//! Phones through `App::update`: a request is applied with the same rules as a
//! key, answered only once the save holding it is reported, and refused with a
//! reason (and nothing changed) when the facilitator has not opened it.

use chrono::{NaiveDate, NaiveTime};
use huddle::app::phone::{Accepted, PhoneAction, PhoneRequest, Refusal, Token};
use huddle::app::{App, Effect, Msg, ThemeName};
use huddle::domain::{Phase, Rating, Session, VoteMethod};
use huddle::storage::assets;

#[path = "support/drive.rs"]
mod drive;
use drive::send;

/// Ana, Ben and Cy at `phase`, on the first habit (Listen).
fn room(phase: Phase) -> App {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Customer day", date, assets::default_framework().unwrap());
    for name in ["Ana", "Ben", "Cy"] {
        session.add_participant(name, None).unwrap();
    }
    session.position.phase = phase;
    App::new(session, "test.ron".into(), false, ThemeName::Default, false)
}

fn phone(app: &mut App, id: u64, token: &str, action: PhoneAction) -> Vec<Effect> {
    let token = Token::new(token);
    app.update(Msg::Phone(PhoneRequest { id, token, action }))
}

fn saved() -> Msg {
    Msg::Saved(NaiveTime::from_hms_opt(10, 0, 0).unwrap())
}

fn claim(name: &str) -> PhoneAction {
    PhoneAction::Claim { name: name.into() }
}

fn score(habit: &str, current: Option<u8>, target: Option<u8>) -> PhoneAction {
    PhoneAction::Score {
        habit: habit.into(),
        current,
        target,
    }
}

/// A phone for `name` whose claim is saved.
fn joined(app: &mut App, token: &str, name: &str) {
    phone(app, 0, token, claim(name));
    send(app, [saved()]);
}

fn rating(app: &App, name: &str) -> Rating {
    app.session().rating("listen", name)
}

#[test]
fn a_phone_score_is_answered_only_after_the_save_that_holds_it() {
    let mut app = room(Phase::Benchmark);
    assert_eq!(
        phone(&mut app, 1, "t-ana", claim("Ana")),
        [Effect::SaveClaims]
    );
    assert_eq!(app.claims().name(&Token::new("t-ana")), Some("Ana"));
    assert_eq!(
        app.update(saved()),
        [Effect::Reply(1, Ok(Accepted::Claimed("Ana".into())))]
    );

    let effects = phone(&mut app, 2, "t-ana", score("listen", Some(2), Some(4)));
    assert_eq!(effects, [Effect::Save], "no answer before the save");
    assert_eq!(
        rating(&app, "Ana"),
        Rating {
            current: Some(2),
            target: Some(4)
        }
    );
    assert_eq!(
        app.update(saved()),
        [Effect::Reply(2, Ok(Accepted::Scored))]
    );
    assert_eq!(app.update(saved()), [], "each answer goes once");
}

#[test]
fn many_phones_in_one_batch_are_answered_after_one_save() {
    let mut app = room(Phase::Benchmark);
    for (token, name) in [("a", "Ana"), ("b", "Ben"), ("c", "Cy")] {
        joined(&mut app, token, name);
    }
    let mut effects = Vec::new();
    for (id, token) in [(1, "a"), (2, "b"), (3, "c")] {
        effects.extend(phone(&mut app, id, token, score("listen", Some(3), None)));
    }
    assert!(effects.iter().all(|effect| *effect == Effect::Save));
    let answers = app.update(saved());
    assert_eq!(
        answers,
        [1, 2, 3].map(|id| Effect::Reply(id, Ok(Accepted::Scored)))
    );
    assert_eq!(app.session().scored_count("listen"), 3);
}

#[test]
fn a_failed_save_tells_the_phone_it_is_not_saved() {
    let mut app = room(Phase::Benchmark);
    joined(&mut app, "a", "Ana");
    phone(&mut app, 5, "a", score("listen", Some(3), None));
    let answers = app.update(Msg::SaveFailed("disk full".into()));
    assert_eq!(
        answers,
        [Effect::Reply(5, Err(Refusal::NotSaved("disk full".into())))]
    );
    let text = Refusal::NotSaved("disk full".into()).to_string();
    assert!(
        text.contains("disk full") && text.contains("again"),
        "{text}"
    );
}

#[test]
fn a_phone_score_is_undone_like_a_typed_one_and_leaves_the_status_line_alone() {
    let mut app = room(Phase::Benchmark);
    joined(&mut app, "a", "Ana");
    app.update(Msg::ToggleHelp);
    app.update(Msg::ToggleHelp);
    app.status.text = "the facilitator's message".into();
    phone(&mut app, 1, "a", score("listen", Some(3), None));
    assert_eq!(app.status.text, "the facilitator's message");
    send(&mut app, [Msg::Undo]);
    assert_eq!(rating(&app, "Ana"), Rating::default());
}

/// Sends a request that must be refused with `refusal` and change nothing.
fn refused(app: &mut App, token: &str, action: PhoneAction, refusal: Refusal) {
    let session = app.session().clone();
    let claims = app.claims().clone();
    let status = app.status.clone();
    assert_eq!(
        phone(app, 9, token, action),
        [Effect::Reply(9, Err(refusal))],
        "refused at once"
    );
    assert_eq!(*app.session(), session, "the session is unchanged");
    assert_eq!(*app.claims(), claims, "the claims are unchanged");
    assert_eq!(app.status, status);
    assert_eq!(app.update(saved()), [], "nothing waits for a save");
}

#[test]
fn claims_refused_a_name_taken_or_not_on_the_list_or_a_second_name() {
    let mut app = room(Phase::Benchmark);
    joined(&mut app, "a", "Ana");
    refused(
        &mut app,
        "b",
        claim("Ana"),
        Refusal::NameTaken("Ana".into()),
    );
    refused(
        &mut app,
        "b",
        claim("Zoe"),
        Refusal::NotOnRoster("Zoe".into()),
    );
    refused(
        &mut app,
        "a",
        claim("Ben"),
        Refusal::AlreadyClaimed("Ana".into()),
    );
    let taken = Refusal::NameTaken("Ana".into()).to_string();
    assert_eq!(
        taken,
        "Ana is already taken by another phone: if that is you, ask the facilitator"
    );
}

#[test]
fn scores_refused_unknown_phone_off_scale_empty_or_habit_not_open() {
    let mut app = room(Phase::Benchmark);
    joined(&mut app, "a", "Ana");
    let listen = || score("listen", Some(3), Some(4));
    refused(&mut app, "nobody", listen(), Refusal::UnknownToken);
    refused(
        &mut app,
        "a",
        score("listen", Some(3), Some(6)),
        Refusal::OffScale {
            value: 6,
            min: 1,
            max: 5,
        },
    );
    refused(&mut app, "a", score("listen", None, None), Refusal::NoScore);
    // Another habit than the one on screen.
    refused(
        &mut app,
        "a",
        score("think", Some(3), None),
        Refusal::HabitNotOpen,
    );
    // The habit on screen, revealed.
    send(&mut app, [Msg::ToggleReveal]);
    refused(&mut app, "a", listen(), Refusal::HabitNotOpen);
    send(&mut app, [Msg::ToggleReveal]);
    // Another phase.
    send(&mut app, [Msg::NextPhase]);
    refused(&mut app, "a", listen(), Refusal::HabitNotOpen);
    assert_eq!(
        Refusal::HabitNotOpen.to_string(),
        "not saved: this habit is not open for scoring now"
    );
}

#[test]
fn a_score_can_be_changed_until_the_habit_is_revealed() {
    let mut app = room(Phase::Benchmark);
    joined(&mut app, "a", "Ana");
    phone(&mut app, 1, "a", score("listen", Some(2), Some(4)));
    phone(&mut app, 2, "a", score("listen", Some(3), None));
    send(&mut app, [saved()]);
    assert_eq!(
        rating(&app, "Ana"),
        Rating {
            current: Some(3),
            target: Some(4)
        }
    );
    send(&mut app, [Msg::ToggleReveal]);
    refused(
        &mut app,
        "a",
        score("listen", Some(5), None),
        Refusal::HabitNotOpen,
    );
}

/// The room at Prioritise with a secret-ballot round on the habits (7
/// candidates, 3 dots, at most 2 on one), and phones for Ana and Ben.
fn voting_room() -> App {
    let mut app = room(Phase::Prioritise);
    send(&mut app, [Msg::NewHabitRound]);
    assert_eq!(app.round().unwrap().method, VoteMethod::SecretBallot);
    joined(&mut app, "a", "Ana");
    joined(&mut app, "b", "Ben");
    app
}

fn vote(dots: [u32; 7]) -> PhoneAction {
    PhoneAction::Vote {
        round: 0,
        dots: dots.to_vec(),
    }
}

#[test]
fn a_ballot_is_taken_only_while_the_facilitator_collects_votes() {
    let mut app = voting_room();
    let two_and_one = vote([2, 1, 0, 0, 0, 0, 0]);
    refused(&mut app, "a", two_and_one.clone(), Refusal::RoundNotOpen);
    send(&mut app, [Msg::CollectVotes]);
    assert_eq!(phone(&mut app, 1, "a", two_and_one.clone()), [Effect::Save]);
    assert_eq!(app.update(saved()), [Effect::Reply(1, Ok(Accepted::Voted))]);
    assert_eq!(app.round().unwrap().ballots["Ana"], [2, 1, 0, 0, 0, 0, 0]);
    // Changeable while the round is open.
    phone(&mut app, 2, "a", vote([0, 0, 0, 0, 0, 1, 1]));
    send(&mut app, [saved()]);
    assert_eq!(app.round().unwrap().ballots["Ana"], [0, 0, 0, 0, 0, 1, 1]);
    // Closed: refused.
    send(
        &mut app,
        [Msg::Cancel, Msg::ToggleClosed, Msg::CollectVotes],
    );
    assert!(app.round().unwrap().closed);
    refused(&mut app, "b", two_and_one.clone(), Refusal::RoundNotOpen);
    // Reopened, then revealed: refused.
    send(
        &mut app,
        [Msg::Cancel, Msg::ToggleClosed, Msg::CollectVotes],
    );
    phone(&mut app, 3, "b", two_and_one.clone());
    send(&mut app, [saved()]);
    send(
        &mut app,
        [
            Msg::Cancel,
            Msg::ToggleReveal,
            Msg::Confirm,
            Msg::CollectVotes,
        ],
    );
    assert!(app.round().unwrap().revealed);
    refused(&mut app, "a", two_and_one, Refusal::RoundNotOpen);
}

#[test]
fn ballots_over_the_dots_or_the_cap_or_of_the_wrong_round_are_refused() {
    let mut app = voting_room();
    send(&mut app, [Msg::CollectVotes]);
    refused(
        &mut app,
        "a",
        vote([1, 1, 1, 1, 0, 0, 0]),
        Refusal::OverLimit {
            placed: 4,
            allowed: 3,
        },
    );
    refused(
        &mut app,
        "a",
        vote([3, 0, 0, 0, 0, 0, 0]),
        Refusal::OverCap { dots: 3, cap: 2 },
    );
    refused(
        &mut app,
        "a",
        PhoneAction::Vote {
            round: 0,
            dots: vec![1],
        },
        Refusal::WrongBallot,
    );
    refused(
        &mut app,
        "a",
        PhoneAction::Vote {
            round: 1,
            dots: vec![0; 7],
        },
        Refusal::RoundNotOpen,
    );
    refused(
        &mut app,
        "nobody",
        vote([1, 0, 0, 0, 0, 0, 0]),
        Refusal::UnknownToken,
    );
}

#[test]
fn a_secret_ballot_never_comes_back_to_a_phone() {
    let mut app = voting_room();
    send(&mut app, [Msg::CollectVotes]);
    phone(&mut app, 1, "a", vote([2, 1, 0, 0, 0, 0, 0]));
    let answers = app.update(saved());
    // The answer says it is saved, and nothing of what it holds.
    assert_eq!(answers, [Effect::Reply(1, Ok(Accepted::Voted))]);
    let claim_again = phone(&mut app, 2, "a", claim("Ana"));
    assert_eq!(claim_again, [Effect::SaveClaims]);
    assert_eq!(
        app.update(saved()),
        [Effect::Reply(2, Ok(Accepted::Claimed("Ana".into())))]
    );
}

#[test]
fn a_read_only_session_opens_nothing_to_phones() {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Customer day", date, assets::default_framework().unwrap());
    session.add_participant("Ana", None).unwrap();
    session.position.phase = Phase::Benchmark;
    let mut app = App::new(session, "test.ron".into(), true, ThemeName::Default, false);
    refused(&mut app, "a", claim("Ana"), Refusal::ReadOnly);
}

#[test]
fn the_facilitator_opens_and_closes_the_room_with_one_key() {
    use huddle::app::phone::RoomAccess;
    let mut app = room(Phase::Participants);
    assert_eq!(app.update(Msg::ToggleRoom), [Effect::OpenRoom]);
    assert_eq!(app.room_note(), None, "open only once the loop says so");
    let access = RoomAccess {
        url: "http://127.0.0.1:8686".into(),
        pin: "123456".into(),
    };
    app.update(Msg::RoomOpened(access.clone()));
    assert_eq!(app.room(), Some(&access));
    assert_eq!(access.join_link(), "http://127.0.0.1:8686/?pin=123456");
    joined(&mut app, "a", "Ana");
    assert_eq!(app.room_note().as_deref(), Some("room open · 1 phone"));
    assert_eq!(app.update(Msg::ToggleRoom), [Effect::CloseRoom]);
    app.update(Msg::RoomClosed);
    assert_eq!(app.room(), None);
    app.update(Msg::RoomFailed("address in use".into()));
    assert!(app.status.is_error && app.status.text.contains("address in use"));
}

#[test]
fn saves_for_phones_keep_one_saved_time_on_the_status_line() {
    let mut app = room(Phase::Benchmark);
    joined(&mut app, "a", "Ana");
    app.update(Msg::ToggleHelp);
    app.update(Msg::ToggleHelp);
    app.status.text = "Listen: 1 of 3 scored".into();
    for value in [2, 3, 4] {
        phone(&mut app, 1, "a", score("listen", Some(value), None));
        app.update(saved());
    }
    assert_eq!(app.status.text, "Listen: 1 of 3 scored · saved 10:00:00");
}

#[test]
fn a_phone_whose_name_was_renamed_chooses_again_and_a_released_name_is_free() {
    use tui_input::InputRequest;
    let mut app = room(Phase::Participants);
    joined(&mut app, "a", "Ana");
    joined(&mut app, "b", "Ben");
    // The facilitator renames Ana: her phone speaks for nobody until it
    // chooses again, and may choose the new name.
    app.update(Msg::Edit);
    app.update(Msg::Input(InputRequest::GoToEnd));
    app.update(Msg::Input(InputRequest::InsertChar('K')));
    app.update(Msg::Commit);
    assert_eq!(app.session().participants[0].name, "AnaK");
    assert_eq!(app.phones().len(), 1);
    assert_eq!(app.phone_view().claims.name(&Token::new("a")), None);
    assert_eq!(phone(&mut app, 1, "a", claim("AnaK")), [Effect::SaveClaims]);
    app.update(saved());
    assert_eq!(app.phones().name(&Token::new("a")), Some("AnaK"));
    // Ben switched phones: x on his row frees the name for the new one.
    app.update(Msg::Down);
    assert_eq!(app.update(Msg::ReleasePhone), [Effect::SaveClaims]);
    assert_eq!(
        app.status.text,
        "Ben's phone is released: a new phone can choose Ben"
    );
    assert_eq!(
        phone(&mut app, 2, "new", claim("Ben")),
        [Effect::SaveClaims]
    );
    app.update(saved());
    refused(
        &mut app,
        "b",
        score("listen", Some(3), None),
        Refusal::UnknownToken,
    );
    app.update(Msg::Down);
    app.update(Msg::ReleasePhone);
    assert_eq!(app.status.text, "no phone has chosen Cy");
}

#[test]
fn the_room_opens_from_the_list_of_voters_too() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut app = voting_room();
    send(&mut app, [Msg::CollectVotes]);
    let key_r = Msg::Key(KeyEvent::new(KeyCode::Char('R'), KeyModifiers::SHIFT));
    assert_eq!(app.update(key_r.clone()), [Effect::OpenRoom]);
    assert!(
        matches!(app.mode, huddle::app::Mode::Voting(_)),
        "the list of names stays on screen"
    );
    // Placing a ballot at the laptop, the key is nobody's business.
    send(&mut app, [Msg::Commit]);
    assert_eq!(app.update(key_r), []);
}
