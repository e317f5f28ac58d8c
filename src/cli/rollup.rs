//! `huddle rollup`: many workshops of one framework in one report.

use std::path::Path;

use anyhow::Result;

use super::trend::{ViewFormat, emit, loaded};
use crate::domain::rollup::rollup;
use crate::export::{rollup_html, rollup_markdown, rollup_text};

pub fn run(sources: &[String], format: ViewFormat, out: Option<&Path>) -> Result<bool> {
    let rollup = rollup(&loaded(sources)?)?;
    let text = match format {
        ViewFormat::Text => rollup_text(&rollup),
        ViewFormat::Md => rollup_markdown(&rollup),
        ViewFormat::Html => rollup_html(&rollup),
    };
    emit(&text, out)?;
    Ok(true)
}
