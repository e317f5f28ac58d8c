//! Results as the domain defines them: means, gap, spread, consensus, the habit x
//! area heat map, strengths, weaknesses and the culture index. A missing score is
//! missing: it is never counted as zero. Only revealed habits count: a hidden
//! habit's scores are in no number here (see `privacy`).

use std::collections::HashMap;

use serde::Serialize;

use super::privacy;
use super::session::Session;

/// Spread (population standard deviation) at or above which a habit needs discussion.
pub const SPREAD_LIMIT: f64 = 1.0;
/// Range (highest minus lowest score) at or above which a habit needs discussion.
pub const RANGE_LIMIT: u8 = 3;
/// How many strengths and weaknesses are named at most.
const NAMED_EXTREMES: usize = 3;

/// The computed results of one session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Results {
    /// One per framework habit, in framework order.
    pub habits: Vec<HabitResult>,
    pub heat_map: HeatMap,
    /// Habit ids with the highest current means, best first.
    pub strengths: Vec<String>,
    /// Habit ids with the lowest current means, weakest first.
    pub weaknesses: Vec<String>,
    /// `None` until at least one habit has a current score.
    pub index: Option<CultureIndex>,
}

/// The statistics of one habit; all empty while its scores are hidden.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HabitResult {
    pub habit_id: String,
    pub habit_name: String,
    /// Scores were entered but are not revealed: no number of this habit is shown.
    pub hidden: bool,
    pub mean_current: Option<f64>,
    pub mean_target: Option<f64>,
    /// Target mean minus current mean, when both exist.
    pub gap: Option<f64>,
    /// Population standard deviation of the current scores.
    pub spread: Option<f64>,
    /// Highest minus lowest current score.
    pub range: Option<u8>,
    /// How many current scores there are.
    pub count: usize,
    /// How many target scores there are.
    pub target_count: usize,
    /// Spread >= 1.0 or range >= 3: "no consensus: discuss".
    pub no_consensus: bool,
    /// How many current scores each level of the scale got, lowest level first.
    pub distribution: Vec<usize>,
}

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
/// neither when the area's numbers are withheld.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct HeatCell {
    pub mean: Option<f64>,
    pub count: usize,
    /// The area has an anonymous participant: no mean and no count are shown.
    pub withheld: bool,
}

impl HeatCell {
    const WITHHELD: HeatCell = HeatCell {
        mean: None,
        count: 0,
        withheld: true,
    };
}

/// The culture index: the mean of the habit means mapped from the scale to 0-100,
/// over the revealed habits that have scores.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CultureIndex {
    pub value: f64,
    /// The habits the index covers: revealed, with current scores.
    pub habits_scored: usize,
    /// Habits with scores still hidden, which the index leaves out.
    pub habits_hidden: usize,
    pub habits_total: usize,
}

/// Mean, population standard deviation and range of a set of scores.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Summary {
    mean: f64,
    spread: f64,
    range: u8,
}

fn summarise(values: &[u8]) -> Option<Summary> {
    let (&min, &max) = (values.iter().min()?, values.iter().max()?);
    let n = values.len() as f64;
    let mean = values.iter().map(|&v| f64::from(v)).sum::<f64>() / n;
    let variance = values
        .iter()
        .map(|&v| (f64::from(v) - mean).powi(2))
        .sum::<f64>()
        / n;
    Some(Summary {
        mean,
        spread: variance.sqrt(),
        range: max - min,
    })
}

fn mean(values: &[u8]) -> Option<f64> {
    summarise(values).map(|summary| summary.mean)
}

impl HabitResult {
    fn compute(session: &Session, habit_id: &str, habit_name: &str) -> Self {
        let ratings: Vec<_> = session
            .participants
            .iter()
            .map(|person| session.rating(habit_id, &person.name))
            .collect();
        let hidden = !privacy::scores_shown(session, habit_id);
        // A hidden habit contributes nothing: it reads as if no score were counted.
        let ratings = if hidden { Vec::new() } else { ratings };
        let current: Vec<u8> = ratings.iter().filter_map(|r| r.current).collect();
        let target: Vec<u8> = ratings.iter().filter_map(|r| r.target).collect();
        let scale = &session.framework.scale;
        let mut distribution = vec![0; scale.levels()];
        for &value in current.iter().filter(|&&v| scale.contains(v)) {
            distribution[usize::from(value - scale.min)] += 1;
        }
        let summary = summarise(&current);
        let mean_current = summary.map(|s| s.mean);
        let mean_target = mean(&target);
        // The small tolerance keeps a spread of exactly 1.0 flagged despite rounding.
        let no_consensus =
            summary.is_some_and(|s| s.spread >= SPREAD_LIMIT - 1e-9 || s.range >= RANGE_LIMIT);
        HabitResult {
            habit_id: habit_id.to_string(),
            habit_name: habit_name.to_string(),
            hidden: hidden && privacy::has_scores(session, habit_id),
            mean_current,
            mean_target,
            gap: mean_current.zip(mean_target).map(|(now, goal)| goal - now),
            spread: summary.map(|s| s.spread),
            range: summary.map(|s| s.range),
            count: current.len(),
            target_count: target.len(),
            no_consensus,
            distribution,
        }
    }
}

impl HeatMap {
    /// One pass over the revealed scores: each current score is added to the cell of
    /// its habit and its scorer's area, found through a lookup built once.
    fn compute(session: &Session) -> Self {
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
        let mut sums = vec![vec![Sum::default(); session.areas.len()]; habits.len()];
        let mut totals = vec![Sum::default(); session.areas.len()];
        for (row, habit_id) in habits.iter().enumerate() {
            let Some(record) = session.benchmark.get(habit_id) else {
                continue;
            };
            if !privacy::scores_shown(session, habit_id) {
                continue;
            }
            for (person, rating) in &record.scores {
                if let (Some(&at), Some(value)) = (area_of.get(person.as_str()), rating.current) {
                    sums[row][at].add(value);
                    totals[at].add(value);
                }
            }
        }
        let cell = |area: &String, sum: &Sum| {
            if withheld.contains(area.as_str()) {
                HeatCell::WITHHELD
            } else {
                sum.cell()
            }
        };
        let cells = sums
            .iter()
            .map(|row| {
                session
                    .areas
                    .iter()
                    .zip(row)
                    .map(|(a, s)| cell(a, s))
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

    /// The mean of every revealed current score given in an area, over all habits;
    /// `None` for an area this map does not have.
    pub fn area_total(&self, area: &str) -> Option<HeatCell> {
        let index = self.areas.iter().position(|a| a == area)?;
        self.area_totals.get(index).copied()
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
            count: self.count,
            withheld: false,
        }
    }
}

impl Results {
    /// Computes every result of a session from its scores.
    pub fn of(session: &Session) -> Self {
        let habits: Vec<HabitResult> = session
            .framework
            .habits
            .iter()
            .map(|habit| HabitResult::compute(session, &habit.id, &habit.name))
            .collect();

        let mut scored: Vec<&HabitResult> =
            habits.iter().filter(|h| h.mean_current.is_some()).collect();
        let index = (!scored.is_empty()).then(|| {
            let mean_of_means =
                scored.iter().filter_map(|h| h.mean_current).sum::<f64>() / scored.len() as f64;
            CultureIndex {
                value: session.framework.scale.to_percent(mean_of_means),
                habits_scored: scored.len(),
                habits_hidden: habits.iter().filter(|h| h.hidden).count(),
                habits_total: habits.len(),
            }
        });

        // Highest mean first; equal means keep framework order, so the result is stable.
        scored.sort_by(|a, b| {
            b.mean_current
                .unwrap_or(0.0)
                .total_cmp(&a.mean_current.unwrap_or(0.0))
        });
        let named = NAMED_EXTREMES.min(scored.len() / 2);
        let strengths = scored[..named].iter().map(|h| h.habit_id.clone()).collect();
        let weaknesses = scored[scored.len() - named..]
            .iter()
            .rev()
            .map(|h| h.habit_id.clone())
            .collect();

        Results {
            heat_map: HeatMap::compute(session),
            habits,
            strengths,
            weaknesses,
            index,
        }
    }

    pub fn habit(&self, habit_id: &str) -> Option<&HabitResult> {
        self.habits.iter().find(|h| h.habit_id == habit_id)
    }

    /// How many habits have scores still hidden.
    pub fn hidden_habits(&self) -> usize {
        self.habits.iter().filter(|h| h.hidden).count()
    }

    /// The names of habits given by id, e.g. of the strengths.
    pub fn habit_names(&self, ids: &[String]) -> Vec<&str> {
        ids.iter()
            .filter_map(|id| self.habit(id).map(|h| h.habit_name.as_str()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::domain::fixtures::{add_person, hide, score, session};

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    /// Four people in two areas; every number below is worked by hand in the comments.
    fn workshop() -> Session {
        let mut s = session(
            &["listen", "think", "empower", "delight"],
            &["Store", "Web"],
        );
        add_person(&mut s, "Ana", Some("Store"));
        add_person(&mut s, "Ben", Some("Store"));
        add_person(&mut s, "Cy", Some("Web"));
        add_person(&mut s, "Di", Some("Web"));
        // listen: current 2, 3, 4 (Di missing); target 4, 5, 4, 5
        score(&mut s, "listen", "Ana", Some(2), Some(4));
        score(&mut s, "listen", "Ben", Some(3), Some(5));
        score(&mut s, "listen", "Cy", Some(4), Some(4));
        score(&mut s, "listen", "Di", None, Some(5));
        // think: current 1, 5, 4 -> range 4
        score(&mut s, "think", "Ana", Some(1), None);
        score(&mut s, "think", "Ben", Some(5), None);
        score(&mut s, "think", "Cy", Some(4), None);
        // empower: current 2, 4 -> spread exactly 1.0
        score(&mut s, "empower", "Ana", Some(2), Some(3));
        score(&mut s, "empower", "Ben", Some(4), Some(5));
        // delight: nobody scored
        s
    }

    #[test]
    fn means_gap_spread_and_range_of_a_habit() {
        let results = Results::of(&workshop());
        let listen = results.habit("listen").unwrap();
        assert!(close(listen.mean_current, 3.0)); // (2+3+4)/3
        assert!(close(listen.mean_target, 4.5)); // (4+5+4+5)/4
        assert!(close(listen.gap, 1.5));
        // deviations -1, 0, 1: variance 2/3, spread sqrt(2/3)
        assert!(close(listen.spread, (2.0f64 / 3.0).sqrt()));
        assert_eq!(listen.range, Some(2));
        assert_eq!((listen.count, listen.target_count), (3, 4));
        assert_eq!(listen.distribution, [0, 1, 1, 1, 0]); // one 2, one 3, one 4
        assert!(!listen.no_consensus);
    }

    #[test]
    fn a_wide_range_or_a_spread_of_one_means_no_consensus() {
        let results = Results::of(&workshop());
        let think = results.habit("think").unwrap();
        assert_eq!(think.range, Some(4));
        assert!(think.no_consensus);
        assert_eq!(think.gap, None); // no targets given
        let empower = results.habit("empower").unwrap();
        assert!(close(empower.spread, 1.0)); // deviations -1, +1
        assert_eq!(empower.range, Some(2));
        assert!(empower.no_consensus);
    }

    #[test]
    fn a_habit_without_scores_has_no_mean_and_is_not_counted_as_zero() {
        let results = Results::of(&workshop());
        let delight = results.habit("delight").unwrap();
        assert_eq!(delight.mean_current, None);
        assert_eq!(delight.count, 0);
        assert!(!delight.no_consensus);
        // index over the three scored habits: means 3, 10/3, 3 -> 28/9 on 1-5,
        // (28/9 - 1) / 4 * 100 = 19/36 * 100
        let index = results.index.unwrap();
        assert!((index.value - 1900.0 / 36.0).abs() < 1e-9);
        assert_eq!((index.habits_scored, index.habits_total), (3, 4));
    }

    #[test]
    fn the_heat_map_holds_the_mean_and_count_per_area() {
        let results = Results::of(&workshop());
        let map = &results.heat_map;
        assert_eq!(map.areas, ["Store", "Web"]);
        let listen = &map.cells[0];
        assert!(close(listen[0].mean, 2.5)); // Ana 2, Ben 3
        assert_eq!(listen[0].count, 2);
        assert!(close(listen[1].mean, 4.0)); // Cy 4, Di missing
        assert_eq!(listen[1].count, 1);
        let delight = &map.cells[3];
        assert_eq!(
            delight[0],
            HeatCell {
                mean: None,
                count: 0,
                withheld: false
            }
        );
        // every score of an area over all habits: Store 2, 3, 1, 5, 2, 4; Web 4, 4
        assert!(close(map.area_total("Store").unwrap().mean, 17.0 / 6.0));
        assert_eq!(map.area_total("Web").unwrap().count, 2);
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
                (None, 0, true)
            );
            assert!(!row[1].withheld);
        }
        assert_eq!(map.area_total("Store").map(|c| c.mean), Some(None));
        assert!(close(map.cells[0][1].mean, 4.0));
        // Ben's scores still count in the habit's own numbers
        assert!(close(results.habit("listen").unwrap().mean_current, 3.0));
    }

    /// Two anonymous people in one area are withheld too: their sum, matched
    /// against the unlinked anonymous rows, would tell which row is whose area.
    #[test]
    fn several_anonymous_participants_in_an_area_are_withheld_as_well() {
        let mut s = workshop();
        s.participants[2].anonymous = true;
        s.participants[3].anonymous = true;
        let map = Results::of(&s).heat_map;
        assert!(
            map.cells
                .iter()
                .all(|row| row[1].withheld && !row[0].withheld)
        );
        assert!(close(map.cells[0][0].mean, 2.5));
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
        assert_eq!(map.cells[6][3].count, 10);
        assert!(close(map.cells[6][3].mean, 4.0));
        assert_eq!(map.area_totals[3].count, 70);
    }

    #[test]
    fn strengths_and_weaknesses_are_the_extremes_of_the_scored_habits() {
        let results = Results::of(&workshop());
        // three scored habits: one strength, one weakness; listen and empower tie
        // at 3.0 and the later one in the framework is named the weakness
        assert_eq!(results.strengths, ["think"]);
        assert_eq!(results.weaknesses, ["empower"]);
    }

    #[test]
    fn a_hidden_habit_counts_in_no_number() {
        let mut s = workshop();
        // think has the highest mean (10/3) and is the strength while shown
        hide(&mut s, "think");
        let results = Results::of(&s);
        let think = results.habit("think").unwrap();
        assert!(think.hidden);
        assert_eq!(
            (think.mean_current, think.gap, think.spread),
            (None, None, None)
        );
        assert_eq!((think.count, think.no_consensus), (0, false));
        assert_eq!(think.distribution, [0; 5]);
        assert!(results.heat_map.cells[1].iter().all(|c| c.count == 0));
        assert!(!results.strengths.contains(&"think".to_string()));
        assert!(!results.weaknesses.contains(&"think".to_string()));
        // index over listen (3) and empower (3): 50 on 1-5
        let index = results.index.unwrap();
        assert!((index.value - 50.0).abs() < 1e-9);
        assert_eq!(
            (index.habits_scored, index.habits_hidden, index.habits_total),
            (2, 1, 4)
        );
        // a habit nobody scored is not "hidden": there is nothing to hide
        assert!(!results.habit("delight").unwrap().hidden);
    }

    #[test]
    fn an_unscored_session_has_no_index() {
        let results = Results::of(&session(&["listen"], &[]));
        assert_eq!(results.index, None);
        assert!(results.strengths.is_empty());
    }

    const HABITS: [&str; 3] = ["listen", "think", "values"];

    /// A session of up to 12 people, each with maybe-missing scores per habit.
    fn any_session() -> impl Strategy<Value = Session> {
        let person = (
            prop::option::of(0usize..3),
            prop::collection::vec((prop::option::of(1u8..=5), prop::option::of(1u8..=5)), 3),
        );
        prop::collection::vec(person, 0..12).prop_map(|people| {
            let mut s = session(&HABITS, &["North", "South", "East"]);
            let areas = s.areas.clone();
            for (i, (area, ratings)) in people.into_iter().enumerate() {
                let name = format!("P{i}");
                add_person(&mut s, &name, area.map(|a| areas[a].as_str()));
                for (habit, (current, target)) in HABITS.iter().zip(ratings) {
                    score(&mut s, habit, &name, current, target);
                }
            }
            s
        })
    }

    proptest! {
        #[test]
        fn means_stay_on_the_scale_and_the_index_within_0_to_100(s in any_session()) {
            let results = Results::of(&s);
            for habit in &results.habits {
                for mean in [habit.mean_current, habit.mean_target].into_iter().flatten() {
                    prop_assert!((1.0..=5.0).contains(&mean));
                }
            }
            for cell in results.heat_map.cells.iter().flatten() {
                prop_assert!(cell.mean.is_none_or(|m| (1.0..=5.0).contains(&m)));
            }
            if let Some(index) = results.index {
                prop_assert!((0.0..=100.0).contains(&index.value));
            }
        }

        #[test]
        fn results_do_not_depend_on_participant_order(s in any_session(), seed in any::<u64>()) {
            let mut shuffled = s.clone();
            let n = shuffled.participants.len();
            if n > 1 {
                // a deterministic permutation from the seed
                for i in (1..n).rev() {
                    let j = (seed.wrapping_mul(i as u64 + 7) % (i as u64 + 1)) as usize;
                    shuffled.participants.swap(i, j);
                }
            }
            let (a, b) = (Results::of(&s), Results::of(&shuffled));
            for (x, y) in a.habits.iter().zip(&b.habits) {
                prop_assert_eq!(x.count, y.count);
                prop_assert_eq!(x.range, y.range);
                prop_assert_eq!(x.no_consensus, y.no_consensus);
                for (p, q) in [(x.mean_current, y.mean_current), (x.spread, y.spread), (x.gap, y.gap)] {
                    prop_assert!(p.zip(q).is_none_or(|(p, q)| (p - q).abs() < 1e-9));
                    prop_assert_eq!(p.is_some(), q.is_some());
                }
            }
            prop_assert_eq!(a.heat_map.cells.len(), b.heat_map.cells.len());
        }

        #[test]
        fn a_participant_without_scores_changes_nothing(s in any_session(), area in prop::option::of(0usize..3)) {
            let mut more = s.clone();
            let area = area.map(|a| more.areas[a].clone());
            add_person(&mut more, "Latecomer", area.as_deref());
            prop_assert_eq!(Results::of(&s), Results::of(&more));
        }
    }
}
