use chrono::{NaiveDate, NaiveDateTime};
use huddle::domain::*;
use huddle::storage::save_session;
use std::path::Path;

const HABITS: [&str; 7] = [
    "listen", "think", "innovate", "empower", "create", "delight", "values",
];

fn people() -> Vec<(&'static str, &'static str, &'static str, bool)> {
    vec![
        ("Maria Lopez", "Chief Executive", "Head office", false),
        ("Tom Becker", "Finance Director", "Head office", false),
        (
            "Priya Nair",
            "Head of Customer Insight",
            "Head office",
            false,
        ),
        ("Sam Okafor", "Regional Store Manager", "Store", false),
        ("Lena Hoffmann", "Store Manager, Riverside", "Store", false),
        ("Jonas Meyer", "Store Manager, Old Town", "Store", true),
        ("Aisha Rahman", "Call Centre Manager", "Call centre", false),
        (
            "Daniel Kim",
            "Team Leader, Complaints",
            "Call centre",
            false,
        ),
        ("Grace Mensah", "Quality Coach", "Call centre", true),
        ("Oliver Brandt", "Head of E-commerce", "Online", false),
        ("Chloe Martin", "Digital Product Owner", "Online", false),
        ("Ravi Patel", "Delivery Operations Lead", "Online", false),
    ]
}

// current scores per person (rows in people order) per habit (columns in HABITS order)
const CURRENT: [[u8; 7]; 12] = [
    [3, 3, 3, 2, 3, 4, 4],
    [3, 2, 3, 2, 2, 3, 4],
    [2, 2, 3, 2, 2, 3, 3],
    [2, 2, 2, 1, 2, 3, 3],
    [3, 2, 3, 2, 2, 4, 2],
    [2, 1, 2, 1, 1, 3, 1],
    [2, 2, 3, 1, 2, 2, 3],
    [1, 2, 3, 2, 2, 2, 2],
    [2, 3, 3, 2, 3, 3, 4],
    [3, 3, 4, 3, 3, 3, 4],
    [4, 3, 4, 2, 3, 4, 4],
    [3, 2, 3, 2, 2, 3, 3],
];
const TARGET: [[u8; 7]; 12] = [
    [5, 4, 4, 4, 4, 5, 5],
    [4, 4, 4, 4, 3, 4, 4],
    [5, 4, 4, 4, 4, 4, 4],
    [4, 4, 3, 4, 4, 4, 4],
    [4, 4, 4, 5, 4, 5, 4],
    [4, 3, 3, 4, 3, 4, 4],
    [4, 4, 4, 5, 4, 4, 4],
    [4, 4, 4, 4, 4, 4, 4],
    [4, 4, 4, 4, 4, 4, 5],
    [4, 4, 5, 4, 4, 4, 5],
    [5, 4, 5, 4, 4, 5, 5],
    [4, 4, 4, 4, 4, 4, 4],
];

fn base(framework: &Framework, date: NaiveDate, title: &str) -> Session {
    let mut s = Session::new(title, date, framework.clone());
    s.organisation = "Harbour & Finch Homeware".into();
    s.facilitator = "Ruth Adeyemi".into();
    s.sponsor = "Maria Lopez".into();
    s.areas = ["Store", "Call centre", "Online", "Head office"]
        .map(String::from)
        .to_vec();
    s
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn main() {
    let framework = huddle::assets::default_framework().unwrap();
    let mut first = base(
        &framework,
        d(2026, 5, 14),
        "Customer culture benchmark, spring 2026",
    );
    for (name, role, area, anon) in people() {
        first.participants.push(Participant {
            name: name.into(),
            role: role.into(),
            area: Some(area.into()),
            anonymous: anon,
        });
    }
    for (h, habit) in HABITS.iter().enumerate() {
        let record = first.benchmark.entry(habit.to_string()).or_default();
        record.revealed = true;
        for (p, (name, ..)) in people().iter().enumerate() {
            record.scores.insert(
                name.to_string(),
                Rating {
                    current: Some(CURRENT[p][h]),
                    target: Some(TARGET[p][h]),
                },
            );
        }
    }
    let notes: &[(&str, &[&str], &[&str])] = &[
        (
            "listen",
            &[
                "Call centre logs 400 complaints a week; nobody outside the centre reads the summary.",
                "\"We ask for reviews but never answer them.\" (store manager)",
            ],
            &[
                "Feedback sits in five different tools",
                "No owner for closing the loop with customers",
            ],
        ),
        (
            "think",
            &["Returns policy was set by finance without asking stores or the call centre."],
            &["Targets reward each channel on its own, not the customer's whole purchase"],
        ),
        (
            "innovate",
            &["The click-and-collect locker came from a customer suggestion and is popular."],
            &[],
        ),
        (
            "empower",
            &[
                "Store staff need a manager's code for any refund over 20 euros.",
                "Agents cannot rebook a delivery; they raise a ticket to logistics and the customer waits two days.",
            ],
            &[
                "Refund and goodwill limits are set centrally and very low",
                "Agents have no access to the delivery system",
            ],
        ),
        (
            "create",
            &["Nobody can say what happens to a customer between order and delivery."],
            &["No shared map of the customer journey"],
        ),
        (
            "delight",
            &[
                "Stores score well on friendliness in the last survey; online reviews mention late deliveries.",
            ],
            &[],
        ),
        (
            "values",
            &[
                "Head office scored values far higher than the stores did: worth a conversation.",
                "\"The values poster is in the staff room, next to the sales league table.\"",
            ],
            &["Leaders are measured on sales only"],
        ),
    ];
    for (habit, n, b) in notes {
        let r = first.benchmark.get_mut(*habit).unwrap();
        r.notes = n.iter().map(|s| s.to_string()).collect();
        r.barriers = b.iter().map(|s| s.to_string()).collect();
    }
    let mut round = VotingRound::new(
        "Which habits matter most this year?",
        HABITS
            .iter()
            .map(|h| Candidate::Habit(h.to_string()))
            .collect(),
    );
    let ballots: [[u32; 7]; 12] = [
        [1, 0, 0, 2, 0, 0, 0],
        [0, 1, 0, 1, 1, 0, 0],
        [2, 0, 0, 1, 0, 0, 0],
        [0, 0, 0, 2, 1, 0, 0],
        [1, 0, 0, 2, 0, 0, 0],
        [0, 0, 0, 1, 0, 0, 2],
        [1, 0, 0, 2, 0, 0, 0],
        [2, 0, 0, 1, 0, 0, 0],
        [0, 0, 0, 1, 0, 0, 2],
        [0, 1, 0, 0, 2, 0, 0],
        [1, 0, 0, 0, 2, 0, 0],
        [0, 0, 0, 2, 1, 0, 0],
    ];
    for ((name, ..), ballot) in people().iter().zip(ballots) {
        round.ballots.insert(name.to_string(), ballot.to_vec());
    }
    round.revealed_at =
        Some(NaiveDateTime::parse_from_str("2026-05-14 15:42:10", "%Y-%m-%d %H:%M:%S").unwrap());
    round.closed = true;
    first.rounds.push(round);
    let actions = [
        (
            "Raise store refund and goodwill limits to 100 euros without a manager's code",
            "empower",
            "Sam Okafor",
            d(2026, 7, 1),
            "Refunds settled at the till without escalation: 90%",
            ActionStatus::InProgress,
        ),
        (
            "Give call-centre agents rebooking rights in the delivery system",
            "empower",
            "Ravi Patel",
            d(2026, 8, 15),
            "Rebooking requests closed on the first call: 80%",
            ActionStatus::NotStarted,
        ),
        (
            "One weekly 'voice of the customer' digest for every leader, with what we changed",
            "listen",
            "Priya Nair",
            d(2026, 6, 30),
            "Digest sent every week; at least two changes a month traced to it",
            ActionStatus::Done,
        ),
        (
            "Answer every online review within two working days",
            "listen",
            "Chloe Martin",
            d(2026, 7, 31),
            "Share of reviews answered within 2 days",
            ActionStatus::InProgress,
        ),
        (
            "Map the order-to-delivery journey with store, call-centre and online staff",
            "create",
            "Oliver Brandt",
            d(2026, 9, 30),
            "Journey map agreed and three pain points owned",
            ActionStatus::NotStarted,
        ),
    ];
    for (what, habit, owner, due, measure, status) in actions {
        first.plan.push(Action {
            what: what.into(),
            habit: Some(habit.into()),
            owner: owner.into(),
            due: Some(due),
            measure: measure.into(),
            status,
        });
    }
    first.next_benchmark = Some(d(2026, 11, 12));
    first.position = Position {
        phase: Phase::WrapUp,
        habit: 6,
        row: 0,
    };

    // six months later, part-way through the benchmark
    let mut second = base(
        &framework,
        d(2026, 11, 12),
        "Customer culture benchmark, autumn 2026",
    );
    for (name, role, area, anon) in people() {
        if name == "Jonas Meyer" {
            continue;
        }
        second.participants.push(Participant {
            name: name.into(),
            role: role.into(),
            area: Some(area.into()),
            anonymous: anon,
        });
    }
    second.participants.push(Participant {
        name: "Hannah Vogel".into(),
        role: "Store Manager, Old Town".into(),
        area: Some("Store".into()),
        anonymous: false,
    });
    const LATER: [[u8; 4]; 12] = [
        [4, 3, 3, 3],
        [3, 3, 3, 3],
        [3, 2, 3, 3],
        [3, 2, 2, 3],
        [3, 3, 3, 3],
        [0, 0, 0, 0],
        [3, 2, 3, 2],
        [3, 2, 3, 3],
        [3, 3, 3, 2],
        [3, 3, 4, 3],
        [4, 3, 4, 3],
        [3, 3, 3, 3],
    ];
    let mut names: Vec<&str> = people().iter().map(|p| p.0).collect();
    names[5] = "Hannah Vogel";
    for (h, habit) in HABITS.iter().take(4).enumerate() {
        let record = second.benchmark.entry(habit.to_string()).or_default();
        record.revealed = h < 3;
        for (p, name) in names.iter().enumerate() {
            if h == 3 && p >= 9 {
                continue;
            } // empower: still being scored
            let current = if p == 5 { [2, 2, 3, 2][h] } else { LATER[p][h] };
            record.scores.insert(
                name.to_string(),
                Rating {
                    current: Some(current),
                    target: Some(4),
                },
            );
        }
    }
    second.benchmark.get_mut("listen").unwrap().notes = vec![
        "The weekly digest is read; stores say they now see what customers write about them."
            .into(),
    ];
    second.benchmark.get_mut("empower").unwrap().barriers =
        vec!["Delivery system rights still not granted to agents".into()];
    second.next_benchmark = Some(d(2027, 5, 13));
    second.position = Position {
        phase: Phase::Benchmark,
        habit: 3,
        row: 17,
    };

    for (s, p) in [
        (&first, "sessions/harbour-finch-2026-05.ron"),
        (&second, "sessions/harbour-finch-2026-11.ron"),
    ] {
        assert!(s.problems().is_empty(), "{:?}", s.problems());
        save_session(Path::new(p), s).unwrap();
    }
}
