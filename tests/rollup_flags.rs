//! The no-consensus flag in a rollup: every mark comes with the room's spread
//! and range, in text, Markdown and HTML; the organisation column counts the
//! workshops whose room disagreed instead of pooling scores across dates.

use huddle::domain::rollup::rollup;
use huddle::export::{rollup_html, rollup_markdown, rollup_text};
#[path = "support/examples.rs"]
mod examples;
use examples::examples;

#[test]
fn every_flag_gives_its_spread_and_range_in_every_format() {
    let r = rollup(&examples()).unwrap();
    // Spring 2026's Listen (1 to 4, spread 0.76) and Values, 2027's Values.
    let flagged = r
        .habits
        .iter()
        .flat_map(|h| &h.cells)
        .filter(|c| c.no_consensus)
        .count();
    assert_eq!(flagged, 3);
    for (format, text) in [
        ("text", rollup_text(&r)),
        ("markdown", rollup_markdown(&r)),
        ("html", rollup_html(&r)),
    ] {
        assert_eq!(
            text.matches(", range 3").count(),
            flagged,
            "{format}: {text}"
        );
        assert!(text.contains("spread 0.76, range 3"), "{format}: {text}");
    }
}

#[test]
fn change_between_dates_is_not_flagged_as_disagreement() {
    // No room disagreed on Think, but its scores pooled over 2026 and 2027 run
    // from 1 to 4: progress, not a split room.
    let r = rollup(&examples()).unwrap();
    let think = r.habits.iter().find(|h| h.habit_id == "think").unwrap();
    assert!(think.cells.iter().all(|c| !c.no_consensus));
    assert_eq!(think.flagged_in, 0);
    let text = rollup_text(&r);
    let line = text.lines().find(|l| l.starts_with("Think")).unwrap();
    assert!(!line.contains('!'), "{line}");
    // Values disagreed in two rooms, and the organisation column says so.
    let values = text.lines().find(|l| l.starts_with("Values ")).unwrap();
    assert!(values.ends_with("! in 2 of 3"), "{values}");
}
