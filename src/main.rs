//! The `newskg` binary: parse arguments, run, map the outcome to an exit code.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match newskg::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                newskg::app::EXIT_USAGE
            } else {
                0
            });
        }
    };
    ExitCode::from(newskg::app::run(cli))
}
