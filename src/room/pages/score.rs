//! Score the open habit: what it is, the questions, what each level looks
//! like, and a large button per level for current and for target. Each tap
//! sends one score; the page says "saved" once the laptop has saved it.

use maud::{Markup, html};

use super::{Notice, page};
use crate::app::phone::ScoringView;

pub fn score(name: &str, habit: &ScoringView, notice: &Notice) -> Markup {
    let scored = habit.scored.contains(name);
    page(
        &habit.name,
        notice,
        html! {
            h1 { (habit.name) }
            p { (habit.summary) }
            ul { @for question in &habit.questions { li { (question) } } }
            @if scored {
                p { "You have scored this habit. Tap again to change it until it is revealed." }
            }
            (levels(habit, "current", "Where are we today?"))
            (levels(habit, "target", "Where should we be?"))
            h2 { "What each level looks like" }
            dl {
                @for level in &habit.levels {
                    dt { b { (level.value) " " (level.label) } }
                    dd { (level.looks_like) }
                }
            }
        },
    )
}

/// One row of level buttons; each sends that level as the `field` score.
fn levels(habit: &ScoringView, field: &str, question: &str) -> Markup {
    html! {
        h2 { (question) }
        form.scale method="post" action="/score" {
            input type="hidden" name="habit" value=(habit.habit);
            @for level in &habit.levels {
                button type="submit" name=(field) value=(level.value) {
                    (level.value) small { (level.label) }
                }
            }
        }
    }
}
