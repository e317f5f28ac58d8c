//! Setup: the workshop's details, the areas of the business, and the review of
//! an earlier plan's actions.

use super::{App, Confirmation, EditTarget, Effect, Mode, Msg};
use crate::domain::{EditError, SetupField};

impl App {
    pub(super) fn setup(&mut self, msg: Msg) -> Vec<Effect> {
        let fields = SetupField::ALL.len();
        let row = self.session.position.setup_row;
        let area = row
            .checked_sub(fields)
            .filter(|&i| i < self.session.areas.len());
        // Below the areas and their "add" row: the earlier plan's actions to review.
        let review = row
            .checked_sub(fields + self.session.areas.len() + 1)
            .filter(|&i| i < self.session.review.len());
        match (msg.clone(), review) {
            (Msg::Edit, Some(i)) => {
                let note = self.session.review[i].note.clone();
                return self.begin_edit(EditTarget::ReviewNote(i), note);
            }
            (Msg::Toggle, Some(i)) => {
                return self.change(|s| {
                    let review = s.review.get_mut(i).ok_or(EditError::Missing)?;
                    review.status = review.status.next();
                    Ok(())
                });
            }
            _ => {}
        }
        match msg {
            Msg::Up => self.session.position.setup_row = row.saturating_sub(1),
            Msg::Down => self.session.position.setup_row = row + 1,
            Msg::Edit if row < fields => {
                let field = SetupField::ALL[row];
                let value = self.session.setup_value(field);
                return self.begin_edit(EditTarget::Setup(field), value);
            }
            Msg::Edit => {
                return match area {
                    Some(i) => {
                        let name = self.session.areas[i].clone();
                        self.begin_edit(EditTarget::Area(i), name)
                    }
                    None => self.begin_edit(EditTarget::NewArea, String::new()),
                };
            }
            Msg::Add => return self.begin_edit(EditTarget::NewArea, String::new()),
            Msg::Delete => match area {
                Some(i) if self.session.people_in_area(i) > 0 && !self.read_only => {
                    self.mode = Mode::Confirm(Confirmation::RemoveArea(i));
                }
                Some(i) => return self.change(|s| s.remove_area(i)),
                None => self.info("choose an area to remove".into()),
            },
            Msg::MoveUp | Msg::MoveDown => {
                if let Some(i) = area {
                    let up = msg == Msg::MoveUp;
                    let effects = self.change(|s| {
                        let to = s.move_area(i, up);
                        s.position.setup_row = fields + to;
                        Ok(())
                    });
                    return effects;
                }
            }
            _ => {}
        }
        Vec::new()
    }
}
