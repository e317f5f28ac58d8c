//! The pages phones see, rendered with maud (every text escaped): one file per
//! page, and here the frame they share. Plain forms that work without
//! scripts; one small script of the room's own follows the facilitator;
//! nothing fetched from elsewhere.

mod join;
mod names;
mod score;
mod shown;
mod vote;
mod waiting;

use maud::{DOCTYPE, Markup, html};

pub use join::join;
pub use names::names;
pub use score::score;
pub use vote::{Ballot, vote};
pub use waiting::waiting;

/// A line at the top of a page: what was saved, or why not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    None,
    Saved(String),
    Refused(String),
}

/// The frame of every page.
fn page(title: &str, notice: &Notice, body: Markup) -> Markup {
    frame(title, notice, None, body)
}

/// The frame, for a page that loads itself again every `seconds`, so a phone
/// follows the facilitator without a script. It loads the room's address
/// (`/`), never its own: the page may be the answer to a form, whose address
/// takes no GET.
fn frame(title: &str, notice: &Notice, seconds: Option<u8>, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                @if let Some(seconds) = seconds {
                    meta http-equiv="refresh" content=(format!("{seconds}; url=/"));
                }
                title { (title) " · huddle" }
                link rel="stylesheet" href="/style.css";
                // Follows the facilitator; every page works without it.
                script src="/room.js" defer {}
            }
            body {
                (notice_line(notice))
                (body)
            }
        }
    }
}

/// The notice as a line of its own, marked in words (✓, ✗) as well as by
/// its border.
fn notice_line(notice: &Notice) -> Markup {
    html! {
        @match notice {
            Notice::None => {},
            Notice::Saved(text) => p.notice role="status" { "✓ " (text) },
            Notice::Refused(text) => p.notice.refused role="alert" { "✗ " (text) },
        }
    }
}
