//! What the projector shows, once revealed: a habit's distribution, means and
//! spread, or a round's tally. Only totals: never a person's score or ballot.

use maud::{Markup, html};

use crate::app::phone::{RevealedHabit, RevealedTally, Shown};
use crate::text::display::{count, number};

pub fn shown(shown: &Shown) -> Markup {
    match shown {
        Shown::Habit(habit) => revealed_habit(habit),
        Shown::Tally(tally) => revealed_tally(tally),
    }
}

fn revealed_habit(habit: &RevealedHabit) -> Markup {
    html! {
        section.shown {
            h2 { (habit.name) ": revealed" }
            table {
                thead { tr { th { "Level" } th { "Scores today" } } }
                tbody {
                    @for (value, label, scores) in &habit.distribution {
                        tr { td { (value) " " (label) } td { (scores) } }
                    }
                }
            }
            p {
                "Mean today " b { (number(habit.mean_current)) }
                ", target " b { (number(habit.mean_target)) }
                ", spread " b { (number(habit.spread)) }
                " (" (count(habit.count)) " scored)"
            }
        }
    }
}

fn revealed_tally(tally: &RevealedTally) -> Markup {
    html! {
        section.shown {
            h2 { (tally.title) ": the tally" }
            table {
                thead { tr { th { "Rank" } th { "Choice" } th { "Dots" } } }
                tbody {
                    @for row in &tally.rows {
                        tr {
                            td { (row.rank) @if row.tied { " = tie" } }
                            td { (row.label) }
                            td { (row.dots) }
                        }
                    }
                }
            }
        }
    }
}
