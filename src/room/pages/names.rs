//! Choose your name from the roster; names another phone has are shown taken.

use maud::{Markup, html};

use super::{Notice, page};
use crate::app::phone::PhoneView;

pub fn names(view: &PhoneView, notice: &Notice) -> Markup {
    page(
        "Who are you?",
        notice,
        html! {
            h1 { "Who are you?" }
            @if view.roster.is_empty() {
                p { "Nobody is on the list yet: waiting for the facilitator." }
            }
            form.names method="post" action="/claim" {
                @for name in &view.roster {
                    @if view.claims.is_claimed(name) {
                        button type="button" disabled { (name) small { "taken by another phone" } }
                    } @else {
                        button type="submit" name="name" value=(name) { (name) }
                    }
                }
            }
            @if let Some(areas) = &view.newcomers {
                (newcomer(areas))
                p { small { "Your name is taken? Ask the facilitator." } }
            } @else {
                p { small { "Not on the list, or your name is taken? Ask the facilitator." } }
            }
        },
    )
}

/// "I'm not on the list": the phone adds its person, with a name and an area.
fn newcomer(areas: &[String]) -> Markup {
    html! {
        h2 { "I'm not on the list" }
        form.newcomer method="post" action="/add" {
            label { "Your name " input type="text" name="name" maxlength="80" required; }
            @if !areas.is_empty() {
                label { "Your area "
                    select name="area" {
                        @for area in areas { option value=(area) { (area) } }
                    }
                }
            }
            button.go type="submit" { "Add me" }
        }
    }
}
