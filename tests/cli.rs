//! End-to-end tests: the real `newskg` binary in temporary directories, checked on stdout, stderr and exit code.

use assert_cmd::Command;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Dataset, GraphName, Quad};
use predicates::prelude::*;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `newskg` run from the repository root (so `queries/` is found) on the store `store`.
fn newskg(store: &Path) -> Command {
    let mut cmd = Command::cargo_bin("newskg").unwrap();
    cmd.current_dir(repo())
        .env_remove("NEWSKG_STORE")
        .env_remove("NEWSKG_QUERIES")
        .arg("--store")
        .arg(store);
    cmd
}

/// A store holding the bundled data/.
fn bundled_store() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    newskg(&store).args(["ingest", "data"]).assert().success();
    (dir, store)
}

/// A store holding the bundled data/ without extracted events: the curated facts alone.
fn curated_store() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    newskg(&store)
        .args(["ingest", "--no-extract", "data"])
        .assert()
        .success();
    (dir, store)
}

const ACTORS: &str = r#"{"id":"act-fra","class":"State","name":{"en":"France","fr":"France"},"aliases":{"fr":["Paris"]},"country":"FRA","sector":"GOV","wikidata":"Q142"}
{"id":"act-mli","class":"State","name":{"en":"Mali","fr":"Mali"},"aliases":{"fr":["Bamako"]},"country":"MLI","sector":"GOV","wikidata":"Q912"}
{"id":"act-mli-dip","class":"PersonGroup","name":{"en":"Malian diplomats","fr":"diplomates maliens"},"country":"MLI","sector":"GOV"}
"#;

const FACTS: &str = r#"{"id":"evt-t1","article":"art-t","event_type":"SANCTION","mode":["expel"],"context":["diplomatic"],"actor":[{"id":"act-fra","text":"La France"}],"recipient":[{"id":"act-mli-dip","text":"deux diplomates maliens"}],"date":"2025-09-18","date_precision":"day","modality":"asserted","cameo":"1663","quad_class":4,"sentence":"La France a sommé deux diplomates maliens de quitter son territoire.","span":[0,72],"confidence":1.0,"rule":"curated/test"}
{"id":"evt-t2","article":"art-t","event_type":"ACCUSE","actor":[{"id":"act-mli"}],"recipient":[{"id":"act-fra"}],"date":"2025-08","modality":"alleged","rule":"curated/test"}
"#;

const ARTICLE: &str = "---\nid: art-t\ntitle: La France expulse deux diplomates maliens\ndate: 2025-09-18\nlang: fr\nsource: Test\n---\n\nLa France a sommé deux diplomates maliens de quitter son territoire.\n";

/// A directory with a small actor file, an article and its facts.
fn fixture() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("in/actors")).unwrap();
    std::fs::write(dir.path().join("in/actors/actors.jsonl"), ACTORS).unwrap();
    std::fs::write(dir.path().join("in/article.txt"), ARTICLE).unwrap();
    std::fs::write(dir.path().join("in/facts.jsonl"), FACTS).unwrap();
    dir
}

fn stdout_of(cmd: &mut Command) -> String {
    let output = cmd.output().unwrap();
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn nquads(store: &Path) -> String {
    stdout_of(newskg(store).args(["export", "--format", "nq"]))
}

/// The data of an RDF text as sorted, deduplicated N-Quads lines (newskg writes no blank nodes).
fn dataset(format: RdfFormat, text: &str) -> Vec<String> {
    let quads: Dataset = RdfParser::from_format(format)
        .for_slice(text)
        .collect::<Result<Dataset, _>>()
        .unwrap();
    let mut lines: Vec<String> = quads.iter().map(|q| q.to_string()).collect();
    lines.sort();
    lines.dedup();
    lines
}

/// Asserts two datasets are equal, showing the first differences.
fn assert_same_data(actual: &[String], expected: &[String], what: &str) {
    let missing: Vec<&String> = expected
        .iter()
        .filter(|l| actual.binary_search(l).is_err())
        .take(5)
        .collect();
    let extra: Vec<&String> = actual
        .iter()
        .filter(|l| expected.binary_search(l).is_err())
        .take(5)
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{what}: missing {missing:#?}, extra {extra:#?}"
    );
}

// ---- ingest ---------------------------------------------------------------------------------

#[test]
fn ingest_of_bundled_data_prints_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    newskg(&dir.path().join("s"))
        .args(["ingest", "data"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("10 articles, ")
                .and(predicate::str::contains("events by type:"))
                .and(predicate::str::contains("SANCTION")),
        );
}

#[test]
fn reingesting_replaces_instead_of_duplicating() {
    let (dir, store) = bundled_store();
    let before = nquads(&store);
    newskg(&store).args(["ingest", "data"]).assert().success();
    assert_same_data(
        &dataset(RdfFormat::NQuads, &nquads(&store)),
        &dataset(RdfFormat::NQuads, &before),
        "after re-ingest",
    );
    drop(dir);
}

#[test]
fn global_options_are_accepted_after_the_subcommand() {
    let fixture = fixture();
    let store = fixture.path().join("s");
    let mut cmd = Command::cargo_bin("newskg").unwrap();
    cmd.current_dir(repo())
        .args(["ingest"])
        .arg(fixture.path().join("in"))
        .arg("--store")
        .arg(&store)
        .assert()
        .success();
    assert!(store.join("CURRENT").exists());
}

#[test]
fn store_location_comes_from_newskg_store() {
    let fixture = fixture();
    // In a directory that is not there yet: it is made with the store.
    let store = fixture.path().join("runs/2026/env-store");
    Command::cargo_bin("newskg")
        .unwrap()
        .current_dir(fixture.path())
        .env("NEWSKG_STORE", &store)
        .args(["ingest", "in"])
        .assert()
        .success();
    assert!(store.join("CURRENT").exists());
}

#[test]
fn memory_store_keeps_nothing() {
    let fixture = fixture();
    Command::cargo_bin("newskg")
        .unwrap()
        .current_dir(fixture.path())
        .args(["--memory", "ingest", "in"])
        .assert()
        .success()
        .stdout(predicate::str::contains("2 events"));
    assert!(!fixture.path().join("newskg-store").exists());
}

#[test]
fn facts_become_the_expected_quads() {
    let fixture = fixture();
    let store = fixture.path().join("s");
    newskg(&store)
        .arg("ingest")
        .arg(fixture.path().join("in"))
        .assert()
        .success();
    let graph = stdout_of(newskg(&store).args([
        "export",
        "--format",
        "nq",
        "--graph",
        "https://w3id.org/newskg/id/article/art-t",
    ]));
    let nkg = "https://w3id.org/newskg/ontology#";
    let g = "<https://w3id.org/newskg/id/article/art-t>";
    let e1 = "<https://w3id.org/newskg/id/event/evt-t1>";
    for expected in [
        format!("{e1} <{nkg}eventType> <{nkg}SANCTION> {g} ."),
        format!("{e1} <{nkg}mode> <{nkg}mode_expel> {g} ."),
        format!("{e1} <{nkg}actor> <https://w3id.org/newskg/id/actor/act-fra> {g} ."),
        format!("{e1} <{nkg}recipient> <https://w3id.org/newskg/id/actor/act-mli-dip> {g} ."),
        format!("{e1} <{nkg}modality> <{nkg}modality_asserted> {g} ."),
        format!("{e1} <{nkg}evidence> \"La France a sommé deux diplomates maliens de quitter son territoire.\"@fr {g} ."),
        format!("<https://w3id.org/newskg/id/actor/act-fra> <{nkg}sanctions> <https://w3id.org/newskg/id/actor/act-mli-dip> {g} ."),
        format!("<https://w3id.org/newskg/id/actor/act-mli> <{nkg}accuses> <https://w3id.org/newskg/id/actor/act-fra> {g} ."),
        format!("{g} <https://schema.org/headline> \"La France expulse deux diplomates maliens\"@fr {g} ."),
        format!("<https://w3id.org/newskg/id/event/evt-t2> <{nkg}date> \"2025-08\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> {g} ."),
    ] {
        assert!(graph.lines().any(|l| l == expected), "missing {expected}\nin\n{graph}");
    }
}

/// Golden check: the seed article's graph as canonical N-Quads (tests/fixtures/seed-graph.nq).
/// Set NEWSKG_BLESS=1 to rewrite the golden file after an intended change, and review the diff.
#[test]
fn seed_facts_produce_the_golden_quads() {
    let (_dir, store) = curated_store();
    let graph = stdout_of(newskg(&store).args([
        "export",
        "--format",
        "nq",
        "--graph",
        "https://w3id.org/newskg/id/article/art-2025-09-18-france-mali",
    ]));
    let mut lines: Vec<&str> = graph.lines().collect();
    lines.sort();
    let actual = lines.join("\n") + "\n";
    let golden = repo().join("tests/fixtures/seed-graph.nq");
    if std::env::var_os("NEWSKG_BLESS").is_some() {
        std::fs::write(&golden, &actual).unwrap();
    }
    let expected = std::fs::read_to_string(&golden)
        .expect("tests/fixtures/seed-graph.nq (NEWSKG_BLESS=1 writes it)");
    assert_same_data(
        &dataset(RdfFormat::NQuads, &actual),
        &dataset(RdfFormat::NQuads, &expected),
        "seed graph vs tests/fixtures/seed-graph.nq",
    );
}

/// Every event the seed article reports, with the dates its relative expressions resolve to
/// (published Thursday 2025-09-18: "mercredi" = 2025-09-17, "dimanche" = 2025-09-14, "le 15 août" = 2025-08-15).
#[test]
fn seed_facts_hold_every_reported_event() {
    let (_dir, store) = curated_store();
    let csv = stdout_of(newskg(&store).args([
        "query",
        "--format",
        "csv",
        "SELECT ?id ?type ?date ?modality WHERE { ?e nkg:eventType ?t ; dcterms:identifier ?id ; nkg:modality ?m ; prov:wasDerivedFrom article:art-2025-09-18-france-mali . OPTIONAL { ?e nkg:date ?date } BIND(STRAFTER(STR(?t), \"#\") AS ?type) BIND(STRAFTER(STR(?m), \"_\") AS ?modality) } ORDER BY ?id",
    ]));
    let expected = [
        "id,type,date,modality",
        "evt-seed-01,SANCTION,2025-09,asserted", // France suspends counter-terrorism cooperation with Mali
        "evt-seed-02,SANCTION,2025-09,asserted", // France orders two Malian diplomats out (persona non grata)
        "evt-seed-03,COERCE,2025-08,asserted", // Mali's junta arrests a French embassy agent in August
        "evt-seed-04,ACCUSE,2025-08-15,asserted", // 15 August: he is said to work for French intelligence
        "evt-seed-05,ACCUSE,,asserted", // Goïta's authorities accuse "foreign states" of destabilisation
        "evt-seed-06,COERCE,,alleged",  // the alleged destabilisation attempt
        "evt-seed-07,ACCUSE,,asserted", // Paris denounces "baseless accusations"
        "evt-seed-08,REQUEST,,asserted", // and demands his release
        "evt-seed-09,SANCTION,2025-09-17,asserted", // Wednesday: Mali declares five French staff persona non grata
        "evt-seed-10,SANCTION,2025-09-14,asserted", // they had left Mali on Sunday
        "evt-seed-11,ASSAULT,2012,historical", // jihadist violence since 2012 (Al-Qaïda, Daesh)
        "evt-seed-12,ASSAULT,2012,historical", // and community criminal groups
        "evt-seed-13,COERCE,2020,historical",  // coup of 2020
        "evt-seed-14,COERCE,2021,historical",  // coup of 2021
        "evt-seed-15,SANCTION,,historical", // Bamako turns away from its Western partners, France
        "evt-seed-16,SUPPORT,,historical",  // turns politically toward Russia
        "evt-seed-17,COOPERATE,,historical", // and militarily
        "evt-seed-18,ASSAULT,,alleged", // army and Africa Corps accused of abuses against civilians
    ];
    let actual: Vec<&str> = csv.lines().collect();
    assert_eq!(actual, expected);
}

// ---- queries ------------------------------------------------------------------------------

#[test]
fn every_named_query_runs_and_finds_the_seed_events() {
    let (_dir, store) = bundled_store();
    // (query, params, text the answer must contain)
    let cases: &[(&str, &[&str], &str)] = &[
        ("expulsions", &[], "act-mli-dip"),
        (
            "events-between",
            &["a=act-fra", "b=act-mli-gov"],
            "SANCTION",
        ),
        ("actor-events", &["actor=act-fra"], "SANCTION"),
        ("accusations", &[], "alleged"),
        ("cooperation-partners", &["actor=act-mli-gov"], "act-rus"),
        ("events-by-type-and-month", &[], "2025-09"),
        (
            "evidence",
            &["event_id=evt-seed-01"],
            "La France a suspendu",
        ),
        ("actors-by-country-and-sector", &["country=MLI"], "MLI"),
        (
            "articles-mentioning",
            &["actor=act-fra"],
            "art-2025-09-18-france-mali",
        ),
        ("conflict-leaders", &[], "act-"),
        ("sanctions", &[], "act-maslov"),
        ("coups", &[], "act-ner-cnsp"),
        ("alleged-abuses", &[], "act-mli-cvl"),
        ("interactions", &["type=ASSAULT"], "act-wagner"),
        (
            "article-events",
            &["article=art-2025-09-18-france-mali"],
            "curated/seed",
        ),
        ("withdrawals", &[], "act-fra-emb-mli-staff"),
        ("timeline", &["actor=Wagner"], "act-sadio-camara"),
    ];
    for (name, params, expected) in cases {
        let mut cmd = newskg(&store);
        cmd.args(["query", "--name", name, "--format", "csv"]);
        for p in *params {
            cmd.args(["--param", p]);
        }
        let out = stdout_of(&mut cmd);
        assert!(
            out.contains(expected),
            "query {name} {params:?}: no '{expected}' in\n{out}"
        );
    }
    // Every query of queries/ has a case above.
    let list = stdout_of(newskg(&store).args(["queries"]));
    let names: Vec<&str> = list
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(names.len() >= 10, "{list}");
    for name in names {
        assert!(
            cases.iter().any(|(n, _, _)| *n == name),
            "named query {name} has no test case"
        );
    }
}

#[test]
fn optional_parameters_filter() {
    let (_dir, store) = curated_store();
    let count = |args: &[&str]| {
        let mut cmd = newskg(&store);
        cmd.args(["query", "--format", "csv"]).args(args);
        stdout_of(&mut cmd).lines().count() - 1
    };
    assert!(count(&["--name", "expulsions"]) >= 3);
    assert_eq!(
        count(&["--name", "expulsions", "--param", "since=2025-10-01"]),
        0
    );
    assert_eq!(
        count(&["--name", "expulsions", "--param", "actor=act-fra-gov"]),
        1
    );
    let all = count(&["--name", "actor-events", "--param", "actor=act-fra"]);
    let sanctions = count(&[
        "--name",
        "actor-events",
        "--param",
        "actor=act-fra",
        "--param",
        "type=SANCTION",
    ]);
    assert!(0 < sanctions && sanctions < all, "{sanctions} of {all}");
}

#[test]
fn named_query_parameters_resolve_labels_in_both_languages() {
    let (_dir, store) = bundled_store();
    let by_id = stdout_of(newskg(&store).args([
        "query",
        "--name",
        "actor-events",
        "--param",
        "actor=act-fra",
        "--format",
        "csv",
    ]));
    let by_label = stdout_of(newskg(&store).args([
        "query",
        "--name",
        "actor-events",
        "--param",
        "actor=france",
        "--format",
        "csv",
    ]));
    assert_eq!(by_id, by_label);
}

#[test]
fn query_list_shows_titles_and_parameters() {
    newskg(Path::new("unused"))
        .args(["query", "--list"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("expulsions")
                .and(predicate::str::contains("--param a=<actor>")),
        );
}

#[test]
fn result_formats_are_sparql_result_formats() {
    let fixture = fixture();
    let store = fixture.path().join("s");
    newskg(&store)
        .args(["ingest", "--no-extract"])
        .arg(fixture.path().join("in"))
        .assert()
        .success();
    let q = "SELECT ?e WHERE { ?e a nkg:Event } ORDER BY ?e";
    let json = stdout_of(newskg(&store).args(["query", q, "--format", "json"]));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["results"]["bindings"].as_array().unwrap().len(), 2);
    let xml = stdout_of(newskg(&store).args(["query", q, "--format", "xml"]));
    assert!(xml.contains("<sparql"));
    let tsv = stdout_of(newskg(&store).args(["query", q, "--format", "tsv"]));
    assert!(tsv.starts_with("?e\n"));
    let table = stdout_of(newskg(&store).args(["query", q]));
    assert!(
        table.contains("event:evt-t1") && table.contains("(2 rows)"),
        "{table}"
    );
    let ask = stdout_of(newskg(&store).args(["query", "ASK { ?e nkg:eventType nkg:SANCTION }"]));
    assert_eq!(ask.trim(), "true");
    let construct = stdout_of(newskg(&store).args([
        "query",
        "CONSTRUCT { ?a nkg:sanctions ?b } WHERE { ?a nkg:sanctions ?b }",
    ]));
    assert!(
        construct.contains("actor:act-fra nkg:sanctions actor:act-mli-dip"),
        "{construct}"
    );
}

#[test]
fn update_is_explicit_and_applies() {
    let fixture = fixture();
    let store = fixture.path().join("s");
    newskg(&store)
        .arg("ingest")
        .arg(fixture.path().join("in"))
        .assert()
        .success();
    newskg(&store)
        .args(["query", "INSERT DATA { actor:act-x a nkg:Actor }"])
        .assert()
        .code(2);
    newskg(&store)
        .args(["update", "DELETE WHERE { GRAPH ?g { event:evt-t2 ?p ?o } }"])
        .assert()
        .success();
    let out = stdout_of(newskg(&store).args(["query", "ASK { event:evt-t2 ?p ?o }"]));
    assert_eq!(out.trim(), "false");
}

// ---- export and stats --------------------------------------------------------------------------

#[test]
fn every_export_format_parses_back_to_the_same_data() {
    let (_dir, store) = bundled_store();
    let full = dataset(RdfFormat::NQuads, &nquads(&store));
    let union: Vec<String> = {
        let text: String = nquads(&store);
        let quads: Dataset = RdfParser::from_format(RdfFormat::NQuads)
            .for_slice(&text)
            .collect::<Result<Dataset, _>>()
            .unwrap();
        let mut lines: Vec<String> = quads
            .iter()
            .map(|q| {
                Quad::new(
                    q.subject.into_owned(),
                    q.predicate.into_owned(),
                    q.object.into_owned(),
                    GraphName::DefaultGraph,
                )
                .to_string()
            })
            .collect();
        lines.sort();
        lines.dedup();
        lines
    };
    for (name, format, expected) in [
        ("trig", RdfFormat::TriG, &full),
        ("nt", RdfFormat::NTriples, &union),
        ("ttl", RdfFormat::Turtle, &union),
        ("rdfxml", RdfFormat::RdfXml, &union),
        (
            "jsonld",
            RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
            &full,
        ),
    ] {
        let text = stdout_of(newskg(&store).args(["export", "--format", name]));
        assert_same_data(
            &dataset(format, &text),
            expected,
            &format!("{name} export parsed back"),
        );
    }
}

#[test]
fn turtle_export_uses_prefixes_and_is_deterministic() {
    let (_dir, store) = bundled_store();
    let a = stdout_of(newskg(&store).args(["export", "--format", "ttl"]));
    let b = stdout_of(newskg(&store).args(["export", "--format", "ttl"]));
    assert_eq!(a, b);
    assert!(a.contains("@prefix nkg: <https://w3id.org/newskg/ontology#>"));
    assert!(a.contains("nkg:eventType nkg:SANCTION"));
}

#[test]
fn export_to_a_file() {
    let fixture = fixture();
    let store = fixture.path().join("s");
    newskg(&store)
        .arg("ingest")
        .arg(fixture.path().join("in"))
        .assert()
        .success();
    let out = fixture.path().join("out.trig");
    newskg(&store)
        .args(["export", "--format", "trig", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    assert!(std::fs::read_to_string(out)
        .unwrap()
        .contains("nkg:SANCTION"));
}

#[test]
fn stats_counts_graphs_classes_and_types() {
    let fixture = fixture();
    let store = fixture.path().join("s");
    newskg(&store)
        .args(["ingest", "--no-extract"])
        .arg(fixture.path().join("in"))
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        newskg(&store).args(["stats", "--format", "json"]),
    ))
    .unwrap();
    assert_eq!(json["articles"], 1);
    assert_eq!(json["events"], 2);
    assert_eq!(json["actors"], 3);
    let table = stdout_of(newskg(&store).args(["stats"]));
    assert!(
        table.contains("quads by graph:") && table.contains("SANCTION"),
        "{table}"
    );
}

// ---- bad input ---------------------------------------------------------------------------------

/// Ingests the fixture, runs `bad`, and checks that the store still holds exactly what it held.
fn store_survives(bad: impl FnOnce(&Path, &Path)) {
    let fixture = fixture();
    let store = fixture.path().join("s");
    newskg(&store)
        .arg("ingest")
        .arg(fixture.path().join("in"))
        .assert()
        .success();
    let before = nquads(&store);
    bad(&store, fixture.path());
    assert_same_data(
        &dataset(RdfFormat::NQuads, &nquads(&store)),
        &dataset(RdfFormat::NQuads, &before),
        "the store after bad input",
    );
}

/// Writes `content` to `file`, ingests it, and expects exit code 2 with `expected` on stderr.
fn ingest_rejects(store: &Path, file: &Path, content: impl AsRef<[u8]>, expected: &str) {
    std::fs::write(file, content).unwrap();
    newskg(store)
        .arg("ingest")
        .arg(file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(expected));
}

#[test]
fn malformed_json_line_is_named_and_the_rest_ingested() {
    store_survives(|store, dir| {
        let file = dir.join("more.jsonl");
        std::fs::write(&file, "{\"id\":\"art-ok\",\"title\":\"Fine\",\"text\":\"Le Mali a protesté.\"}\n{\"id\": oops\n").unwrap();
        newskg(store)
            .arg("ingest")
            .arg(&file)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("more.jsonl:2:"));
        let out =
            stdout_of(newskg(store).args(["query", "ASK { article:art-ok a schema:NewsArticle }"]));
        assert_eq!(out.trim(), "true");
        newskg(store)
            .args(["update", "DROP GRAPH article:art-ok"])
            .assert()
            .success();
    });
}

#[test]
fn invalid_turtle_is_named_with_line_and_column() {
    store_survives(|store, dir| {
        let file = dir.join("bad.ttl");
        std::fs::write(
            &file,
            "@prefix ex: <http://example.com/> .\nex:a ex:b ex:c .\nex:a ex:b \"unterminated .\n",
        )
        .unwrap();
        newskg(store)
            .arg("ingest")
            .arg(&file)
            .assert()
            .code(2)
            .stderr(predicate::str::is_match(r"bad\.ttl:3:\d+: ").unwrap());
    });
}

#[test]
fn reingesting_a_broken_rdf_file_keeps_its_old_graph() {
    let fixture = fixture();
    let store = fixture.path().join("s");
    let file = fixture.path().join("notes.ttl");
    std::fs::write(
        &file,
        "<http://example.com/a> <http://example.com/b> \"v1\" .\n",
    )
    .unwrap();
    newskg(&store).arg("ingest").arg(&file).assert().success();
    std::fs::write(
        &file,
        "<http://example.com/a> <http://example.com/b> \"v2\" .\n<http://example.com/a> oops\n",
    )
    .unwrap();
    newskg(&store).arg("ingest").arg(&file).assert().code(2);
    let out = stdout_of(newskg(&store).args([
        "query",
        "SELECT ?v WHERE { <http://example.com/a> <http://example.com/b> ?v }",
        "--format",
        "csv",
    ]));
    assert_eq!(out, "v\r\nv1\r\n");
}

#[test]
fn fact_with_unknown_actor_is_rejected_and_old_facts_kept() {
    store_survives(|store, dir| {
        let content = FACTS.replace("act-mli-dip", "act-nobody");
        ingest_rejects(
            store,
            &dir.join("facts2.jsonl"),
            content,
            "facts2.jsonl:1: unknown actor 'act-nobody'",
        );
    });
}

#[test]
fn facts_may_name_combined_actors_of_the_dictionary() {
    // "act-tcd-cop" has no record of its own: Chad and the police role word make it, as extraction does.
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let file = dir.path().join("facts.jsonl");
    std::fs::write(
        &file,
        r#"{"id":"evt-c1","article":"art-c","event_type":"ASSAULT","mode":["crowd_control"],"actor":[{"id":"act-tcd-cop"}],"recipient":[{"id":"act-tcd-cvl"}],"date":"2026-02-07","modality":"asserted","rule":"curated/test"}
"#,
    )
    .unwrap();
    newskg(&store)
        .args(["ingest", "--no-extract"])
        .arg(&file)
        .assert()
        .success();
    let out = stdout_of(newskg(&store).args([
        "query",
        "SELECT ?l WHERE { actor:act-tcd-cop rdfs:label ?l FILTER(lang(?l) = 'en') }",
        "--format",
        "csv",
    ]));
    assert!(out.contains("Chad"), "{out}");
}

#[test]
fn a_rejected_fact_file_stores_no_actor_of_the_dictionary() {
    store_survives(|store, dir| {
        // The combined actor would come from the dictionary; its fact is refused, so it is not stored.
        let content = FACTS
            .replace(
                r#""id":"act-fra","text":"La France""#,
                r#""id":"act-bfa-gov""#,
            )
            .replace("act-mli-dip", "act-nobody");
        assert!(content.contains("act-bfa-gov"));
        ingest_rejects(
            store,
            &dir.join("facts4.jsonl"),
            content,
            "facts4.jsonl:1: unknown actor 'act-nobody'",
        );
    });
}

#[test]
fn unknown_event_type_is_rejected() {
    store_survives(|store, dir| {
        let content = FACTS.replace("\"SANCTION\"", "\"EXPEL\"");
        ingest_rejects(
            store,
            &dir.join("facts3.jsonl"),
            content,
            "facts3.jsonl:1: event record: unknown variant `EXPEL`",
        );
    });
}

#[test]
fn missing_file_is_named() {
    store_survives(|store, dir| {
        newskg(store)
            .arg("ingest")
            .arg(dir.join("nope.jsonl"))
            .assert()
            .code(2)
            .stderr(predicate::str::contains(
                "nope.jsonl: no such file or directory",
            ));
    });
}

#[test]
fn unreadable_directory_is_named() {
    let fixture = fixture();
    let locked = fixture.path().join("locked");
    std::fs::create_dir_all(locked.join("inner")).unwrap();
    std::fs::write(
        locked.join("inner/a.txt"),
        "Le Mali a protesté contre la France.",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(locked.join("inner"), std::fs::Permissions::from_mode(0o000)).unwrap();
    std::fs::set_permissions(fixture.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    // Root reads any directory: drop to an ordinary user for this run.
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout == b"0\n")
        .unwrap_or(false);
    let mut binary = assert_cmd::cargo::cargo_bin("newskg");
    let mut cmd = if root {
        // The build directory may not be reachable by that user: run a copy from the fixture.
        let copy = fixture.path().join("newskg");
        std::fs::copy(&binary, &copy).unwrap();
        std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o755)).unwrap();
        binary = copy;
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&binary);
        c
    } else {
        Command::new(&binary)
    };
    cmd.current_dir(fixture.path())
        .args(["--memory", "ingest"])
        .arg(&locked)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "inner: cannot read directory: permission denied",
        ));
    std::fs::set_permissions(locked.join("inner"), std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn empty_files_are_named() {
    store_survives(|store, dir| {
        for (name, message) in [
            ("empty.jsonl", "empty file"),
            ("empty.txt", "empty article"),
            ("empty.ttl", "empty file"),
        ] {
            ingest_rejects(store, &dir.join(name), "", &format!("{name}: {message}"));
        }
    });
}

#[test]
fn invalid_utf8_is_named_and_other_encodings_accepted() {
    store_survives(|store, dir| {
        let file = dir.join("latin1.txt");
        std::fs::write(
            &file,
            b"---\nid: art-latin1\n---\nL'arm\xe9e malienne a attaqu\xe9.\n",
        )
        .unwrap();
        newskg(store)
            .arg("ingest")
            .arg(&file)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("latin1.txt:4:6: invalid UTF-8"));
        newskg(store)
            .arg("ingest")
            .arg(&file)
            .args(["--encoding", "latin1"])
            .assert()
            .success();
        let out = stdout_of(newskg(store).args([
            "query",
            "SELECT ?t WHERE { article:art-latin1 schema:text ?t }",
            "--format",
            "csv",
        ]));
        assert!(out.contains("L'armée malienne a attaqué."), "{out}");
        newskg(store)
            .args(["update", "DROP GRAPH article:art-latin1"])
            .assert()
            .success();
    });
}

#[test]
fn a_locked_store_is_reported_and_left_intact() {
    store_survives(|store, dir| {
        let held = newskg::store::NewsStore::open(
            &newskg::store::StoreLocation::Disk(store.to_owned()),
            false,
        )
        .unwrap();
        newskg(store)
            .arg("ingest")
            .arg(dir.join("in"))
            .assert()
            .code(1)
            .stderr(predicate::str::contains("in use by another newskg process"));
        drop(held);
    });
}

#[test]
fn invalid_sparql_names_the_position() {
    let (_dir, store) = bundled_store();
    newskg(&store)
        .args(["query", "SELECT ?x WHERE { ?x ?y }"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("invalid SPARQL")
                .and(predicate::str::is_match(r"\d+:\d+").unwrap()),
        );
}

#[test]
fn unknown_named_query_lists_the_available_ones() {
    newskg(Path::new("unused"))
        .args(["query", "--name", "nope"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unknown named query 'nope'; available: ")
                .and(predicate::str::contains("expulsions")),
        );
}

#[test]
fn parameters_cannot_inject_sparql() {
    store_survives(|store, _| {
        // An actor value is an id, an IRI or a label: never query text.
        newskg(store)
            .args([
                "query",
                "--name",
                "actor-events",
                "--param",
                "actor=act-fra> } ; DROP ALL ; #",
            ])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("no actor is named"));
        newskg(store)
            .args([
                "query",
                "--name",
                "evidence",
                "--param",
                "event_id=x\" } } DELETE WHERE { ?s ?p ?o } #",
            ])
            .assert()
            .success()
            .stdout(predicate::str::contains("(0 rows)"));
        newskg(store)
            .args([
                "query",
                "--name",
                "actors-by-country-and-sector",
                "--param",
                "country=MLI\") || true || (\"",
            ])
            .assert()
            .success()
            .stdout(predicate::str::contains("(0 rows)"));
    });
}

#[test]
fn missing_required_parameter_is_named() {
    newskg(Path::new("unused"))
        .args([
            "--memory",
            "query",
            "--name",
            "events-between",
            "--param",
            "a=act-fra",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "missing required parameter: --param b=",
        ));
}

#[test]
fn querying_a_missing_store_says_how_to_make_one() {
    let dir = tempfile::tempdir().unwrap();
    newskg(&dir.path().join("none"))
        .args(["query", "ASK {}"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("run `newskg ingest` first"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let (_dir, store) = bundled_store();
    let binary = assert_cmd::cargo::cargo_bin("newskg");
    let status = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "'{}' --store '{}' export --format nt | head -c 10 >/dev/null; exit ${{PIPESTATUS[0]}}",
            binary.display(),
            store.display()
        ))
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn every_subcommand_has_help_with_an_example() {
    for sub in [
        "ingest", "extract", "eval", "query", "queries", "update", "export", "stats",
    ] {
        newskg(Path::new("unused"))
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Example"));
    }
}

// ---- extract -----------------------------------------------------------------------------------

const SEED: &str = "data/articles/2025-09-18_fr_france-mali-suspension-cooperation.txt";

#[test]
fn extract_prints_event_records_with_evidence() {
    let out = stdout_of(newskg(Path::new("unused")).args(["extract", "--format", "jsonl", SEED]));
    let text = std::fs::read_to_string(repo().join(SEED)).unwrap();
    let body = text.splitn(3, "---\n").nth(2).unwrap().trim();
    let records: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!records.is_empty());
    for r in &records {
        let [start, end] = [
            r["span"][0].as_u64().unwrap() as usize,
            r["span"][1].as_u64().unwrap() as usize,
        ];
        assert_eq!(
            &body[start..end],
            r["sentence"].as_str().unwrap(),
            "span and sentence agree"
        );
        assert!(r["rule"].as_str().unwrap().starts_with("fr/"));
        assert_eq!(r["article"], "art-2025-09-18-france-mali");
    }
    // France suspends its cooperation with Mali.
    assert!(
        records
            .iter()
            .any(|r| r["event_type"] == "SANCTION" && r["actor"][0]["id"] == "act-fra-gov"),
        "{out}"
    );
}

#[test]
fn ingest_extracts_events_from_article_texts() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    std::fs::create_dir_all(dir.path().join("in")).unwrap();
    let article = "---\nid: art-t\ndate: 2025-09-18\nlang: fr\n---\n\nLa France a sommé deux diplomates maliens de quitter son territoire. Le gouvernement mauritanien a expulsé mardi trois diplomates nigérians.\n";
    std::fs::write(dir.path().join("in/article.txt"), article).unwrap();
    let out = stdout_of(newskg(&store).arg("ingest").arg(dir.path().join("in")));
    assert!(out.contains("2 events extracted from text"), "{out}");
    let extracted = "SELECT ?a ?r ?date WHERE { ?e prov:wasGeneratedBy nkg:TextExtraction ; nkg:eventType nkg:SANCTION ; nkg:actor ?a ; nkg:recipient ?r ; nkg:date ?date ; nkg:rule ?rule ; nkg:evidence ?s } ORDER BY ?date";
    let csv = stdout_of(newskg(&store).args(["query", "--format", "csv", extracted]));
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{csv}");
    assert!(
        rows[0].contains("act-mrt-gov")
            && rows[0].contains("act-nga-dip")
            && rows[0].contains("2025-09-16"),
        "{csv}"
    );
    assert!(
        rows[1].contains("act-fra-gov") && rows[1].contains("act-mli-dip-fra"),
        "{csv}"
    );
    // The actors they name are stored with their labels and parents, those a role word and a state make too.
    let labels = "SELECT ?id ?l WHERE { VALUES ?id { actor:act-mrt-gov actor:act-nga-dip actor:act-nga-gov actor:act-mrt } ?id rdfs:label ?l }";
    let csv = stdout_of(newskg(&store).args(["query", "--format", "csv", labels]));
    assert!(
        csv.contains("diplomates nigérians") && csv.contains("Mauritania"),
        "{csv}"
    );
    // Re-ingesting replaces the extracted events; a curated fact stating the same event wins over extraction.
    let fact = r#"{"id":"evt-c1","article":"art-t","event_type":"SANCTION","actor":[{"id":"act-fra"}],"recipient":[{"id":"act-mli-dip-fra"}],"modality":"asserted","rule":"curated/test"}"#;
    std::fs::write(dir.path().join("in/facts.jsonl"), fact).unwrap();
    stdout_of(newskg(&store).arg("ingest").arg(dir.path().join("in")));
    let all =
        "SELECT ?e ?origin WHERE { ?e nkg:eventType nkg:SANCTION ; prov:wasGeneratedBy ?origin }";
    let csv = stdout_of(newskg(&store).args(["query", "--format", "csv", all]));
    assert_eq!(
        csv.lines().count(),
        3,
        "two events, the French one curated: {csv}"
    );
    assert!(
        csv.contains("CuratedFacts") && csv.contains("TextExtraction"),
        "{csv}"
    );
    // --no-extract stores the texts alone.
    let bare = dir.path().join("bare");
    std::fs::remove_file(dir.path().join("in/facts.jsonl")).unwrap();
    let out = stdout_of(
        newskg(&bare)
            .args(["ingest", "--no-extract"])
            .arg(dir.path().join("in")),
    );
    assert!(out.contains("0 events extracted from text"), "{out}");
}

/// Golden event records per article: the bundled articles and the written gold texts, as `newskg extract`
/// prints them. Set NEWSKG_BLESS=1 to rewrite them after an intended change, and review the diff.
#[test]
fn extraction_matches_the_golden_files() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = stdout_of(newskg(&dir.path().join("s")).args([
        "extract",
        "--format",
        "jsonl",
        "data/articles",
        "data/gold/texts",
    ]));
    let mut by_article: std::collections::BTreeMap<String, String> =
        std::collections::BTreeMap::new();
    for line in jsonl.lines() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        let article = record["article"].as_str().unwrap().to_owned();
        let text = by_article.entry(article).or_default();
        text.push_str(line);
        text.push('\n');
    }
    let golden = repo().join("tests/fixtures/extract");
    if std::env::var_os("NEWSKG_BLESS").is_some() {
        let _ = std::fs::remove_dir_all(&golden);
        std::fs::create_dir_all(&golden).unwrap();
        for (article, text) in &by_article {
            std::fs::write(golden.join(format!("{article}.jsonl")), text).unwrap();
        }
    }
    let mut expected: std::collections::BTreeMap<String, String> =
        std::collections::BTreeMap::new();
    for entry in
        std::fs::read_dir(&golden).expect("tests/fixtures/extract (NEWSKG_BLESS=1 writes it)")
    {
        let path = entry.unwrap().path();
        let article = path.file_stem().unwrap().to_string_lossy().into_owned();
        expected.insert(article, std::fs::read_to_string(&path).unwrap());
    }
    let articles: Vec<&String> = by_article.keys().chain(expected.keys()).collect();
    for article in articles {
        assert_eq!(
            by_article.get(article),
            expected.get(article),
            "extracted events of {article} differ from tests/fixtures/extract/{article}.jsonl"
        );
    }
}

#[test]
fn extract_output_is_ingestible_as_facts() {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("extracted.jsonl");
    let out = stdout_of(newskg(Path::new("unused")).args(["extract", "--format", "jsonl", SEED]));
    std::fs::write(&facts, out).unwrap();
    let store = dir.path().join("s");
    newskg(&store)
        .args(["ingest", "data/actors"])
        .arg(&facts)
        .assert()
        .success();
}

#[test]
fn extract_needs_its_dictionaries() {
    newskg(Path::new("unused"))
        .args(["extract", "--data", "/nonexistent", SEED])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no dictionaries in /nonexistent"));
}

#[test]
fn extract_of_unreadable_files_prints_only_the_errors() {
    newskg(Path::new("unused"))
        .args(["extract", "/nonexistent/article.txt"])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("/nonexistent/article.txt"));
}

#[test]
fn extract_says_when_it_cannot_tell_the_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("short.txt"), "Bamako !").unwrap();
    std::fs::write(
        dir.path().join("plain.txt"),
        "Le Mali a expulsé l'ambassadeur de France mercredi.",
    )
    .unwrap();
    newskg(Path::new("unused"))
        .arg("extract")
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("fr/sanction/expel"))
        .stderr(predicate::str::contains(
            "short.txt: cannot tell French from English",
        ))
        .stderr(predicate::str::contains("plain.txt").not());
}

#[test]
fn extract_survives_odd_text() {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in [
        (
            "emoji.txt",
            "🙂🙂🙂 La France 🙂 a expulsé 🙂 deux diplomates maliens."
                .as_bytes()
                .to_vec(),
        ),
        (
            "rtl.txt",
            "مرحبا بالعالم. שלום עולם. Le Mali a protesté."
                .as_bytes()
                .to_vec(),
        ),
        (
            "mixed.txt",
            "The U.S. suspended aid. La France a suspendu sa coopération avec le Mali."
                .as_bytes()
                .to_vec(),
        ),
        ("nothing.txt", b"Il pleut sur Lyon depuis mardi.".to_vec()),
    ] {
        std::fs::write(dir.path().join(name), content).unwrap();
    }
    std::fs::write(
        dir.path().join("binary.txt"),
        [0u8, 159, 146, 150, 255, 0, 1],
    )
    .unwrap();
    newskg(Path::new("unused"))
        .arg("extract")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("binary.txt:1:2: invalid UTF-8"));
}

#[test]
fn eval_scores_extraction_against_the_curated_facts() {
    let out = stdout_of(newskg(Path::new("unused")).args([
        "eval",
        "--gold",
        "data/facts",
        "data/articles",
        "--format",
        "json",
    ]));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["articles"], 10);
    assert_eq!(json["events"]["gold"], 100);
    assert!(json["events"]["found"].as_u64().unwrap() > 0);
    assert!(json["by_language"]["fr"]["gold"].as_u64().unwrap() > 0);
    let table = stdout_of(newskg(Path::new("unused")).args([
        "eval",
        "--gold",
        "data/facts",
        "data/articles",
    ]));
    assert!(
        table.contains("actor linking") && table.contains("events, fr") && table.contains("dates:"),
        "{table}"
    );
}

#[test]
fn a_skip_marker_keeps_a_directory_out_of_a_walk_but_not_out_of_reach() {
    let fixture = fixture();
    let gold = fixture.path().join("in/gold");
    std::fs::create_dir_all(&gold).unwrap();
    std::fs::write(gold.join(".newskg-skip"), "").unwrap();
    std::fs::write(
        gold.join("invented.txt"),
        "---\nid: art-invented\n---\nLe Mali a protesté contre la France.\n",
    )
    .unwrap();
    let store = fixture.path().join("s");
    newskg(&store)
        .arg("ingest")
        .arg(fixture.path().join("in"))
        .assert()
        .success()
        .stdout(predicate::str::contains("1 article,"));
    newskg(&store)
        .arg("ingest")
        .arg(&gold)
        .assert()
        .success()
        .stdout(predicate::str::contains("1 article,"));
    let out = stdout_of(
        newskg(&store).args(["query", "ASK { article:art-invented a schema:NewsArticle }"]),
    );
    assert_eq!(out.trim(), "true");
}
