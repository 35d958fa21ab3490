//! Actor-graph benchmark: a synthetic store of 100,000 events between 5,000 actors (some actors far busier than
//! others, as in news), then the time to read it from the store, aggregate it and write its DOT, and the time of
//! PageRank and betweenness (wall clock, and the CPU time the process used, which a busy machine does not
//! inflate); peak memory last.
//!
//! Run: `cargo bench --bench graph` (NEWSKG_BENCH_EVENTS and NEWSKG_BENCH_ACTORS set the size).

use newskg::analyze;
use newskg::graph::{dot, read, ActorGraph};
use newskg::model::vocab::{ACTORS_GRAPH, ACTOR_BASE, ARTICLE_BASE, EVENT_BASE, NKG};
use newskg::model::EventType;
use newskg::store::{NewsStore, StoreLocation};
use oxigraph::io::{RdfFormat, RdfParseError, RdfParser};
use std::fmt::Write as _;
use std::time::Instant;

/// A small deterministic generator (64-bit LCG), so every run benchmarks the same graph.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Skewed towards small values: a few actors take part in most events.
    fn skewed(&mut self, n: usize) -> usize {
        let x = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        ((x * x * x) * n as f64) as usize
    }
}

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn synthetic_nquads(actors: usize, events: usize) -> String {
    let mut rng = Lcg(42);
    let mut nq = String::new();
    let label = "<http://www.w3.org/2000/01/rdf-schema#label>";
    let rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
    let actors_graph = format!("<{}>", ACTORS_GRAPH.as_str());
    let classes = ["State", "Government", "ArmedForces", "ArmedGroup", "Person"];
    for a in 0..actors {
        let iri = format!("<{ACTOR_BASE}act-b{a:05}>");
        let class = classes[a % classes.len()];
        let _ = writeln!(nq, "{iri} {rdf_type} <{NKG}Actor> {actors_graph} .");
        let _ = writeln!(nq, "{iri} {rdf_type} <{NKG}{class}> {actors_graph} .");
        let _ = writeln!(nq, "{iri} {label} \"Actor {a}\"@en {actors_graph} .");
        let _ = writeln!(nq, "{iri} {label} \"Acteur {a}\"@fr {actors_graph} .");
        let _ = writeln!(
            nq,
            "{iri} <{NKG}country> \"C{:02}\" {actors_graph} .",
            a % 60
        );
        let _ = writeln!(nq, "{iri} <{NKG}sector> \"GOV\" {actors_graph} .");
    }
    for e in 0..events {
        let article = format!("<{ARTICLE_BASE}art-b{:04}>", e % 2000);
        let iri = format!("<{EVENT_BASE}evt-b{e:06}>");
        let event_type = EventType::ALL[rng.below(EventType::ALL.len())];
        let actor = rng.skewed(actors);
        let _ = writeln!(nq, "{iri} {rdf_type} <{NKG}Event> {article} .");
        let _ = writeln!(nq, "{iri} <{NKG}eventType> <{NKG}{event_type}> {article} .");
        let _ = writeln!(
            nq,
            "{iri} <{NKG}actor> <{ACTOR_BASE}act-b{actor:05}> {article} ."
        );
        if rng.below(10) > 0 {
            let recipient = rng.skewed(actors);
            let _ = writeln!(
                nq,
                "{iri} <{NKG}recipient> <{ACTOR_BASE}act-b{recipient:05}> {article} ."
            );
        }
        let _ = writeln!(
            nq,
            "{iri} <{NKG}date> \"2025-{:02}-{:02}\"^^<http://www.w3.org/2001/XMLSchema#date> {article} .",
            1 + rng.below(12),
            1 + rng.below(28)
        );
        let _ = writeln!(
            nq,
            "{iri} <{NKG}evidence> \"Actor {actor} did something, sentence {e}.\"@en {article} ."
        );
        let _ = writeln!(
            nq,
            "{iri} <http://www.w3.org/ns/prov#wasDerivedFrom> {article} {article} ."
        );
        if e < 2000 {
            let _ = writeln!(
                nq,
                "{article} {rdf_type} <https://schema.org/NewsArticle> {article} ."
            );
            let _ = writeln!(
                nq,
                "{article} <https://schema.org/headline> \"Dispatch {e}\"@en {article} ."
            );
        }
    }
    nq
}

/// The CPU time of this process so far (user and system), in seconds: on a busy machine the phases, which run
/// on one thread, take it whatever the wall clock says.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return f64::NAN;
    };
    // Fields after the command name (which is in parentheses): utime and stime are the 12th and 13th.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or(vec![], |(_, rest)| rest.split_whitespace().collect());
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok());
    match (ticks(11), ticks(12)) {
        (Some(user), Some(system)) => (user + system) / 100.0,
        _ => f64::NAN,
    }
}

fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    let events = env("NEWSKG_BENCH_EVENTS", 100_000);
    let actors = env("NEWSKG_BENCH_ACTORS", 5_000);
    let nq = synthetic_nquads(actors, events);
    let store = NewsStore::open(&StoreLocation::Memory, true).expect("memory store");
    store.load_ontology().expect("ontology");
    store
        .bulk_load(
            RdfParser::from_format(RdfFormat::NQuads)
                .for_slice(nq.as_bytes())
                .map(|q| q.map_err(RdfParseError::from)),
        )
        .expect("synthetic quads load");
    drop(nq);

    let (start, cpu) = (Instant::now(), cpu_seconds());
    let data = read::read_events(&store).expect("read");
    let read_seconds = (start.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    let (start, cpu) = (Instant::now(), cpu_seconds());
    let graph = ActorGraph::build(&data.rows);
    let mut dot_bytes = Vec::new();
    dot::write_dot(&graph, &data, &dot::DotOptions::default(), &mut dot_bytes).expect("dot");
    let dot_seconds = (start.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    let (start, cpu) = (Instant::now(), cpu_seconds());
    let ranks = analyze::pagerank(&graph, analyze::DAMPING);
    let pagerank_seconds = (start.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    let (start, cpu) = (Instant::now(), cpu_seconds());
    let between = analyze::betweenness(&analyze::neighbours(&graph));
    let betweenness_seconds = (start.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    assert_eq!(ranks.len(), between.len());

    println!(
        "actor graph: {events} events between {actors} actors → {} nodes, {} edges, {:.1} MB of DOT",
        graph.graph.node_count(),
        graph.graph.edge_count(),
        dot_bytes.len() as f64 / 1e6
    );
    println!(
        "{:<40} {:>10} {:>10} {:>12}",
        "measure", "seconds", "CPU s", "target"
    );
    let row = |what: &str, (wall, cpu): (f64, f64), target: &str| {
        println!("{what:<40} {wall:>10.2} {cpu:>10.2} {target:>12}");
    };
    let sum = |a: (f64, f64), b: (f64, f64)| (a.0 + b.0, a.1 + b.1);
    row("read events (one pass over the store)", read_seconds, "");
    row("aggregate + write DOT", dot_seconds, "");
    row(
        "store → DOT in all",
        sum(read_seconds, dot_seconds),
        "< 2 s",
    );
    row("PageRank", pagerank_seconds, "");
    row("betweenness (Brandes)", betweenness_seconds, "");
    row(
        "PageRank + betweenness",
        sum(pagerank_seconds, betweenness_seconds),
        "< 10 s",
    );
    if let Some(mib) = peak_rss_mib() {
        println!("peak RSS: {mib:.0} MiB (the synthetic store in memory included)");
    }
}
