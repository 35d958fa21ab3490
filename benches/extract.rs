//! Extraction benchmark: how long the dictionaries take to load, and how many MB of article text per second the
//! extractor reads on one core and on all cores, over the bundled articles replicated to 50 MB (timed in five parts:
//! the median part, and the range).
//!
//! Run: `cargo bench --bench extract` (NEWSKG_BENCH_MB sets the size of the replicated corpus; default 50).

/// The allocator of the `newskg` binary (src/main.rs), so that the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use newskg::extract::Extractor;
use newskg::model::Article;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Loads timed for the dictionary-loading figure (the median is printed).
const LOADS: usize = 9;

/// Parts of the corpus timed apart (the median is printed, with the range).
const PARTS: usize = 5;

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let megabytes: usize = std::env::var("NEWSKG_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let cores = rayon::current_num_threads();

    let load_ms = median_load_ms(&data);
    let extractor = Extractor::load(&data).expect("bundled dictionaries load");

    let bundled = bundled_articles(&data.join("articles"));
    let bundled_bytes: usize = bundled.iter().map(|a| a.text.len()).sum();
    let corpus = replicate(&bundled, megabytes * 1_000_000);
    let bytes: usize = corpus.iter().map(|a| a.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "extraction: {} bundled articles ({:.1} KB of text) replicated to {} articles, {mb:.1} MB; {cores} cores",
        bundled.len(),
        bundled_bytes as f64 / 1e3,
        corpus.len(),
    );

    // Warm-up, as criterion does: the first pass pays for the allocator's first pages and cold caches.
    let warm_up: usize = corpus
        .iter()
        .take(corpus.len() / 20)
        .map(|a| extractor.extract(a).len())
        .sum();
    assert!(warm_up > 0, "the bundled articles hold events");

    // The corpus is timed in parts, each part on one thread and then on all: a shared machine's noise moves single
    // passes by a fifth either way, and the median of the parts is steadier than one long pass.
    let part_len = corpus.len().div_ceil(PARTS);
    let mut singles = Vec::new();
    let mut parallels = Vec::new();
    let (mut events_single, mut events_parallel) = (0, 0);
    let (mut single_seconds, mut parallel_seconds) = (0.0, 0.0);
    for part in corpus.chunks(part_len) {
        let part_mb = part.iter().map(|a| a.text.len()).sum::<usize>() as f64 / 1e6;
        let start = Instant::now();
        events_single += part
            .iter()
            .map(|a| extractor.extract(a).len())
            .sum::<usize>();
        let seconds = start.elapsed().as_secs_f64();
        single_seconds += seconds;
        singles.push(part_mb / seconds);
        let start = Instant::now();
        events_parallel += part
            .par_iter()
            .map(|a| extractor.extract(a).len())
            .sum::<usize>();
        let seconds = start.elapsed().as_secs_f64();
        parallel_seconds += seconds;
        parallels.push(part_mb / seconds);
    }
    assert_eq!(
        events_single, events_parallel,
        "the same articles give the same events on any number of threads"
    );
    let (single, single_range) = median_and_range(&mut singles);
    let (parallel, parallel_range) = median_and_range(&mut parallels);
    let per_core_range = (
        parallel_range.0 / cores as f64,
        parallel_range.1 / cores as f64,
    );
    let range = |(low, high): (f64, f64)| format!("{low:.1}–{high:.1}");
    println!(
        "{:<34} {:>14} {:>14} {:>22}",
        "measure",
        "figure",
        format!("{PARTS} parts"),
        "target"
    );
    println!(
        "{:<34} {:>14} {:>14} {:>22}",
        format!("dictionary load (median of {LOADS})"),
        format!("{load_ms:.0} ms"),
        "",
        "< 200 ms"
    );
    println!(
        "{:<34} {:>14} {:>14} {:>22}",
        format!("extraction, 1 thread ({single_seconds:.1} s)"),
        format!("{single:.1} MB/s"),
        range(single_range),
        ">= 5 MB/s per core"
    );
    println!(
        "{:<34} {:>14} {:>14} {:>22}",
        format!("extraction, {cores} threads ({parallel_seconds:.1} s)"),
        format!("{parallel:.1} MB/s"),
        range(parallel_range),
        ""
    );
    println!(
        "{:<34} {:>14} {:>14} {:>22}",
        "  per core",
        format!("{:.1} MB/s", parallel / cores as f64),
        range(per_core_range),
        ">= 5 MB/s per core"
    );
    println!(
        "{:<34} {:>14} {:>14} {:>22}",
        "events found (per pass)",
        events_single.to_string(),
        "",
        ""
    );
}

/// The median of some figures (of the parts of the corpus), and their lowest and highest.
fn median_and_range(figures: &mut [f64]) -> (f64, (f64, f64)) {
    figures.sort_by(f64::total_cmp);
    let n = figures.len();
    let median = if n % 2 == 1 {
        figures[n / 2]
    } else {
        (figures[n / 2 - 1] + figures[n / 2]) / 2.0
    };
    (median, (figures[0], figures[n - 1]))
}

/// The median wall time of loading the dictionaries, in milliseconds.
fn median_load_ms(data: &Path) -> f64 {
    let mut times: Vec<f64> = (0..LOADS)
        .map(|_| {
            let start = Instant::now();
            let extractor = Extractor::load(data).expect("bundled dictionaries load");
            let ms = start.elapsed().as_secs_f64() * 1e3;
            drop(extractor);
            ms
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[LOADS / 2]
}

/// The bundled articles as `newskg extract` reads them: text files, bodies after their front matter or source
/// header, NOTICE files left out.
fn bundled_articles(dir: &Path) -> Vec<Article> {
    let decoder = newskg::ingest::Decoder::from_label(None).expect("UTF-8 decoder");
    let inputs = newskg::ingest::read_inputs(&[PathBuf::from(dir)], &decoder);
    assert!(
        inputs.errors.is_empty(),
        "bundled articles read: {:?}",
        inputs.errors
    );
    assert!(
        !inputs.articles.is_empty(),
        "no articles in {}",
        dir.display()
    );
    inputs.articles
}

/// Copies of the articles, each a separate article with its own id, until their texts hold `bytes` bytes.
fn replicate(articles: &[Article], bytes: usize) -> Vec<Article> {
    let mut corpus = Vec::new();
    let mut total = 0;
    for copy in 0.. {
        for article in articles {
            if total >= bytes {
                return corpus;
            }
            total += article.text.len();
            corpus.push(Article {
                id: format!("{}-copy{copy}", article.id),
                ..article.clone()
            });
        }
    }
    corpus
}
