//! Nothing is open: the phone waits for the facilitator, and looks again by
//! itself every few seconds.

use maud::{Markup, html};

use super::{Notice, frame, shown};
use crate::app::phone::Shown;

/// How often the waiting page looks again by itself.
const LOOK_AGAIN_SECONDS: u8 = 5;

/// The waiting page, with what the projector shows once revealed (`on_show`).
/// It also answers forms (a late score, a ballot for a closed round), so it
/// looks again at the room's address, never at the form's.
pub fn waiting(name: &str, on_show: Option<&Shown>, notice: &Notice) -> Markup {
    frame(
        "Waiting",
        notice,
        Some(LOOK_AGAIN_SECONDS),
        html! {
            h1 { "Waiting for the facilitator" }
            p { "You are " b { (name) } ". When a habit is open for scoring or a vote starts, it shows here." }
            @if let Some(on_show) = on_show {
                (shown::shown(on_show))
            }
            form method="get" action="/" {
                button.go type="submit" { "Look again" }
            }
        },
    )
}
