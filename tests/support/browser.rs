//! Phones in a real browser: Debian's chromium, driven over WebDriver by
//! chromedriver on 127.0.0.1, one headless browser per phone with its own
//! profile (its own cookies), at a phone's viewport.

use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use tempfile::TempDir;

/// How long a page may take to show what a test waits for. The waiting page
/// looks again by itself every five seconds, so this leaves room for that.
const PATIENCE: Duration = Duration::from_secs(20);

/// How long a browser may take to start on a busy machine.
const BROWSER_START: Duration = Duration::from_secs(60);

/// What does not fit the screen, found by the browser's own layout: the page
/// wider than the screen, or a button whose text runs past its edges.
const FITS: &str = r#"
var misfits = [];
if (document.documentElement.scrollWidth > window.innerWidth) {
  misfits.push("the page is wider than the screen");
}
document.querySelectorAll("button").forEach(function (button) {
  var box = button.getBoundingClientRect();
  var out = button.scrollWidth > button.clientWidth + 1;
  button.querySelectorAll("*").forEach(function (part) {
    var at = part.getBoundingClientRect();
    if (at.left < box.left - 0.5 || at.right > box.right + 0.5) { out = true; }
  });
  if (out) { misfits.push("runs past its button: " + button.innerText); }
});
return misfits;
"#;

/// A phone's screen in CSS pixels (a 6.1-inch phone), and its pixel ratio.
const PHONE_WIDTH: u32 = 390;
const PHONE_HEIGHT: u32 = 844;
const PIXEL_RATIO: u32 = 3;

/// A program on PATH, or a message saying what to install.
fn on_path(program: &str, package: &str) -> PathBuf {
    let found = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(program))
            .find(|candidate| candidate.is_file())
    });
    found.unwrap_or_else(|| {
        panic!(
            "the browser test needs `{program}` (Debian package {package}); \
             scripts/test installs it with apt-get"
        )
    })
}

/// A port on 127.0.0.1 nobody listens on now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free port on 127.0.0.1")
}

/// chromedriver, listening on a free port of 127.0.0.1 for as long as this
/// lives; dropping it (also when a test fails) ends it.
pub struct Chromedriver {
    child: Child,
    port: u16,
    /// The browsers' profiles, removed when the test ends.
    profiles: TempDir,
}

impl Chromedriver {
    /// Starts chromedriver and waits until it takes connections.
    pub fn start() -> Self {
        let program = on_path("chromedriver", "chromium-driver");
        on_path("chromium", "chromium");
        let port = free_port();
        let child = Command::new(program)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            // A process group of its own, with the browsers it starts, so
            // that all of them can be ended together.
            .process_group(0)
            .spawn()
            .expect("chromedriver starts");
        let driver = Chromedriver {
            child,
            port,
            profiles: TempDir::new().expect("a folder for the browsers' profiles"),
        };
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < PATIENCE,
                "chromedriver did not listen on 127.0.0.1:{port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        driver
    }

    /// Opens a new phone: a headless chromium with a profile of its own, so its
    /// cookies are its own. `label` names its screenshots.
    pub async fn phone(&self, label: &str) -> BrowserPhone {
        let profile = self.profiles.path().join(label);
        let options = json!({
            "binary": on_path("chromium", "chromium"),
            "args": [
                "--headless=new",
                // Chromium refuses its sandbox as root in a container, and a
                // container's /dev/shm is often too small for it.
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                format!("--user-data-dir={}", profile.display()),
                // Only the room on 127.0.0.1: no updates, sync or other calls home.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-default-apps",
                "--no-first-run",
                "--no-default-browser-check",
                "--hide-scrollbars",
            ],
            "mobileEmulation": {
                "deviceMetrics": {
                    "width": PHONE_WIDTH,
                    "height": PHONE_HEIGHT,
                    "pixelRatio": PIXEL_RATIO,
                    "touch": true,
                    "mobile": true,
                },
            },
        });
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), json!("chrome"));
        capabilities.insert("goog:chromeOptions".into(), options);
        // A page that never loads fails the test instead of holding it for
        // chromedriver's default of five minutes.
        let page_load = PATIENCE.as_millis() as u64;
        capabilities.insert("timeouts".into(), json!({ "pageLoad": page_load }));
        let mut builder = ClientBuilder::new(HttpConnector::new());
        builder.capabilities(capabilities);
        let url = format!("http://127.0.0.1:{}", self.port);
        let client = tokio::time::timeout(BROWSER_START, builder.connect(&url))
            .await
            .expect("chromium starts within a minute")
            .expect("chromedriver opens a chromium");
        BrowserPhone {
            client,
            label: label.to_string(),
        }
    }
}

impl Drop for Chromedriver {
    fn drop(&mut self) {
        // The browsers too: a test that failed never asked chromedriver to
        // close them, and they would outlive it.
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Where the screenshots of the phone pages go: `target/browser-shots/`.
pub fn shots_folder() -> PathBuf {
    // CARGO_TARGET_TMPDIR is target/tmp, wherever the target folder is.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target folder")
        .to_path_buf();
    target.join("browser-shots")
}

/// Empties the screenshot folder, so that it holds this run's pages only.
pub fn fresh_shots_folder() -> PathBuf {
    let folder = shots_folder();
    if folder.exists() {
        std::fs::remove_dir_all(&folder).expect("the old screenshots go");
    }
    std::fs::create_dir_all(&folder).expect("the screenshot folder");
    folder
}

/// One phone: a browser session of its own.
pub struct BrowserPhone {
    client: Client,
    label: String,
}

impl BrowserPhone {
    /// Opens `url`, as a phone does after scanning a code or typing an address.
    pub async fn open(&self, url: &str) {
        self.client.goto(url).await.expect("the page opens");
    }

    /// The text the page shows, as the participant reads it.
    pub async fn text(&self) -> String {
        match self.client.find(Locator::Css("body")).await {
            Ok(body) => body.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// Waits until the page shows every one of `texts`, and returns its text.
    pub async fn wait_for_all(&self, texts: &[&str]) -> String {
        let start = Instant::now();
        loop {
            let text = self.text().await;
            if texts.iter().all(|wanted| text.contains(wanted)) {
                return text;
            }
            if start.elapsed() > PATIENCE {
                let shot = self.screenshot("failure").await;
                panic!(
                    "{}'s page never showed {texts:?}; it shows ({}):\n{text}",
                    self.label,
                    shot.display()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the page shows every one of `texts` and none of `gone`, and
    /// returns its text.
    pub async fn wait_for_all_without(&self, texts: &[&str], gone: &[&str]) -> String {
        let start = Instant::now();
        loop {
            let text = self.text().await;
            if texts.iter().all(|wanted| text.contains(wanted))
                && !gone.iter().any(|unwanted| text.contains(unwanted))
            {
                return text;
            }
            if start.elapsed() > PATIENCE {
                let shot = self.screenshot("failure").await;
                panic!(
                    "{}'s page never showed {texts:?} without {gone:?}; it shows ({}):\n{text}",
                    self.label,
                    shot.display()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Checks the page fits the phone's screen: nothing wider than the screen,
    /// no text running past the edge of its button; then keeps a screenshot.
    pub async fn look(&self, page: &str) -> PathBuf {
        let shot = self.screenshot(page).await;
        let misfits = self
            .client
            .execute(FITS, vec![])
            .await
            .expect("the page runs the check");
        assert_eq!(
            misfits,
            json!([]),
            "{}'s {page} page does not fit a {PHONE_WIDTH}px phone ({})",
            self.label,
            shot.display()
        );
        shot
    }

    /// The texts of every element `css` picks, in page order.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let elements = self
            .client
            .find_all(Locator::Css(css))
            .await
            .expect("the page can be searched");
        let mut texts = Vec::new();
        for element in elements {
            texts.push(element.text().await.expect("an element's text"));
        }
        texts
    }

    /// Taps the element `css` picks (a button or a link).
    pub async fn tap(&self, css: &str) {
        let element = self
            .client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{} has no {css} to tap: {e}", self.label));
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("{} could not tap {css}: {e}", self.label));
    }

    /// Taps the button whose text is `label` among those `css` picks.
    pub async fn tap_labelled(&self, css: &str, label: &str) {
        let buttons = self
            .client
            .find_all(Locator::Css(css))
            .await
            .expect("the page can be searched");
        for button in buttons {
            if button.text().await.is_ok_and(|text| text.trim() == label) {
                button.click().await.expect("the button takes a tap");
                return;
            }
        }
        panic!(
            "{} shows no {css} reading {label:?}:\n{}",
            self.label,
            self.text().await
        );
    }

    /// Types `text` into the field `css` picks, after clearing it.
    pub async fn type_into(&self, css: &str, text: &str) {
        let field = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{} has no {css}: {e}", self.label));
        field.clear().await.expect("the field clears");
        field.send_keys(text).await.expect("the field takes text");
    }

    /// The value of the attribute `name` of the element `css` picks.
    pub async fn attribute(&self, css: &str, name: &str) -> Option<String> {
        let element = self.client.find(Locator::Css(css)).await.ok()?;
        element.attr(name).await.ok().flatten()
    }

    /// Whether the element `css` picks is there and enabled.
    pub async fn enabled(&self, css: &str) -> bool {
        match self.client.find(Locator::Css(css)).await {
            Ok(element) => element.is_enabled().await.unwrap_or(false),
            Err(_) => false,
        }
    }

    /// Saves what the phone's screen shows as `target/browser-shots/LABEL-PAGE.png`.
    pub async fn screenshot(&self, page: &str) -> PathBuf {
        let png = self.client.screenshot().await.expect("a screenshot");
        let path = shots_folder().join(format!("{}-{page}.png", self.label));
        std::fs::write(&path, png).expect("the screenshot is written");
        path
    }

    /// Ends the browser session.
    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}
