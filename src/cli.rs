//! Command-line arguments (clap only; turned into plain values by `app`).

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// newskg: who did what to whom, from French and English news, as an RDF knowledge graph.
#[derive(Debug, Parser)]
#[command(name = "newskg", version, about, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The on-disk store directory.
    #[arg(
        long,
        global = true,
        env = "NEWSKG_STORE",
        default_value = "newskg-store",
        value_name = "DIR"
    )]
    pub store: PathBuf,
    /// Use a throw-away in-memory store instead of the on-disk one.
    #[arg(long, global = true)]
    pub memory: bool,
    /// The directory of the dictionaries: actors/*.jsonl and patterns/{fr,en}.jsonl.
    #[arg(
        long,
        global = true,
        env = "NEWSKG_DATA",
        default_value = "data",
        value_name = "DIR"
    )]
    pub data: PathBuf,
    /// The directory of named queries.
    #[arg(
        long,
        global = true,
        env = "NEWSKG_QUERIES",
        default_value = "queries",
        value_name = "DIR"
    )]
    pub queries: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Ingest articles, article records, curated facts, actor files and RDF files (files or directories).
    #[command(
        after_help = "Examples:\n  newskg ingest data/\n  newskg ingest data/facts/seed.jsonl my-notes.ttl\n  newskg --memory ingest data/   # check inputs without keeping anything"
    )]
    Ingest(IngestArgs),
    /// Print the events the extractor finds in articles, without touching the store.
    #[command(
        after_help = "Examples:\n  newskg extract data/articles/2025-09-18_fr_france-mali-suspension-cooperation.txt\n  newskg extract --format jsonl data/articles/ > events.jsonl"
    )]
    Extract(ExtractArgs),
    /// Score extraction against gold event records: precision, recall and F1 per event type, language, actors, dates.
    #[command(
        after_help = "Examples:\n  newskg eval --gold data/facts data/articles\n  newskg eval --gold my-annotations/ my-articles/ --format json\n  newskg eval --gold data/gold --mismatches"
    )]
    Eval(EvalArgs),
    /// Run a SPARQL query: from the argument, --file, or a named query (--name).
    #[command(
        after_help = "Examples:\n  newskg query 'SELECT ?e WHERE { ?e a nkg:Event } LIMIT 5'\n  newskg query --name expulsions\n  newskg query --name events-between --param a=act-fra --param b=Mali --format csv\n  newskg query --list"
    )]
    Query(QueryArgs),
    /// List the named queries with their titles and parameters.
    #[command(after_help = "Example:\n  newskg queries")]
    Queries,
    /// Run a SPARQL UPDATE on the store (explicitly: queries never write).
    #[command(
        after_help = "Example:\n  newskg update 'DELETE WHERE { GRAPH <https://w3id.org/newskg/graph/file/notes.ttl> { ?s ?p ?o } }'"
    )]
    Update(UpdateArgs),
    /// Export the store (or one graph) as RDF.
    #[command(
        after_help = "Examples:\n  newskg export --format trig -o newskg.trig\n  newskg export --format ttl --graph https://w3id.org/newskg/id/article/art-2025-09-18-france-mali"
    )]
    Export(ExportArgs),
    /// Counts per graph, class and event type.
    #[command(after_help = "Example:\n  newskg stats --format json")]
    Stats(StatsArgs),
    /// Draw the actor graph (who did what to whom) as Graphviz DOT, SVG or PNG.
    #[command(
        after_help = "Examples:\n  newskg graph -o actors.dot\n  newskg graph --format svg --lang fr -o actors.svg\n  newskg graph --format png --actor \"Quai d'Orsay\" --depth 2 -o orsay.png\n  newskg graph --type SANCTION,COERCE --since 2025-01 --country MLI\n  newskg graph --query my-selection.rq --format svg -o selection.svg\n  newskg graph --groups --format svg -o blocs.svg\n  newskg graph --events --article art-2025-09-18-france-mali\n  newskg graph --ontology --format svg -o ontology.svg"
    )]
    Graph(GraphArgs),
    /// Analyse the actor graph: central actors, chains of events between two actors.
    #[command(
        after_help = "Examples:\n  newskg analyze central --limit 10\n  newskg analyze path \"Africa Corps\" \"Quai d'Orsay\"\n  newskg analyze groups --format json"
    )]
    Analyze(AnalyzeArgs),
    /// The events of an actor, or between two actors, in date order.
    #[command(
        after_help = "Examples:\n  newskg timeline \"Wagner Group\"\n  newskg timeline France Mali --format csv\n  newskg timeline act-mli-gov --since 2025-01 --format json\n  newskg timeline \"Wagner Group\" --format svg -o wagner.svg"
    )]
    Timeline(TimelineArgs),
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files or directories (walked recursively).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Encoding of the inputs when not UTF-8 (e.g. windows-1252, iso-8859-15, utf-16le).
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
    /// Store article descriptions and curated facts only: do not extract events from article texts.
    #[arg(long)]
    pub no_extract: bool,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Article files or directories (.txt/.md with front matter, article records .jsonl/.json).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format: event records as JSON Lines (CONTRACT §3), or a table for people.
    #[arg(long, short, value_enum, default_value_t = ExtractFormatArg::Table)]
    pub format: ExtractFormatArg,
    /// Encoding of the inputs when not UTF-8.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Instead of events, show per sentence the triggers and actor names the dictionaries find, and which
    /// triggers only stand as another's object (for dictionary authors).
    #[arg(long)]
    pub explain: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExtractFormatArg {
    Jsonl,
    Table,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold event records (JSON Lines in the event-record shape; files or directories).
    #[arg(long, required = true, value_name = "DIR")]
    pub gold: Vec<PathBuf>,
    /// The articles to extract from (default: the articles found under the gold paths).
    #[arg(value_name = "ARTICLES")]
    pub articles: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = StatsFormatArg::Table)]
    pub format: StatsFormatArg,
    /// Also list the missed and spurious events and the wrong dates, with their sentences.
    #[arg(long)]
    pub mismatches: bool,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The SPARQL query text (the prefixes of `newskg queries` may be used without declaring them).
    #[arg(value_name = "SPARQL", conflicts_with_all = ["file", "name"])]
    pub sparql: Option<String>,
    /// Read the query from a file.
    #[arg(long, value_name = "FILE", conflicts_with = "name")]
    pub file: Option<PathBuf>,
    /// Run a named query from the queries directory.
    #[arg(long, short, value_name = "NAME")]
    pub name: Option<String>,
    /// Bind a declared parameter: name=value (repeatable). Values are bound as RDF terms, never pasted into the query.
    #[arg(long = "param", short, value_name = "NAME=VALUE", value_parser = parse_param)]
    pub params: Vec<(String, String)>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ResultFormatArg::Table)]
    pub format: ResultFormatArg,
    /// List the named queries instead of running one.
    #[arg(long, conflicts_with_all = ["sparql", "file", "name"])]
    pub list: bool,
}

fn parse_param(s: &str) -> Result<(String, String), String> {
    s.split_once('=')
        .map(|(k, v)| (k.trim().to_owned(), v.to_owned()))
        .filter(|(k, _)| !k.is_empty())
        .ok_or_else(|| format!("expected NAME=VALUE, got '{s}'"))
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ResultFormatArg {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The SPARQL UPDATE text.
    #[arg(value_name = "SPARQL", conflicts_with = "file")]
    pub sparql: Option<String>,
    /// Read the update from a file.
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// RDF format.
    #[arg(long, short, value_enum)]
    pub format: ExportFormatArg,
    /// Export only this named graph (an IRI).
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
    /// Write to this file (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormatArg {
    Nt,
    Nq,
    Ttl,
    Trig,
    Rdfxml,
    Jsonld,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = StatsFormatArg::Table)]
    pub format: StatsFormatArg,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatsFormatArg {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct GraphArgs {
    /// Output format: DOT text, or SVG/PNG drawn by Graphviz's `dot`.
    #[arg(long, short, value_enum, default_value_t = GraphFormatArg::Dot)]
    pub format: GraphFormatArg,
    /// Write to this file (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Language of the labels.
    #[arg(long, value_enum, default_value_t = LangArg::En)]
    pub lang: LangArg,
    /// The Graphviz program that renders SVG and PNG.
    #[arg(
        long,
        env = "NEWSKG_DOT",
        default_value = "dot",
        value_name = "PROGRAM"
    )]
    pub dot: PathBuf,
    /// Draw events as nodes between their actors and recipients (the event graph) instead of aggregated edges.
    #[arg(long)]
    pub events: bool,
    /// Cluster actors by the blocs of `newskg analyze groups` instead of by country.
    #[arg(long)]
    pub groups: bool,
    /// Draw the class diagram of the ontology instead (no store needed).
    #[arg(long, conflicts_with_all = ["events", "groups"])]
    pub ontology: bool,
    #[command(flatten)]
    pub select: SelectArgs,
}

/// What to draw or analyse (every filter narrows the one before).
#[derive(Debug, Args)]
pub struct SelectArgs {
    /// Only the neighbourhood of this actor: an id, or a label or alias in English or French (accents and case
    /// ignored).
    #[arg(long, value_name = "NAME")]
    pub actor: Option<String>,
    /// How many events away from --actor to go.
    #[arg(long, value_name = "N", default_value_t = 1, requires = "actor")]
    pub depth: usize,
    /// Only these PLOVER event types (comma-separated).
    #[arg(long = "type", value_name = "TYPES", value_delimiter = ',')]
    pub types: Vec<String>,
    /// Only these quad classes: verbal-cooperation, material-cooperation, verbal-conflict, material-conflict.
    #[arg(long = "quad", value_name = "QUADS", value_delimiter = ',')]
    pub quads: Vec<String>,
    /// Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); undated events are left out.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD); undated events are left out.
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Only events from these articles (ids or IRIs, comma-separated).
    #[arg(long = "article", value_name = "ARTICLES", value_delimiter = ',')]
    pub articles: Vec<String>,
    /// Only events whose actor or recipient is of these countries (ISO 3166-1 alpha-3, comma-separated).
    #[arg(long = "country", value_name = "CODES", value_delimiter = ',')]
    pub countries: Vec<String>,
    /// Only edges of at least this many events.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub min_count: usize,
    /// A SPARQL file deciding what is drawn: a SELECT binding ?event, or a CONSTRUCT of events or actor-to-actor
    /// triples.
    #[arg(long, value_name = "FILE.rq")]
    pub query: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum GraphFormatArg {
    Dot,
    Svg,
    Png,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    En,
    Fr,
}

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    #[command(subcommand)]
    pub analysis: Analysis,
}

#[derive(Debug, Subcommand)]
pub enum Analysis {
    /// Degree, PageRank and betweenness of each actor, the most central first.
    #[command(
        after_help = "Examples:\n  newskg analyze central\n  newskg analyze central --type SANCTION,COERCE --format csv --limit 20"
    )]
    Central(CentralArgs),
    /// The shortest chains of events linking two actors (either way), each step with its evidence.
    #[command(
        after_help = "Examples:\n  newskg analyze path \"Africa Corps\" \"Quai d'Orsay\"\n  newskg analyze path act-fra-gov act-rus-gov --format json"
    )]
    Path(PathArgs),
    /// Blocs of actors: cooperating within, in conflict across (a signed graph: cooperation +, conflict −).
    #[command(
        after_help = "Examples:\n  newskg analyze groups\n  newskg analyze groups --since 2023 --format csv"
    )]
    Groups(GroupsArgs),
}

/// Output options shared by the analyses.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ReportFormatArg::Table)]
    pub format: ReportFormatArg,
    /// Language of the actor labels.
    #[arg(long, value_enum, default_value_t = LangArg::En)]
    pub lang: LangArg,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ReportFormatArg {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct CentralArgs {
    /// Print only the first N actors.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    #[command(flatten)]
    pub report: ReportArgs,
    #[command(flatten)]
    pub select: SelectArgs,
}

#[derive(Debug, Args)]
pub struct PathArgs {
    /// The first actor: an id, or a label or alias in English or French.
    #[arg(value_name = "A")]
    pub from: String,
    /// The second actor.
    #[arg(value_name = "B")]
    pub to: String,
    /// Print at most N chains.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub limit: usize,
    #[command(flatten)]
    pub report: ReportArgs,
    #[command(flatten)]
    pub select: SelectArgs,
}

#[derive(Debug, Args)]
pub struct GroupsArgs {
    #[command(flatten)]
    pub report: ReportArgs,
    #[command(flatten)]
    pub select: SelectArgs,
}

#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// The actor: an id, or a label or alias in English or French.
    #[arg(value_name = "A")]
    pub actor: String,
    /// Only the events between A and this actor (either way).
    #[arg(value_name = "B")]
    pub other: Option<String>,
    /// Output format: a table, CSV, JSON, or an SVG picture.
    #[arg(long, short, value_enum, default_value_t = TimelineFormatArg::Table)]
    pub format: TimelineFormatArg,
    /// Language of the actor labels.
    #[arg(long, value_enum, default_value_t = LangArg::En)]
    pub lang: LangArg,
    /// Write to this file (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub select: SelectArgs,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TimelineFormatArg {
    Table,
    Csv,
    Json,
    Svg,
}
