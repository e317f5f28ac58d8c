//! The HTML report on a phone-sized screen: headless chromium lays each
//! example out 380 px wide and reports how far right anything reaches. A wide
//! table may scroll inside its own box; nothing else may run off the page, so
//! the reader never scrolls sideways. scripts/test installs chromium.

use std::path::Path;
use std::process::Command;

use huddle::export::html;
use huddle::storage::{load_session, report_for};
use tempfile::TempDir;

const WIDTH: u32 = 380;

/// The furthest right any element reaches when the page is `WIDTH` px wide,
/// counting a scrolling table box but not the table inside it.
fn furthest_right(page: &str, dir: &Path) -> f64 {
    // Headless chromium's window is at least 500 px wide, so the page itself
    // is held to the width of a phone.
    let probe = format!(
        "<style>html {{ width: {WIDTH}px; }}</style><script>
let right = 0;
for (const e of document.body.querySelectorAll('*')) {{
  if (e.parentElement.closest('.wide')) continue;
  right = Math.max(right, e.getBoundingClientRect().right);
}}
document.body.dataset.right = right;
</script></body>"
    );
    let file = dir.join("narrow.html");
    std::fs::write(&file, page.replace("</body>", &probe)).unwrap();
    let output = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            &format!("--user-data-dir={}", dir.join("profile").display()),
            "--window-size=380,1400",
            "--dump-dom",
            &format!("file://{}", file.display()),
        ])
        .output()
        .unwrap_or_else(|error| {
            panic!("chromium could not run ({error}): it is needed for this test; scripts/test installs it")
        });
    let dom = String::from_utf8_lossy(&output.stdout);
    let start = dom.find("data-right=\"").expect("the probe ran") + "data-right=\"".len();
    dom[start..].split('"').next().unwrap().parse().unwrap()
}

#[test]
fn on_a_narrow_screen_nothing_runs_off_the_right_edge() {
    for name in [
        "harbour-finch-2026-05",
        "harbour-finch-2026-11",
        "harbour-finch-2027-05",
    ] {
        let path = Path::new("sessions").join(format!("{name}.ron"));
        let page = html(&report_for(&path, &load_session(&path).unwrap()));
        assert!(
            page.contains(
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            )
        );
        let dir = TempDir::new().unwrap();
        let right = furthest_right(&page, dir.path());
        assert!(
            right <= f64::from(WIDTH),
            "{name}: something reaches {right} px on a {WIDTH} px screen"
        );
    }
}
