//! A trend across benchmarks as one self-contained HTML page: no scripts, no
//! network. A line chart of the index and one small chart per habit (inline SVG),
//! every point with its number written beside it and a marker shape of its own,
//! in a palette colour-blind readers tell apart (Okabe and Ito's), so colour
//! never carries the meaning alone. A date without a number is a gap in the line
//! with the reason written at that date; then the same numbers as a table. An
//! index over fewer habits than its framework has is drawn hollow, with "3 of 7"
//! under it and a note: it does not compare like for like with a full one.

use std::fmt::Write;

use super::escape::html as escape;
use super::trend::{INDEX_NOTE, covered, point_text};
use crate::domain::{Point, Trend};
use crate::text::display;

/// Okabe and Ito's colours, readable with every common colour-vision deficiency.
const PALETTE: [&str; 7] = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
];

/// Marker shapes, one per line, so a line is known without its colour.
const MARKERS: [Marker; 4] = [
    Marker::Circle,
    Marker::Square,
    Marker::Triangle,
    Marker::Diamond,
];

#[derive(Clone, Copy)]
enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
}

const STYLE: &str = "
body { font-family: system-ui, sans-serif; color: #111; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th, td.number, td.date { white-space: nowrap; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
.charts { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
figure { margin: 0; break-inside: avoid; }
figcaption { font-weight: bold; }
svg { max-width: 100%; height: auto; }
svg text { font-family: system-ui, sans-serif; font-size: 12px; fill: #111; }
@page { size: A4; margin: 15mm; }
@media print { body { margin: 0; max-width: none; } section, table { break-inside: avoid; } thead { display: table-header-group; } }
";

/// The head of a self-contained page with its title, for the trend and rollup.
pub(super) fn page_start(title: &str, extra_style: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}{extra_style}</style>\n</head>\n<body>\n",
        escape(title)
    )
}

/// Said under the index chart when a point is drawn hollow.
const PARTIAL_NOTE: &str = "A hollow point is an index over fewer habits than the framework has (the count is written under it): it does not compare like for like with a full one.";

/// The trend as one HTML page.
pub fn trend_html(trend: &Trend) -> String {
    let title = format!("Trend: {}", trend.framework);
    let mut out = page_start(&title, "");
    let _ = writeln!(out, "<h1>{}</h1>\n<ol>", escape(&title));
    for b in &trend.benchmarks {
        let _ = writeln!(out, "<li>{}: {}</li>", b.date, escape(&b.title));
    }
    out.push_str("</ol>\n");
    let dates: Vec<String> = trend
        .benchmarks
        .iter()
        .map(|b| b.date.to_string())
        .collect();

    out.push_str("<section>\n<h2>Culture index (0-100)</h2>\n");
    let index: Vec<Point> = trend
        .benchmarks
        .iter()
        .map(|b| b.index.map_or(Point::NotScored, Point::Mean))
        .collect();
    let coverage = covered(trend);
    // Only an index that has a number and leaves habits out is marked.
    let partial: Vec<Option<&str>> = trend
        .benchmarks
        .iter()
        .zip(&coverage)
        .map(|(b, text)| {
            (b.index.is_some() && b.coverage.habits_scored < b.coverage.habits_total)
                .then_some(text.as_str())
        })
        .collect();
    let chart = Chart {
        dates: &dates,
        points: &index,
        partial: &partial,
        low: 0.0,
        high: 100.0,
        decimals: 0,
        colour: PALETTE[6],
        marker: Marker::Circle,
    };
    let note = if partial.iter().any(Option::is_some) {
        format!(" {PARTIAL_NOTE}")
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "<figure>{}</figure>\n<p>{}{}</p>\n</section>",
        chart.svg("Culture index"),
        escape(INDEX_NOTE),
        escape(&note)
    );

    let (low, high) = (f64::from(trend.scale.min), f64::from(trend.scale.max));
    let _ = writeln!(
        out,
        "<section>\n<h2>Mean current score per habit ({}-{})</h2>\n<div class=\"charts\">",
        trend.scale.min, trend.scale.max
    );
    for (number, habit) in trend.habits.iter().enumerate() {
        let chart = Chart {
            dates: &dates,
            points: &habit.points,
            partial: &[],
            low,
            high,
            decimals: 2,
            colour: PALETTE[number % PALETTE.len()],
            marker: MARKERS[number % MARKERS.len()],
        };
        let _ = writeln!(
            out,
            "<figure><figcaption>{}</figcaption>{}</figure>",
            escape(&habit.name),
            chart.svg(&habit.name)
        );
    }
    out.push_str("</div>\n</section>\n");

    out.push_str("<section>\n<h2>The numbers</h2>\n<table>\n<thead><tr><th></th>");
    for date in &dates {
        let _ = write!(out, "<th>{date}</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n<tr><td>Culture index</td>");
    for b in &trend.benchmarks {
        let _ = write!(
            out,
            "<td class=\"number\">{}</td>",
            display::index_value(b.index)
        );
    }
    out.push_str("</tr>\n<tr><td>habits in index</td>");
    for text in &coverage {
        let _ = write!(out, "<td class=\"number\">{text}</td>");
    }
    out.push_str("</tr>\n");
    for habit in &trend.habits {
        let _ = write!(out, "<tr><td>{}</td>", escape(&habit.name));
        for &point in &habit.points {
            let _ = write!(out, "<td class=\"number\">{}</td>", point_text(point));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</section>\n</body>\n</html>\n");
    out
}

/// One line chart: a point per date, drawn on `low..=high`.
struct Chart<'a> {
    dates: &'a [String],
    points: &'a [Point],
    /// Per point, what it covers when that is less than the whole ("3 of 7"):
    /// drawn hollow with that text under it. Empty for a habit's chart.
    partial: &'a [Option<&'a str>],
    low: f64,
    high: f64,
    decimals: usize,
    colour: &'a str,
    marker: Marker,
}

const WIDTH: f64 = 440.0;
const HEIGHT: f64 = 190.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 50.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 30.0;

impl Chart<'_> {
    fn x(&self, i: usize) -> f64 {
        let span = WIDTH - LEFT - RIGHT;
        match self.dates.len() {
            0 | 1 => LEFT + span / 2.0,
            n => LEFT + span * i as f64 / (n - 1) as f64,
        }
    }

    fn y(&self, value: f64) -> f64 {
        let share = (value - self.low) / (self.high - self.low).max(f64::EPSILON);
        TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - share.clamp(0.0, 1.0))
    }

    fn svg(&self, label: &str) -> String {
        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" role=\"img\" aria-label=\"{}\">",
            escape(label)
        );
        // The axis: the scale's ends, and a date under each benchmark.
        for value in [self.low, self.high] {
            let y = self.y(value);
            let _ = write!(
                svg,
                "<line x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#bbb\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{value:.0}</text>",
                WIDTH - RIGHT + 10.0,
                LEFT - 6.0,
                y + 4.0
            );
        }
        for (i, date) in self.dates.iter().enumerate() {
            let _ = write!(
                svg,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{date}</text>",
                self.x(i),
                HEIGHT - 8.0
            );
        }
        // Segments only between neighbouring dates that both have a number: a
        // missing one leaves a gap.
        for (i, pair) in self.points.windows(2).enumerate() {
            if let (Some(a), Some(b)) = (pair[0].mean(), pair[1].mean()) {
                let _ = write!(
                    svg,
                    "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{}\" stroke-width=\"2.5\"/>",
                    self.x(i),
                    self.y(a),
                    self.x(i + 1),
                    self.y(b),
                    self.colour
                );
            }
        }
        for (i, &point) in self.points.iter().enumerate() {
            let x = self.x(i);
            match point.mean() {
                Some(value) => {
                    let y = self.y(value);
                    let partial = self.partial.get(i).copied().flatten();
                    svg += &self.marker_at(x, y, partial.is_some());
                    if let Some(covers) = partial {
                        let _ = write!(
                            svg,
                            "<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-style=\"italic\">{covers}</text>",
                            y + 20.0
                        );
                    }
                    let _ = write!(
                        svg,
                        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-weight=\"bold\">{value:.prec$}</text>",
                        x,
                        y - 9.0,
                        prec = self.decimals
                    );
                }
                None => {
                    let _ = write!(
                        svg,
                        "<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-style=\"italic\">{}</text>",
                        self.y((self.low + self.high) / 2.0),
                        point.missing_reason().unwrap_or_default()
                    );
                }
            }
        }
        svg.push_str("</svg>");
        svg
    }

    /// The marker; hollow (white inside, the line's colour round it) for a point
    /// that covers less than the others.
    fn marker_at(&self, x: f64, y: f64, hollow: bool) -> String {
        let paint = if hollow {
            format!(
                "fill=\"#fff\" stroke=\"{}\" stroke-width=\"2.5\"",
                self.colour
            )
        } else {
            format!("fill=\"{}\"", self.colour)
        };
        match self.marker {
            Marker::Circle => {
                format!("<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5\" {paint}/>")
            }
            Marker::Square => format!(
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"9\" height=\"9\" {paint}/>",
                x - 4.5,
                y - 4.5
            ),
            Marker::Triangle => format!(
                "<polygon points=\"{x:.1},{:.1} {:.1},{:.1} {:.1},{:.1}\" {paint}/>",
                y - 6.0,
                x - 5.5,
                y + 4.5,
                x + 5.5,
                y + 4.5
            ),
            Marker::Diamond => format!(
                "<polygon points=\"{x:.1},{:.1} {:.1},{y:.1} {x:.1},{:.1} {:.1},{y:.1}\" {paint}/>",
                y - 6.0,
                x + 6.0,
                y + 6.0,
                x - 6.0
            ),
        }
    }
}
