//! One function per subcommand; the only writer to stdout. Errors become one line on stderr and an exit code.

mod analyses;
mod pictures;
mod selection;

use crate::cli::{
    Cli, Command, ExportFormatArg, ExtractFormatArg, ResultFormatArg, StatsFormatArg,
};
use crate::export::{self, ExportFormat};
use crate::extract::Extractor;
use crate::ingest::{self, Decoder};
use crate::model::vocab::PREFIXES;
use crate::query::{self, NamedQuery, QueryError, ResultFormat};
use crate::stats;
use crate::store::{NewsStore, StoreError, StoreLocation};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use oxigraph::model::NamedNode;
use oxigraph::sparql::SparqlEvaluator;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// Exit code for runtime failures (I/O, store).
pub const EXIT_FAILURE: u8 = 1;
/// Exit code for usage errors and invalid input.
pub const EXIT_USAGE: u8 = 2;

/// A failure to report: its message and exit code.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Self {
        Self {
            code: EXIT_USAGE,
            message: message.into(),
        }
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        let code = match e {
            StoreError::Parse(_) => EXIT_USAGE,
            _ => EXIT_FAILURE,
        };
        Self {
            code,
            message: e.to_string(),
        }
    }
}

impl From<QueryError> for Failure {
    fn from(e: QueryError) -> Self {
        match e {
            QueryError::Store(e) => e.into(),
            QueryError::Directory { .. } => Self {
                code: EXIT_FAILURE,
                message: e.to_string(),
            },
            e => Self::usage(e.to_string()),
        }
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Self {
            code: EXIT_FAILURE,
            message: e.to_string(),
        }
    }
}

/// Runs the command line; returns the exit code after reporting any failure on stderr.
pub fn run(cli: Cli) -> u8 {
    let location = if cli.global.memory {
        StoreLocation::Memory
    } else {
        StoreLocation::Disk(cli.global.store.clone())
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = match cli.command {
        Command::Ingest(args) => ingest_command(&location, &cli.global.data, &args, &mut out),
        Command::Extract(args) => extract_command(&cli.global.data, &args, &mut out),
        Command::Eval(args) => eval_command(&cli.global.data, &args, &mut out),
        Command::Query(args) if args.list => list_queries(&cli.global.queries, &mut out),
        Command::Query(args) => query_command(&location, &cli.global.queries, &args, &mut out),
        Command::Queries => list_queries(&cli.global.queries, &mut out),
        Command::Update(args) => update_command(&location, &args),
        Command::Export(args) => export_command(&location, &args, &mut out),
        Command::Stats(args) => stats_command(&location, args.format, &mut out),
        Command::Graph(args) => pictures::graph_command(&location, &args, &mut out),
        Command::Analyze(args) => analyses::analyze_command(&location, &args, &mut out),
        Command::Timeline(args) => analyses::timeline_command(&location, &args, &mut out),
    };
    let flushed = out.flush().map_err(Failure::from);
    match result.and_then(|code| flushed.map(|()| code)) {
        Ok(code) => code,
        Err(failure) if failure.message.contains("Broken pipe") => 0,
        Err(failure) => {
            eprintln!("newskg: {}", failure.message);
            failure.code
        }
    }
}

fn open(location: &StoreLocation, create: bool) -> Result<NewsStore, Failure> {
    Ok(NewsStore::open(location, create)?)
}

fn ingest_command(
    location: &StoreLocation,
    data: &Path,
    args: &crate::cli::IngestArgs,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let decoder = Decoder::from_label(args.encoding.as_deref()).map_err(Failure::usage)?;
    // Extraction needs the dictionaries; without them (ingesting outside a checkout, no --data) the texts are
    // stored without extracted events, and the user is told. With --no-extract they still give the combined
    // actors (`act-bfa-gov`) that records name.
    let extractor = if has_dictionaries(data) {
        Some(load_extractor(data)?)
    } else {
        if !args.no_extract {
            eprintln!(
                "newskg: no dictionaries in {}: article texts are stored without extracted events (give --data DIR)",
                data.display()
            );
        }
        None
    };
    let store = open(location, true)?;
    let progress = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
    progress.set_style(
        ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} files {msg}")
            .expect("valid template")
            .progress_chars("=> "),
    );
    let report = ingest::ingest(
        &store,
        &args.paths,
        &decoder,
        extractor.as_ref(),
        !args.no_extract,
        &progress,
    )?;
    for error in &report.errors {
        eprintln!("newskg: {error}");
    }
    if !args.quiet {
        writeln!(
            out,
            "ingested {} file{}: {} article{}, {} curated event{}, {} event{} extracted from text, {} actor{}, {} RDF file{} ({} quads){}{}",
            report.files,
            plural(report.files),
            report.articles,
            plural(report.articles),
            report.events,
            plural(report.events),
            report.extracted,
            plural(report.extracted),
            report.actors,
            plural(report.actors),
            report.rdf_files,
            plural(report.rdf_files),
            report.rdf_quads,
            if report.dictionary == 0 { String::new() } else { format!("; {} dictionary entries left aside (event patterns, role words)", report.dictionary) },
            if report.errors.is_empty() {
                String::new()
            } else {
                format!(
                    "; {} input error{} (see stderr)",
                    report.errors.len(),
                    plural(report.errors.len())
                )
            }
        )?;
        if let StoreLocation::Disk(path) = location {
            writeln!(out, "store: {}", path.display())?;
        }
        write_stats(&stats::compute(&store)?, out, false)?;
    }
    Ok(if report.errors.is_empty() {
        0
    } else {
        EXIT_USAGE
    })
}

fn has_dictionaries(data: &Path) -> bool {
    data.join("actors").is_dir() && data.join("patterns").is_dir()
}

fn load_extractor(data: &Path) -> Result<Extractor, Failure> {
    if !has_dictionaries(data) {
        return Err(Failure::usage(format!(
            "no dictionaries in {}: expected actors/*.jsonl and patterns/{{fr,en}}.jsonl (run from the newskg checkout or give --data DIR)",
            data.display()
        )));
    }
    Extractor::load(data).map_err(|e| Failure::usage(e.to_string()))
}

fn eval_command(
    data: &Path,
    args: &crate::cli::EvalArgs,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let extractor = load_extractor(data)?;
    let decoder = Decoder::from_label(None).map_err(Failure::usage)?;
    // The gold paths are read once; they hold the articles too unless other paths are given.
    let gold_inputs = ingest::read_inputs(&args.gold, &decoder);
    let gold = gold_inputs.events;
    let mut errors = gold_inputs.errors;
    let articles = if args.articles.is_empty() {
        gold_inputs.articles
    } else {
        let inputs = ingest::read_inputs(&args.articles, &decoder);
        errors.extend(inputs.errors);
        inputs.articles
    };
    for error in &errors {
        eprintln!("newskg: {error}");
    }
    if gold.is_empty() {
        return Err(Failure::usage("no gold event records found under --gold"));
    }
    // Gold events of articles whose text was not given are not scored (they would all count as missed).
    let known: std::collections::BTreeSet<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    let without_text: std::collections::BTreeSet<&str> = gold
        .iter()
        .map(|e| e.article.as_str())
        .filter(|a| !known.contains(a))
        .collect();
    if !without_text.is_empty() {
        eprintln!(
            "newskg: {} gold article{} without a text among the inputs, not scored",
            without_text.len(),
            if without_text.len() == 1 { "" } else { "s" }
        );
    }
    let gold: Vec<_> = gold
        .iter()
        .filter(|e| known.contains(e.article.as_str()))
        .cloned()
        .collect();
    if gold.is_empty() {
        return Err(Failure::usage(
            "none of the gold articles has its text among the inputs: give the article files too",
        ));
    }
    let found: Vec<_> = articles.iter().flat_map(|a| extractor.extract(a)).collect();
    let languages = articles
        .iter()
        .map(|a| {
            (
                a.id.clone(),
                a.lang.clone().unwrap_or_else(|| "unknown".into()),
            )
        })
        .collect();
    let mut evaluation = crate::eval::evaluate(&gold, &found, &languages);
    if !args.mismatches {
        evaluation.mismatches.clear();
    }
    match args.format {
        StatsFormatArg::Json => {
            write_json(out, &evaluation, true)?;
        }
        StatsFormatArg::Table => {
            let row = |name: String, s: &crate::eval::Score| {
                vec![
                    name,
                    s.gold.to_string(),
                    s.found.to_string(),
                    s.matched.to_string(),
                    format!("{:.3}", s.precision()),
                    format!("{:.3}", s.recall()),
                    format!("{:.3}", s.f1()),
                ]
            };
            let mut rows = vec![row("events".into(), &evaluation.events)];
            rows.extend(
                evaluation
                    .by_language
                    .iter()
                    .map(|(l, s)| row(format!("events, {l}"), s)),
            );
            rows.extend(
                evaluation
                    .by_type
                    .iter()
                    .map(|(t, s)| row(format!("events, {t}"), s)),
            );
            rows.push(row("actor linking".into(), &evaluation.actors));
            let header = [
                "scope",
                "gold",
                "found",
                "matched",
                "precision",
                "recall",
                "F1",
            ]
            .map(String::from)
            .to_vec();
            writeln!(
                out,
                "{} articles scored; an event matches when type, actors and recipients agree",
                evaluation.articles
            )?;
            query::write_table(out, &header, &rows)?;
            writeln!(
                out,
                "dates: {} of {} matched events have the gold date",
                evaluation.dates_correct, evaluation.dates_compared
            )?;
            write_mismatches(out, &evaluation.mismatches)?;
        }
    }
    Ok(if errors.is_empty() { 0 } else { EXIT_USAGE })
}

/// The mismatches of an evaluation, grouped by article, for people tuning the dictionaries.
fn write_mismatches(out: &mut dyn Write, mismatches: &[crate::eval::Mismatch]) -> io::Result<()> {
    use crate::eval::MismatchKind;
    let mut article = "";
    for m in mismatches {
        if m.article != article {
            article = &m.article;
            writeln!(out, "\n{article}")?;
        }
        let kind = match m.kind {
            MismatchKind::Missed => "missed",
            MismatchKind::Spurious => "spurious",
            MismatchKind::WrongDate => "date",
        };
        let date = match (&m.date, &m.found_date, m.kind) {
            (gold, found, MismatchKind::WrongDate) => format!(
                " gold {} found {}",
                gold.as_deref().unwrap_or("none"),
                found.as_deref().unwrap_or("none")
            ),
            (Some(d), _, _) => format!(" {d}"),
            _ => String::new(),
        };
        writeln!(
            out,
            "  {kind:<8} {} {} -> {}{date}{}",
            m.event_type,
            m.actor.join("+"),
            if m.recipient.is_empty() {
                "-".to_owned()
            } else {
                m.recipient.join("+")
            },
            m.rule
                .as_ref()
                .map(|r| format!("  [{r}]"))
                .unwrap_or_default()
        )?;
        if let Some(sentence) = &m.sentence {
            writeln!(out, "           « {} »", sentence.trim())?;
        }
    }
    Ok(())
}

fn extract_command(
    data: &Path,
    args: &crate::cli::ExtractArgs,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let decoder = Decoder::from_label(args.encoding.as_deref()).map_err(Failure::usage)?;
    let extractor = load_extractor(data)?;
    let ingest::ReadInputs {
        articles, errors, ..
    } = ingest::read_inputs(&args.paths, &decoder);
    for error in &errors {
        eprintln!("newskg: {error}");
    }
    // Patterns are per language: an article whose language is unknown tells no event, and says why.
    for article in articles.iter().filter(|a| a.lang.is_none()) {
        eprintln!(
            "newskg: warning: {}: cannot tell French from English in so short a text; write 'lang: fr' or 'lang: en' in its front matter (no events read)",
            article.source_file.as_deref().unwrap_or(&article.id)
        );
    }
    if args.explain {
        for article in &articles {
            writeln!(out, "{}", article.id)?;
            out.write_all(extractor.explain(article).as_bytes())?;
        }
        return Ok(if errors.is_empty() { 0 } else { EXIT_USAGE });
    }
    let mut rows = Vec::new();
    for article in &articles {
        for event in extractor.extract(article) {
            match args.format {
                ExtractFormatArg::Jsonl => {
                    write_json(out, &event, false)?;
                }
                ExtractFormatArg::Table => {
                    let names = |m: &[crate::model::ActorMention]| {
                        m.iter()
                            .map(|a| a.id.trim_start_matches("act-").to_owned())
                            .collect::<Vec<_>>()
                            .join("+")
                    };
                    rows.push(vec![
                        article.id.clone(),
                        event.event_type.to_string(),
                        names(&event.actor),
                        names(&event.recipient),
                        event.date.map(|d| d.to_string()).unwrap_or_default(),
                        event.modality.to_string(),
                        event.rule.clone().unwrap_or_default(),
                        event.sentence.clone().unwrap_or_default(),
                    ]);
                }
            }
        }
    }
    // When no input could be read, the errors say so: no empty table before them.
    let nothing_read = articles.is_empty() && !errors.is_empty();
    if matches!(args.format, ExtractFormatArg::Table) && !nothing_read {
        let header: Vec<String> = [
            "article",
            "type",
            "actor",
            "recipient",
            "date",
            "modality",
            "rule",
            "sentence",
        ]
        .map(String::from)
        .to_vec();
        query::write_table(out, &header, &rows)?;
    }
    Ok(if errors.is_empty() { 0 } else { EXIT_USAGE })
}

/// One JSON value and a line end: pretty for people, compact for JSON Lines.
fn write_json(
    out: &mut dyn Write,
    value: &impl serde::Serialize,
    pretty: bool,
) -> Result<(), Failure> {
    let written = if pretty {
        serde_json::to_writer_pretty(&mut *out, value)
    } else {
        serde_json::to_writer(&mut *out, value)
    };
    written.map_err(|e| Failure {
        code: EXIT_FAILURE,
        message: e.to_string(),
    })?;
    writeln!(out)?;
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn list_queries(dir: &Path, out: &mut dyn Write) -> Result<u8, Failure> {
    for q in query::named_queries(dir)? {
        writeln!(out, "{:<28} {}", q.name, q.title)?;
        for p in &q.params {
            writeln!(
                out,
                "{:<28}   --param {}=<{}>  {}",
                "",
                p.name,
                p.kind.as_str(),
                p.description
            )?;
        }
    }
    Ok(0)
}

fn query_command(
    location: &StoreLocation,
    queries: &Path,
    args: &crate::cli::QueryArgs,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let named = match (&args.sparql, &args.file, &args.name) {
        (_, _, Some(name)) => query::named_query(queries, name)?,
        (_, Some(file), _) => {
            let text = std::fs::read_to_string(file).map_err(|e| Failure::usage(format!("{}: {}", file.display(), ingest::input::io_message(&e))))?;
            NamedQuery::parse(&file.display().to_string(), &with_prefixes(&text))?
        }
        (Some(text), _, _) => NamedQuery::parse("query", &with_prefixes(text))?,
        (None, None, None) => return Err(Failure::usage("give a query: newskg query 'SELECT …', --file FILE or --name NAME (newskg queries lists them)")),
    };
    let store = open(location, false)?;
    let prepared = query::prepare(&store, &named, &args.params)?;
    let results = store.query(prepared)?;
    let format = match args.format {
        ResultFormatArg::Table => ResultFormat::Table,
        ResultFormatArg::Csv => ResultFormat::Csv,
        ResultFormatArg::Tsv => ResultFormat::Tsv,
        ResultFormatArg::Json => ResultFormat::Json,
        ResultFormatArg::Xml => ResultFormat::Xml,
    };
    query::write_results(results, format, out)?;
    Ok(0)
}

/// Declares the newskg prefixes after the header comments (so `# param:` lines are still read);
/// a query's own declarations come later and win.
fn with_prefixes(text: &str) -> String {
    insert_after_header(text, &prefix_block())
}

fn insert_after_header(text: &str, declarations: &str) -> String {
    let mut header_end = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            header_end += line.len();
        } else {
            break;
        }
    }
    format!(
        "{}{}{}",
        &text[..header_end],
        declarations,
        &text[header_end..]
    )
}

fn update_command(location: &StoreLocation, args: &crate::cli::UpdateArgs) -> Result<u8, Failure> {
    let text = match (&args.sparql, &args.file) {
        (_, Some(file)) => std::fs::read_to_string(file).map_err(|e| {
            Failure::usage(format!(
                "{}: {}",
                file.display(),
                ingest::input::io_message(&e)
            ))
        })?,
        (Some(text), None) => text.clone(),
        (None, None) => {
            return Err(Failure::usage(
                "give an update: newskg update 'INSERT DATA { … }' or --file FILE",
            ))
        }
    };
    let update = SparqlEvaluator::new()
        .parse_update(&with_prefixes(&text))
        .map_err(|e| Failure::usage(format!("invalid SPARQL update: {e}")))?;
    let store = open(location, false)?;
    store.update(update)?;
    Ok(0)
}

fn prefix_block() -> String {
    PREFIXES
        .iter()
        .map(|(p, iri)| format!("PREFIX {p}: <{iri}>\n"))
        .collect()
}

fn export_command(
    location: &StoreLocation,
    args: &crate::cli::ExportArgs,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let format = match args.format {
        ExportFormatArg::Nt => ExportFormat::NTriples,
        ExportFormatArg::Nq => ExportFormat::NQuads,
        ExportFormatArg::Ttl => ExportFormat::Turtle,
        ExportFormatArg::Trig => ExportFormat::TriG,
        ExportFormatArg::Rdfxml => ExportFormat::RdfXml,
        ExportFormatArg::Jsonld => ExportFormat::JsonLd,
    };
    let graph = args
        .graph
        .as_deref()
        .map(|g| {
            NamedNode::new(g).map_err(|e| Failure::usage(format!("--graph: not an IRI '{g}': {e}")))
        })
        .transpose()?;
    let store = open(location, false)?;
    write_output(args.output.as_deref(), out, |writer| {
        export::export(&store, format, graph.as_ref(), writer)?;
        Ok(())
    })?;
    Ok(0)
}

/// Writes to standard output, or to a file written beside its target then renamed, so that a failure leaves
/// no half-written file.
fn write_output(
    path: Option<&Path>,
    out: &mut dyn Write,
    write: impl FnOnce(&mut dyn Write) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let Some(path) = path else {
        return write(out);
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(|e| Failure {
        code: EXIT_FAILURE,
        message: format!("{}: {e}", path.display()),
    })?;
    {
        let mut writer = BufWriter::new(temp.as_file_mut());
        write(&mut writer)?;
        writer.flush()?;
    }
    // A temporary file is private (0600); the file it becomes is an ordinary one.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(temp.path(), std::fs::Permissions::from_mode(0o644))?;
    }
    temp.persist(path).map_err(|e| Failure {
        code: EXIT_FAILURE,
        message: format!("{}: {}", path.display(), e.error),
    })?;
    Ok(())
}

fn stats_command(
    location: &StoreLocation,
    format: StatsFormatArg,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let store = open(location, false)?;
    let stats = stats::compute(&store)?;
    match format {
        StatsFormatArg::Json => {
            write_json(out, &stats, true)?;
        }
        StatsFormatArg::Table => write_stats(&stats, out, true)?,
    }
    Ok(0)
}

fn write_stats(stats: &stats::StoreStats, out: &mut dyn Write, full: bool) -> std::io::Result<()> {
    writeln!(
        out,
        "{} articles, {} actors, {} events, {} triples",
        stats.articles, stats.actors, stats.events, stats.quads
    )?;
    if !stats.events_by_type.is_empty() {
        writeln!(out, "events by type:")?;
        for (t, n) in &stats.events_by_type {
            writeln!(out, "  {:<16} {n}", t.trim_start_matches("nkg:"))?;
        }
    }
    if full {
        writeln!(out, "instances by class:")?;
        for (c, n) in &stats.instances_by_class {
            writeln!(out, "  {c:<36} {n}")?;
        }
        writeln!(out, "quads by graph:")?;
        for (g, n) in &stats.quads_by_graph {
            writeln!(out, "  {g:<60} {n}")?;
        }
    }
    Ok(())
}
