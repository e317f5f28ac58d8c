//! Reads the QR code on the terminal as a phone's camera would: the text tmux
//! captures, each half-block character two modules (upper and lower half),
//! turned into an image and decoded.

/// What the QR codes on `screen` say.
pub fn scan(screen: &str) -> Vec<String> {
    let rows: Vec<Vec<char>> = screen.lines().map(|line| line.chars().collect()).collect();
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let height = rows.len() * 2;
    let dark = |x: usize, y: usize| {
        let cell = rows[y / 2].get(x).copied().unwrap_or(' ');
        matches!((cell, y % 2), ('█', _) | ('▀', 0) | ('▄', 1))
    };
    // Each module as a 4x4 block of pixels.
    let scale = 4;
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width * scale, height * scale, |x, y| {
            if dark(x / scale, y / scale) { 0 } else { 255 }
        });
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok())
        .map(|(_, text)| text)
        .collect()
}
