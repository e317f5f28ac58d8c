//! The heat map: the mean current score per habit and area, computed in one pass,
//! with the numbers of an area that has an anonymous participant withheld, and
//! every number withheld when what the areas leave over would be one person's.

use std::collections::HashMap;

use serde::Serialize;

use crate::domain::privacy;
use crate::domain::session::Session;

/// Mean current score per habit (rows) and area (columns). An area with an
/// anonymous participant shows no numbers (`privacy::withheld_areas`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeatMap {
    pub areas: Vec<String>,
    /// Habit ids, in framework order.
    pub habits: Vec<String>,
    /// `cells[habit][area]`.
    pub cells: Vec<Vec<HeatCell>>,
    /// Per area, every revealed current score over all habits.
    pub area_totals: Vec<HeatCell>,
}

/// One cell of the heat map: the mean and how many scores are behind it, or
/// neither when the area's numbers are withheld or the habit is hidden.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct HeatCell {
    pub mean: Option<f64>,
    /// `None` (not 0) when there is no number to give: withheld, or hidden.
    pub count: Option<usize>,
    /// The area has an anonymous participant: no mean and no count are shown.
    pub withheld: bool,
}

impl HeatCell {
    const WITHHELD: HeatCell = HeatCell {
        mean: None,
        count: None,
        withheld: true,
    };

    /// A hidden habit's cell: no value at all, not "nobody scored".
    const HIDDEN: HeatCell = HeatCell {
        mean: None,
        count: None,
        withheld: false,
    };
}

impl HeatMap {
    /// One pass over the revealed scores: each current score is added to the cell of
    /// its habit and its scorer's area, found through a lookup built once.
    pub(super) fn compute(session: &Session) -> Self {
        let habits: Vec<String> = session
            .framework
            .habits
            .iter()
            .map(|habit| habit.id.clone())
            .collect();
        let mut column: HashMap<&str, usize> = HashMap::new();
        for (index, area) in session.areas.iter().enumerate() {
            column.entry(area.as_str()).or_insert(index);
        }
        let withheld = privacy::withheld_areas(session);
        let area_of: HashMap<&str, usize> = session
            .participants
            .iter()
            .filter_map(|person| {
                Some((person.name.as_str(), *column.get(person.area.as_deref()?)?))
            })
            .collect();
        let shown: Vec<bool> = habits
            .iter()
            .map(|id| privacy::scores_shown(session, id))
            .collect();
        let hidden =
            |row: usize, habit_id: &str| !shown[row] && privacy::has_scores(session, habit_id);
        let mut sums = vec![vec![Sum::default(); session.areas.len()]; habits.len()];
        let mut totals = vec![Sum::default(); session.areas.len()];
        // Per habit, the current scores no shown cell counts: given in a withheld
        // area or by someone without an area.
        let mut left_over = vec![0usize; habits.len()];
        for (row, habit_id) in habits.iter().enumerate() {
            let Some(record) = session.benchmark.get(habit_id) else {
                continue;
            };
            if !shown[row] {
                continue;
            }
            for (person, rating) in &record.scores {
                let Some(value) = rating.current else {
                    continue;
                };
                match area_of.get(person.as_str()) {
                    Some(&at) if !withheld.contains(session.areas[at].as_str()) => {
                        sums[row][at].add(value);
                        totals[at].add(value);
                    }
                    _ => left_over[row] += 1,
                }
            }
        }
        // A habit's count and mean minus its shown cells give the sum of the
        // scores left over. When no row of the scores carries a name or an area
        // (`privacy::names_beside_scores`), one score left over is one known
        // person's, perhaps the anonymous one's: then no area shows a number.
        let withhold_all = left_over.contains(&1) && !privacy::names_beside_scores(session);
        let cell = |area: &String, sum: &Sum| {
            if withhold_all || withheld.contains(area.as_str()) {
                HeatCell::WITHHELD
            } else {
                sum.cell()
            }
        };
        let cells = sums
            .iter()
            .zip(&habits)
            .enumerate()
            .map(|(row, (sums, habit_id))| {
                let hidden = hidden(row, habit_id);
                session
                    .areas
                    .iter()
                    .zip(sums)
                    .map(|(a, s)| match cell(a, s) {
                        shown if shown.withheld || !hidden => shown,
                        _ => HeatCell::HIDDEN,
                    })
                    .collect()
            })
            .collect();
        let area_totals = session
            .areas
            .iter()
            .zip(&totals)
            .map(|(a, s)| cell(a, s))
            .collect();
        HeatMap {
            areas: session.areas.clone(),
            habits,
            cells,
            area_totals,
        }
    }

    /// The mean of every current score given in an area over some habits (those
    /// of them shown here), withheld as the area is; `None` for an area this map
    /// does not have. Made from the cells, so it tells nothing they do not.
    pub fn area_over(&self, area: &str, habit_ids: &[String]) -> Option<HeatCell> {
        let column = self.areas.iter().position(|a| a == area)?;
        let total = self.area_totals.get(column)?;
        if total.withheld {
            return Some(HeatCell::WITHHELD);
        }
        let mut sum = Sum::default();
        for (row, _) in self
            .habits
            .iter()
            .enumerate()
            .filter(|(_, id)| habit_ids.contains(id))
        {
            let cell = self.cells[row][column];
            if let (Some(mean), Some(count)) = (cell.mean, cell.count) {
                // mean x count is the cell's whole-number total, give or take rounding
                sum.total += (mean * count as f64).round() as u64;
                sum.count += count;
            }
        }
        Some(sum.cell())
    }
}

/// Scores added up for one cell of the heat map.
#[derive(Debug, Clone, Copy, Default)]
struct Sum {
    total: u64,
    count: usize,
}

impl Sum {
    fn add(&mut self, value: u8) {
        self.total += u64::from(value);
        self.count += 1;
    }

    fn cell(self) -> HeatCell {
        HeatCell {
            mean: (self.count > 0).then(|| self.total as f64 / self.count as f64),
            count: Some(self.count),
            withheld: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Results;
    use crate::domain::fixtures::{add_person, close, score, session, workshop};

    #[test]
    fn the_heat_map_holds_the_mean_and_count_per_area() {
        let results = Results::of(&workshop());
        let map = &results.heat_map;
        assert_eq!(map.areas, ["Store", "Web"]);
        let listen = &map.cells[0];
        assert!(close(listen[0].mean, 2.5)); // Ana 2, Ben 3
        assert_eq!(listen[0].count, Some(2));
        assert!(close(listen[1].mean, 4.0)); // Cy 4, Di missing
        assert_eq!(listen[1].count, Some(1));
        let delight = &map.cells[3];
        assert_eq!(
            delight[0],
            HeatCell {
                mean: None,
                count: Some(0),
                withheld: false
            }
        );
        // every score of an area over all habits: Store 2, 3, 1, 5, 2, 4; Web 4, 4
        assert!(close(map.area_totals[0].mean, 17.0 / 6.0));
        assert_eq!(map.area_totals[1].count, Some(2));
    }

    /// Ana (named) and Ben (anonymous) in Store: Ana's row leaves with her area and
    /// scores, so Store's mean and count would give Ben's score away.
    #[test]
    fn an_area_with_an_anonymous_participant_shows_no_numbers() {
        let mut s = workshop();
        s.participants[1].anonymous = true;
        let results = Results::of(&s);
        let map = &results.heat_map;
        for row in &map.cells {
            assert_eq!(
                (row[0].mean, row[0].count, row[0].withheld),
                (None, None, true)
            );
            assert!(!row[1].withheld);
        }
        assert_eq!(map.area_totals[0].mean, None);
        assert!(close(map.cells[0][1].mean, 4.0));
        // Ben's scores still count in the habit's own numbers
        assert!(close(results.habit("listen").unwrap().mean_current, 3.0));
    }

    /// Two anonymous people in one area are withheld too: their sum, matched
    /// against the unlinked anonymous rows, would tell which row is whose area.
    /// (They give the same scores, so named rows stay: see `privacy`.)
    #[test]
    fn several_anonymous_participants_in_an_area_are_withheld_as_well() {
        let mut s = workshop();
        s.participants[2].anonymous = true;
        s.participants[3].anonymous = true;
        score(&mut s, "listen", "Di", Some(3), Some(5));
        score(&mut s, "think", "Di", Some(2), None);
        let map = Results::of(&s).heat_map;
        assert!(
            map.cells
                .iter()
                .all(|row| row[1].withheld && !row[0].withheld)
        );
        assert!(close(map.cells[0][0].mean, 2.5));
    }

    /// Cy is the only anonymous person to give Listen a current score and the
    /// only one left over once Store is shown: Listen's count and mean minus
    /// Store's would be Cy's score, so with the rows unnamed no area shows one.
    #[test]
    fn one_score_left_over_by_the_areas_withholds_every_area() {
        let mut s = workshop();
        s.participants[2].anonymous = true;
        s.participants[3].anonymous = true;
        let map = Results::of(&s).heat_map;
        assert!(map.cells.iter().flatten().all(|cell| cell.withheld));
        assert!(map.area_totals.iter().all(|cell| cell.withheld));
    }

    /// The heat map is one pass over the scores: 20,000 people in 2,000 areas
    /// take a moment, where a scan of the roster per habit and area (7 x 2,000 x
    /// 20,000 lookups) took minutes.
    #[test]
    fn the_heat_map_of_a_large_room_is_one_pass_over_its_scores() {
        let habits = [
            "listen", "think", "innovate", "empower", "create", "delight", "values",
        ];
        let areas: Vec<String> = (0..2_000).map(|n| format!("Area {n}")).collect();
        let area_names: Vec<&str> = areas.iter().map(String::as_str).collect();
        let mut s = session(&habits, &area_names);
        for n in 0..20_000 {
            let name = format!("Person {n:05}");
            add_person(&mut s, &name, Some(area_names[n % 2_000]));
            for habit in habits {
                score(&mut s, habit, &name, Some(1 + (n % 5) as u8), None);
            }
        }
        let map = Results::of(&s).heat_map;
        // Area 3 holds people 3, 2003, ... 18003: ten people, all scoring 4
        assert_eq!(map.cells[6][3].count, Some(10));
        assert!(close(map.cells[6][3].mean, 4.0));
        assert_eq!(map.area_totals[3].count, Some(70));
    }
}
