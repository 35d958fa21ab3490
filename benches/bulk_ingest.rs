//! Bulk ingest benchmark: newskg's ingest of a large N-Quads file against Oxigraph's own bulk loader
//! on the same quads, each in a fresh process and a fresh store. Prints triples/second and peak memory.
//!
//! Run: `cargo bench --bench bulk_ingest` (NEWSKG_BENCH_TRIPLES sets the size; default 1,000,000).

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // Child mode: load one file into one store, print "seconds peak_kib".
    if let [_, mode, file, store] = args.as_slice() {
        if mode == "--child-oxigraph" || mode == "--child-newskg" {
            child(mode, Path::new(file), Path::new(store));
            return;
        }
    }
    let triples: u64 = std::env::var("NEWSKG_BENCH_TRIPLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("events.nq");
    let bytes = generate(&file, triples);
    println!(
        "bulk ingest: {triples} quads of generated event data ({:.0} MB N-Quads), {} cores",
        bytes as f64 / 1e6,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    let exe = std::env::current_exe().expect("bench executable");
    let mut rows = Vec::new();
    for (name, mode) in [
        ("oxigraph bulk loader", "--child-oxigraph"),
        ("newskg ingest", "--child-newskg"),
    ] {
        let store = dir.path().join(mode.trim_start_matches("--child-"));
        let output = Command::new(&exe)
            .args([mode, file.to_str().unwrap(), store.to_str().unwrap()])
            .output()
            .expect("child runs");
        assert!(
            output.status.success(),
            "{name} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let text = String::from_utf8_lossy(&output.stdout);
        let mut words = text.split_whitespace();
        let seconds: f64 = words.next().and_then(|w| w.parse().ok()).expect("seconds");
        let peak_kib: u64 = words
            .next()
            .and_then(|w| w.parse().ok())
            .expect("peak memory");
        rows.push((name, seconds, triples as f64 / seconds, peak_kib));
    }
    println!(
        "{:<22} {:>9} {:>12} {:>14}",
        "loader", "seconds", "triples/s", "peak RSS MiB"
    );
    for (name, seconds, rate, peak) in &rows {
        println!(
            "{name:<22} {seconds:>9.2} {rate:>12.0} {:>14.0}",
            *peak as f64 / 1024.0
        );
    }
    println!(
        "newskg / oxigraph throughput: {:.2} (target >= 0.80)",
        rows[1].2 / rows[0].2
    );
}

/// Writes `n` quads shaped like newskg events over 1,000 article graphs; returns the file size.
fn generate(path: &PathBuf, n: u64) -> u64 {
    let mut out = BufWriter::new(std::fs::File::create(path).expect("create"));
    let nkg = "https://w3id.org/newskg/ontology#";
    let types = [
        "SANCTION",
        "ACCUSE",
        "ASSAULT",
        "COOPERATE",
        "REQUEST",
        "AID",
        "COERCE",
        "REJECT",
    ];
    let mut written = 0u64;
    let mut event = 0u64;
    while written < n {
        let g = format!(
            "<https://w3id.org/newskg/id/article/art-bench-{}>",
            event % 1000
        );
        let e = format!("<https://w3id.org/newskg/id/event/evt-bench-{event}>");
        let a = format!(
            "<https://w3id.org/newskg/id/actor/act-bench-{}>",
            event % 5000
        );
        let r = format!(
            "<https://w3id.org/newskg/id/actor/act-bench-{}>",
            (event * 7 + 3) % 5000
        );
        let t = types[(event % types.len() as u64) as usize];
        let lines = [
            format!("{e} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{nkg}Event> {g} ."),
            format!("{e} <{nkg}eventType> <{nkg}{t}> {g} ."),
            format!("{e} <{nkg}actor> {a} {g} ."),
            format!("{e} <{nkg}recipient> {r} {g} ."),
            format!("{e} <{nkg}date> \"2025-{:02}-{:02}\"^^<http://www.w3.org/2001/XMLSchema#date> {g} .", event % 12 + 1, event % 28 + 1),
            format!("{e} <{nkg}evidence> \"Sentence {event} where one actor acts on another in the Sahel.\"@en {g} ."),
            format!("{e} <http://www.w3.org/ns/prov#wasDerivedFrom> {g} {g} ."),
            format!("{e} <{nkg}confidence> \"0.{}\"^^<http://www.w3.org/2001/XMLSchema#double> {g} .", event % 10),
        ];
        for line in lines.iter().take((n - written).min(8) as usize) {
            writeln!(out, "{line}").expect("write");
            written += 1;
        }
        event += 1;
    }
    out.flush().expect("flush");
    std::fs::metadata(path).expect("size").len()
}

fn child(mode: &str, file: &Path, store_dir: &Path) {
    let start = Instant::now();
    if mode == "--child-oxigraph" {
        let store = oxigraph::store::Store::open(store_dir).expect("open store");
        let mut loader = store.bulk_loader();
        loader
            .load_from_reader(
                oxigraph::io::RdfFormat::NQuads,
                std::fs::File::open(file).expect("open file"),
            )
            .expect("load");
        loader.commit().expect("commit");
    } else {
        use newskg::store::{NewsStore, StoreLocation};
        let store =
            NewsStore::open(&StoreLocation::Disk(store_dir.to_owned()), true).expect("open store");
        let decoder = newskg::ingest::Decoder::from_label(None).expect("decoder");
        let report = newskg::ingest::ingest(
            &store,
            &[file.to_owned()],
            &decoder,
            None,
            false,
            &indicatif::ProgressBar::hidden(),
        )
        .expect("ingest");
        assert!(report.errors.is_empty(), "{:?}", report.errors);
    }
    let seconds = start.elapsed().as_secs_f64();
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let peak_kib = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        .unwrap_or(0);
    println!("{seconds} {peak_kib}");
}
