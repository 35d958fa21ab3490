//! The `newskg` binary: parse arguments, run, map the outcome to an exit code.

use clap::Parser;
use std::process::ExitCode;

/// Extraction and ingest allocate many small strings on every core; mimalloc serves them faster than the
/// system allocator (`cargo bench --bench extract`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
