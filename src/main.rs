//! The `newskg` binary: parse arguments, run, map the outcome to an exit code.

use clap::Parser;
use std::process::ExitCode;

/// Extraction makes and drops many small strings and vectors, on every core: mimalloc serves them faster than the
/// system allocator and keeps the threads of `ingest` apart (`cargo bench --bench extract`). Its `override` feature
/// makes it the C allocator too: Oxigraph frees some of RocksDB's error messages with the Rust allocator, so both
/// must be one (without it, opening a locked store crashes).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
