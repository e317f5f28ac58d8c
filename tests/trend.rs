//! `huddle trend` on the three example benchmarks, with the numbers worked by
//! hand from the session files; gaps where a habit has no number; a refused mix
//! of frameworks; and golden files of every trend report.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use huddle::domain::{Point, Session, trend};
use huddle::export::{trend_html, trend_markdown, trend_text};
use huddle::storage::parse_session;
use scraper::{Html, Selector};
use tempfile::TempDir;

#[path = "support/html_tidy.rs"]
mod html_tidy;

const SPRING: &str = include_str!("../sessions/harbour-finch-2026-05.ron");
const AUTUMN: &str = include_str!("../sessions/harbour-finch-2026-11.ron");
const SPRING_2027: &str = include_str!("../sessions/harbour-finch-2027-05.ron");

fn load(text: &str) -> Session {
    parse_session(text, Path::new("example.ron")).unwrap()
}

fn examples() -> Vec<Session> {
    [SPRING, AUTUMN, SPRING_2027].map(load).into()
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

fn huddle(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_huddle"))
        .args(args)
        .env("HUDDLE_HOME", home)
        .output()
        .expect("huddle runs")
}

#[test]
fn the_three_examples_worked_by_hand() {
    // Given out of order: the trend puts them by date.
    let sessions = examples();
    let shuffled = vec![
        sessions[2].clone(),
        sessions[0].clone(),
        sessions[1].clone(),
    ];
    let t = trend(&shuffled).unwrap();
    let dates: Vec<String> = t.benchmarks.iter().map(|b| b.date.to_string()).collect();
    assert_eq!(dates, ["2026-05-14", "2026-11-12", "2027-05-13"]);
    let means = |id: &str| -> Vec<Point> {
        t.habits
            .iter()
            .find(|h| h.habit_id == id)
            .unwrap()
            .points
            .clone()
    };
    // Sums of the current scores, read off the files:
    //   spring 2026 (12 people): listen 30, think 27, innovate 36, empower 22,
    //     create 27, delight 37, values 37
    //   autumn 2026 (12): listen 37, think 31, innovate 37; empower hidden;
    //     create, delight and values not scored
    //   spring 2027 (13): listen 44, think 39, innovate 42, empower 39, create 34,
    //     delight 43, values 41
    let listen = means("listen");
    assert!(close(listen[0].mean(), 30.0 / 12.0));
    assert!(close(listen[1].mean(), 37.0 / 12.0));
    assert!(close(listen[2].mean(), 44.0 / 13.0));
    let empower = means("empower");
    assert!(close(empower[0].mean(), 22.0 / 12.0));
    assert_eq!(empower[1], Point::Hidden);
    assert!(close(empower[2].mean(), 39.0 / 13.0));
    assert_eq!(means("values")[1], Point::NotScored);
    assert!(close(means("values")[2].mean(), 41.0 / 13.0));
    // Index = (mean of the habit means - 1) / 4 * 100 on the 1-5 scale:
    //   2026-05: means sum to 216/12 = 18 over 7 habits: (18/7 - 1) * 25 = 39.29
    //   2026-11: (105/36 - 1) * 25 = 47.92, over listen, think and innovate only
    //   2027-05: 282/13 over 7 habits: (282/91 - 1) * 25 = 52.47
    let index: Vec<Option<f64>> = t.benchmarks.iter().map(|b| b.index).collect();
    assert!(close(index[0], (18.0 / 7.0 - 1.0) * 25.0));
    assert!(close(index[1], (105.0 / 36.0 - 1.0) * 25.0));
    assert!(close(index[2], (282.0 / 91.0 - 1.0) * 25.0));
    assert_eq!(t.benchmarks[1].coverage.habits_scored, 3);
}

#[test]
fn a_habit_without_a_number_is_a_gap_in_its_line_never_a_zero() {
    let mut sessions = examples();
    // The newest framework drops Listen: "not asked" there.
    let newest = &mut sessions[2];
    newest.framework.habits.retain(|h| h.id != "listen");
    newest.benchmark.remove("listen");
    let t = trend(&sessions).unwrap();
    let listen = &t
        .habits
        .iter()
        .find(|h| h.habit_id == "listen")
        .unwrap()
        .points;
    assert_eq!(listen[2], Point::NotInFramework);

    let text = trend_text(&t);
    let row = |name: &str| {
        text.lines()
            .find(|line| line.starts_with(name))
            .unwrap()
            .split_whitespace()
            .skip(1)
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(row("Listen"), "2.50 3.08 not asked");
    assert_eq!(row("Empower"), "1.83 hidden 3.00");
    assert_eq!(row("Create"), "2.25 not scored 2.62");
    assert!(!text.contains("0.00"));

    // In the charts, a line joins only neighbours that both have a number.
    let page = Html::parse_document(&trend_html(&t));
    let figure = Selector::parse("figure").unwrap();
    let segment = Selector::parse("line[stroke-width]").unwrap();
    let marker = Selector::parse("circle, rect, polygon").unwrap();
    let chart = |name: &str| {
        page.select(&figure)
            .find(|f| f.text().next() == Some(name))
            .unwrap_or_else(|| panic!("a chart for {name}"))
    };
    for (name, segments, markers) in [
        ("Think", 2, 3),
        ("Listen", 1, 2),
        ("Empower", 0, 2),
        ("Create", 0, 2),
    ] {
        let chart = chart(name);
        assert_eq!(chart.select(&segment).count(), segments, "{name}");
        assert_eq!(chart.select(&marker).count(), markers, "{name}");
    }
    let create: String = chart("Create").text().collect();
    assert!(create.contains("not scored") && create.contains("2.25") && create.contains("2.62"));
    assert!(!create.contains("0.00"));
}

#[test]
fn a_hidden_habit_shows_no_number_anywhere_in_the_trend() {
    let t = trend(&examples()).unwrap();
    // Autumn's Empower scores are in the file (mean 24/9 = 2.67) but never revealed.
    for report in [trend_text(&t), trend_markdown(&t), trend_html(&t)] {
        assert!(!report.contains("2.67"), "{report}");
    }
}

#[test]
fn one_session_brings_the_benchmarks_it_follows() {
    let home = TempDir::new().unwrap();
    let sessions = home.path().join("sessions");
    fs::create_dir_all(&sessions).unwrap();
    for (name, text) in [
        ("harbour-finch-2026-05.ron", SPRING),
        ("harbour-finch-2026-11.ron", AUTUMN),
        ("harbour-finch-2027-05.ron", SPRING_2027),
    ] {
        fs::write(sessions.join(name), text).unwrap();
    }
    let output = huddle(home.path(), &["trend", "harbour-finch-2027-05"]);
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("2026-05-14  2026-11-12  2027-05-13"),
        "{text}"
    );
    assert_eq!(text, trend_text(&trend(&examples()).unwrap()));

    // A link whose file is gone: the trend stops there and says so.
    fs::remove_file(sessions.join("harbour-finch-2026-05.ron")).unwrap();
    let output = huddle(home.path(), &["trend", "harbour-finch-2027-05"]);
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("2026-11-12  2027-05-13") && !text.contains("2026-05-14"));
    assert!(String::from_utf8_lossy(&output.stderr).contains("harbour-finch-2026-05.ron"));
}

#[test]
fn a_folder_alone_is_every_session_in_it() {
    let home = TempDir::new().unwrap();
    let output = huddle(home.path(), &["trend", "sessions", "--format", "md"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        trend_markdown(&trend(&examples()).unwrap())
    );
}

#[test]
fn sessions_on_another_framework_are_refused_naming_both() {
    let home = TempDir::new().unwrap();
    let other = SPRING_2027
        .replace("id: \"seven-habits\"", "id: \"team-health\"")
        .replace(
            "name: \"Seven habits of customer-centric organisations\"",
            "name: \"Team health check\"",
        );
    let other_path = home.path().join("other.ron");
    fs::write(&other_path, other).unwrap();
    for command in ["trend", "rollup"] {
        let output = huddle(
            home.path(),
            &[
                command,
                "sessions/harbour-finch-2026-05.ron",
                other_path.to_str().unwrap(),
            ],
        );
        assert!(!output.status.success(), "{command}");
        let error = String::from_utf8_lossy(&output.stderr);
        assert!(
            error.contains("Seven habits of customer-centric organisations")
                && error.contains("Team health check"),
            "{command}: {error}"
        );
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn the_html_trend_passes_an_html_validator() {
    let (code, complaints) = html_tidy::tidy(&trend_html(&trend(&examples()).unwrap()));
    assert_eq!(code, Some(0), "{complaints}");
}

#[test]
fn golden_trend_reports() {
    let t = trend(&examples()).unwrap();
    insta::assert_snapshot!("trend_text", trend_text(&t));
    insta::assert_snapshot!("trend_markdown", trend_markdown(&t));
    insta::assert_snapshot!("trend_html", trend_html(&t));
}

#[test]
fn the_html_trend_is_self_contained_and_marks_points_without_colour() {
    let html = trend_html(&trend(&examples()).unwrap());
    // No scripts and no address but the SVG namespace: nothing is fetched.
    assert!(!html.contains("<script") && !html.contains("https://"));
    assert_eq!(
        html.matches("http://").count(),
        html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count()
    );
    let page = Html::parse_document(&html);
    // Each habit's chart has its own marker shape among the first four.
    let shapes: Vec<String> = page
        .select(&Selector::parse("figure").unwrap())
        .skip(1)
        .take(4)
        .map(|f| {
            f.select(&Selector::parse("circle, rect, polygon").unwrap())
                .next()
                .map(|m| {
                    format!(
                        "{}{}",
                        m.value().name(),
                        m.value().attr("points").map_or(0, |p| p.split(' ').count())
                    )
                })
                .unwrap()
        })
        .collect();
    let distinct: std::collections::HashSet<&String> = shapes.iter().collect();
    assert_eq!(distinct.len(), 4, "{shapes:?}");
}
