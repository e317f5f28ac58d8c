//! The room on the laptop's screens: the join screen the presenter view shows
//! while the room is open (a snapshot at projector and laptop sizes, its QR
//! code read back from the screen's cells), the status line, and who has a
//! phone on the Participants screen.

use std::path::Path;

use huddle::app::phone::RoomAccess;
use huddle::app::{App, Msg, ThemeName};
use huddle::domain::Phase;
use huddle::storage::parse_session;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;

const SPRING: &str = include_str!("../sessions/harbour-finch-2026-05.ron");

fn joining() -> App {
    let mut session = parse_session(SPRING, Path::new("example.ron")).unwrap();
    session.position.phase = Phase::Participants;
    let mut app = App::new(
        session,
        "example.ron".into(),
        false,
        ThemeName::Default,
        false,
    );
    app.update(Msg::RoomOpened(RoomAccess {
        url: "http://192.168.1.23:8686".into(),
        pin: "314159".into(),
    }));
    app.update(Msg::TogglePresenter);
    app
}

fn terminal(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .unwrap();
    terminal
}

fn draw(app: &App, width: u16, height: u16) -> Buffer {
    terminal(app, width, height).backend().buffer().clone()
}

#[test]
fn the_join_screen_at_projector_and_laptop_sizes() {
    let app = joining();
    insta::assert_snapshot!("join_projector", terminal(&app, 120, 32).backend());
    insta::assert_snapshot!("join_laptop", terminal(&app, 80, 24).backend());
}

/// The screen's cells turned back into modules: each cell is two, the upper
/// and the lower half; dark is the black foreground of a half-block.
fn decode(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    let (width, height) = (usize::from(area.width), usize::from(area.height) * 2);
    let dark = |x: usize, y: usize| {
        let cell = &buffer[(x as u16, (y / 2) as u16)];
        if cell.bg != Color::White {
            return false;
        }
        matches!((cell.symbol(), y % 2), ("█", _) | ("▀", 0) | ("▄", 1))
    };
    // Each module as a 4x4 block of pixels, white outside the code.
    let scale = 4;
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width * scale, height * scale, |x, y| {
            if dark(x / scale, y / scale) { 0 } else { 255 }
        });
    image
        .detect_grids()
        .into_iter()
        .map(|grid| grid.decode().unwrap().1)
        .collect()
}

#[test]
fn the_qr_code_on_screen_reads_as_the_join_address_with_the_pin() {
    let buffer = draw(&joining(), 120, 32);
    assert_eq!(decode(&buffer), ["http://192.168.1.23:8686/?pin=314159"]);
}

#[test]
fn the_status_line_says_the_room_is_open_and_how_many_phones_joined() {
    let mut app = joining();
    app.update(Msg::TogglePresenter);
    let text: String = draw(&app, 120, 32)
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(text.contains("room open · 0 phones"), "{text}");
}

#[test]
fn the_participants_screen_marks_who_answers_from_a_phone() {
    use huddle::app::phone::{PhoneAction, PhoneRequest, Token};
    let mut app = joining();
    app.update(Msg::TogglePresenter);
    let name = app.session().participants[1].name.clone();
    let claim = PhoneAction::Claim { name: name.clone() };
    let token = Token::new("t");
    app.update(Msg::Phone(PhoneRequest {
        id: 1,
        token,
        action: claim,
    }));
    let text: String = draw(&app, 120, 32)
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(text.contains(&format!("{name} · phone")), "{text}");
    assert!(text.contains("room open · 1 phone"), "{text}");
}
