//! The areas of the business being benchmarked (e.g. "Store", "Web"): adding,
//! renaming, reordering and removing them, with their people following.

use super::error::EditError;
use super::names::{clean, same_name};
use super::session::Session;

impl Session {
    /// Checks an area name; `except` is the area being renamed.
    pub fn check_area(&self, name: &str, except: Option<usize>) -> Result<String, EditError> {
        let name = clean(name)?;
        if self
            .areas
            .iter()
            .enumerate()
            .any(|(i, area)| Some(i) != except && same_name(area, &name))
        {
            return Err(EditError::DuplicateArea(name));
        }
        Ok(name)
    }

    pub fn add_area(&mut self, name: &str) -> Result<usize, EditError> {
        let name = self.check_area(name, None)?;
        self.areas.push(name);
        Ok(self.areas.len() - 1)
    }

    /// Renames an area and moves its participants with it.
    pub fn rename_area(&mut self, index: usize, name: &str) -> Result<(), EditError> {
        let name = self.check_area(name, Some(index))?;
        let old = self.areas.get(index).ok_or(EditError::Missing)?.clone();
        for person in &mut self.participants {
            if person.area.as_deref() == Some(old.as_str()) {
                person.area = Some(name.clone());
            }
        }
        self.areas[index] = name;
        Ok(())
    }

    /// How many participants are in an area.
    pub fn people_in_area(&self, index: usize) -> usize {
        let Some(area) = self.areas.get(index) else {
            return 0;
        };
        self.participants
            .iter()
            .filter(|p| p.area.as_ref() == Some(area))
            .count()
    }

    /// Removes an area; its participants keep their scores and lose the area.
    pub fn remove_area(&mut self, index: usize) -> Result<(), EditError> {
        if index >= self.areas.len() {
            return Err(EditError::Missing);
        }
        let area = self.areas.remove(index);
        for person in &mut self.participants {
            if person.area.as_ref() == Some(&area) {
                person.area = None;
            }
        }
        Ok(())
    }

    /// Swaps an area with its neighbour; returns where it went.
    pub fn move_area(&mut self, index: usize, up: bool) -> usize {
        let target = if up {
            index.checked_sub(1)
        } else {
            Some(index + 1)
        };
        match target.filter(|&t| t < self.areas.len() && index < self.areas.len()) {
            Some(target) => {
                self.areas.swap(index, target);
                target
            }
            None => index,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::fixtures::{add_person, session};

    #[test]
    fn areas_rename_move_and_remove_with_their_people() {
        let mut s = session(&["listen"], &["Store", "Web"]);
        add_person(&mut s, "Ana", Some("Store"));
        s.rename_area(0, "Shop floor").unwrap();
        assert_eq!(s.participants[0].area.as_deref(), Some("Shop floor"));
        assert_eq!(s.move_area(0, false), 1);
        assert_eq!(s.areas, ["Web", "Shop floor"]);
        assert_eq!(s.move_area(1, false), 1, "the last area stays last");
        assert_eq!(s.people_in_area(1), 1);
        s.remove_area(1).unwrap();
        assert_eq!(s.participants[0].area, None);
        assert!(s.problems().is_empty());
    }
}
