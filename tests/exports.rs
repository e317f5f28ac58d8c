//! Exports as the tools that read them see them: golden files of the example, and
//! each format parsed back by a real parser, hostile text included.

use std::path::Path;

use huddle::domain::{Action, Candidate, NoteKind, Session, VotingRound};
use huddle::export::{Report, TABLES, Table, csv_table, html, json, markdown};
use huddle::storage::parse_session;
use pulldown_cmark::{Options, Parser, html::push_html};
use scraper::{Html, Selector};

const SPRING: &str = include_str!("../sessions/harbour-finch-2026-05.ron");

fn spring() -> Session {
    parse_session(SPRING, Path::new("spring.ron")).unwrap()
}

/// Text a participant might well type, and text an attacker would.
const HOSTILE: &str = "Quote \"this\", then | pipe\nnew line <script>alert(1)</script>";
const FORMULA: &str = "=HYPERLINK(\"http://evil.example\",\"click\")";

/// The spring session with hostile text in every place people type.
fn hostile() -> Session {
    let mut session = spring();
    session.title = format!("Spring | {HOSTILE}");
    session.participants[0].role = FORMULA.into();
    session
        .set_note("listen", NoteKind::Barrier, None, HOSTILE)
        .unwrap();
    let mut action = Action::new("Fix it, \"now\" | later").unwrap();
    action.owner = "@owner".into();
    action.measure = format!("{FORMULA}\nand more");
    session.plan.push(action);
    let mut round = VotingRound::new(
        HOSTILE,
        vec![
            Candidate::Idea(FORMULA.into()),
            Candidate::Idea("+1 idea".into()),
        ],
    );
    round.cast("Tom Becker", vec![1, 0]).unwrap();
    round.revealed = true;
    session.rounds.push(round);
    session
}

fn render_markdown(text: &str) -> String {
    let mut out = String::new();
    push_html(&mut out, Parser::new_ext(text, Options::ENABLE_TABLES));
    out
}

fn count(html: &str, selector: &str) -> usize {
    Html::parse_document(html)
        .select(&Selector::parse(selector).unwrap())
        .count()
}

#[test]
fn golden_markdown() {
    insta::assert_snapshot!(markdown(&Report::new(&spring())));
}

#[test]
fn golden_html() {
    insta::assert_snapshot!(html(&Report::new(&spring())));
}

#[test]
fn golden_json() {
    insta::assert_snapshot!(json(&Report::new(&spring())).unwrap());
}

#[test]
fn golden_csv_tables() {
    let report = Report::new(&spring());
    for name in TABLES {
        insta::assert_snapshot!(
            format!("csv_{name}"),
            csv_table(&report, name).unwrap().unwrap()
        );
    }
}

#[test]
fn every_csv_table_reads_back_with_its_rows_and_columns() {
    let report = Report::new(&spring());
    // participants x habits, habits, habits x areas, candidates, actions
    let expected = [
        (Table::Scores, 12 * 7, 8),
        (Table::Results, 7, 11),
        (Table::Heatmap, 7 * 4, 6),
        (Table::Votes, 7, 8),
        (Table::Plan, 5, 8),
        // every note and barrier the example's room wrote, one row each
        (Table::Notes, 17, 4),
    ];
    for (name, rows, columns) in expected {
        let text = csv_table(&report, name).unwrap().unwrap();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        assert_eq!(reader.headers().unwrap().len(), columns, "{name}");
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), rows, "{name}");
        assert!(records.iter().all(|r| r.len() == columns), "{name}");
    }
    let results = csv_table(&report, Table::Results).unwrap().unwrap();
    let empower = csv::Reader::from_reader(results.as_bytes())
        .records()
        .map(Result::unwrap)
        .find(|r| &r[0] == "empower")
        .unwrap();
    // 22/12 current, 50/12 target, worked by hand in the CLI tests
    assert_eq!(
        (&empower[2], &empower[3], &empower[4]),
        ("1.8333", "4.1667", "2.3333")
    );
}

#[test]
fn markdown_renders_with_every_table_intact() {
    let html = render_markdown(&markdown(&Report::new(&spring())));
    // results, heat map, vote, plan
    assert_eq!(count(&html, "table"), 4, "{html}");
    assert_eq!(count(&html, "table:nth-of-type(1) tbody tr"), 7);
    assert!(html.contains("Culture index: 39 / 100"));
}

#[test]
fn the_html_report_holds_its_charts_and_values() {
    let page = html(&Report::new(&spring()));
    let document = Html::parse_document(&page);
    assert_eq!(count(&page, "svg"), 3, "habits, heat map, tally");
    assert_eq!(count(&page, "script"), 0);
    assert_eq!(
        count(&page, "link, img, iframe"),
        0,
        "nothing is fetched from a network"
    );
    let text: String = document.root_element().text().collect();
    for value in [
        "39 / 100",
        "1.83 → 4.17 (gap +2.33)",
        "3.67 (3)",
        "withheld",
        "Empower",
        "15",
        "Raise store refund",
        "2026-11-12",
    ] {
        assert!(text.contains(value), "the report shows {value}");
    }
}

#[test]
fn anonymous_participants_never_appear_by_name() {
    let report = Report::new(&spring());
    let mut all = vec![markdown(&report), html(&report), json(&report).unwrap()];
    all.extend(
        TABLES
            .iter()
            .map(|name| csv_table(&report, *name).unwrap().unwrap()),
    );
    for text in &all {
        assert!(!text.contains("Jonas Meyer") && !text.contains("Grace Mensah"));
        assert!(
            !text.contains("Quality Coach"),
            "an anonymous person's role identifies them too"
        );
    }
    assert!(
        all[3].contains("Anonymous 1") && all[3].contains("Anonymous 2"),
        "scores keep their rows"
    );
}

#[test]
fn hostile_text_is_escaped_in_every_format() {
    let report = Report::new(&hostile());

    // CSV: every value reads back whole; formulas come back inert.
    let plan = csv_table(&report, Table::Plan).unwrap().unwrap();
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(plan.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    let last = rows.last().unwrap();
    assert_eq!(&last[0], "Fix it, \"now\" | later");
    assert_eq!(&last[3], "'@owner");
    assert_eq!(&last[5], format!("'{FORMULA}\nand more"));
    let scores = csv_table(&report, Table::Scores).unwrap().unwrap();
    let first = csv::Reader::from_reader(scores.as_bytes())
        .records()
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(&first[1], format!("'{FORMULA}"));
    let votes = csv_table(&report, Table::Votes).unwrap().unwrap();
    assert!(votes.contains("'+1 idea"));

    // Markdown: tables keep their shape; nothing becomes HTML.
    let rendered = render_markdown(&markdown(&report));
    assert_eq!(count(&rendered, "script"), 0);
    let plan_rows = Html::parse_document(&rendered)
        .select(&Selector::parse("table").unwrap())
        .next_back()
        .unwrap()
        .select(&Selector::parse("tbody tr").unwrap())
        .map(|row| row.select(&Selector::parse("td").unwrap()).count())
        .collect::<Vec<_>>();
    assert_eq!(plan_rows, vec![6; 6], "every plan row keeps its 6 cells");

    // HTML: the text is shown, never run.
    let page = html(&report);
    assert_eq!(count(&page, "script"), 0);
    let text: String = Html::parse_document(&page).root_element().text().collect();
    assert!(text.contains("<script>alert(1)</script>"), "shown as text");

    // JSON: parses, and keeps the text exactly.
    let value: serde_json::Value = serde_json::from_str(&json(&report).unwrap()).unwrap();
    assert_eq!(value["format_version"], 2);
    assert_eq!(value["session"]["habits"][0]["barriers"][2], HOSTILE);
}

#[test]
fn the_exports_of_a_follow_up_include_the_comparison() {
    let path = Path::new("sessions/harbour-finch-2026-11.ron");
    let autumn = huddle::storage::load_session(path).unwrap();
    let report = huddle::storage::report_for(path, &autumn);
    let comparison = report
        .comparison
        .as_ref()
        .expect("the spring session is found beside it");
    assert_eq!(comparison.actions.len(), 5);

    let rendered = render_markdown(&markdown(&report));
    assert!(rendered.contains("Since the last benchmark"));
    assert!(
        rendered.contains("↑ +0.58") && rendered.contains("+0.83"),
        "listen moved up, its gap closed"
    );
    let page = html(&report);
    assert!(page.contains("Closed by") && page.contains("escalations down by two thirds"));
    let value: serde_json::Value = serde_json::from_str(&json(&report).unwrap()).unwrap();
    assert_eq!(value["comparison"]["actions"][0]["reviewed"], "Done");

    // Without the earlier file the export says so instead of comparing.
    let alone = Report::new(&autumn);
    assert!(markdown(&alone).contains("that session's file was not found"));
}

#[path = "support/html_tidy.rs"]
mod html_tidy;
use html_tidy::tidy;

#[test]
fn the_html_report_passes_an_html_validator() {
    let path = Path::new("sessions/harbour-finch-2026-11.ron");
    let autumn = huddle::storage::load_session(path).unwrap();
    for report in [
        Report::new(&spring()),
        huddle::storage::report_for(path, &autumn),
        Report::new(&hostile()),
    ] {
        let (code, complaints) = tidy(&html(&report));
        assert_eq!(code, Some(0), "{complaints}");
    }
}

#[test]
fn the_csv_tables_of_a_follow_up_include_the_comparison() {
    let path = Path::new("sessions/harbour-finch-2026-11.ron");
    let report = huddle::storage::report_for(path, &huddle::storage::load_session(path).unwrap());
    let tables: Vec<Table> = huddle::export::csv_tables(&report)
        .iter()
        .map(|(table, _)| *table)
        .collect();
    assert!(
        tables.ends_with(&[Table::Comparison, Table::Review]),
        "{tables:?}"
    );
    let text = csv_table(&report, Table::Comparison).unwrap().unwrap();
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    // each side's index with what it covers, and the change on the three habits
    // scored in both (Empower is hidden in autumn, three are not scored yet)
    assert_eq!(rows.len(), 9, "seven habits and the index twice");
    let index = rows.iter().find(|r| &r[0] == "index").unwrap();
    assert_eq!(
        &index[1],
        "Culture index (7 of 7 habits scored -> 3 of 7 habits; 1 habit hidden until revealed)"
    );
    assert_eq!(&index[4], "", "no change between different sets of habits");
    let in_both = rows.iter().find(|r| &r[0] == "index_in_both").unwrap();
    assert!(in_both[1].contains("3 habit(s) scored in both"));
    assert!(!in_both[4].is_empty());
    let listen = rows.iter().find(|r| &r[0] == "listen").unwrap();
    assert_eq!((&listen[4], &listen[7]), ("0.5833", "-0.8333"));
    assert!(
        csv_table(&Report::new(&spring()), Table::Comparison).is_none(),
        "no comparison without an earlier benchmark"
    );
}

/// The autumn example has Empower scored and not revealed: it has no value at
/// all, in JSON (`null`) and in the CSV tables (empty cells), never a 0 that
/// would read as "nobody scored".
#[test]
fn a_hidden_habit_has_no_value_not_zero() {
    let autumn = parse_session(
        include_str!("../sessions/harbour-finch-2026-11.ron"),
        Path::new("autumn.ron"),
    )
    .unwrap();
    assert!(!autumn.is_revealed("empower"));
    let report = Report::new(&autumn);
    let value: serde_json::Value = serde_json::from_str(&json(&report).unwrap()).unwrap();
    let results = &value["results"];
    let index = results["heat_map"]["habits"]
        .as_array()
        .unwrap()
        .iter()
        .position(|id| id == "empower")
        .unwrap();
    let empower = &results["habits"][index];
    assert_eq!(empower["hidden"], true);
    for field in ["count", "target_count", "no_consensus", "distribution"] {
        assert!(empower[field].is_null(), "{field}: {}", empower[field]);
    }
    for cell in results["heat_map"]["cells"][index].as_array().unwrap() {
        assert!(cell["count"].is_null() && cell["mean"].is_null(), "{cell}");
    }
    let rows = |table| {
        let text = csv_table(&report, table).unwrap().unwrap();
        csv::Reader::from_reader(text.as_bytes())
            .records()
            .map(Result::unwrap)
            .filter(|row| &row[0] == "empower")
            .collect::<Vec<_>>()
    };
    let row = &rows(Table::Results)[0];
    // mean_current .. no_consensus all empty; `hidden` says why
    assert!((2..=8).all(|column| row[column].is_empty()), "{row:?}");
    assert_eq!(&row[9], "true");
    for row in rows(Table::Heatmap) {
        assert_eq!((&row[3], &row[4]), ("", ""), "{row:?}");
    }
}

fn autumn_report() -> Report {
    let path = Path::new("sessions/harbour-finch-2026-11.ron");
    huddle::storage::report_for(path, &huddle::storage::load_session(path).unwrap())
}

/// The sponsor's summary as the page has it: the first section.
fn summary_of(page: &str) -> String {
    let document = Html::parse_document(page);
    let summary = document
        .select(&Selector::parse("body > section").unwrap())
        .next()
        .unwrap();
    assert_eq!(
        summary.value().attr("class"),
        Some("summary"),
        "the summary comes first"
    );
    summary.html()
}

#[test]
fn golden_sponsor_summary() {
    insta::assert_snapshot!(
        "sponsor_summary_spring",
        summary_of(&html(&Report::new(&spring())))
    );
    insta::assert_snapshot!(
        "sponsor_summary_follow_up",
        summary_of(&html(&autumn_report()))
    );
}

#[test]
fn the_html_report_opens_with_the_sponsors_summary() {
    let session = spring();
    let summary = summary_of(&html(&Report::new(&session)));
    let text: String = Html::parse_fragment(&summary)
        .root_element()
        .text()
        .collect();
    assert!(text.contains("39 / 100"), "{text}");
    // the three largest gaps, largest first: Empower +2.33, Listen +1.75, Think +1.67
    let gaps: Vec<String> = Html::parse_fragment(&summary)
        .select(&Selector::parse("div.pair > div:first-child li").unwrap())
        .map(|li| li.text().collect())
        .collect();
    assert_eq!(gaps.len(), 3, "{gaps:?}");
    for (gap, (name, value)) in gaps.iter().zip([
        ("Empower", "+2.33"),
        ("Listen", "+1.75"),
        ("Think", "+1.67"),
    ]) {
        assert!(gap.starts_with(name) && gap.contains(value), "{gap}");
    }
    // the voted priorities: the tally's top three (15, 8 and 7 dots)
    let priorities: Vec<String> = Html::parse_fragment(&summary)
        .select(&Selector::parse("div.pair > div:last-child li").unwrap())
        .map(|li| li.text().collect())
        .collect();
    assert_eq!(priorities, ["Empower", "Listen", "Create"]);
    for action in &session.plan {
        let due = action.due.unwrap().to_string();
        for value in [&action.what, &action.owner, &due] {
            assert!(text.contains(value.as_str()), "the summary shows {value}");
        }
    }

    // A follow-up's summary says how the index moved, like with like.
    let summary = summary_of(&html(&autumn_report()));
    let text: String = Html::parse_fragment(&summary)
        .root_element()
        .text()
        .collect::<String>()
        .replace('\u{a0}', " ")
        .replace('\u{2060}', "");
    assert!(
        text.contains("Change since the last benchmark")
            && text.contains("on the 3 habits scored in both: 40 -> 48, ↑ +8"),
        "{text}"
    );
}

#[test]
fn notes_and_barriers_stand_under_their_habit_in_every_report() {
    let session = spring();
    let report = Report::new(&session);
    let listen = &session.benchmark["listen"];
    let (note, barrier) = (&listen.notes[0], &listen.barriers[0]);

    // Markdown: a heading per habit, its notes and barriers listed under it.
    let rendered = render_markdown(&markdown(&report));
    let document = Html::parse_document(&rendered);
    let heading = document
        .select(&Selector::parse("h3").unwrap())
        .find(|h| h.text().collect::<String>() == "Listen")
        .expect("a heading for Listen");
    let under: String = heading
        .next_siblings()
        .filter_map(scraper::ElementRef::wrap)
        .take_while(|e| e.value().name() != "h3")
        .flat_map(|e| e.text())
        .collect();
    assert!(
        under.contains(note.as_str()) && under.contains(barrier.as_str()),
        "{under}"
    );

    // HTML: the same, in a block per habit.
    let page = html(&report);
    let document = Html::parse_document(&page);
    let block = document
        .select(&Selector::parse("div.habit-notes").unwrap())
        .find(|div| div.text().any(|t| t == "Listen"))
        .expect("a block for Listen");
    let text: String = block.text().collect();
    assert!(text.contains(note.as_str()) && text.contains(barrier.as_str()));

    // CSV: its own table, one row per line with its habit and kind.
    let notes = csv_table(&report, Table::Notes).unwrap().unwrap();
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(notes.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert!(
        rows.iter()
            .any(|r| (&r[0], &r[2], &r[3]) == ("listen", "note", note.as_str()))
    );
    assert!(
        rows.iter()
            .any(|r| (&r[0], &r[2], &r[3]) == ("listen", "barrier", barrier.as_str()))
    );
}

/// Notes are written while the room scores and may quote the numbers: a habit
/// whose scores are hidden keeps its notes out of every format until revealed.
#[test]
fn a_hidden_habits_notes_stay_out_of_every_format() {
    let report = autumn_report();
    let autumn =
        huddle::storage::load_session(Path::new("sessions/harbour-finch-2026-11.ron")).unwrap();
    let secret = &autumn.benchmark["empower"].barriers[0];
    assert!(!autumn.is_revealed("empower"));
    let mut all = vec![markdown(&report), html(&report), json(&report).unwrap()];
    all.extend(
        huddle::export::csv_tables(&report)
            .into_iter()
            .map(|(_, text)| text.unwrap()),
    );
    for text in &all {
        assert!(!text.contains(secret.as_str()), "{text}");
    }
    assert!(
        markdown(&report).contains("stay out until it is revealed"),
        "the report says why"
    );

    // Revealed, the same barrier goes out.
    let mut revealed = autumn.clone();
    revealed.benchmark.get_mut("empower").unwrap().revealed = true;
    let report = Report::new(&revealed);
    assert!(markdown(&report).contains(secret.as_str()));
    assert!(html(&report).contains(secret.as_str()));
    let notes = csv_table(&report, Table::Notes).unwrap().unwrap();
    assert!(notes.contains(secret.as_str()));
}

/// Spring's Listen has a spread under 1.0 and a range of 3: the flag says so,
/// beside the spread, so the reader sees which rule fired.
#[test]
fn the_no_consensus_flag_gives_its_spread_and_range() {
    let report = Report::new(&spring());
    let listen = report.results.habit("listen").unwrap();
    assert!(listen.disagrees() && listen.spread.unwrap() < 1.0 && listen.range == Some(3));
    let words = "spread 0.76, range 3: no consensus: discuss";

    let rendered = render_markdown(&markdown(&report));
    let document = Html::parse_document(&rendered);
    let cells = |document: &Html, habit: &str| -> Vec<String> {
        document
            .select(&Selector::parse("tr").unwrap())
            .find(|tr| tr.text().next() == Some(habit))
            .unwrap()
            .select(&Selector::parse("td").unwrap())
            .map(|td| td.text().collect::<String>())
            .collect()
    };
    let header: Vec<String> = document
        .select(&Selector::parse("table:first-of-type th").unwrap())
        .map(|th| th.text().collect())
        .collect();
    assert_eq!(header[4..6], ["Spread", "Range"]);
    let row = cells(&document, "Listen");
    assert_eq!(
        (&row[4][..], &row[5][..], &row[7][..]),
        ("0.76", "3", words)
    );

    let page = html(&report);
    let document = Html::parse_document(&page);
    let row = cells(&document, "Listen");
    assert_eq!((&row[4][..], &row[5][..]), ("0.76", "3"));
    assert_eq!(row[7].replace('\u{a0}', " "), format!("! {words}"));

    let results = csv_table(&report, Table::Results).unwrap().unwrap();
    let mut reader = csv::Reader::from_reader(results.as_bytes());
    assert_eq!(&reader.headers().unwrap()[10], "flag");
    let row = reader
        .records()
        .map(Result::unwrap)
        .find(|r| &r[0] == "listen")
        .unwrap();
    assert_eq!((&row[5], &row[6], &row[10]), ("0.7638", "3", words));
    let think = csv_table(&report, Table::Results).unwrap().unwrap();
    let think = csv::Reader::from_reader(think.as_bytes())
        .records()
        .map(Result::unwrap)
        .find(|r| &r[0] == "think")
        .unwrap();
    assert_eq!(&think[10], "", "a habit the room agrees on has no flag");
}

/// WCAG relative luminance of `#rrggbb`.
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

#[test]
fn every_number_in_the_heat_map_reads_on_its_colour() {
    let page = html(&Report::new(&spring()));
    let document = Html::parse_document(&page);
    let svg = document
        .select(&Selector::parse("svg[aria-label^=\"Mean current\"]").unwrap())
        .next()
        .unwrap();
    // Each cell is a rect followed by its label.
    let shapes: Vec<scraper::ElementRef> = svg
        .children()
        .filter_map(scraper::ElementRef::wrap)
        .collect();
    let mut cells = 0;
    for pair in shapes.windows(2) {
        let (rect, label) = (pair[0], pair[1]);
        if rect.value().name() != "rect" {
            continue;
        }
        let fill = rect.value().attr("fill").unwrap();
        let ink = label
            .value()
            .attr("style")
            .unwrap()
            .trim_start_matches("fill:");
        let (a, b) = (luminance(fill), luminance(ink));
        let contrast = (a.max(b) + 0.05) / (a.min(b) + 0.05);
        let text: String = label.text().collect();
        assert!(contrast >= 4.5, "{text} in {ink} on {fill}: {contrast:.1}");
        cells += 1;
    }
    // 7 habits x 4 areas, and the legend's 5 levels
    assert_eq!(cells, 7 * 4 + 5);
}

#[test]
fn the_html_report_is_laid_out_for_print() {
    for report in [Report::new(&spring()), autumn_report()] {
        let page = html(&report);
        // Headers repeat on every printed page: every table has its head apart.
        assert_eq!(count(&page, "table"), count(&page, "table > thead"));
        assert!(page.contains("@page { size: A4"));
        assert!(page.contains("thead { display: table-header-group; }"));
        assert!(page.contains("break-inside: avoid"));
        // No number or date breaks across lines: each sits in a cell that never wraps.
        assert!(page.contains("td.number, td.date, .nowrap, th { white-space: nowrap; }"));
        let document = Html::parse_document(&page);
        for td in document.select(&Selector::parse("td").unwrap()) {
            let text: String = td.text().collect();
            let numeric = !text.is_empty()
                && text
                    .chars()
                    .all(|c| c.is_ascii_digit() || "-+.↑↓= ".contains(c))
                && text.chars().any(|c| c.is_ascii_digit());
            if numeric {
                let class = td.value().attr("class").unwrap_or("");
                assert!(
                    ["number", "date", "nowrap"].contains(&class),
                    "{text} may wrap"
                );
            }
        }
    }
}
