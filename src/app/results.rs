//! Results: which view of the results is on screen.

use super::{App, Effect, Msg, ResultsView};

impl App {
    pub(super) fn results_screen(&mut self, msg: Msg) -> Vec<Effect> {
        if msg == Msg::ToggleHeatMap {
            // Habits, the heat map, then (for a follow-up) what moved and the trend.
            self.results_view = match self.results_view {
                ResultsView::Habits => ResultsView::HeatMap,
                ResultsView::HeatMap if self.previous.is_some() => ResultsView::Compare,
                ResultsView::Compare if self.trend().is_some() => ResultsView::Trend,
                _ => ResultsView::Habits,
            };
        }
        Vec::new()
    }
}
