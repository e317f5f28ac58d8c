//! Small sessions for the domain's tests, built in code so each test shows its numbers.

use chrono::NaiveDate;

use super::{Candidate, Framework, Habit, Participant, Rating, Scale, Session, VotingRound};

/// A 1-5 framework with the given habit ids.
pub fn framework(habit_ids: &[&str]) -> Framework {
    Framework {
        id: "test".into(),
        name: "Test".into(),
        version: 1,
        description: String::new(),
        scale: Scale {
            name: "maturity".into(),
            min: 1,
            max: 5,
            labels: ["absent", "emerging", "developing", "embedded", "leading"]
                .map(String::from)
                .to_vec(),
        },
        habits: habit_ids
            .iter()
            .map(|id| Habit {
                id: id.to_string(),
                name: id.to_uppercase(),
                summary: format!("{id} well"),
                questions: vec!["Why?".into(), "How?".into()],
                rubric: (1..=5).map(|level| format!("{id} at {level}")).collect(),
            })
            .collect(),
    }
}

/// A session on `framework(habit_ids)` with areas and no participants.
pub fn session(habit_ids: &[&str], areas: &[&str]) -> Session {
    let mut session = Session::new(
        "Test workshop",
        NaiveDate::from_ymd_opt(2026, 5, 14).expect("valid date"),
        framework(habit_ids),
    );
    session.areas = areas.iter().map(|a| a.to_string()).collect();
    session
}

/// Adds a participant in an area (or none).
pub fn add_person(session: &mut Session, name: &str, area: Option<&str>) {
    session.participants.push(Participant {
        name: name.into(),
        role: String::new(),
        area: area.map(String::from),
        anonymous: false,
    });
}

/// Sets a participant's current and target score for a habit, and reveals the
/// habit, so a test's numbers count; `hide` takes a habit back out of sight.
pub fn score(
    session: &mut Session,
    habit: &str,
    name: &str,
    current: Option<u8>,
    target: Option<u8>,
) {
    let record = session.benchmark.entry(habit.into()).or_default();
    record
        .scores
        .insert(name.into(), Rating { current, target });
    record.revealed = true;
}

/// Hides a habit's scores again, as before the facilitator's reveal.
pub fn hide(session: &mut Session, habit: &str) {
    session.benchmark.entry(habit.into()).or_default().revealed = false;
}

/// An open round called "habits" with the given habit ids as its candidates.
pub fn habit_round(habit_ids: &[&str]) -> VotingRound {
    VotingRound::new(
        "habits",
        habit_ids
            .iter()
            .map(|id| Candidate::Habit(id.to_string()))
            .collect(),
    )
}

/// Whether a computed number is there and equals `b`, within rounding.
pub fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

/// Four people in two areas for the stats tests; every number is worked by hand
/// in the comments.
pub fn workshop() -> Session {
    let mut s = session(
        &["listen", "think", "empower", "delight"],
        &["Store", "Web"],
    );
    add_person(&mut s, "Ana", Some("Store"));
    add_person(&mut s, "Ben", Some("Store"));
    add_person(&mut s, "Cy", Some("Web"));
    add_person(&mut s, "Di", Some("Web"));
    // listen: current 2, 3, 4 (Di missing); target 4, 5, 4, 5
    score(&mut s, "listen", "Ana", Some(2), Some(4));
    score(&mut s, "listen", "Ben", Some(3), Some(5));
    score(&mut s, "listen", "Cy", Some(4), Some(4));
    score(&mut s, "listen", "Di", None, Some(5));
    // think: current 1, 5, 4 -> range 4
    score(&mut s, "think", "Ana", Some(1), None);
    score(&mut s, "think", "Ben", Some(5), None);
    score(&mut s, "think", "Cy", Some(4), None);
    // empower: current 2, 4 -> spread exactly 1.0
    score(&mut s, "empower", "Ana", Some(2), Some(3));
    score(&mut s, "empower", "Ben", Some(4), Some(5));
    // delight: nobody scored
    s
}

/// The messages of every problem a session has, in the order they are reported.
pub fn problem_messages(session: &Session) -> Vec<String> {
    session.problems().into_iter().map(|p| p.message).collect()
}

/// The privacy tests' room, all in Store: Ana and Ben named, Cy and Di anonymous
/// (Cy a coach); Di scores lower than Cy; "think" is scored but hidden.
pub fn anonymous_room() -> Session {
    let mut s = session(&["listen", "think"], &["Store"]);
    for name in ["Ana", "Cy", "Ben", "Di"] {
        add_person(&mut s, name, Some("Store"));
    }
    s.participants[1].anonymous = true;
    s.participants[3].anonymous = true;
    s.participants[1].role = "Coach".into();
    for (name, now) in [("Ana", 3), ("Cy", 4), ("Ben", 2), ("Di", 1)] {
        score(&mut s, "listen", name, Some(now), Some(5));
        score(&mut s, "think", name, Some(now), Some(5));
    }
    hide(&mut s, "think");
    s
}
