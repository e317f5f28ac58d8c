//! Runs the HTML validator `tidy` (scripts/test installs it) on a page.

/// tidy's exit code (0: no warning and no error) and its complaints.
pub fn tidy(page: &str) -> (Option<i32>, String) {
    let dir = tempfile::TempDir::new().unwrap();
    let file = dir.path().join("report.html");
    std::fs::write(&file, page).unwrap();
    let output = std::process::Command::new("tidy")
        .args(["-q", "-e", file.to_str().unwrap()])
        .output()
        .expect("this test needs the HTML validator tidy on PATH: install it, or run scripts/test, which does");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}
