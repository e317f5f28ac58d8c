//! Which entries came from a phone: the facilitator sees a mark beside the
//! score (Benchmark) and in the list of voters (Prioritise), with a legend in
//! words; a value typed at the laptop loses the mark. The session file keeps
//! the marks (format 3), and a file without them still loads.

use chrono::{NaiveDate, NaiveTime};
use huddle::app::phone::{PhoneAction, PhoneRequest, Token};
use huddle::app::{App, Msg, ThemeName};
use huddle::domain::{Phase, Session};
use huddle::storage::{assets, load_session, save_session};

#[path = "support/screen.rs"]
mod screen;

const MARK: &str = "✆";
const LEGEND: &str = "✆ sent from a phone";

fn room(phase: Phase) -> App {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Customer day", date, assets::default_framework().unwrap());
    for name in ["Ana", "Ben"] {
        session.add_participant(name, None).unwrap();
    }
    session.position.phase = phase;
    let mut app = App::new(session, "test.ron".into(), false, ThemeName::Default, false);
    for (token, name) in [("a", "Ana"), ("b", "Ben")] {
        phone(&mut app, token, PhoneAction::Claim { name: name.into() });
    }
    app
}

fn phone(app: &mut App, token: &str, action: PhoneAction) {
    let token = Token::new(token);
    app.update(Msg::Phone(PhoneRequest {
        id: 1,
        token,
        action,
    }));
    app.update(Msg::Saved(NaiveTime::MIN));
}

fn line_of<'a>(lines: &'a [String], name: &str) -> &'a str {
    lines
        .iter()
        .find(|line| line.contains(name))
        .unwrap_or_else(|| panic!("{name} on screen: {lines:#?}"))
}

#[test]
fn a_phones_score_is_marked_until_the_facilitator_types_another() {
    let mut app = room(Phase::Benchmark);
    let screen = screen::text(&app, 120, 32);
    assert!(!screen.contains(MARK), "no phone has scored: {screen}");
    let score = PhoneAction::Score {
        habit: "listen".into(),
        current: Some(4),
        target: Some(5),
    };
    phone(&mut app, "a", score);
    let lines = screen::lines(&app, 120, 32);
    assert!(line_of(&lines, "Ana").contains(MARK), "{lines:#?}");
    assert!(!line_of(&lines, "Ben").contains(MARK), "{lines:#?}");
    assert!(lines.join("\n").contains(LEGEND), "{lines:#?}");
    // The file keeps the mark, and it reopens with it.
    let folder = tempfile::TempDir::new().unwrap();
    let path = folder.path().join("day.ron");
    save_session(&path, app.session()).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("phone_entries:"), "{text}");
    assert!(
        load_session(&path)
            .unwrap()
            .score_from_phone("listen", "Ana")
    );
    // The facilitator types Ana's current score: it is the laptop's now.
    app.update(Msg::Score(2));
    assert_eq!(app.session().rating("listen", "Ana").current, Some(2));
    let lines = screen::lines(&app, 120, 32);
    assert!(!line_of(&lines, "Ana").contains(MARK), "{lines:#?}");
    assert!(!lines.join("\n").contains(LEGEND), "{lines:#?}");
}

#[test]
fn a_phones_ballot_is_marked_in_the_list_of_voters() {
    let mut app = room(Phase::Prioritise);
    app.update(Msg::NewHabitRound);
    app.update(Msg::CollectVotes);
    let ballot = PhoneAction::Vote {
        round: 0,
        dots: vec![2, 1, 0, 0, 0, 0, 0],
    };
    phone(&mut app, "a", ballot);
    let lines = screen::lines(&app, 120, 32);
    assert!(
        line_of(&lines, "Ana").contains(&format!("✓ voted {MARK}")),
        "{lines:#?}"
    );
    assert!(!line_of(&lines, "Ben").contains("voted"), "{lines:#?}");
    assert!(lines.join("\n").contains(LEGEND), "{lines:#?}");
}

#[test]
fn a_file_of_format_1_loads_with_no_phone_entries() {
    let folder = tempfile::TempDir::new().unwrap();
    let old = folder.path().join("old.ron");
    std::fs::write(&old, assets::DEMO_SESSION).unwrap();
    let session = load_session(&old).unwrap();
    assert!(session.phone_entries.is_empty());
    save_session(&old, &session).unwrap();
    let text = std::fs::read_to_string(&old).unwrap();
    assert!(!text.contains("phone_entries"), "nothing to keep: {text}");
}
