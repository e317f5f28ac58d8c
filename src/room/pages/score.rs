//! Score the open habit: what it is, the questions, what each level looks
//! like (read before choosing), then a full-width button per level for
//! current and for target. Each tap sends one score; the page says "saved"
//! once the laptop has saved it, and marks the levels this phone chose.

use maud::{Markup, html};

use super::{Notice, notice_line, page};
use crate::app::phone::ScoringView;

pub fn score(name: &str, habit: &ScoringView, notice: &Notice) -> Markup {
    // Only this phone's own person: never anyone else's scores.
    let (current, target) = habit.own.get(name).copied().unwrap_or_default();
    // The notice goes where a tap's answer opens, not at the top.
    page(
        &habit.name,
        &Notice::None,
        html! {
            h1 { (habit.name) }
            p { (habit.summary) }
            ul { @for question in &habit.questions { li { (question) } } }
            h2 { "What each level looks like" }
            dl.rubric {
                @for level in &habit.levels {
                    dt { (level.value) " " (level.label) }
                    dd { (level.looks_like) }
                }
            }
            // A tap's answer opens here (see `ANSWER_AT`): what became of
            // it, and the choices marked just below.
            div id=(ANSWER_AT) {
                (notice_line(notice))
                @if current.is_some() || target.is_some() {
                    p.mine {
                        "Your scores: today " b { (chosen(habit, current)) }
                        ", target " b { (chosen(habit, target)) }
                        ". Tap another level to change one until the habit is revealed."
                    }
                }
            }
            (levels(habit, "current", "Where are we today?", current))
            (levels(habit, "target", "Where should we be?", target))
        },
    )
}

/// Where the answer to a tap opens the page: right above the buttons, so
/// the phone shows what was saved and the choices marked without scrolling.
const ANSWER_AT: &str = "choose";

/// A chosen level in words ("3 developing"), or that none is chosen yet.
fn chosen(habit: &ScoringView, value: Option<u8>) -> String {
    let level = value.and_then(|value| habit.levels.iter().find(|l| l.value == value));
    match level {
        Some(level) => format!("{} {}", level.value, level.label),
        None => "not chosen yet".into(),
    }
}

/// One button per level, each on its own row; each sends that level as the
/// `field` score. The level this phone chose is marked in words, not only
/// by its colours.
fn levels(habit: &ScoringView, field: &str, question: &str, mine: Option<u8>) -> Markup {
    html! {
        h2 { (question) }
        form.scale method="post" action=(format!("/score#{ANSWER_AT}")) {
            input type="hidden" name="habit" value=(habit.habit);
            @for level in &habit.levels {
                @let picked = mine == Some(level.value);
                button.chosen[picked] type="submit" name=(field) value=(level.value)
                    aria-pressed=(picked) {
                    span.value { (level.value) }
                    span.label { (level.label) }
                    @if picked { span.mark { "✓ yours" } }
                }
            }
        }
    }
}
