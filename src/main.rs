use std::process::ExitCode;

use clap::Parser;
use huddle::cli::{Cli, run};

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("huddle: {error:#}");
            ExitCode::FAILURE
        }
    }
}
