//! A session file's name can follow its title: when the title changes in
//! Setup, the app offers to rename the file, and the loop renames it (and saves
//! under the new name from then on).

use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use huddle::app::{App, Confirmation, Effect, Mode, Msg, ThemeName};
use huddle::domain::Session;
use huddle::storage::{SessionLock, assets, load_session, save_session};
use tempfile::TempDir;

#[path = "support/drive.rs"]
mod drive;
use drive::{send, type_in};

// The tmux helpers are shared with the end-to-end tests; this file uses a few.
#[allow(dead_code)]
mod support;
use support::Tmux;

fn app_named(file: &str) -> App {
    let date = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let mut session = Session::new("Customer day", date, assets::default_framework().unwrap());
    session.organisation = "Harbour & Finch".into();
    App::new(session, file.into(), false, ThemeName::Default, false)
}

/// Edits the title (the second row of Setup) to `title`.
fn retitle(app: &mut App, title: &str) -> Vec<Effect> {
    send(app, [Msg::Down, Msg::Edit]);
    type_in(app, title)
}

#[test]
fn a_new_title_offers_to_rename_the_file_after_it() {
    let mut app = app_named("2026-05-14-customer-day.ron");
    retitle(&mut app, "Harbour & Finch: spring review");
    assert!(matches!(app.mode, Mode::Confirm(Confirmation::RenameFile)));
    assert_eq!(
        app.confirmation_question(Confirmation::RenameFile),
        "Rename the file to harbour-finch-spring-review.ron?"
    );
    assert_eq!(
        send(&mut app, [Msg::Confirm]),
        [Effect::RenameFile("harbour-finch-spring-review.ron".into())]
    );
    send(
        &mut app,
        [Msg::Renamed(
            "harbour-finch-spring-review.ron".into(),
            Vec::new(),
        )],
    );
    assert_eq!(app.file_label, "harbour-finch-spring-review.ron");
    assert!(app.status.text.contains("harbour-finch-spring-review.ron"));
}

#[test]
fn declining_keeps_the_name_and_the_new_title() {
    let mut app = app_named("customer-day.ron");
    retitle(&mut app, "Spring review");
    assert_eq!(send(&mut app, [Msg::Decline]), []);
    assert_eq!(app.file_label, "customer-day.ron");
    assert_eq!(app.session().title, "Spring review");
    assert!(
        app.status.text.contains("keeps its name"),
        "{}",
        app.status.text
    );
}

#[test]
fn a_title_the_name_already_follows_asks_nothing() {
    let mut app = app_named("spring-review.ron");
    retitle(&mut app, "Spring Review");
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
}

#[test]
fn the_app_renames_the_file_and_saves_under_the_new_name() {
    let home = TempDir::new().unwrap();
    let sessions = home.path().join("sessions");
    fs::create_dir_all(&sessions).unwrap();
    let mut spring = load_session(Path::new("sessions/harbour-finch-2026-05.ron")).unwrap();
    spring.position.phase = huddle::domain::Phase::Setup;
    spring.position.setup_row = 0;
    save_session(&sessions.join("spring.ron"), &spring).unwrap();
    let tmux = Tmux::start("rename-offer", home.path(), &["open", "spring"], 120, 32);
    tmux.wait_for("Organisation");
    tmux.keys(&["Down", "Enter", "C-u"]);
    tmux.type_text("Spring review");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Rename the file to spring-review.ron?");
    tmux.keys(&["y"]);
    tmux.wait_for("the file is now spring-review.ron");
    let renamed = sessions.join("spring-review.ron");
    assert!(renamed.is_file() && !sessions.join("spring.ron").exists());
    // Open under its new name: nobody else can take it meanwhile.
    assert!(SessionLock::acquire(&renamed).is_err());
    // A later change (the facilitator, two rows down) is saved to the new file.
    tmux.keys(&["Down", "Down", "Enter", "C-u"]);
    tmux.type_text("Kim Lee");
    tmux.keys(&["Enter"]);
    tmux.wait_for_saved(&["Kim Lee"]);
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    assert!(!sessions.join("spring.ron").exists());
    let session = load_session(Path::new(&renamed)).unwrap();
    assert_eq!(session.title, "Spring review");
    assert_eq!(session.facilitator, "Kim Lee");
}
