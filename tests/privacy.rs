//! The privacy rules, checked where they matter: in every export of the shipped
//! example sessions and on the screens the room sees. Ballots never leave under a
//! name, anonymous people's scores are never beside their name, role or area (and
//! their labels never appear in the plan), and a hidden habit shows no number.

use std::path::Path;

use huddle::app::{App, ThemeName};
use huddle::domain::{Action, Candidate, Participant, Phase, Results, Session, VotingRound};
use huddle::export::plain;
use huddle::export::{Report, TABLES, Table, csv_table, html, json, markdown};
use huddle::storage::parse_session;
use serde_json::Value;

#[path = "support/screen.rs"]
mod screen;

const SPRING: &str = include_str!("../sessions/harbour-finch-2026-05.ron");
const AUTUMN: &str = include_str!("../sessions/harbour-finch-2026-11.ron");
const EXAMPLES: [&str; 2] = [SPRING, AUTUMN];

fn session(text: &str) -> Session {
    parse_session(text, Path::new("example.ron")).unwrap()
}

/// An example session in which an anonymous participant owns an action.
fn with_anonymous_owner(text: &str) -> (Session, Participant) {
    let mut session = session(text);
    let person = session
        .participants
        .iter()
        .find(|p| p.anonymous)
        .expect("every example has an anonymous participant")
        .clone();
    let mut action = Action::new("Sit in on the complaints line once a month").unwrap();
    action.owner = person.name.clone();
    session.plan.push(action);
    (session, person)
}

fn csv_rows(report: &Report, table: Table) -> Vec<csv::StringRecord> {
    let text = csv_table(report, table).unwrap().unwrap();
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect()
}

fn json_value(report: &Report) -> Value {
    serde_json::from_str(&json(report).unwrap()).unwrap()
}

/// Every object key anywhere in a JSON value.
fn keys(value: &Value) -> Vec<String> {
    match value {
        Value::Object(map) => map
            .iter()
            .flat_map(|(key, inner)| std::iter::once(key.clone()).chain(keys(inner)))
            .collect(),
        Value::Array(items) => items.iter().flat_map(keys).collect(),
        _ => Vec::new(),
    }
}

/// The text between a heading and the next heading of the same level or the end.
fn section<'a>(text: &'a str, heading: &str, next: &str) -> &'a str {
    let start = text.find(heading).unwrap_or_else(|| panic!("{heading}"));
    let rest = &text[start + heading.len()..];
    rest.find(next).map_or(rest, |end| &rest[..end])
}

/// A role is identifying only if no named participant shares it.
fn identifying_role(session: &Session, person: &Participant) -> bool {
    !person.role.is_empty()
        && !session
            .participants
            .iter()
            .any(|p| !p.anonymous && p.role == person.role)
}

#[test]
fn an_anonymous_owner_is_named_in_the_plan_and_nowhere_near_scores() {
    for text in EXAMPLES {
        let (session, person) = with_anonymous_owner(text);
        let report = Report::new(&session);
        let name = person.name.as_str();

        // CSV: the plan names the owner and no label; no score row is theirs.
        let plan = csv_rows(&report, Table::Plan);
        let owners: Vec<&str> = plan.iter().map(|row| &row[3]).collect();
        assert!(owners.contains(&name), "{owners:?}");
        assert!(
            plan.iter()
                .all(|row| !row.iter().any(|f| f.contains("Anonymous")))
        );
        let scores = csv_rows(&report, Table::Scores);
        assert!(
            scores
                .iter()
                .all(|row| &row[0] != name && row[1] != person.role)
        );
        let anonymous: Vec<_> = scores
            .iter()
            .filter(|row| row[0].starts_with("Anonymous"))
            .collect();
        // No rows at all when a row could single someone out.
        assert!(!anonymous.is_empty() || report.session.scores_withheld.is_some());
        assert!(
            anonymous
                .iter()
                .all(|row| row[1].is_empty() && row[2].is_empty()),
            "no role or area beside an anonymous person's scores"
        );

        // JSON: the same.
        let value = json_value(&report);
        let plan_owners: Vec<&str> = value["session"]["plan"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["owner"].as_str().unwrap())
            .collect();
        assert!(plan_owners.contains(&name));
        assert!(plan_owners.iter().all(|o| !o.contains("Anonymous")));
        for row in value["session"]["scores"].as_array().unwrap() {
            assert_ne!(row["label"], name);
            if row["anonymous"] == true {
                assert!(row.get("role").is_none() && row.get("area").is_none());
            }
        }

        // Markdown and HTML: the name is in the plan and nowhere before it.
        for (page, plan_heading, next) in [
            (markdown(&report), "## Plan", "## Next benchmark"),
            (html(&report), "<h2>Plan</h2>", "</section>"),
        ] {
            let plan = section(&page, plan_heading, next);
            assert!(plan.contains(name), "{plan}");
            assert!(!plan.contains("Anonymous"), "{plan}");
            let mut before = page[..page.find(plan_heading).unwrap()].to_string();
            // The HTML summary for the sponsor lists the actions with their
            // owners too, apart from any score: owning an action is public.
            if let Some(start) = before.find("<h3>Actions</h3>") {
                let end = start + before[start..].find("</section>").unwrap();
                before.replace_range(start..end, "");
            }
            assert!(!before.contains(name));
        }

        // Their role identifies them: it is in no export at all.
        if identifying_role(&session, &person) {
            let mut all = vec![markdown(&report), html(&report), json(&report).unwrap()];
            all.extend(
                TABLES
                    .iter()
                    .map(|t| csv_table(&report, *t).unwrap().unwrap()),
            );
            assert!(all.iter().all(|text| !text.contains(&person.role)));
        }
    }
}

#[test]
fn anonymous_labels_follow_the_scores_not_the_roster() {
    let labelled = |session: &Session| -> Vec<Vec<String>> {
        csv_rows(&Report::new(session), Table::Scores)
            .iter()
            .filter(|row| row[0].starts_with("Anonymous"))
            .map(|row| row.iter().map(String::from).collect())
            .collect()
    };
    let spring = session(SPRING);
    let mut reordered = spring.clone();
    let jonas = reordered
        .participants
        .iter()
        .position(|p| p.name == "Jonas Meyer")
        .unwrap();
    let grace = reordered
        .participants
        .iter()
        .position(|p| p.name == "Grace Mensah")
        .unwrap();
    reordered.participants.swap(jonas, grace);
    assert_eq!(
        labelled(&spring),
        labelled(&reordered),
        "moving people in the roster changes no label"
    );
}

#[test]
fn no_ballot_leaves_under_a_name() {
    for text in EXAMPLES {
        let mut session = session(text);
        // The autumn example has no vote yet: give it a revealed one.
        if session.rounds.is_empty() {
            let mut round = VotingRound::new(
                "Next",
                vec![
                    Candidate::Habit("listen".into()),
                    Candidate::Habit("think".into()),
                ],
            );
            for person in &session.participants {
                round.cast(&person.name, vec![1, 0]).unwrap();
            }
            round.revealed = true;
            session.rounds.push(round);
        }
        let names: Vec<&str> = session
            .participants
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        let report = Report::new(&session);

        let value = json_value(&report);
        let keys = keys(&value);
        for name in &names {
            assert!(
                !keys.iter().any(|k| k == name),
                "{name} is a key in the JSON"
            );
        }
        for round in value["session"]["rounds"].as_array().unwrap() {
            let ballots: Vec<Vec<u64>> = round["ballots"]
                .as_array()
                .expect("a list, not a map by name")
                .iter()
                .map(|ballot| {
                    let dots = ballot.as_array().unwrap();
                    dots.iter().map(|d| d.as_u64().unwrap()).collect()
                })
                .collect();
            assert_eq!(ballots.len(), round["voters"].as_u64().unwrap() as usize);
            assert!(ballots.is_sorted(), "the order of ballots says nothing");
        }

        let votes = csv_table(&report, Table::Votes).unwrap().unwrap();
        let markdown = markdown(&report);
        let page = html(&report);
        let vote_sections = [
            votes.as_str(),
            section(&markdown, "## Vote", "## Plan"),
            section(&page, "<h2>Vote", "<h2>Plan</h2>"),
        ];
        for text in vote_sections {
            for name in &names {
                assert!(!text.contains(name), "{name} beside a vote");
            }
        }
    }
}

#[test]
fn the_json_export_holds_the_workshop_not_the_cursor() {
    for text in EXAMPLES {
        let value = json_value(&Report::new(&session(text)));
        assert!(!keys(&value).iter().any(|k| k == "position"));
    }
}

/// The spring example with Delight, its strongest habit, not yet revealed.
fn spring_with_delight_hidden() -> Session {
    let mut session = session(SPRING);
    session.benchmark.get_mut("delight").unwrap().revealed = false;
    session
}

/// Whether a piece of text holds any digit.
fn has_number(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
}

/// The line of a text that starts with (or holds) a habit's name.
fn line_of<'a>(text: &'a str, start: &str) -> &'a str {
    text.lines()
        .find(|line| line.contains(start))
        .unwrap_or_else(|| panic!("no line with {start} in\n{text}"))
}

#[test]
fn a_hidden_habit_is_in_no_result_strength_or_index() {
    let results = Results::of(&spring_with_delight_hidden());
    let delight = results.habit("delight").unwrap();
    assert_eq!((delight.mean_current, delight.gap), (None, None));
    assert!(
        !results.strengths.contains(&"delight".into()),
        "{:?}",
        results.strengths
    );
    assert!(!results.weaknesses.contains(&"delight".into()));
    assert_eq!(results.index.unwrap().habits_scored, 6);

    let summary = plain::summary(&spring_with_delight_hidden());
    assert_eq!(
        line_of(&summary, "Delight")
            .split_whitespace()
            .collect::<Vec<_>>(),
        ["Delight", "hidden", "until", "revealed"]
    );
    assert!(
        summary.contains("(6 of 7 habits; 1 habit hidden until revealed)"),
        "{summary}"
    );
    assert!(!line_of(&summary, "strengths").contains("Delight"));
}

#[test]
fn a_hidden_habit_shows_no_number_in_any_export() {
    let report = Report::new(&spring_with_delight_hidden());

    let md = markdown(&report);
    let results = section(&md, "## Results", "## Heat map");
    let row = line_of(results, "| Delight");
    assert!(
        row.contains("hidden until revealed") && !has_number(row),
        "{row}"
    );
    assert!(!line_of(results, "Strengths").contains("Delight"));
    assert!(results.contains("6 of 7 habits; 1 habit hidden until revealed"));
    let heat = section(&md, "## Heat map", "## Vote");
    assert!(!has_number(line_of(heat, "| Delight")));

    let page = html(&report);
    let row = line_of(&page, "<tr><td>Delight</td>");
    assert!(row.contains("hidden until revealed"));
    assert!(!has_number(&row.replace("colspan=\"6\"", "")), "{row}");
    assert!(line_of(&page, ">Delight</text>").contains("Delight"));
    let chart_label = page
        .lines()
        .skip_while(|line| !line.contains(">Delight</text>"))
        .nth(3)
        .unwrap();
    assert!(
        chart_label.contains("hidden until revealed"),
        "{chart_label}"
    );

    let results = csv_rows(&report, Table::Results);
    let delight = results.iter().find(|r| &r[0] == "delight").unwrap();
    assert!(
        delight.iter().skip(2).take(6).all(str::is_empty),
        "{delight:?}"
    );
    assert_eq!(&delight[9], "true");
    for row in csv_rows(&report, Table::Heatmap)
        .iter()
        .filter(|r| &r[0] == "delight")
    {
        assert_eq!((&row[3], &row[4]), ("", ""));
    }
    for row in csv_rows(&report, Table::Scores)
        .iter()
        .filter(|r| &r[3] == "delight")
    {
        assert_eq!((&row[5], &row[6], &row[7]), ("", "", "false"));
    }

    let value = json_value(&report);
    let delight = value["results"]["habits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["habit_id"] == "delight")
        .unwrap();
    assert!(delight["mean_current"].is_null() && delight["gap"].is_null());
    assert_eq!(delight["hidden"], true);
    for row in value["session"]["scores"].as_array().unwrap() {
        assert!(row["scores"].get("delight").is_none());
    }
}

#[test]
fn a_follow_up_compares_no_hidden_number() {
    // Empower is still hidden in the autumn example.
    let spring = session(SPRING);
    let autumn = session(AUTUMN);
    let report = Report::following(&autumn, Some(&spring));
    let comparison = report.comparison.as_ref().unwrap();
    let empower = comparison
        .habits
        .iter()
        .find(|h| h.habit_id == "empower")
        .unwrap();
    assert_eq!(
        (empower.new_mean, empower.new_gap, empower.change()),
        (None, None, None)
    );

    let text = plain::comparison(comparison);
    let line = line_of(&text, "Empower");
    assert!(line.contains("hidden") && !line.contains("2.67"), "{line}");
    let md = markdown(&report);
    let since = section(&md, "## Since the last benchmark", "\n## ");
    assert!(line_of(since, "| Empower").contains("hidden"));
    // (spring's Head office mean over the habits in both is 2.67 too: the area
    // table is left out of this look)
    let before_areas = &since[..since.find("| Area |").unwrap_or(since.len())];
    assert!(!before_areas.contains("2.67"), "{since}");
    let rows = csv_rows(&report, Table::Comparison);
    let empower = rows.iter().find(|r| &r[0] == "empower").unwrap();
    assert_eq!((&empower[3], &empower[4]), ("", ""));
}

fn app(session: Session, phase: Phase, presenter: bool) -> App {
    let mut session = session;
    session.position.phase = phase;
    let mut app = App::new(
        session,
        "example.ron".into(),
        false,
        ThemeName::Default,
        false,
    );
    app.presenter = presenter;
    app
}

fn find<'a>(lines: &'a [String], text: &str) -> &'a str {
    lines
        .iter()
        .find(|line| line.contains(text))
        .unwrap_or_else(|| panic!("no {text} on\n{}", lines.join("\n")))
}

#[test]
fn a_hidden_habit_shows_no_number_on_the_results_screens() {
    for (width, height) in [(120, 32), (80, 24)] {
        let lines = screen::lines(
            &app(spring_with_delight_hidden(), Phase::Results, false),
            width,
            height,
        );
        let row = find(&lines, "Delight");
        assert!(
            row.contains("hidden until revealed") && !has_number(row),
            "{row}"
        );
        assert!(!find(&lines, "Strengths").contains("Delight"));
        assert!(find(&lines, "CULTURE INDEX").contains("6 of 7 habits"));

        let room = screen::lines(
            &app(spring_with_delight_hidden(), Phase::Results, true),
            width,
            height,
        );
        assert!(!find(&room, "Strengths").contains("Delight"));
        assert!(find(&room, "hidden until revealed:").contains("Delight"));

        let wrap_up = screen::lines(
            &app(spring_with_delight_hidden(), Phase::WrapUp, false),
            width,
            height,
        );
        assert!(!find(&wrap_up, "Strengths").contains("Delight"));
        assert!(find(&wrap_up, "Culture index").contains("1 habit hidden until revealed"));
    }
}

#[test]
fn the_presenter_view_shows_no_one_beside_a_score() {
    for text in EXAMPLES {
        let session = session(text);
        let names: Vec<String> = session
            .participants
            .iter()
            .map(|p| p.name.clone())
            .collect();
        for phase in [Phase::Benchmark, Phase::Results] {
            let lines = screen::text(&app(session.clone(), phase, true), 120, 32);
            for name in &names {
                assert!(
                    !lines.contains(name.as_str()),
                    "{name} on the room's screen"
                );
            }
        }
    }
}

#[test]
fn after_the_reveal_an_anonymous_name_stands_beside_no_number() {
    // The spring example is on Values, which is revealed.
    let spring = session(SPRING);
    assert!(spring.is_revealed(&spring.framework.habits[spring.position.habit].id));
    let lines = screen::lines(&app(spring, Phase::Benchmark, false), 120, 32);
    for anonymous in ["Jonas Meyer", "Grace Mensah"] {
        let row = find(&lines, anonymous);
        let scores = &row[row.find(anonymous).unwrap()..];
        assert!(!has_number(scores), "{row}");
        assert!(
            scores.contains('●'),
            "the facilitator still sees it was entered"
        );
    }
    let named = find(&lines, "Maria Lopez");
    assert!(
        has_number(&named[named.find("Maria Lopez").unwrap()..]),
        "{named}"
    );
}

/// Autumn has one anonymous participant, Grace; spring has two, Jonas and Grace,
/// who gave the same revealed scores.
fn named_people(session: &Session) -> Vec<String> {
    session
        .participants
        .iter()
        .filter(|p| !p.anonymous)
        .map(|p| p.name.clone())
        .collect()
}

/// How many current scores of a habit are left once the named people's scores
/// are taken from its count: exactly one is one person's score, found out.
fn left_over(count: usize, named_scores: usize) -> usize {
    count - named_scores
}

/// The count column of a habit's results row in Markdown or HTML (after the
/// mean, target, gap, spread and range).
fn printed_count(page: &str, row_start: &str, cells: impl Fn(&str) -> Vec<String>) -> usize {
    let line = line_of(page, row_start);
    cells(line)[5].parse().unwrap()
}

fn markdown_cells(line: &str) -> Vec<String> {
    line.split('|')
        .skip(2)
        .map(|c| c.trim().to_string())
        .collect()
}

fn html_cells(line: &str) -> Vec<String> {
    line.split("<td")
        .skip(2)
        .map(|c| {
            let text = &c[c.find('>').unwrap() + 1..];
            text[..text.find('<').unwrap()].to_string()
        })
        .collect()
}

/// Each export's counts minus the named rows of the scores table (CSV) and the
/// scores (JSON), habit by habit: never exactly one score left over.
#[test]
fn the_exports_minus_the_named_scores_single_out_nobody() {
    let autumn = session(AUTUMN);
    let report = Report::new(&autumn);
    let named = named_people(&autumn);
    let value = json_value(&report);
    let csv_scores = csv_rows(&report, Table::Scores);
    let csv_results = csv_rows(&report, Table::Results);
    let (page, document) = (markdown(&report), html(&report));
    let mut checked = 0;
    for (index, habit) in autumn.framework.habits.iter().enumerate() {
        if !autumn.is_revealed(&habit.id) {
            continue;
        }
        let named_in_csv = csv_scores
            .iter()
            .filter(|r| r[3] == habit.id && named.iter().any(|n| n == &r[0]) && !r[5].is_empty())
            .count();
        let named_in_json = value["session"]["scores"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|row| row["anonymous"] == false)
            .filter(|row| !row["scores"][&habit.id]["current"].is_null())
            .count();
        let counts = [
            csv_results[index][7].parse::<usize>().unwrap(),
            value["results"]["habits"][index]["count"].as_u64().unwrap() as usize,
            printed_count(&page, &format!("| {} |", habit.name), markdown_cells),
            printed_count(
                &document,
                &format!("<tr><td>{}</td>", habit.name),
                html_cells,
            ),
        ];
        for count in counts {
            assert!(count >= 2, "{}: {count}", habit.name);
            for named_scores in [named_in_csv, named_in_json] {
                assert_ne!(left_over(count, named_scores), 1, "{}", habit.name);
            }
        }
        checked += 1;
    }
    assert!(checked >= 3);
    // Every row is unnamed, ordered by its scores, with no role or area.
    assert!(
        value["session"]["scores"]
            .as_array()
            .unwrap()
            .iter()
            .all(|row| row["anonymous"] == true
                && row.get("role").is_none()
                && row.get("area").is_none())
    );
    assert!(csv_scores.iter().all(|r| named.iter().all(|n| n != &r[0])));
    assert!(
        csv_scores
            .iter()
            .all(|r| r[1].is_empty() && r[2].is_empty())
    );
}

/// With two anonymous participants who scored alike, what is left over is their
/// two scores, which leave unlinked anyway: named rows stay.
#[test]
fn two_anonymous_participants_keep_the_named_rows() {
    let spring = session(SPRING);
    assert_eq!(
        spring.participants.iter().filter(|p| p.anonymous).count(),
        2
    );
    let report = Report::new(&spring);
    let named = named_people(&spring);
    let rows = csv_rows(&report, Table::Scores);
    for name in &named {
        let row = rows.iter().find(|r| &r[0] == name).unwrap();
        assert!(!row[2].is_empty(), "{name} keeps their area");
    }
    let json_named = json_value(&report)["session"]["scores"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|row| row["anonymous"] == false)
        .count();
    assert_eq!(json_named, named.len());
    let lines = screen::lines(&app(spring, Phase::Benchmark, false), 120, 32);
    let maria = find(&lines, "Maria Lopez");
    assert!(has_number(&maria[maria.find("Maria Lopez").unwrap()..]));
}

/// The Benchmark screen is projected: after Listen's reveal, its count minus the
/// scores shown beside names leaves more than one score, and the screen says why
/// the rows keep their marks.
#[test]
fn the_projected_benchmark_screen_minus_the_named_scores_singles_out_nobody() {
    let mut autumn = session(AUTUMN);
    autumn.position.habit = 0;
    let listen = autumn.framework.habits[0].id.clone();
    assert!(autumn.is_revealed(&listen));
    let count = Results::of(&autumn).habit(&listen).unwrap().count.unwrap();
    let named = named_people(&autumn);
    let lines = screen::lines(&app(autumn.clone(), Phase::Benchmark, false), 120, 40);
    let shown = named
        .iter()
        .filter(|name| {
            let row = find(&lines, name);
            has_number(&row[row.find(name.as_str()).unwrap() + name.len()..])
        })
        .count();
    assert_eq!(shown, 0);
    assert_ne!(left_over(count, shown), 1);
    let screen = lines.join("\n");
    assert!(
        screen.contains("● scores hidden to protect anonymity"),
        "{screen}"
    );
    // on a laptop too, where the rows scroll, the reason stays at the foot
    let laptop = screen::text(&app(autumn, Phase::Benchmark, false), 80, 24);
    assert!(
        laptop.contains("● scores hidden to protect anonymity"),
        "{laptop}"
    );
}

/// The facilitator is told, on the Participants screen, what huddle does while
/// exactly one person is anonymous.
#[test]
fn the_participants_screen_warns_about_one_anonymous_participant() {
    let warning = "one anonymous: huddle shows no one's own scores";
    let autumn = screen::text(&app(session(AUTUMN), Phase::Participants, false), 120, 32);
    assert!(autumn.contains(warning), "{autumn}");
    let spring = screen::text(&app(session(SPRING), Phase::Participants, false), 120, 32);
    assert!(!spring.contains(warning), "{spring}");
}

/// Autumn: Listen and Innovate tie at 37/12 and both are strengths; nothing is
/// flagged, so the room's Results screen asks nobody to "discuss: -".
#[test]
fn tied_strengths_are_both_named_and_no_empty_discussion_is_asked_for() {
    let autumn = session(AUTUMN);
    let results = Results::of(&autumn);
    assert_eq!(results.strengths, ["listen", "innovate"]);
    assert_eq!(results.weaknesses, ["think"]);
    assert!(results.habits.iter().all(|h| !h.disagrees()));
    let room = screen::text(&app(autumn, Phase::Results, true), 120, 32);
    assert!(room.contains("+ Strengths: Listen, Innovate"), "{room}");
    assert!(!room.contains("discuss: -"), "{room}");
}
