//! Join: the room PIN, filled in when the phone came from the QR code.

use maud::{Markup, html};

use super::{Notice, page};

pub fn join(pin: &str, notice: &Notice) -> Markup {
    page(
        "Join the room",
        notice,
        html! {
            h1 { "Join the room" }
            p { "Type the PIN shown on the screen at the front." }
            form method="post" action="/join" {
                input name="pin" value=(pin) inputmode="numeric" autocomplete="off"
                    aria-label="Room PIN" required;
                button.go type="submit" { "Join" }
            }
            p { small {
                "huddle keeps your name, your scores and your dots on the "
                "facilitator's laptop; nothing else about this phone."
            } }
        },
    )
}
