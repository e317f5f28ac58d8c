//! The report's charts as inline SVG: every number written in the chart, text on
//! a colour in black or white by its luminance, colours from viridis.

use std::fmt::Write;

use super::escape;
use super::palette::{self, BAR, INK};
use crate::domain::Scale;
use crate::export::Report;
use crate::text::{columns, display};

/// Horizontal bars per habit: the current mean filled, the gap to the target
/// outlined, with the numbers written beside them.
pub fn habits(report: &Report) -> String {
    let scale: &Scale = &report.session.framework.scale;
    let habits = &report.results.habits;
    let (label_width, bar_width, row) = (110.0, 360.0, 28.0);
    let height = habits.len() as f64 * row + 30.0;
    let mut svg = format!(
        "<svg role=\"img\" aria-label=\"Current and target mean per habit\" width=\"640\" height=\"{height}\" viewBox=\"0 0 640 {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n"
    );
    for (i, h) in habits.iter().enumerate() {
        let y = i as f64 * row + 4.0;
        let x = |mean: Option<f64>| mean.map_or(0.0, |m| scale.to_percent(m) / 100.0 * bar_width);
        let (now, goal) = (x(h.mean_current), x(h.mean_target).max(x(h.mean_current)));
        let _ = writeln!(
            svg,
            "<text x=\"0\" y=\"{}\">{}</text>",
            y + 15.0,
            escape(&columns::clip(&h.habit_name, 16))
        );
        let _ = writeln!(
            svg,
            "<rect x=\"{label_width}\" y=\"{y}\" width=\"{now:.1}\" height=\"20\" fill=\"{BAR}\"/>"
        );
        let _ = writeln!(
            svg,
            "<rect x=\"{:.1}\" y=\"{y}\" width=\"{:.1}\" height=\"20\" fill=\"none\" stroke=\"{BAR}\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>",
            label_width + now,
            goal - now
        );
        let numbers = if h.hidden {
            display::HIDDEN.to_string()
        } else if h.mean_current.is_none() && h.mean_target.is_none() {
            // Not "- → -": a reader should not have to decode dashes.
            "not scored yet".to_string()
        } else {
            format!(
                "{} → {} (gap {})",
                display::number(h.mean_current),
                display::number(h.mean_target),
                display::signed(h.gap)
            )
        };
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{}\">{numbers}</text>",
            label_width + bar_width + 8.0,
            y + 15.0
        );
    }
    let _ = writeln!(
        svg,
        "<text x=\"{label_width}\" y=\"{}\">filled: current mean · dashed: gap to target · scale {}-{}</text>\n</svg>",
        height - 6.0,
        scale.min,
        scale.max
    );
    svg
}

/// One shaded cell with its label written in the ink that reads on it.
fn cell(
    svg: &mut String,
    (x, y, width, height): (f64, f64, f64, f64),
    shade: Option<f64>,
    label: &str,
) {
    let (fill, ink) = match shade {
        Some(level) => {
            let colour = palette::level(level);
            (palette::level_hex(level), palette::text_on(colour))
        }
        None => ("#ffffff".to_string(), INK),
    };
    let _ = writeln!(
        svg,
        "<rect x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{height}\" fill=\"{fill}\" stroke=\"#777777\"/>"
    );
    let _ = writeln!(
        svg,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" style=\"fill:{ink}\">{label}</text>",
        x + width / 2.0,
        y + height / 2.0 + 4.5
    );
}

/// The habit x area grid: each cell shaded by its mean and labelled with the mean
/// and the count, so it reads without colour; a legend of the scale below.
pub fn heat_map(report: &Report) -> String {
    let scale = &report.session.framework.scale;
    let map = &report.results.heat_map;
    let (label_width, cell_width, cell_height) = (110.0, 96.0, 30.0);
    let width = (label_width + cell_width * map.areas.len() as f64)
        .max(label_width + 40.0 * scale.levels() as f64);
    let grid_height = cell_height * (map.habits.len() as f64 + 1.0);
    let height = grid_height + 16.0 + 24.0;
    let mut svg = format!(
        "<svg role=\"img\" aria-label=\"Mean current score by habit and area\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n"
    );
    for (j, area) in map.areas.iter().enumerate() {
        let x = label_width + (j as f64 + 0.5) * cell_width;
        let _ = writeln!(
            svg,
            "<text x=\"{x}\" y=\"20\" text-anchor=\"middle\">{}</text>",
            escape(&columns::clip(area, 13))
        );
    }
    for (i, (habit, cells)) in report.results.habits.iter().zip(&map.cells).enumerate() {
        let y = (i as f64 + 1.0) * cell_height;
        let _ = writeln!(
            svg,
            "<text x=\"0\" y=\"{}\">{}</text>",
            y + 19.0,
            escape(&columns::clip(&habit.habit_name, 16))
        );
        for (j, heat) in cells.iter().enumerate() {
            let x = label_width + j as f64 * cell_width;
            let (shade, label) = match heat.mean {
                Some(mean) => (
                    Some(scale.to_percent(mean) / 100.0),
                    format!("{mean:.2} ({})", display::count(heat.count)),
                ),
                None if habit.hidden => (None, display::HIDDEN_SHORT.to_string()),
                None if heat.withheld => (None, display::WITHHELD.to_string()),
                None => (None, "-".to_string()),
            };
            cell(&mut svg, (x, y, cell_width, cell_height), shade, &label);
        }
    }
    // The legend: each level of the scale in its colour, its number written in it.
    let y = grid_height + 16.0;
    let _ = writeln!(svg, "<text x=\"0\" y=\"{}\">scale</text>", y + 16.0);
    for (k, value) in (scale.min..=scale.max).enumerate() {
        let level = scale.to_percent(f64::from(value)) / 100.0;
        let x = label_width + k as f64 * 40.0;
        cell(
            &mut svg,
            (x, y, 40.0, 22.0),
            Some(level),
            &value.to_string(),
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// The vote tally as ranked bars with rank and dots written out.
pub fn tally(rows: &[(String, u32, String)]) -> String {
    let most = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1) as f64;
    let (label_width, bar_width, row) = (260.0, 300.0, 26.0);
    let height = rows.len() as f64 * row + 8.0;
    let mut svg = format!(
        "<svg role=\"img\" aria-label=\"Vote tally\" width=\"640\" height=\"{height}\" viewBox=\"0 0 640 {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n"
    );
    for (i, (label, dots, rank)) in rows.iter().enumerate() {
        let y = i as f64 * row + 4.0;
        // About 40 columns fit before the bars start; wide letters count twice.
        let short = columns::clip(label, 40);
        let _ = writeln!(
            svg,
            "<text x=\"0\" y=\"{}\">{} {}</text>",
            y + 14.0,
            escape(rank),
            escape(&short)
        );
        let _ = writeln!(
            svg,
            "<rect x=\"{label_width}\" y=\"{y}\" width=\"{:.1}\" height=\"18\" fill=\"{BAR}\"/>",
            f64::from(*dots) / most * bar_width
        );
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{}\">{dots}</text>",
            label_width + f64::from(*dots) / most * bar_width + 6.0,
            y + 14.0
        );
    }
    svg.push_str("</svg>\n");
    svg
}
