//! The terminal loop: set the terminal up, draw, turn keys into actions, and
//! restore the terminal however the loop ends (a panic included: ratatui's init
//! installs a hook that restores it first).

use std::io;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};
use ratatui::widgets::Widget;

use super::keymap::{Binding, action_for};
use super::overview::{KEYS as OVERVIEW_KEYS, Overview, OverviewAction};
use super::picker::{Choice, KEYS as PICKER_KEYS, Picker, PickerAction};

/// Shows the overview until the viewer quits.
pub fn run_overview(mut overview: Overview) -> io::Result<()> {
    with_terminal(|terminal| {
        run_loop(
            terminal,
            &mut overview,
            OVERVIEW_KEYS,
            OverviewAction::Quit,
            Overview::apply,
        )
    })
}

/// Shows the session picker and returns what was chosen.
pub fn run_picker(mut picker: Picker) -> io::Result<Choice> {
    with_terminal(|terminal| {
        run_loop(
            terminal,
            &mut picker,
            PICKER_KEYS,
            PickerAction::Quit,
            Picker::apply,
        )
    })?;
    Ok(picker.choice())
}

fn with_terminal<R>(body: impl FnOnce(&mut DefaultTerminal) -> io::Result<R>) -> io::Result<R> {
    let mut terminal = ratatui::try_init()?;
    let result = body(&mut terminal);
    ratatui::restore();
    result
}

/// Draws `state`, waits for a key, applies its action, until `apply` says stop.
fn run_loop<S, A: Copy>(
    terminal: &mut DefaultTerminal,
    state: &mut S,
    keys: &[Binding<A>],
    quit: A,
    apply: fn(&mut S, A) -> bool,
) -> io::Result<()>
where
    for<'a> &'a S: Widget,
{
    loop {
        terminal.draw(|frame| frame.render_widget(&*state, frame.area()))?;
        if let Event::Key(key) = event::read()?
            && let Some(action) = action_for(keys, key, quit)
            && !apply(state, action)
        {
            return Ok(());
        }
    }
}
