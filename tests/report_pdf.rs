//! The HTML report as a sponsor gets it on paper: Debian's headless chromium
//! prints each bundled example (sessions/*.ron) to PDF, and poppler's
//! `pdftotext -layout` and `pdfinfo` read the PDF back. scripts/test installs
//! both (apt-get install chromium poppler-utils).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use huddle::export::{Report, html};
use huddle::storage::{load_session, report_for};
use tempfile::TempDir;

/// The most A4 pages an example's report may take: the sponsor's summary on a
/// page of its own, then the detail (results, notes, heat map, votes, plan and a
/// follow-up's comparison) for a workshop of the examples' size: 7 habits, 4
/// areas, 12 people, a vote and 5 actions. The README states the same bound.
const MAX_PAGES: usize = 6;

/// Runs a tool, failing with a message that names it and scripts/test when it
/// is not installed.
fn run(tool: &str, args: &[&str]) -> Output {
    let output = Command::new(tool).args(args).output().unwrap_or_else(|error| {
        panic!("{tool} could not run ({error}): it is needed for this test; scripts/test installs it (apt-get install chromium poppler-utils)")
    });
    assert!(
        output.status.success(),
        "{tool} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// Every bundled example session.
fn examples() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir("sessions")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "the examples are in sessions/");
    paths
}

/// The report printed by chromium as a browser prints it, to `dir/report.pdf`.
fn print(page: &str, dir: &Path) -> PathBuf {
    let html_file = dir.join("report.html");
    let pdf = dir.join("report.pdf");
    std::fs::write(&html_file, page).unwrap();
    run(
        "chromium",
        &[
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            // A profile of its own, so tests printing at once do not share one.
            &format!("--user-data-dir={}", dir.join("profile").display()),
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
            &format!("file://{}", html_file.display()),
        ],
    );
    assert!(pdf.exists(), "chromium wrote no PDF");
    pdf
}

fn pages(pdf: &Path) -> usize {
    let info = run("pdfinfo", &[pdf.to_str().unwrap()]);
    String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the page count")
}

/// The text of one page, laid out as printed.
fn page_text(pdf: &Path, page: usize) -> String {
    let n = page.to_string();
    let output = run(
        "pdftotext",
        &["-layout", "-f", &n, "-l", &n, pdf.to_str().unwrap(), "-"],
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Words as printed: split at spaces and at hyphens, where a table cell may
/// break a line ("call-" / "centre").
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `phrase` is on the page: its words in order, within as many lines as
/// it has words (a table cell wraps a long text over lines, with the other
/// columns' text between its parts on each line).
fn holds(text: &str, phrase: &str) -> bool {
    let wanted = words(phrase);
    let lines: Vec<Vec<&str>> = text.lines().map(words).collect();
    (0..lines.len()).any(|start| {
        let mut next = 0;
        for line in lines.iter().skip(start).take(wanted.len()) {
            for word in line {
                if next < wanted.len() && *word == wanted[next] {
                    next += 1;
                }
            }
        }
        next == wanted.len()
    })
}

#[test]
fn every_example_report_prints_with_its_index_habits_and_actions() {
    for path in examples() {
        let session = load_session(&path).unwrap();
        let report: Report = report_for(&path, &session);
        let dir = TempDir::new().unwrap();
        let pdf = print(&html(&report), dir.path());
        let count = pages(&pdf);
        let name = path.display();
        assert!(
            (2..=MAX_PAGES).contains(&count),
            "{name}: {count} pages, at most {MAX_PAGES}"
        );
        let texts: Vec<String> = (1..=count).map(|page| page_text(&pdf, page)).collect();
        let all = texts.join("\n");

        // The first page is the sponsor's summary, with the index on it.
        let index = match report.results.index {
            Some(index) => format!("{:.0} / 100", index.value),
            None => "-".into(),
        };
        assert!(
            texts[0].contains("Summary for the sponsor") && texts[0].contains(&index),
            "{name}: page 1 is the summary with the index {index}:\n{}",
            texts[0]
        );
        assert!(
            !texts[0].lines().any(|line| line.trim() == "Results"),
            "{name}: the detail starts on a page of its own:\n{}",
            texts[0]
        );
        for habit in &session.framework.habits {
            assert!(
                all.contains(&habit.name),
                "{name}: {} is printed",
                habit.name
            );
        }
        for action in &session.plan {
            assert!(
                holds(&texts[0], &action.what),
                "{name}: the summary lists {}",
                action.what
            );
            // The plan table is not split across pages: every action is on the
            // page that holds its header.
            let plan_page = texts
                .iter()
                .find(|text| text.contains("Success measure"))
                .expect("the plan table is printed");
            assert!(
                holds(plan_page, &action.what),
                "{name}: {} is on the plan's page:\n{plan_page}",
                action.what
            );
        }
    }
}

#[test]
fn reading_a_wrapped_cell_needs_its_words_in_order() {
    let page = "Raise store refund   Empower   Sam Okafor\nand goodwill limits  Listen\n";
    assert!(holds(page, "Raise store refund and goodwill limits"));
    assert!(!holds(page, "Raise goodwill store refund"));
    assert!(!holds(
        page,
        "Raise store refund and goodwill limits to 100 euros"
    ));
}

/// The latest example with a plan of `n` actions, made from its own actions.
fn with_actions(n: usize) -> huddle::domain::Session {
    let mut session = load_session(Path::new("sessions/harbour-finch-2027-05.ron")).unwrap();
    let model = session.plan.clone();
    session.plan = (0..n)
        .map(|i| {
            let mut action = model[i % model.len()].clone();
            action.what = format!("Step {} of the long plan: {}", i + 1, action.what);
            action
        })
        .collect();
    session
}

#[test]
fn with_a_long_plan_the_summary_is_still_page_one() {
    for n in [12, 40] {
        let report = Report::new(&with_actions(n));
        let dir = TempDir::new().unwrap();
        let pdf = print(&html(&report), dir.path());
        let first = page_text(&pdf, 1);
        let index = format!("{:.0} / 100", report.results.index.unwrap().value);
        for wanted in [
            "Summary for the sponsor",
            index.as_str(),
            "Largest gaps",
            "Voted priorities",
            "Step 1 of the long plan:",
        ] {
            assert!(
                holds(&first, wanted),
                "{n} actions: page 1 shows {wanted}:\n{first}"
            );
        }
        assert!(
            holds(&first, &format!("and {} more: see the Plan below.", n - 6)),
            "{n} actions: the summary counts the rest:\n{first}"
        );
        // The plan in full follows, to its last action.
        let all: String = (1..=pages(&pdf)).map(|p| page_text(&pdf, p)).collect();
        assert!(holds(&all, &format!("Step {n} of the long plan:")), "{all}");
    }
}

/// Every word's box on a page, as (text, x min, y min, x max, y max) in points.
fn word_boxes(pdf: &Path, page: usize) -> Vec<(String, f64, f64, f64, f64)> {
    let n = page.to_string();
    let output = run(
        "pdftotext",
        &["-bbox", "-f", &n, "-l", &n, pdf.to_str().unwrap(), "-"],
    );
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let attribute = |line: &str, name: &str| -> f64 {
        let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        line[start..].split('"').next().unwrap().parse().unwrap()
    };
    text.lines()
        .filter(|line| line.trim_start().starts_with("<word "))
        .map(|line| {
            let word = line.split('>').nth(1).unwrap().split('<').next().unwrap();
            (
                word.to_string(),
                attribute(line, "xMin"),
                attribute(line, "yMin"),
                attribute(line, "xMax"),
                attribute(line, "yMax"),
            )
        })
        .collect()
}

#[test]
fn a_printed_full_width_table_keeps_its_right_border() {
    let path = Path::new("sessions/harbour-finch-2027-05.ron");
    let report = report_for(path, &load_session(path).unwrap());
    let dir = TempDir::new().unwrap();
    let pdf = print(&html(&report), dir.path());
    let page = (1..=pages(&pdf))
        .find(|&p| page_text(&pdf, p).contains("Success measure"))
        .expect("the plan is printed");
    let words = word_boxes(&pdf, page);
    let top = words.iter().find(|w| w.0 == "Success").unwrap().2;
    let bottom = words.iter().find(|w| w.0 == "Next").unwrap().2;
    let inside = |w: &&(String, f64, f64, f64, f64)| w.2 >= top && w.4 <= bottom;
    let left = words
        .iter()
        .filter(inside)
        .map(|w| w.1)
        .fold(f64::MAX, f64::min);
    let right = words.iter().filter(inside).map(|w| w.3).fold(0.0, f64::max);
    // The page at 144 dpi, in grey: two pixels a point.
    let prefix = dir.path().join("plan");
    let n = page.to_string();
    run(
        "pdftoppm",
        &[
            "-r",
            "144",
            "-gray",
            "-singlefile",
            "-f",
            &n,
            "-l",
            &n,
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let image = std::fs::read(dir.path().join("plan.pgm")).unwrap();
    let header: Vec<&[u8]> = image.splitn(5, |b| b.is_ascii_whitespace()).collect();
    let parse = |bytes: &[u8]| -> usize { String::from_utf8_lossy(bytes).parse().unwrap() };
    let (width, height) = (parse(header[1]), parse(header[2]));
    let pixels = &image[image.len() - width * height..];
    let rows = (top * 2.0) as usize..(bottom * 2.0) as usize;
    // A border's ink: per column, the median darkness down the table's rows,
    // summed over the columns left (or right) of every word. A clipped border
    // keeps only part of its ink.
    let ink = |columns: std::ops::Range<usize>| -> usize {
        columns
            .map(|x| {
                let mut column: Vec<u8> =
                    rows.clone().map(|y| 255 - pixels[y * width + x]).collect();
                column.sort_unstable();
                usize::from(column[column.len() / 2])
            })
            .sum()
    };
    let left_border = ink(0..(left * 2.0).floor() as usize);
    let right_border = ink((right * 2.0).ceil() as usize..width);
    assert!(
        left_border > 0 && right_border * 10 >= left_border * 9,
        "the plan table on page {page} shows its left border (ink {left_border}) but not all of its right one (ink {right_border})"
    );
}
