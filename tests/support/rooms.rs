//! Rooms for layout tests: the spring example as a facilitator would really meet
//! it, with names in Japanese and with an emoji, and a note far longer than a row.
#![allow(dead_code)]

use std::path::Path;

use huddle::domain::{Rating, Session};
use huddle::storage::parse_session;

const SPRING: &str = include_str!("../../sessions/harbour-finch-2026-05.ron");

/// Names that take more terminal columns than letters: two columns per CJK
/// letter, an accent, a two-column emoji.
pub const WIDE_NAMES: [&str; 2] = ["山田 太郎", "José 🚀 Núñez"];

/// A note of 300 characters, as a room dictates a long quote.
pub fn long_note() -> String {
    let sentence = "Customers told us the returns desk sends them to the web form, \
                    and the web form sends them back to the desk. ";
    sentence.repeat(4).chars().take(300).collect()
}

/// The spring example (every habit revealed) with the wide names first on the
/// roster, each scored 4 now and 5 as a goal on every habit, and the long note
/// first under the first habit.
pub fn international_room() -> Session {
    let mut session = parse_session(SPRING, Path::new("spring.ron")).expect("the example loads");
    for (place, name) in WIDE_NAMES.iter().enumerate() {
        let mut person = session.participants[0].clone();
        person.name = name.to_string();
        person.anonymous = false;
        session.participants.insert(place, person);
        for record in session.benchmark.values_mut() {
            let rating = Rating {
                current: Some(4),
                target: Some(5),
            };
            record.scores.insert(name.to_string(), rating);
        }
    }
    let first = session.framework.habits[0].id.clone();
    if let Some(record) = session.benchmark.get_mut(&first) {
        record.notes.insert(0, long_note());
    }
    session
}
