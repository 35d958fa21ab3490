//! newskg: a knowledge graph of who did what to whom, built from French and English news on an embedded
//! Oxigraph store. Layers, each depending only on those before it:
//! `model` ← `extract` ← `ingest` ← `rdf` ← `store` ← `query`, `export`, `stats`, `eval`, `graph` ← `analyze` ← `app`.

pub mod analyze;
pub mod app;
pub mod cli;
pub mod eval;
pub mod export;
pub mod extract;
pub mod graph;
pub mod ingest;
pub mod model;
pub mod query;
pub mod rdf;
pub mod stats;
pub mod store;
