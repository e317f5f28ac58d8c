//! For any roster, whatever letters its names are written in, the values under
//! a column header are drawn in that header's columns on every row.

use huddle::app::{App, ThemeName};
use huddle::domain::Phase;
use proptest::prelude::*;
use ratatui::buffer::Buffer;

#[path = "support/rooms.rs"]
mod rooms;
#[path = "support/screen.rs"]
mod screen;

fn draw(app: &App, width: u16, height: u16) -> Buffer {
    screen::drawn(app, width, height).backend().buffer().clone()
}

/// The x of each cell in row `y` whose symbol is `symbol`.
fn columns_of(buffer: &Buffer, y: u16, symbol: &str) -> Vec<u16> {
    (0..buffer.area.width)
        .filter(|&x| buffer[(x, y)].symbol() == symbol)
        .collect()
}

fn name() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "a", "Z", "é", "ñ", "山", "田", "🚀", " ", "e\u{301}", "Ω",
        ]),
        1..20,
    )
    .prop_map(|parts| parts.concat().trim().to_string())
    .prop_filter("a name", |n| !n.is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn score_marks_stand_under_their_headers(
        names in prop::collection::hash_set(name(), 1..6),
        small: bool,
    ) {
        let mut session = rooms::international_room();
        let template = session.participants[0].clone();
        session.participants = names
            .iter()
            .map(|n| {
                let mut p = template.clone();
                p.name = n.clone();
                p.anonymous = false;
                p
            })
            .collect();
        session.rounds.clear();
        for record in session.benchmark.values_mut() {
            record.scores.clear();
            record.revealed = false;
        }
        session.position.phase = Phase::Benchmark;
        session.position.habit = 0;
        session.position.score = Default::default();
        let app = App::new(session, "x.ron".into(), false, ThemeName::Default, false);
        let (width, height) = if small { (64, 18) } else { (120, 32) };
        let buffer = draw(&app, width, height);
        let header_y = (0..height)
            .find(|&y| {
                let line: String = (0..width).map(|x| buffer[(x, y)].symbol()).collect();
                line.contains("Current") && line.contains("Target")
            })
            .expect("the score header is drawn");
        let line: Vec<&str> = (0..width).map(|x| buffer[(x, header_y)].symbol()).collect();
        let start = |word: &str| {
            (0..line.len())
                .find(|&x| line[x..].iter().zip(word.chars()).all(|(s, c)| *s == c.to_string()) )
                .unwrap() as u16
        };
        let (current, target) = (start("Current"), start("Target"));
        // Nobody scored: every row shows the missing mark, once under each header.
        for y in header_y + 1..header_y + 1 + names.len() as u16 {
            let marks = columns_of(&buffer, y, "·");
            prop_assert_eq!(marks.len(), 2, "row {}", y);
            prop_assert!(marks[0] >= current && marks[0] < current + 7, "{:?}", marks);
            prop_assert!(marks[1] >= target && marks[1] < target + 7, "{:?}", marks);
        }
    }

    #[test]
    fn participant_cells_start_under_their_headers(
        names in prop::collection::hash_set(name(), 1..6),
        roles in prop::collection::vec(name(), 6),
        small: bool,
    ) {
        let mut session = rooms::international_room();
        let template = session.participants[0].clone();
        session.participants = names
            .iter()
            .zip(&roles)
            .map(|(n, role)| {
                let mut p = template.clone();
                p.name = n.clone();
                // A mark to find where the role starts, then any letters.
                p.role = format!("Ж{role}");
                p.area = Some("Store".into());
                p.anonymous = false;
                p
            })
            .collect();
        session.rounds.clear();
        session.benchmark.clear();
        session.plan.clear();
        session.position.phase = Phase::Participants;
        session.position.participant = Default::default();
        let app = App::new(session, "x.ron".into(), false, ThemeName::Default, false);
        let (width, height) = if small { (64, 18) } else { (120, 32) };
        let buffer = draw(&app, width, height);
        let symbols = |y: u16| -> Vec<&str> { (0..width).map(|x| buffer[(x, y)].symbol()).collect() };
        let header_y = (0..height)
            .find(|&y| symbols(y).concat().contains("Anonymous"))
            .expect("the header is drawn");
        let header = symbols(header_y);
        let at = |word: &str| {
            (0..header.len())
                .find(|&x| header[x..].iter().zip(word.chars()).all(|(s, c)| *s == c.to_string()))
                .unwrap() as u16
        };
        let (role, area) = (at("Role"), at("Area"));
        for (row, y) in (header_y + 1..).take(names.len()).enumerate() {
            prop_assert_eq!(buffer[(role, y)].symbol(), "Ж", "row {}", row);
            prop_assert_eq!(buffer[(area, y)].symbol(), "S", "row {}", row);
        }
    }
}
