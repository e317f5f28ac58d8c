//! What a new user saw go wrong at 64x18, 80x24 and 120x32, each checked on the
//! screen as drawn: targets typed blind, flags and hints cut, a help line cut
//! short, a status over the keys, long notes cut silently, a header scrolled away.

use huddle::app::{App, Msg, ThemeName};
use huddle::domain::{NoteKind, Phase};

#[path = "support/drive.rs"]
mod drive;
#[path = "support/rooms.rs"]
mod rooms;
#[path = "support/screen.rs"]
mod screen;

fn app_at(phase: Phase) -> App {
    drive::app_on(rooms::international_room(), phase)
}

/// The app at the first habit, where the long note is.
fn benchmark_on_listen() -> App {
    let mut app = app_at(Phase::Benchmark);
    while app.session().position.habit > 0 {
        app.update(Msg::PreviousHabit);
    }
    app
}

#[test]
fn at_the_minimum_size_the_targets_are_on_screen_beside_every_name() {
    let app = app_at(Phase::Benchmark);
    let lines = screen::lines(&app, 64, 18);
    let header = lines
        .iter()
        .find(|l| l.contains("Current"))
        .expect("the header");
    assert!(header.contains("Target"), "{header}");
    let target_column = header.find("Target").unwrap();
    // Maria scored 4 now and 5 as a goal on every habit, like the wide names.
    // A wide letter's second cell reads as a space: find the rows by a part.
    for name in ["Maria Lopez", "郎", "Núñez"] {
        let row = lines.iter().find(|l| l.contains(name)).expect(name);
        let cells: Vec<&str> = row.split_whitespace().collect();
        assert!(cells.contains(&"5"), "no target beside {name}: {row}");
        assert!(row.len() > target_column, "{row}");
    }
}

#[test]
fn at_80x24_every_rubric_level_and_the_whole_flag_are_shown() {
    let app = app_at(Phase::Benchmark);
    let screen = screen::text(&app, 80, 24);
    // With the colon: the rubric's lines, not the distribution's labels.
    for level in [
        "1 absent:",
        "2 emerging:",
        "3 developing:",
        "4 embedded:",
        "5 leading:",
    ] {
        assert!(screen.contains(level), "{level} missing:\n{screen}");
    }
    assert!(screen.contains("! no consensus: discuss"), "{screen}");
    let results = screen::text(&app_at(Phase::Results), 80, 24);
    assert!(results.contains("! no consensus: discuss"), "{results}");
}

#[test]
fn at_80x24_the_selected_action_is_read_whole_and_the_key_hints_say_there_are_more() {
    let app = app_at(Phase::Plan);
    let action = app.session().plan[0].clone();
    let lines = screen::lines(&app, 80, 24);
    let words: String = lines
        .join(" ")
        .replace('│', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for text in [&action.what, &action.measure, &action.owner] {
        assert!(
            words.contains(text.as_str()),
            "{text} not whole:\n{}",
            lines.join("\n")
        );
    }
    // The benchmark's hint line is too long for 80 columns: it drops whole
    // hints and ends in the marker that help lists them all.
    let lines = screen::lines(&app_at(Phase::Benchmark), 80, 24);
    let hints = lines.last().unwrap();
    assert!(hints.trim_end().ends_with("? more"), "{hints}");
}

#[test]
fn at_120x32_the_results_help_is_whole() {
    let mut app = app_at(Phase::Results);
    app.update(Msg::ToggleHelp);
    let lines = screen::lines(&app, 120, 32);
    // Read the overlay alone: the columns between its borders.
    let top = lines
        .iter()
        .position(|l| l.contains("Keys: Results"))
        .unwrap();
    // the overlay's own corner: the last one before its title
    let title_at = lines[top].find("Keys: Results").unwrap();
    let left = lines[top][..title_at].chars().count()
        - 1
        - lines[top][..title_at]
            .chars()
            .rev()
            .position(|c| c == '┌')
            .unwrap();
    let inside: Vec<String> = lines[top + 1..]
        .iter()
        .map(|l| l.chars().skip(left + 1).take_while(|&c| c != '│').collect())
        .collect();
    let words = inside
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        words.contains("what moved since the last benchmark"),
        "{}",
        lines.join("\n")
    );
}

#[test]
fn help_scrolls_to_its_last_key_at_80x24() {
    let mut app = app_at(Phase::Benchmark);
    app.update(Msg::ToggleHelp);
    let first = screen::text(&app, 80, 24);
    assert!(first.contains("more"), "says there is more:\n{first}");
    assert!(!first.contains("Ctrl+U"), "{first}");
    for _ in 0..40 {
        app.update(Msg::Down);
    }
    let last = screen::text(&app, 80, 24);
    assert!(last.contains("Ctrl+U"), "the last editing key:\n{last}");
    assert!(
        last.contains("Home End") && last.contains("Ctrl+←→"),
        "{last}"
    );
}

#[test]
fn a_long_status_never_overwrites_the_key_hints() {
    let mut app = app_at(Phase::Results);
    app.update(Msg::Exported(
        "/home/facilitator/huddle/exports/customer-culture-benchmark-spring-2026-workshop.html"
            .into(),
    ));
    for (width, height) in [(64, 18), (80, 24), (120, 32)] {
        let lines = screen::lines(&app, width, height);
        let status = &lines[usize::from(height) - 2];
        let hints = &lines[usize::from(height) - 1];
        assert!(
            !status.contains(".htTab") && !status.contains("htmlTab"),
            "{status}"
        );
        assert!(hints.starts_with("h heat map"), "{hints}");
        // The message is whole, or its cut says so.
        assert!(
            status.contains("workshop.html") || status.trim_end().ends_with('…'),
            "{status}"
        );
    }
}

#[test]
fn a_long_note_is_wrapped_where_there_is_room_and_never_cut_silently() {
    let mut app = benchmark_on_listen();
    let people = app.session().participants.len();
    for _ in 0..people {
        app.update(Msg::Down);
    }
    let note = rooms::long_note();
    for (width, height) in [(64, 18), (80, 24), (120, 32)] {
        let lines = screen::lines(&app, width, height);
        let start = lines
            .iter()
            .position(|l| l.contains("Customers told us"))
            .unwrap_or_else(|| panic!("the selected note is shown:\n{}", lines.join("\n")));
        // Either the note's last words are on screen below its start, or the
        // cut says "…" there.
        let words: Vec<&str> = note.split_whitespace().rev().take(2).collect();
        let note_lines = lines[start..].join(" ");
        let end_shown = note_lines.contains(&format!("{} {}", words[1], words[0]));
        assert!(
            end_shown || note_lines.contains('…'),
            "{width}x{height}:\n{}",
            lines.join("\n")
        );
    }
}

#[test]
fn the_score_header_stays_put_when_the_list_scrolls_to_the_barriers() {
    let mut app = benchmark_on_listen();
    let people = app.session().participants.len();
    let notes = app.session().notes(&app.habit().id, NoteKind::Note).len();
    for _ in 0..people + notes {
        app.update(Msg::Down);
    }
    let screen = screen::text(&app, 64, 18);
    assert!(screen.contains("Barriers"), "{screen}");
    assert!(
        screen.contains("Current") && screen.contains("Target"),
        "{screen}"
    );
}

#[test]
fn the_stepper_names_the_phase_at_80_columns_and_ticks_results_and_wrap_up() {
    let app = app_at(Phase::Results);
    for width in [64, 80] {
        let stepper = &screen::lines(&app, width, 24)[1];
        assert!(stepper.contains("Results"), "{stepper}");
        assert!(!stepper.contains("✓1"), "bare numbers: {stepper}");
    }
    let stepper = &screen::lines(&app, 80, 24)[1];
    // Every habit is revealed in the spring room, the next benchmark is set.
    assert!(stepper.contains("✓ Wrap-up"), "{stepper}");
    let mut hidden = app_at(Phase::Plan);
    hidden.update(Msg::PreviousPhase);
    hidden.update(Msg::PreviousPhase);
    hidden.update(Msg::PreviousPhase);
    hidden.update(Msg::ToggleReveal);
    let stepper = &screen::lines(&hidden, 120, 32)[1];
    assert!(stepper.contains("· 4 Results"), "{stepper}");
}

#[test]
fn a_field_is_typed_where_it_stands_with_its_cursor() {
    // A setup field, a participant's role, an action's owner and a note: the
    // typed text shows in the field's own place, and one cell is the cursor.
    let cases: Vec<(Phase, Vec<Msg>)> = vec![
        (Phase::Setup, vec![Msg::Down, Msg::Edit]),
        (Phase::Participants, vec![Msg::Right, Msg::Edit]),
        (Phase::Plan, vec![Msg::Right, Msg::Right, Msg::Edit]),
    ];
    for (phase, msgs) in cases {
        let mut app = app_at(phase);
        for msg in msgs {
            app.update(msg);
        }
        for c in "Zoë".chars() {
            app.update(Msg::Input(tui_input::InputRequest::InsertChar(c)));
        }
        let lines = screen::lines(&app, 80, 24);
        // Above the foot (four rows when typing in a box there).
        let body = &lines[2..lines.len() - 4];
        let row = body
            .iter()
            .find(|l| l.contains("Zoë"))
            .unwrap_or_else(|| panic!("{phase:?}: typed text not in place:\n{}", lines.join("\n")));
        // The cursor stands right after what was typed, highlighted.
        assert!(row.contains("Zoë"), "{row}");
    }
    let mut app = benchmark_on_listen();
    let people = app.session().participants.len();
    for _ in 0..people {
        app.update(Msg::Down);
    }
    app.update(Msg::Edit);
    // moving first keeps the note (typing at once would replace it)
    app.update(Msg::Input(tui_input::InputRequest::GoToEnd));
    app.update(Msg::Input(tui_input::InputRequest::InsertChar('!')));
    // The whole note is wrapped in its place, the cursor after the "!".
    let lines = screen::lines(&app, 120, 32);
    let in_panel = |text: &str| {
        lines
            .iter()
            .any(|l| l.contains(text) && l.trim_end().ends_with('│'))
    };
    for text in ["Customers told us", "se!"] {
        assert!(in_panel(text), "{text} not in place:\n{}", lines.join("\n"));
    }
}

#[test]
fn at_the_minimum_size_results_show_every_habit() {
    let app = app_at(Phase::Results);
    let screen = screen::text(&app, 64, 18);
    for habit in &app.session().framework.habits {
        assert!(
            screen.contains(&format!(" {} ", habit.name)),
            "{}:\n{screen}",
            habit.name
        );
    }
    assert!(screen.contains("CULTURE INDEX"), "{screen}");
}

#[test]
fn at_the_minimum_size_the_heat_map_shows_every_habit_and_says_why_areas_are_withheld() {
    let mut app = app_at(Phase::Results);
    app.update(Msg::ToggleHeatMap);
    let screen = screen::text(&app, 64, 18);
    for habit in &app.session().framework.habits {
        assert!(
            screen.contains(&format!(" {} ", habit.name)),
            "{}:\n{screen}",
            habit.name
        );
    }
    assert!(screen.contains("withheld: an anonymous"), "{screen}");
}

#[test]
fn at_the_minimum_size_wrap_up_counts_the_actions_it_has_no_room_for() {
    let app = app_at(Phase::WrapUp);
    let screen = screen::text(&app, 64, 18);
    let plan = &app.session().plan;
    let shown = plan.iter().filter(|a| screen.contains(&a.owner)).count();
    assert!(
        shown == plan.len() || screen.contains(&format!("{} more", plan.len() - shown)),
        "{screen}"
    );
}

#[test]
fn a_name_too_long_for_its_row_is_written_whole_while_selected() {
    let mut app = app_at(Phase::Benchmark);
    let long = "Maximiliane Wolkenstein-Rodenegg";
    let mut session = app.session().clone();
    let old = session.participants[0].name.clone();
    session.participants[0].name = long.into();
    for record in session.benchmark.values_mut() {
        if let Some(rating) = record.scores.remove(&old) {
            record.scores.insert(long.into(), rating);
        }
    }
    session.rounds.clear();
    app = App::new(session, "x.ron".into(), false, ThemeName::Default, false);
    let screen = screen::text(&app, 80, 24);
    assert!(screen.contains(long), "{screen}");
    assert!(
        screen.contains("> Maximiliane Wolkenstein…"),
        "cut in its row:\n{screen}"
    );
}
