//! Pictures of the room view (presenter view), to look at as the back row of a
//! room would: every phase of the bundled examples at 120x32, 80x24 and 64x18,
//! in the default theme, the high-contrast theme and without colour. Each screen
//! is drawn on a test terminal, written as HTML (`html`) and photographed by
//! headless Chromium as a PNG.
//!
//! `scripts/room-pictures [DIR] [FILTER]` runs it; pictures go to
//! `target/room-pictures/` unless DIR says otherwise, and FILTER keeps only the
//! pictures whose name contains it.

mod html;

use std::path::{Path, PathBuf};
use std::process::Command;

use huddle::app::phone::RoomAccess;
use huddle::app::{App, Msg, ThemeName};
use huddle::domain::{Phase, Session};
use huddle::storage::parse_session;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SPRING: &str = include_str!("../../sessions/harbour-finch-2026-05.ron");
const AUTUMN: &str = include_str!("../../sessions/harbour-finch-2026-11.ron");

/// The sizes a room view must read at: projector, laptop, the minimum.
const SIZES: [(u16, u16); 3] = [(120, 32), (80, 24), (64, 18)];

fn main() {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().unwrap_or_else(|| "target/room-pictures".into()));
    let filter = args.next().unwrap_or_default();
    std::fs::create_dir_all(&out).expect("the picture folder can be made");
    for (name, app) in rooms() {
        for (width, height) in SIZES {
            let file = format!("{name}-{width}x{height}");
            if !file.contains(&filter) {
                continue;
            }
            picture(&app, width, height, &out.join(file));
        }
    }
}

/// The app in the room view on an example, at a phase.
fn room(text: &str, phase: Phase, theme: ThemeName, no_color: bool) -> App {
    let mut session: Session = parse_session(text, Path::new("example.ron")).expect("it loads");
    session.position.phase = phase;
    let mut app = App::new(session, "example.ron".into(), false, theme, no_color);
    app.update(Msg::TogglePresenter);
    app
}

/// Every room view worth a look, by name.
fn rooms() -> Vec<(String, App)> {
    let mut rooms = Vec::new();
    let looks = [
        ("", ThemeName::Default, false),
        ("-contrast", ThemeName::HighContrast, false),
        ("-nocolor", ThemeName::Default, true),
    ];
    for (look, theme, no_color) in looks {
        let spring = |phase| room(SPRING, phase, theme, no_color);
        let autumn = |phase| room(AUTUMN, phase, theme, no_color);
        let mut heat_map = spring(Phase::Results);
        heat_map.update(Msg::ToggleHeatMap);
        let mut voting = spring(Phase::Prioritise);
        voting.update(Msg::NewHabitRound);
        let mut join = spring(Phase::Participants);
        join.update(Msg::RoomOpened(RoomAccess {
            url: "http://192.168.1.23:8686".into(),
            pin: "314159".into(),
        }));
        let mut timer = spring(Phase::Benchmark);
        timer.update(Msg::SetTimer);
        timer.update(Msg::Commit);
        let named = [
            ("setup", spring(Phase::Setup)),
            ("join", join),
            ("benchmark-timer", timer),
            ("benchmark-revealed", spring(Phase::Benchmark)),
            ("benchmark-hidden", autumn(Phase::Benchmark)),
            ("results", spring(Phase::Results)),
            ("results-part-way", autumn(Phase::Results)),
            ("heat-map", heat_map),
            ("tally", spring(Phase::Prioritise)),
            ("voting", voting),
            ("plan", spring(Phase::Plan)),
            ("wrap-up", spring(Phase::WrapUp)),
        ];
        rooms.extend(
            named
                .into_iter()
                .map(|(name, app)| (format!("{name}{look}"), app)),
        );
    }
    rooms
}

/// Draws `app` at a size and writes `path.html` and `path.png`.
fn picture(app: &App, width: u16, height: u16, path: &Path) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .expect("it draws");
    let page = path.with_extension("html");
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    std::fs::write(&page, html::page(terminal.backend().buffer(), &name)).expect("html written");
    let png = path.with_extension("png");
    let size = format!(
        "--window-size={},{}",
        u32::from(width) * html::CELL_WIDTH,
        u32::from(height) * html::CELL_HEIGHT
    );
    let page_url = format!(
        "file://{}",
        std::fs::canonicalize(&page).expect("written").display()
    );
    let status = Command::new(std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".into()))
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
        ])
        .arg(format!("--screenshot={}", png.display()))
        .arg(size)
        .arg(page_url)
        .output();
    match status {
        Ok(output) if output.status.success() => println!("{}", png.display()),
        Ok(output) => eprintln!(
            "chromium failed on {}: {}",
            page.display(),
            String::from_utf8_lossy(&output.stderr)
        ),
        Err(why) => eprintln!("chromium is needed for pictures (scripts/test installs it): {why}"),
    }
}
