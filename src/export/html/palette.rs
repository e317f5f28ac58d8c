//! Colours that read for everyone: the viridis scale (its steps differ in
//! lightness, so they stay apart for colour-blind readers and in greyscale
//! print), and text on a colour in whichever of black or white contrasts more.

/// Viridis at nine even steps, from its dark purple end to its yellow end.
const VIRIDIS: [(u8, u8, u8); 9] = [
    (0x44, 0x01, 0x54),
    (0x47, 0x2d, 0x7b),
    (0x3b, 0x52, 0x8b),
    (0x2c, 0x72, 0x8e),
    (0x21, 0x91, 0x8c),
    (0x28, 0xae, 0x80),
    (0x5e, 0xc9, 0x62),
    (0xad, 0xdc, 0x30),
    (0xfd, 0xe7, 0x25),
];

/// The dark blue of viridis, for bars: white text reads on it, and it prints dark.
pub const BAR: &str = "#3b528b";

/// Ink for text on white paper.
pub const INK: &str = "#111111";

/// A colour as `#rrggbb`.
fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The colour for a level between 0 (low) and 1 (high); darker is higher, so
/// the heat map reads the same when printed in black and white.
pub fn level(level: f64) -> (u8, u8, u8) {
    let position = (1.0 - level.clamp(0.0, 1.0)) * (VIRIDIS.len() - 1) as f64;
    let below = position.floor() as usize;
    let above = (below + 1).min(VIRIDIS.len() - 1);
    let share = position - below as f64;
    let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * share).round() as u8;
    let (a, b) = (VIRIDIS[below], VIRIDIS[above]);
    (mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

/// `level` as `#rrggbb`.
pub fn level_hex(value: f64) -> String {
    hex(level(value))
}

/// WCAG relative luminance of a colour.
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG contrast ratio between two colours (1 to 21).
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Black or white, whichever reads better on `background`.
pub fn text_on(background: (u8, u8, u8)) -> &'static str {
    const BLACK: (u8, u8, u8) = (0, 0, 0);
    const WHITE: (u8, u8, u8) = (255, 255, 255);
    if contrast(background, BLACK) >= contrast(background, WHITE) {
        "#000000"
    } else {
        "#ffffff"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shade_carries_text_at_the_wcag_contrast_for_normal_text() {
        for step in 0..=100 {
            let shade = level(f64::from(step) / 100.0);
            let ink = if text_on(shade) == "#000000" {
                (0, 0, 0)
            } else {
                (255, 255, 255)
            };
            assert!(contrast(shade, ink) >= 4.5, "{shade:?} with {ink:?}");
        }
    }

    #[test]
    fn the_ends_of_the_scale_are_viridis_and_darker_is_higher() {
        assert_eq!(level_hex(0.0), "#fde725");
        assert_eq!(level_hex(1.0), "#440154");
        assert!(luminance(level(0.8)) < luminance(level(0.2)));
        assert_eq!(text_on(level(1.0)), "#ffffff");
        assert_eq!(text_on(level(0.0)), "#000000");
    }
}
