//! A phone as the room server sees it, for tests and benchmarks on 127.0.0.1:
//! plain HTTP/1.1 forms over one short connection per request, the token kept
//! from the join's cookie. Shared by `tests/room_crash.rs` and `benches/room.rs`,
//! which each use a part of it.
#![allow(dead_code)]

use std::io;
use std::net::SocketAddr;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// The cookie the room gives a phone that sent the PIN.
const COOKIE_NAME: &str = "huddle_phone";

/// What the room answered: the status code and the page.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Answer {
    /// Whether the page says the laptop has saved what was sent.
    pub fn saved(&self) -> bool {
        self.status == 200 && self.body.contains("✓ saved: ")
    }
}

/// A phone that gave the PIN and holds its token.
#[derive(Debug, Clone)]
pub struct Phone {
    address: SocketAddr,
    cookie: String,
}

impl Phone {
    /// Joins the room at `address` with `pin`.
    pub async fn join(address: SocketAddr, pin: &str) -> io::Result<Phone> {
        let answer = request(address, "POST", "/join", None, &[("pin", pin)]).await?;
        let cookie = answer
            .head
            .lines()
            .filter_map(|line| line.split_once(':'))
            .filter(|(name, _)| name.eq_ignore_ascii_case("set-cookie"))
            .find_map(|(_, value)| {
                let pair = value.trim().split(';').next()?;
                pair.starts_with(COOKIE_NAME).then(|| pair.to_string())
            })
            .ok_or_else(|| io::Error::other(format!("no token for the PIN: {answer:?}")))?;
        Ok(Phone { address, cookie })
    }

    /// The cookie that carries its token: `huddle_phone=TOKEN`.
    pub fn cookie(&self) -> &str {
        &self.cookie
    }

    /// Chooses a name; the room answers 303 to the home page when it is this
    /// phone's.
    pub async fn claim(&self, name: &str) -> io::Result<Answer> {
        self.post("/claim", &[("name", name)]).await
    }

    /// Sends a current and a target score for `habit`.
    pub async fn score(&self, habit: &str, current: u8, target: u8) -> io::Result<Answer> {
        let (current, target) = (current.to_string(), target.to_string());
        self.post(
            "/score",
            &[("habit", habit), ("current", &current), ("target", &target)],
        )
        .await
    }

    /// Casts this ballot in `round`.
    pub async fn ballot(&self, round: usize, dots: &[u32]) -> io::Result<Answer> {
        let round = round.to_string();
        let dots: Vec<String> = dots.iter().map(u32::to_string).collect();
        let dots = dots.join(",");
        self.post(
            "/ballot",
            &[("round", &round), ("dots", &dots), ("send", "1")],
        )
        .await
    }

    /// The page for what is open now.
    pub async fn home(&self) -> io::Result<Answer> {
        request(self.address, "GET", "/", Some(&self.cookie), &[]).await
    }

    async fn post(&self, path: &str, form: &[(&str, &str)]) -> io::Result<Answer> {
        request(self.address, "POST", path, Some(&self.cookie), form).await
    }
}

/// One request on its own connection, read to its end.
async fn request(
    address: SocketAddr,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    form: &[(&str, &str)],
) -> io::Result<Answer> {
    let body: Vec<String> = form
        .iter()
        .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
        .collect();
    let body = body.join("&");
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
        body.len()
    );
    if let Some(cookie) = cookie {
        head.push_str(&format!("Cookie: {cookie}\r\n"));
    }
    head.push_str("\r\n");
    let mut stream = TcpStream::connect(address).await?;
    stream.write_all((head + &body).as_bytes()).await?;
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).await?;
    let text = String::from_utf8_lossy(&bytes);
    let (head, body) = text
        .split_once("\r\n\r\n")
        .ok_or_else(|| io::Error::other(format!("not an HTTP answer: {text:?}")))?;
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| io::Error::other(format!("no status: {head:?}")))?;
    Ok(Answer {
        status,
        head: head.to_string(),
        body: body.to_string(),
    })
}

/// Form encoding: letters and digits as they are, everything else as %XX.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                char::from(byte).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}
