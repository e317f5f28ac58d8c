//! The trend HTML says what each index covers, as the text and Markdown do: a
//! "habits in index" row, and a hollow point with "3 of 7" under it for an index
//! over fewer habits than the framework has.

use huddle::domain::trend;
use huddle::export::trend_html;
#[path = "support/examples.rs"]
mod examples;
use examples::examples;

#[test]
fn the_html_shows_habits_in_index_per_date() {
    let html = trend_html(&trend(&examples()).unwrap());
    let row = html
        .lines()
        .find(|l| l.starts_with("<tr><td>habits in index</td>"))
        .expect("a habits in index row");
    let cells: Vec<&str> = row.split("<td class=\"number\">").skip(1).collect();
    assert_eq!(cells.len(), 3, "{row}");
    assert!(cells[0].starts_with("7 of 7") && cells[1].starts_with("3 of 7"));
    assert!(cells[2].starts_with("7 of 7"));
}

#[test]
fn an_index_over_fewer_habits_is_drawn_hollow_with_a_note() {
    let html = trend_html(&trend(&examples()).unwrap());
    let index_chart = html
        .split("<h2>Culture index")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .unwrap();
    // Autumn 2026 covers 3 of 7 habits: its point alone is hollow.
    assert_eq!(index_chart.matches("fill=\"#fff\"").count(), 1);
    assert_eq!(index_chart.matches("<circle").count(), 3);
    assert!(index_chart.contains(">3 of 7</text>"), "{index_chart}");
    assert!(index_chart.contains("A hollow point"));
    // Full coverage everywhere: nothing hollow, no note.
    let full = [examples().remove(0), examples().remove(2)];
    let html = trend_html(&trend(&full).unwrap());
    assert!(!html.contains("fill=\"#fff\"") && !html.contains("A hollow point"));
}
