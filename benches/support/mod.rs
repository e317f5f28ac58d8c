//! The large workshop benchmarks measure: 40 participants, 7 habits, 12 areas,
//! 30 notes and 20 actions, every score entered.

use chrono::NaiveDate;
use huddle::domain::{Action, ActionStatus, Candidate, Participant, Rating, Session, VotingRound};
use huddle::storage::assets;

pub fn large_session() -> Session {
    let framework = assets::default_framework().expect("the bundled framework loads");
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).expect("a valid date");
    let mut session = Session::new("A large leadership workshop", date, framework);
    session.organisation = "A large organisation".into();
    session.areas = (1..=12).map(|n| format!("Area {n}")).collect();
    session.participants = (0..40)
        .map(|n| Participant {
            name: format!("Participant {n:02}"),
            role: "Leader".into(),
            area: Some(format!("Area {}", n % 12 + 1)),
            anonymous: n % 7 == 0,
        })
        .collect();
    let habits: Vec<String> = session
        .framework
        .habits
        .iter()
        .map(|h| h.id.clone())
        .collect();
    for (h, habit) in habits.iter().enumerate() {
        let record = session.benchmark.entry(habit.clone()).or_default();
        for (p, person) in session.participants.iter().enumerate() {
            let current = 1 + ((p * 3 + h * 5) % 5) as u8;
            let target = current.max(1 + ((p + h) % 5) as u8);
            record.scores.insert(
                person.name.clone(),
                Rating {
                    current: Some(current),
                    target: Some(target),
                },
            );
        }
    }
    for n in 0..30 {
        let record = session
            .benchmark
            .get_mut(&habits[n % habits.len()])
            .expect("scored habit");
        record.notes.push(format!(
            "Note {n}: what the frontline told us, quoted word for word, \"with quotes\"."
        ));
    }
    let mut round = VotingRound::new(
        "Habits",
        habits.iter().map(|h| Candidate::Habit(h.clone())).collect(),
    );
    for (p, person) in session.participants.iter().enumerate() {
        let mut ballot = vec![0; habits.len()];
        ballot[p % habits.len()] = 2;
        ballot[(p + 3) % habits.len()] += 1;
        round.ballots.insert(person.name.clone(), ballot);
    }
    session.rounds.push(round);
    session.plan = (0..20)
        .map(|n| Action {
            what: format!("Action {n}: a capability-building step with a clear outcome"),
            habit: Some(habits[n % habits.len()].clone()),
            priority: None,
            owner: format!("Participant {:02}", n * 2),
            due: NaiveDate::from_ymd_opt(2026, 6 + (n % 6) as u32, 1),
            measure: "How we will know it worked".into(),
            status: ActionStatus::NotStarted,
            practice: None,
        })
        .collect();
    assert!(session.problems().is_empty(), "{:?}", session.problems());
    session
}
