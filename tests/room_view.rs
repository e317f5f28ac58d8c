//! The room view (presenter view) as the room sees it: every phase at the
//! minimum size, a laptop and a projector, with a roster of wide names and a
//! long note; what privacy hides never on it; and the same numbers on a laptop
//! as on a projector.

use huddle::app::phone::RoomAccess;
use huddle::app::{App, Mode, Msg, ThemeName};
use huddle::domain::{Candidate, Phase, RoundTally, Session, VotingRound};
use huddle::text::display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

#[path = "support/rooms.rs"]
mod rooms;
#[path = "support/screen.rs"]
mod screen;

/// The sizes the room view must hold at, with the names of their snapshots.
const SIZES: [(u16, u16, &str); 3] = [
    (64, 18, "minimum"),
    (80, 24, "laptop"),
    (120, 32, "projector"),
];

/// The app in the room view on a session, at a phase.
fn room_view(mut session: Session, phase: Phase) -> App {
    session.position.phase = phase;
    let mut app = App::new(session, "room.ron".into(), false, ThemeName::Default, false);
    app.update(Msg::TogglePresenter);
    app
}

fn room_at(phase: Phase) -> App {
    room_view(rooms::international_room(), phase)
}

/// The international room on the habit on screen, its scores not revealed.
fn hidden_habit_room(phase: Phase) -> App {
    let mut session = rooms::international_room();
    let habit = session.framework.habits[session.position.habit].id.clone();
    session.benchmark.get_mut(&habit).unwrap().revealed = false;
    room_view(session, phase)
}

/// A new round on the habits with three ballots in and the tally not revealed.
fn votes_coming_in() -> App {
    let mut app = room_at(Phase::Prioritise);
    app.update(Msg::NewHabitRound);
    app.update(Msg::CollectVotes);
    for _ in 0..3 {
        app.update(Msg::Commit);
        app.update(Msg::Score(1));
        app.update(Msg::Down);
        app.update(Msg::Score(1));
        app.update(Msg::Commit);
    }
    app.update(Msg::Cancel);
    assert_eq!(app.round().unwrap().voters(), 3);
    app
}

macro_rules! snapshot_sizes {
    ($name:ident, $app:expr) => {
        #[test]
        fn $name() {
            let app = $app;
            for (width, height, size) in SIZES {
                insta::assert_snapshot!(
                    format!("{}_{size}", stringify!($name)),
                    screen::drawn(&app, width, height).backend()
                );
            }
        }
    };
}

snapshot_sizes!(setup, room_at(Phase::Setup));
snapshot_sizes!(join, {
    let mut app = room_at(Phase::Participants);
    app.update(Msg::RoomOpened(RoomAccess {
        url: "http://192.168.1.23:8686".into(),
        pin: "314159".into(),
    }));
    app
});
snapshot_sizes!(benchmark_with_timer, {
    let mut app = room_at(Phase::Benchmark);
    let ten = chrono::NaiveDate::from_ymd_opt(2026, 5, 14)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    app.update(Msg::Tick(ten));
    app.update(Msg::SetTimer);
    app.update(Msg::Commit);
    app.update(Msg::Tick(ten + chrono::TimeDelta::seconds(75)));
    app
});
snapshot_sizes!(participants, room_at(Phase::Participants));
snapshot_sizes!(benchmark_revealed, room_at(Phase::Benchmark));
snapshot_sizes!(benchmark_hidden, hidden_habit_room(Phase::Benchmark));
snapshot_sizes!(results, room_at(Phase::Results));
snapshot_sizes!(results_part_way, {
    let autumn = include_str!("../sessions/harbour-finch-2026-11.ron");
    let session = huddle::storage::parse_session(autumn, std::path::Path::new("x.ron")).unwrap();
    room_view(session, Phase::Results)
});
snapshot_sizes!(heat_map, {
    let mut app = room_at(Phase::Results);
    app.update(Msg::ToggleHeatMap);
    app
});
snapshot_sizes!(since_last_time, {
    let parse = |text| huddle::storage::parse_session(text, std::path::Path::new("x.ron")).unwrap();
    let autumn = parse(include_str!("../sessions/harbour-finch-2026-11.ron"));
    let spring = parse(include_str!("../sessions/harbour-finch-2026-05.ron"));
    let mut app = room_view(autumn, Phase::Results).with_previous(Some(spring));
    app.update(Msg::ToggleHeatMap);
    app.update(Msg::ToggleHeatMap);
    app
});
snapshot_sizes!(votes_not_revealed, votes_coming_in());
snapshot_sizes!(tally, room_at(Phase::Prioritise));
snapshot_sizes!(tally_of_long_ideas, long_ideas_room());
snapshot_sizes!(plan, room_at(Phase::Plan));
snapshot_sizes!(wrap_up, room_at(Phase::WrapUp));

/// The four rows `text` takes in big letters, as the room view draws them.
fn big_rows(text: &str) -> Vec<String> {
    let area = Rect::new(0, 0, text.chars().count() as u16 * 4, 4);
    let mut buf = Buffer::empty(area);
    BigText::builder()
        .pixel_size(PixelSize::Quadrant)
        .lines(vec![Line::from(text.to_string())])
        .build()
        .render(area, &mut buf);
    buf.content()
        .chunks(usize::from(area.width))
        .map(|row| row.iter().map(|cell| cell.symbol()).collect())
        .collect()
}

/// Whether the screen shows `text`, in ordinary letters or in big ones.
fn shows(lines: &[String], text: &str) -> bool {
    if lines.iter().any(|line| line.contains(text)) {
        return true;
    }
    let big: Vec<Vec<char>> = big_rows(text).iter().map(|r| r.chars().collect()).collect();
    let screen: Vec<Vec<char>> = lines.iter().map(|l| l.chars().collect()).collect();
    let at = |row: &[char], column: usize, pattern: &[char]| {
        row.get(column..column + pattern.len()) == Some(pattern)
    };
    screen.windows(4).any(|rows| {
        (0..rows[0].len()).any(|column| {
            rows.iter()
                .zip(&big)
                .all(|(row, pattern)| at(row, column, pattern))
        })
    })
}

/// Every number written in ordinary letters on the screen, in reading order.
fn numbers(lines: &[String]) -> Vec<String> {
    let text = lines.join("\n");
    let mut found = Vec::new();
    let mut number = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit()
            || (c == '.' && !number.is_empty())
            || "+-".contains(c) && number.is_empty()
        {
            number.push(c);
        } else {
            if number.chars().any(|d| d.is_ascii_digit()) {
                found.push(number.trim_end_matches('.').to_string());
            }
            number.clear();
        }
    }
    found
}

/// The first line that begins (after spaces) with `name`.
fn row<'a>(lines: &'a [String], name: &str) -> &'a str {
    lines
        .iter()
        .find(|line| line.trim_start().starts_with(name))
        .unwrap_or_else(|| panic!("no row for {name}:\n{}", lines.join("\n")))
}

#[test]
fn results_show_every_habit_and_the_index_at_every_size() {
    let app = room_at(Phase::Results);
    let results = app.results();
    for (width, height, size) in SIZES {
        let lines = screen::lines(&app, width, height);
        let index = format!("INDEX {}", display::index(results.index));
        assert!(
            shows(&lines, &index),
            "{size}: no {index}\n{}",
            lines.join("\n")
        );
        for habit in &results.habits {
            let line = row(&lines, &habit.habit_name);
            for number in [
                display::number(habit.mean_current),
                display::number(habit.mean_target),
                display::signed(habit.gap),
            ] {
                assert!(line.contains(&number), "{size}: {number} not in {line}");
            }
            assert_eq!(
                line.contains("! discuss"),
                habit.disagrees(),
                "{size}: {line}"
            );
            // Why, in words, on a line of its own below the bars.
            let reason = lines.iter().find(|line| {
                line.trim_start().starts_with('!') && line.contains(&habit.habit_name)
            });
            assert_eq!(reason.is_some(), habit.disagrees(), "{size}: {reason:?}");
            if let Some(reason) = reason {
                assert!(reason.contains("scores"), "{size}: {reason}");
            }
        }
    }
}

#[test]
fn a_laptop_shows_the_same_numbers_as_a_projector() {
    let mut heat_map = room_at(Phase::Results);
    heat_map.update(Msg::ToggleHeatMap);
    for app in [
        room_at(Phase::Results),
        heat_map,
        room_at(Phase::Prioritise),
        room_at(Phase::Benchmark),
        room_at(Phase::WrapUp),
    ] {
        let laptop = screen::lines(&app, 80, 24);
        let projector = screen::lines(&app, 120, 32);
        assert_eq!(
            numbers(&laptop),
            numbers(&projector),
            "laptop:\n{}\nprojector:\n{}",
            laptop.join("\n"),
            projector.join("\n")
        );
        assert!(!numbers(&laptop).is_empty(), "{}", laptop.join("\n"));
    }
}

#[test]
fn a_revealed_tally_is_ranked_with_ties_marked_at_every_size() {
    let app = room_at(Phase::Prioritise);
    let session = app.session();
    let round = app.round().unwrap();
    let tally = RoundTally::of(round, &session.framework, app.results());
    let voted = format!("{} of {} voted", tally.voters, session.participants.len());
    assert!(
        tally.ranking.iter().any(|r| r.tied),
        "the example has a tie"
    );
    for (width, height, size) in SIZES {
        let lines = screen::lines(&app, width, height);
        assert!(
            shows(&lines, &voted),
            "{size}: no {voted}\n{}",
            lines.join("\n")
        );
        assert!(shows(&lines, &tally.title), "{size}");
        for ranked in &tally.ranking {
            let line = lines
                .iter()
                .find(|line| line.contains(&ranked.label))
                .unwrap_or_else(|| panic!("{size}: no {}", ranked.label));
            let rank = if ranked.tied {
                format!("={}", ranked.rank)
            } else {
                ranked.rank.to_string()
            };
            let words: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(words.first(), Some(&rank.as_str()), "{size}: {line}");
            assert!(
                words.contains(&ranked.dots.to_string().as_str()),
                "{size}: {line}"
            );
            assert_eq!(words.contains(&"tie"), ranked.tied, "{size}: {line}");
        }
    }
}

#[test]
fn hidden_scores_show_only_how_many_have_scored() {
    let hidden = hidden_habit_room(Phase::Benchmark);
    let session = hidden.session();
    let habit = hidden.habit();
    let scored = format!(
        "{} of {} scored",
        session.scored_count(&habit.id),
        session.participants.len()
    );
    let labels = &session.framework.scale.labels;
    for (width, height, size) in SIZES {
        let lines = screen::lines(&hidden, width, height);
        assert!(
            shows(&lines, &scored),
            "{size}: no {scored}\n{}",
            lines.join("\n")
        );
        assert!(!shows(&lines, "MEAN"), "{size}");
        assert!(numbers(&lines).is_empty(), "{size}:\n{}", lines.join("\n"));
        let text = screen::text(&hidden, width, height);
        for label in labels {
            assert!(!text.contains(label.as_str()), "{size}: {label}");
        }
        // The same habit revealed shows its mean and the levels: the test can fail.
        let revealed = screen::lines(&room_at(Phase::Benchmark), width, height);
        let mean = display::number(hidden.results().habit(&habit.id).unwrap().mean_current);
        assert_eq!(mean, "-", "hidden, the domain gives no mean");
        assert!(shows(&revealed, "MEAN"), "{size}");
        assert!(!numbers(&revealed).is_empty(), "{size}");

        let results = screen::lines(&hidden_habit_room(Phase::Results), width, height);
        let line = row(&results, &habit.name);
        assert!(line.contains(display::HIDDEN), "{size}: {line}");
        assert!(!line.chars().any(|c| c.is_ascii_digit()), "{size}: {line}");
    }
}

#[test]
fn before_the_reveal_the_room_sees_only_the_count_of_ballots() {
    let mut app = votes_coming_in();
    let session = app.session();
    let voted = format!("3 of {} voted", session.participants.len());
    let habit_names: Vec<String> = session
        .framework
        .habits
        .iter()
        .map(|h| h.name.clone())
        .collect();
    for (width, height, size) in SIZES {
        let lines = screen::lines(&app, width, height);
        assert!(
            shows(&lines, &voted),
            "{size}: no {voted}\n{}",
            lines.join("\n")
        );
        assert!(numbers(&lines).is_empty(), "{size}:\n{}", lines.join("\n"));
        for name in &habit_names {
            assert!(
                !lines.iter().any(|l| l.contains(name.as_str())),
                "{size}: {name}"
            );
        }
    }
    // Revealed, the candidates and their dots show.
    app.update(Msg::ToggleReveal);
    if matches!(app.mode, Mode::Confirm(_)) {
        app.update(Msg::Confirm);
    }
    let lines = screen::lines(&app, 80, 24);
    assert!(!numbers(&lines).is_empty(), "{}", lines.join("\n"));
    assert!(lines.iter().any(|l| l.contains(habit_names[0].as_str())));
}

#[test]
fn wrap_up_names_the_priorities_their_owners_and_the_next_benchmark() {
    let app = room_at(Phase::WrapUp);
    let session = app.session();
    let next = app.next_benchmark().format("%-d %b %Y").to_string();
    for (width, height, size) in SIZES {
        let lines = screen::lines(&app, width, height);
        assert!(
            shows(&lines, &next),
            "{size}: no {next}\n{}",
            lines.join("\n")
        );
        for (place, priority) in app.top_priorities().iter().enumerate() {
            let label = format!("{}. {}", place + 1, priority.label(&session.framework));
            let line = row(&lines, &label);
            for action in session.plan.iter().filter(|a| a.answers(priority)) {
                assert!(line.contains(&action.owner), "{size}: {line}");
            }
        }
    }
}

#[test]
fn the_heat_map_writes_withheld_where_privacy_says() {
    let mut app = room_at(Phase::Results);
    app.update(Msg::ToggleHeatMap);
    let map = &app.results().heat_map;
    let withheld = map.area_totals.iter().filter(|c| c.withheld).count();
    assert!(
        withheld > 0,
        "the example has an anonymous participant's area"
    );
    for (width, height, size) in SIZES {
        let lines = screen::lines(&app, width, height);
        for habit in &app.results().habits {
            let line = row(&lines, &habit.habit_name);
            assert_eq!(
                line.matches(display::WITHHELD).count(),
                withheld,
                "{size}: {line}"
            );
        }
    }
}

/// Ideas in the room's own words, too long to stand beside the bars.
fn long_ideas_room() -> App {
    let ideas = [
        "Let the returns desk settle any refund under fifty euros at once",
        "One web form that the returns desk can also see and answer",
        "Ask every new starter what annoyed them as a customer before",
    ];
    let mut session = rooms::international_room();
    let mut round = VotingRound::new(
        "Which ideas first?",
        ideas
            .iter()
            .map(|idea| Candidate::Idea(idea.to_string()))
            .collect(),
    );
    round.dots_per_participant = 3;
    let voters: Vec<String> = session
        .participants
        .iter()
        .map(|p| p.name.clone())
        .collect();
    for (voter, dots) in voters.iter().zip([[2, 1, 0], [1, 2, 0], [2, 0, 1]]) {
        round.cast(voter, dots.to_vec()).unwrap();
    }
    round.revealed = true;
    session.rounds.push(round);
    session.position.round = session.rounds.len() - 1;
    room_view(session, Phase::Prioritise)
}

#[test]
fn a_long_candidate_stands_whole_above_its_bar() {
    let app = long_ideas_room();
    let session = app.session();
    let tally = RoundTally::of(app.round().unwrap(), &session.framework, app.results());
    for (width, height, size) in SIZES {
        let lines = screen::lines(&app, width, height);
        for ranked in &tally.ranking {
            // Whole, on one line or wrapped onto the next.
            let joined = |at: usize| format!("{} {}", lines[at].trim(), lines[at + 1].trim());
            let at = (0..lines.len() - 1)
                .find(|&at| lines[at].contains(&ranked.label) || joined(at).contains(&ranked.label))
                .unwrap_or_else(|| panic!("{size}: {} cut\n{}", ranked.label, lines.join("\n")));
            let at = if lines[at].contains(&ranked.label) {
                at
            } else {
                at + 1
            };
            let words: Vec<&str> = lines[at + 1].split_whitespace().collect();
            assert!(
                words.contains(&ranked.dots.to_string().as_str()),
                "{size}: {}\n{}",
                lines[at + 1],
                lines.join("\n")
            );
        }
    }
}

#[test]
fn without_colour_the_room_view_keeps_its_marks() {
    let mut heat_map = room_at(Phase::Results);
    heat_map.update(Msg::ToggleHeatMap);
    let apps = [
        (
            room_at(Phase::Results),
            vec!["█", "░", "! discuss", "! Listen"],
        ),
        (heat_map, vec!["▓", display::WITHHELD]),
        (room_at(Phase::Prioritise), vec!["=6", "tie", "█"]),
        (room_at(Phase::Benchmark), vec!["! no consensus", "█"]),
    ];
    for (mut app, marks) in apps {
        app.no_color = true;
        for (width, height, size) in SIZES {
            let terminal = screen::drawn(&app, width, height);
            let buffer = terminal.backend().buffer();
            for cell in buffer.content() {
                assert_eq!(
                    (cell.fg, cell.bg),
                    (ratatui::style::Color::Reset, ratatui::style::Color::Reset),
                    "{size}: a colour at {:?}",
                    cell.symbol()
                );
            }
            let text = screen::text(&app, width, height);
            for mark in &marks {
                assert!(text.contains(mark), "{size}: no {mark}\n{text}");
            }
        }
    }
}

#[test]
fn h_in_the_room_view_of_the_results_shows_the_heat_map_and_back() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent};
    let mut app = room_at(Phase::Results);
    let heat_map = "mean current score per habit and area";
    assert!(!screen::text(&app, 80, 24).contains(heat_map));
    app.update(Msg::Key(KeyEvent::from(KeyCode::Char('h'))));
    let shown = screen::text(&app, 80, 24);
    assert!(shown.contains(heat_map), "{shown}");
    assert!(shown.contains("h next view"), "{shown}");
    app.update(Msg::Key(KeyEvent::from(KeyCode::Char('h'))));
    assert!(screen::text(&app, 80, 24).contains("now → goal"));
}

#[test]
fn every_room_view_draws_at_any_size_from_the_minimum_up() {
    let mut many = rooms::international_room();
    let ideas: Vec<Candidate> = (0..60)
        .map(|n| Candidate::Idea(format!("{n} {}", rooms::long_note())))
        .collect();
    let mut round = VotingRound::new("Sixty long ideas", ideas);
    round.revealed = true;
    many.rounds.push(round);
    many.position.round = many.rounds.len() - 1;
    let mut apps: Vec<App> = [
        Phase::Setup,
        Phase::Benchmark,
        Phase::Results,
        Phase::Prioritise,
        Phase::Plan,
        Phase::WrapUp,
    ]
    .into_iter()
    .map(room_at)
    .collect();
    apps.push(room_view(many, Phase::Prioritise));
    apps.push(hidden_habit_room(Phase::Benchmark));
    for app in &apps {
        for width in (64..=200).step_by(17) {
            for height in (18..=60).step_by(7) {
                screen::drawn(app, width, height);
            }
        }
    }
}
