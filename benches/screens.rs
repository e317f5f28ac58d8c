//! One key press on each screen, measured as the facilitator feels it: update,
//! draw and the terminal diff, at 200 x 60 with a large session. Beside it, a bare
//! ratatui redraw of the same size in which every cell changes: the goal is at
//! most three times that.

mod support;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use huddle::app::{App, Msg, ThemeName};
use huddle::domain::Phase;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;

/// Fills every cell with one character, a different one each frame.
struct Fill(char);

impl Widget for Fill {
    fn render(self, area: Rect, buf: &mut Buffer) {
        for y in area.top()..area.bottom() {
            for x in area.left()..area.right() {
                buf[(x, y)].set_char(self.0);
            }
        }
    }
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("a test terminal")
}

fn screens(c: &mut Criterion) {
    let mut group = c.benchmark_group("key press at 200x60");

    let mut bare = terminal();
    let mut odd = false;
    group.bench_function("bare redraw, every cell changed", |b| {
        b.iter(|| {
            odd = !odd;
            let c = if odd { 'o' } else { 'x' };
            bare.draw(|f| f.render_widget(Fill(c), f.area()))
                .expect("draws");
        });
    });

    // Each screen with a key press that changes what it shows.
    let cases: [(&str, Phase, [Msg; 2]); 8] = [
        ("setup: move", Phase::Setup, [Msg::Down, Msg::Up]),
        (
            "participants: move",
            Phase::Participants,
            [Msg::Down, Msg::Up],
        ),
        (
            "benchmark: score",
            Phase::Benchmark,
            [Msg::Score(2), Msg::Score(4)],
        ),
        (
            "benchmark: reveal",
            Phase::Benchmark,
            [Msg::ToggleReveal, Msg::ToggleReveal],
        ),
        (
            "results: heat map",
            Phase::Results,
            [Msg::ToggleHeatMap, Msg::ToggleHeatMap],
        ),
        (
            "prioritise: reveal",
            Phase::Prioritise,
            [Msg::ToggleReveal, Msg::ToggleReveal],
        ),
        ("plan: move", Phase::Plan, [Msg::Down, Msg::Up]),
        (
            "presenter: switch",
            Phase::Benchmark,
            [Msg::TogglePresenter, Msg::TogglePresenter],
        ),
    ];
    for (name, phase, msgs) in cases {
        let mut session = support::large_session();
        session.position.phase = phase;
        let mut app = App::new(
            session,
            "large.ron".into(),
            false,
            ThemeName::Default,
            false,
        );
        let mut terminal = terminal();
        terminal
            .draw(|f| f.render_widget(&app, f.area()))
            .expect("draws");
        let mut turn = 0usize;
        group.bench_function(format!("{name} (update + draw + diff)"), |b| {
            b.iter(|| {
                turn += 1;
                black_box(app.update(msgs[turn % 2].clone()));
                terminal
                    .draw(|f| f.render_widget(&app, f.area()))
                    .expect("draws");
            });
        });
    }
    group.finish();
}

criterion_group!(benches, screens);
criterion_main!(benches);
