//! Nothing is open: the phone waits for the facilitator.

use maud::{Markup, html};

use super::{Notice, page};

pub fn waiting(name: &str, notice: &Notice) -> Markup {
    page(
        "Waiting",
        notice,
        html! {
            h1 { "Waiting for the facilitator" }
            p { "You are " b { (name) } ". When a habit is open for scoring or a vote starts, it shows here." }
            form method="get" action="/" {
                button.go type="submit" { "Look again" }
            }
        },
    )
}
