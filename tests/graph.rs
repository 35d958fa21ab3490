//! End-to-end tests of `newskg graph`, `newskg analyze` and `newskg timeline`: the real binary on stores built
//! in temporary directories, checked on stdout, stderr and exit code.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `newskg --store STORE`, run from the repository root with no store or Graphviz choice from the environment.
fn on(store: &Path) -> Command {
    let mut cmd = Command::cargo_bin("newskg").unwrap();
    cmd.current_dir(repo())
        .env_remove("NEWSKG_STORE")
        .env_remove("NEWSKG_DOT")
        .arg("--store")
        .arg(store);
    cmd
}

/// The standard output of a command that must succeed.
fn output(cmd: &mut Command) -> String {
    let run = cmd.output().unwrap();
    assert!(
        run.status.success(),
        "exit {:?}: {}",
        run.status.code(),
        String::from_utf8_lossy(&run.stderr)
    );
    String::from_utf8(run.stdout).unwrap()
}

const SEED_FACTS: &str = "data/facts/2025-09-18_fr_france-mali-suspension-cooperation.jsonl";
const SEED_ARTICLE: &str = "data/articles/2025-09-18_fr_france-mali-suspension-cooperation.txt";

/// A store holding the bundled actors, the seed article and its curated facts (no extraction).
fn seed_store() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    on(&store)
        .args([
            "ingest",
            "--no-extract",
            "data/actors",
            SEED_FACTS,
            SEED_ARTICLE,
        ])
        .assert()
        .success();
    (dir, store)
}

// A small world of our own: three states, two armies, a ministry, an armed group, an NGO, and an observer mission
// that no event names; both armies are "l'armée" in French, so that name is ambiguous.
const ACTORS: &str = r#"{"id":"act-fra","class":"State","name":{"en":"France","fr":"France"},"country":"FRA"}
{"id":"act-mli","class":"State","name":{"en":"Mali","fr":"Mali"},"country":"MLI"}
{"id":"act-ner","class":"State","name":{"en":"Niger","fr":"Niger"},"country":"NER"}
{"id":"act-fra-min","class":"Ministry","name":{"en":"Foreign Ministry of France","fr":"ministère des Affaires étrangères"},"aliases":{"fr":["Quai d'Orsay"]},"country":"FRA","sector":"GOV"}
{"id":"act-mli-army","class":"ArmedForces","name":{"en":"Malian Army","fr":"Armée malienne"},"aliases":{"fr":["l'armée"]},"country":"MLI","sector":"MIL"}
{"id":"act-ner-army","class":"ArmedForces","name":{"en":"Nigerien Army","fr":"Armée nigérienne"},"aliases":{"fr":["l'armée"]},"country":"NER","sector":"MIL"}
{"id":"act-grp","class":"ArmedGroup","name":{"en":"Sahel Front","fr":"Front du Sahel"},"aliases":{"en":["the Front"]},"sector":"REB"}
{"id":"act-ngo","class":"NonGovernmentalOrganization","name":{"en":"Aid Without Borders","fr":"Aide sans frontières"},"sector":"NGO"}
{"id":"act-obs","class":"InternationalOrganization","name":{"en":"Observer Mission","fr":"Mission d'observation"},"sector":"IGO"}
"#;

const FACTS: &str = r#"{"id":"evt-g1","article":"art-g1","event_type":"SANCTION","mode":["expel"],"actor":[{"id":"act-fra"}],"recipient":[{"id":"act-mli"}],"date":"2025-01-10","modality":"asserted","sentence":"Paris expelled two envoys.","rule":"curated/test"}
{"id":"evt-g2","article":"art-g1","event_type":"SANCTION","actor":[{"id":"act-fra"}],"recipient":[{"id":"act-mli"}],"date":"2025-03","modality":"asserted","sentence":"Paris froze the \"joint\" programme.","rule":"curated/test"}
{"id":"evt-g3","article":"art-g1","event_type":"ACCUSE","actor":[{"id":"act-mli"}],"recipient":[{"id":"act-fra"}],"date":"2025-02-01","modality":"asserted","sentence":"Bamako accused Paris of meddling.","rule":"curated/test"}
{"id":"evt-g4","article":"art-g1","event_type":"COOPERATE","actor":[{"id":"act-mli-army"}],"recipient":[{"id":"act-ner-army"}],"date":"2025-04-01","modality":"asserted","sentence":"The two armies patrolled together.","rule":"curated/test"}
{"id":"evt-g5","article":"art-g1","event_type":"CONSULT","actor":[{"id":"act-fra-min"}],"recipient":[{"id":"act-ner"}],"date":"2025-05-05","modality":"asserted","sentence":"The ministry met Niger's envoy.","rule":"curated/test"}
{"id":"evt-g6","article":"art-g1","event_type":"ASSAULT","actor":[{"id":"act-grp"}],"recipient":[{"id":"act-mli-army"}],"date":"2025-06-01","modality":"asserted","sentence":"The Front attacked an army post.","rule":"curated/test"}
{"id":"evt-g7","article":"art-g1","event_type":"ASSAULT","actor":[{"id":"act-grp"}],"date":"2025-06-02","modality":"asserted","sentence":"The Front fought in the north.","rule":"curated/test"}
{"id":"evt-g8","article":"art-g1","event_type":"THREATEN","actor":[{"id":"act-grp"}],"recipient":[{"id":"act-ner"}],"date":"2025-07-01","modality":"negated","sentence":"The Front did not threaten Niamey.","rule":"curated/test"}
{"id":"evt-g10","article":"art-g1","event_type":"REQUEST","actor":[{"id":"act-ner"}],"recipient":[{"id":"act-ner-army"}],"date":"2025-05-20","modality":"asserted","sentence":"Niamey asked its army to stand by.","rule":"curated/test"}
{"id":"evt-g9","article":"art-g2","event_type":"AID","actor":[{"id":"act-ngo"}],"recipient":[{"id":"act-mli"}],"date":"2025-08-01","modality":"asserted","sentence":"The NGO delivered food to Mali.","rule":"curated/test"}
"#;

const ARTICLE_1: &str = "---\nid: art-g1\ntitle: A test dispatch about the Sahel\ndate: 2025-08-15\nlang: en\nsource: Test\n---\n\nA made-up text for tests.\n";
const ARTICLE_2: &str = "---\nid: art-g2\ntitle: Une dépêche d'essai sur l'aide\ndate: 2025-08-16\nlang: fr\nsource: Test\n---\n\nUn texte inventé pour les tests.\n";

/// A store holding the small world above.
fn world_store() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(input.join("actors")).unwrap();
    std::fs::write(input.join("actors/actors.jsonl"), ACTORS).unwrap();
    std::fs::write(input.join("facts.jsonl"), FACTS).unwrap();
    std::fs::write(input.join("art-g1.txt"), ARTICLE_1).unwrap();
    std::fs::write(input.join("art-g2.txt"), ARTICLE_2).unwrap();
    let store = dir.path().join("store");
    on(&store)
        .args(["ingest", "--no-extract"])
        .arg(&input)
        .assert()
        .success();
    (dir, store)
}

fn graph_of(store: &Path, args: &[&str]) -> String {
    output(on(store).arg("graph").args(args))
}

// ---- graph: drawing ------------------------------------------------------------------------------

/// Compares output with a golden file of tests/fixtures, byte for byte: the output is meant to be
/// deterministic. Set NEWSKG_BLESS=1 to rewrite it after an intended change, and review the diff.
fn check_golden(name: &str, got: &str) {
    let golden = repo().join("tests/fixtures").join(name);
    if std::env::var_os("NEWSKG_BLESS").is_some() {
        std::fs::write(&golden, got).unwrap();
    }
    let expected = std::fs::read_to_string(&golden)
        .unwrap_or_else(|e| panic!("tests/fixtures/{name} (NEWSKG_BLESS=1 writes it): {e}"));
    if got != expected {
        let line = got
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(got.lines().count().min(expected.lines().count()));
        panic!(
            "output differs from tests/fixtures/{name} at line {}:\n  got:      {}\n  expected: {}",
            line + 1,
            got.lines().nth(line).unwrap_or("(end)"),
            expected.lines().nth(line).unwrap_or("(end)")
        );
    }
}

/// Golden check: the DOT of the seed facts (tests/fixtures/seed-graph.dot).
#[test]
fn seed_facts_give_the_golden_dot() {
    let (_dir, store) = seed_store();
    check_golden("seed-graph.dot", &graph_of(&store, &[]));
}

/// Golden check: the timeline picture of the Government of Mali in the seed facts
/// (tests/fixtures/seed-timeline.svg), dated and undated events, several types and modes.
#[test]
fn seed_facts_give_the_golden_timeline_svg() {
    let (_dir, store) = seed_store();
    let svg = output(on(&store).args(["timeline", "Government of Mali", "--format", "svg"]));
    check_golden("seed-timeline.svg", &svg);
}

#[test]
fn the_same_store_gives_the_same_bytes_whatever_the_ingest_order() {
    let (_dir, store) = seed_store();
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("store");
    on(&other)
        .args([
            "ingest",
            "--no-extract",
            SEED_ARTICLE,
            SEED_FACTS,
            "data/actors",
        ])
        .assert()
        .success();
    let dot = graph_of(&store, &[]);
    assert_eq!(dot, graph_of(&store, &[]));
    assert_eq!(dot, graph_of(&other, &[]));
}

#[test]
fn nodes_edges_clusters_and_legend_are_drawn() {
    let (_dir, store) = world_store();
    let dot = graph_of(&store, &[]);
    assert!(dot.starts_with("digraph newskg {"));
    // Readable labels, never IRIs; shapes by class, fill by sector; countries as clusters.
    assert!(!dot.contains("https://"), "{dot}");
    assert!(dot.contains("\"act-fra-min\" [label=\"Foreign Ministry of France\", shape=box, style=\"rounded,filled\", fillcolor=\"#c6dbef\""), "{dot}");
    assert!(dot.contains("\"act-grp\" [label=\"Sahel Front\", shape=octagon"));
    assert!(dot.contains("subgraph \"cluster_NER\" {\n    label=\"Niger\";"));
    // One edge per (actor, recipient, type) with count, dates and modes; colour by quad class.
    assert!(dot.contains("\"act-fra\" -> \"act-mli\" [label=\"SANCTION ×2\\n2025-01-10 – 2025-03\\n(expel)\", color=\"#b2182b\""), "{dot}");
    assert!(dot.contains("\"act-mli-army\" -> \"act-ner-army\" [label=\"COOPERATE ×1\\n2025-04-01\", color=\"#1a7837\", fontcolor=\"#1a7837\", style=solid"));
    assert!(dot.contains("\"act-fra-min\" -> \"act-ner\" [label=\"CONSULT ×1\\n2025-05-05\", color=\"#4dac26\", fontcolor=\"#4dac26\", style=dashed"));
    // Tooltips quote the evidence (escaped) and the article title.
    assert!(dot.contains("2025-03 evt-g2: «Paris froze the \\\"joint\\\" programme.» — A test dispatch about the Sahel"), "{dot}");
    // The event without a recipient is in its actor's tooltip; the negated one is left out and counted.
    assert!(dot.contains("events without a recipient:\\nASSAULT 2025-06-02 evt-g7"));
    assert!(!dot.contains("THREATEN"));
    assert!(dot.contains("8 actors; 8 events as 7 edges"), "{dot}");
    assert!(dot.contains("1 events without a recipient"));
    assert!(dot.contains("1 negated events left out"));
    assert!(dot.contains("subgraph cluster_legend {"));
}

#[test]
fn labels_follow_the_chosen_language() {
    let (_dir, store) = world_store();
    let dot = graph_of(&store, &["--lang", "fr"]);
    assert!(dot.contains("[label=\"ministère des Affaires étrangères\""));
    assert!(dot.contains("Légende"));
    assert!(dot.contains("coopération matérielle"));
    let english = graph_of(&store, &["--lang", "en"]);
    assert!(english.contains("[label=\"Foreign Ministry of France\""));
}

#[test]
fn svg_and_png_are_drawn_by_graphviz() {
    let (dir, store) = world_store();
    let svg = graph_of(&store, &["--format", "svg"]);
    assert!(svg.contains("<svg"), "{svg}");
    assert!(svg.contains("Sahel Front"));
    // Tooltips become SVG titles of links.
    assert!(svg.contains("The Front attacked an army post."), "{svg}");
    let png = dir.path().join("world.png");
    on(&store)
        .args(["graph", "--format", "png", "-o"])
        .arg(&png)
        .assert()
        .success()
        .stdout("");
    let bytes = std::fs::read(&png).unwrap();
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
}

#[test]
fn a_missing_dot_program_says_how_to_install_it_and_dot_output_still_works() {
    let (_dir, store) = world_store();
    on(&store)
        .env("NEWSKG_DOT", "/nonexistent/dot")
        .args(["graph", "--format", "svg"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::contains("apt-get install graphviz")
                .and(predicate::str::contains("--format dot")),
        );
    on(&store)
        .env("NEWSKG_DOT", "/nonexistent/dot")
        .args(["graph", "--format", "dot"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("digraph newskg {"));
}

#[test]
fn a_crashing_dot_program_is_reported() {
    let (dir, store) = world_store();
    let out = dir.path().join("never.svg");
    on(&store)
        .args(["graph", "--format", "svg", "--dot", "false", "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Graphviz's `false` failed"));
    assert!(!out.exists(), "no half-written picture");
}

/// A store with actors and no event.
fn actors_only_store() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    on(&store)
        .args(["ingest", "data/actors"])
        .assert()
        .success();
    (dir, store)
}

#[test]
fn an_empty_store_gives_a_message_not_an_empty_picture() {
    let (dir, store) = actors_only_store();
    on(&store)
        .arg("graph")
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("nothing to draw"));
    on(&dir.path().join("none"))
        .arg("graph")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no store"));
}

#[test]
fn global_options_come_before_or_after_graph() {
    let (_dir, store) = world_store();
    let after = output(
        Command::cargo_bin("newskg")
            .unwrap()
            .current_dir(repo())
            .env_remove("NEWSKG_STORE")
            .args(["graph", "--store"])
            .arg(&store),
    );
    assert_eq!(after, graph_of(&store, &[]));
}

#[test]
fn graph_help_has_an_example() {
    on(Path::new("unused"))
        .args(["graph", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Example"));
}

// ---- graph: filters ------------------------------------------------------------------------------

/// The edges of a DOT text as `actor>recipient TYPE×count`, in the order written.
fn edges(dot: &str) -> Vec<String> {
    dot.lines()
        .filter_map(|line| {
            let (ends, attributes) = line.trim().split_once(" [label=\"")?;
            let (from, to) = ends.split_once(" -> ")?;
            let kind = attributes.split("\\n").next()?.replace(' ', "");
            Some(format!(
                "{}>{} {kind}",
                from.trim_matches('"'),
                to.trim_matches('"')
            ))
        })
        .collect()
}

#[test]
fn every_filter_narrows_the_picture() {
    let (_dir, store) = world_store();
    let all = edges(&graph_of(&store, &[]));
    assert_eq!(all.len(), 7, "{all:?}");
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["--type", "SANCTION,consult"],
            &[
                "act-fra>act-mli SANCTION×2",
                "act-fra-min>act-ner CONSULT×1",
            ],
        ),
        (
            &["--type", "SANCTION", "--type", "AID"],
            &["act-fra>act-mli SANCTION×2", "act-ngo>act-mli AID×1"],
        ),
        (
            &["--quad", "material-cooperation"],
            &[
                "act-mli-army>act-ner-army COOPERATE×1",
                "act-ngo>act-mli AID×1",
            ],
        ),
        (
            &["--quad", "verbal-conflict,verbal_cooperation"],
            &[
                "act-fra-min>act-ner CONSULT×1",
                "act-mli>act-fra ACCUSE×1",
                "act-ner>act-ner-army REQUEST×1",
            ],
        ),
        // A month meets a day inside it; undated events go when a period is given.
        (
            &["--since", "2025-03-15", "--until", "2025-05-05"],
            &[
                "act-fra>act-mli SANCTION×1",
                "act-fra-min>act-ner CONSULT×1",
                "act-mli-army>act-ner-army COOPERATE×1",
            ],
        ),
        (&["--until", "2025-01"], &["act-fra>act-mli SANCTION×1"]),
        (&["--article", "art-g2"], &["act-ngo>act-mli AID×1"]),
        (
            &["--article", "https://w3id.org/newskg/id/article/art-g2"],
            &["act-ngo>act-mli AID×1"],
        ),
        (
            &["--country", "ner"],
            &[
                "act-fra-min>act-ner CONSULT×1",
                "act-mli-army>act-ner-army COOPERATE×1",
                "act-ner>act-ner-army REQUEST×1",
            ],
        ),
        (&["--min-count", "2"], &["act-fra>act-mli SANCTION×2"]),
        (
            &["--actor", "Sahel Front"],
            &["act-grp>act-mli-army ASSAULT×1"],
        ),
        (
            &["--actor", "act-grp", "--depth", "2"],
            &[
                "act-grp>act-mli-army ASSAULT×1",
                "act-mli-army>act-ner-army COOPERATE×1",
            ],
        ),
        (
            &["--actor", "Niger", "--depth", "1", "--type", "REQUEST"],
            &["act-ner>act-ner-army REQUEST×1"],
        ),
    ];
    for (args, expected) in cases {
        assert_eq!(edges(&graph_of(&store, args)), *expected, "graph {args:?}");
    }
}

#[test]
fn the_neighbourhood_keeps_lone_events_of_its_actors() {
    let (_dir, store) = world_store();
    let dot = graph_of(&store, &["--actor", "the front", "--depth", "0"]);
    assert!(edges(&dot).is_empty());
    assert!(dot.contains("\"act-grp\" [label=\"Sahel Front\""));
    assert!(dot.contains("ASSAULT 2025-06-02 evt-g7"));
}

#[test]
fn actor_names_resolve_in_french_and_english_without_accents() {
    let (_dir, store) = world_store();
    let english = graph_of(&store, &["--actor", "Nigerien Army"]);
    for name in ["armee nigerienne", "ARMÉE NIGÉRIENNE", "act-ner-army"] {
        assert_eq!(graph_of(&store, &["--actor", name]), english, "{name}");
    }
    assert_eq!(
        edges(&graph_of(&store, &["--actor", "Quai d’Orsay"])),
        ["act-fra-min>act-ner CONSULT×1"]
    );
}

#[test]
fn an_ambiguous_name_lists_the_actors_and_exits_2() {
    let (_dir, store) = world_store();
    on(&store)
        .args(["graph", "--actor", "l'armée"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::contains("'l'armée' names 2 actors")
                .and(predicate::str::contains(
                    "act-mli-army (Armée malienne / Malian Army)",
                ))
                .and(predicate::str::contains(
                    "act-ner-army (Armée nigérienne / Nigerien Army)",
                )),
        );
}

#[test]
fn an_unknown_name_suggests_close_ones_and_exits_2() {
    let (_dir, store) = world_store();
    on(&store)
        .args(["graph", "--actor", "Nigerian Army"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no actor is named 'Nigerian Army'; did you mean act-ner-army (Armée nigérienne / Nigerien Army)?",
        ));
    on(&store)
        .args(["graph", "--actor", "Atlantis"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no actor is named 'Atlantis'"));
}

#[test]
fn bad_filter_values_are_usage_errors() {
    let (_dir, store) = world_store();
    for (args, message) in [
        (
            &["--type", "SANCTIONS"][..],
            "--type: unknown EventType 'SANCTIONS'",
        ),
        (
            &["--quad", "conflict"],
            "--quad: unknown quad class 'conflict'",
        ),
        (&["--since", "2025-13"], "--since: '2025-13' is not a date"),
        (
            &["--country", "Mali"],
            "--country: 'Mali' is not an ISO 3166-1 alpha-3",
        ),
        (&["--depth", "2"], "--actor"),
    ] {
        on(&store)
            .arg("graph")
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
    }
}

#[test]
fn an_actor_without_events_is_found_and_said_to_have_none() {
    let (_dir, store) = world_store();
    on(&store)
        .args(["graph", "--actor", "mission d'observation"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "nothing to draw: no event of the store passes the filters (actor act-obs)",
        ));
}

#[test]
fn an_empty_selection_gives_a_message_not_an_empty_picture() {
    let (_dir, store) = world_store();
    on(&store)
        .args(["graph", "--type", "PROTEST"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "nothing to draw: no event of the store passes the filters",
        ));
}

fn query_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_select_or_construct_query_decides_what_is_drawn() {
    let (dir, store) = world_store();
    let select = query_file(
        dir.path(),
        "select.rq",
        "# events dated in May\nSELECT ?event WHERE { ?event a nkg:Event ; nkg:date ?d FILTER(STR(?d) >= \"2025-05\" && STR(?d) < \"2025-06\") }",
    );
    let drawn = |file: &Path| edges(&output(on(&store).args(["graph", "--query"]).arg(file)));
    assert_eq!(
        drawn(&select),
        [
            "act-fra-min>act-ner CONSULT×1",
            "act-ner>act-ner-army REQUEST×1"
        ]
    );
    // Actor-to-actor triples: a typed edge property keeps that type, any other keeps every event between them.
    let construct = query_file(
        dir.path(),
        "construct.rq",
        "PREFIX ex: <http://example.org/>\nCONSTRUCT { ?a nkg:sanctions ?b . ?c ex:linked ?d } WHERE {\n  { ?a nkg:sanctions ?b } UNION { ?c nkg:assaults ?d }\n}",
    );
    assert_eq!(
        drawn(&construct),
        [
            "act-fra>act-mli SANCTION×2",
            "act-grp>act-mli-army ASSAULT×1"
        ]
    );
    // Filters still apply on top of the query.
    let both = output(
        on(&store)
            .args(["graph", "--until", "2025-02", "--query"])
            .arg(&construct),
    );
    assert_eq!(edges(&both), ["act-fra>act-mli SANCTION×1"]);
}

#[test]
fn a_query_file_that_cannot_choose_is_named_and_exits_2() {
    let (dir, store) = world_store();
    for (name, text, message) in [
        (
            "ask.rq",
            "ASK { ?s ?p ?o }",
            "ASK queries cannot choose what to draw",
        ),
        (
            "describe.rq",
            "DESCRIBE <https://w3id.org/newskg/id/actor/act-fra>",
            "DESCRIBE queries cannot choose",
        ),
        (
            "no-event.rq",
            "SELECT ?a WHERE { ?a a nkg:Actor }",
            "must bind ?event",
        ),
        (
            "broken.rq",
            "SELECT ?event WHERE { ?event a }",
            "invalid SPARQL",
        ),
    ] {
        let path = query_file(dir.path(), name, text);
        on(&store)
            .args(["graph", "--query"])
            .arg(&path)
            .assert()
            .code(2)
            .stderr(
                predicate::str::contains(format!("{}: ", path.display()))
                    .and(predicate::str::contains(message)),
            );
    }
    on(&store)
        .args(["graph", "--query", "/nonexistent/q.rq"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("/nonexistent/q.rq"));
}

// ---- analyze ---------------------------------------------------------------------------------------

#[test]
fn central_gives_degree_pagerank_and_betweenness_per_actor() {
    let (_dir, store) = world_store();
    let json = output(on(&store).args(["analyze", "central", "--format", "json"]));
    let rows: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert_eq!(rows.len(), 8);
    let total: f64 = rows.iter().map(|r| r["pagerank"].as_f64().unwrap()).sum();
    assert!((total - 1.0).abs() < 1e-9, "PageRank sums to 1: {total}");
    let row = |id: &str| rows.iter().find(|r| r["actor"] == id).unwrap().clone();
    // Nigerien Army lies on the chain Quai d'Orsay - Niger - Nigerien Army - Malian Army - Sahel Front: between
    // each of the 2 actors on one side and each of the 2 on the other, 4 pairs.
    assert_eq!(row("act-ner-army")["betweenness"], 4.0);
    assert_eq!(row("act-ner-army")["degree"], 2);
    assert_eq!(row("act-ner-army")["label"], "Nigerien Army");
    assert_eq!(row("act-mli")["events_in"], 3);
    assert_eq!(row("act-mli")["events_out"], 1);
    let csv = output(on(&store).args([
        "analyze", "central", "--format", "csv", "--limit", "3", "--lang", "fr",
    ]));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "actor,label,degree,events_out,events_in,pagerank,betweenness"
    );
    assert_eq!(lines.len(), 4);
    let table = output(on(&store).args(["analyze", "central", "--type", "SANCTION"]));
    assert!(
        table.contains("act-fra ") && table.contains("(2 rows)"),
        "{table}"
    );
}

#[test]
fn path_shows_the_shortest_chain_with_its_evidence() {
    let (_dir, store) = world_store();
    let text = output(on(&store).args(["analyze", "path", "Quai d'Orsay", "Front du Sahel"]));
    assert!(text.starts_with("1 shortest chain of 4 steps between Foreign Ministry of France (act-fra-min) and Sahel Front (act-grp)"), "{text}");
    assert!(text.contains(
        "chain 1: Foreign Ministry of France — Niger — Nigerien Army — Malian Army — Sahel Front"
    ));
    // Steps go either way; each event keeps its own direction and evidence.
    assert!(text.contains("2025-06-01 ASSAULT Sahel Front → Malian Army [evt-g6]\n       « The Front attacked an army post. »\n       — A test dispatch about the Sahel"), "{text}");
    let json = output(on(&store).args([
        "analyze",
        "path",
        "act-fra-min",
        "act-grp",
        "--format",
        "json",
    ]));
    let chains: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    let steps = chains[0]["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 4);
    assert_eq!(steps[3]["events"][0]["forward"], false);
    assert_eq!(
        steps[3]["events"][0]["evidence"],
        "The Front attacked an army post."
    );
}

#[test]
fn path_errors_say_what_is_wrong() {
    let (_dir, store) = world_store();
    on(&store)
        .args(["analyze", "path", "France", "Sahel Front"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no chain of events links France (act-fra) and Sahel Front (act-grp)",
        ));
    on(&store)
        .args(["analyze", "path", "France", "act-fra"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("are the same actor"));
    on(&store)
        .args(["analyze", "path", "France", "l'armée"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("names 2 actors"));
    on(&store)
        .args(["analyze", "path", "France", "Mali", "--type", "COOPERATE"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "France (act-fra) has no event in the selection",
        ));
}

#[test]
fn analyses_of_an_empty_store_say_so() {
    let (_dir, store) = actors_only_store();
    on(&store)
        .args(["analyze", "central"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("nothing to analyse"));
}

#[test]
fn analyze_help_has_examples() {
    for sub in [
        &["analyze"][..],
        &["analyze", "central"],
        &["analyze", "path"],
    ] {
        on(Path::new("unused"))
            .args(sub)
            .arg("--help")
            .assert()
            .success()
            .stdout(predicate::str::contains("Example"));
    }
}

#[test]
fn groups_split_actors_into_cooperating_blocs_in_conflict_with_each_other() {
    let (_dir, store) = world_store();
    let json = output(on(&store).args(["analyze", "groups", "--format", "json"]));
    let parts: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    let sides: Vec<&serde_json::Value> = parts.iter().map(|p| &p["sides"]).collect();
    assert_eq!(
        sides,
        [
            &serde_json::json!([
                ["act-fra-min", "act-grp", "act-ner"],
                ["act-mli-army", "act-ner-army"]
            ]),
            &serde_json::json!([["act-fra"], ["act-mli", "act-ngo"]]),
        ]
    );
    assert_eq!(
        parts[1]["labels"],
        serde_json::json!([["France"], ["Mali", "Aid Without Borders"]])
    );
    let table = output(on(&store).args(["analyze", "groups"]));
    assert!(table.contains("group 2: 3 actors, 2 ties, 0 against the split\n  bloc 1: France\n  bloc 2: Mali, Aid Without Borders"), "{table}");
    let csv = output(on(&store).args(["analyze", "groups", "--format", "csv", "--country", "FRA"]));
    assert_eq!(csv, "group,bloc,actor,label\n1,1,act-fra,France\n1,2,act-mli,Mali\n2,1,act-fra-min,Foreign Ministry of France\n2,1,act-ner,Niger\n");
}

#[test]
fn a_timeline_lists_events_in_date_order() {
    let (_dir, store) = world_store();
    let csv = output(on(&store).args(["timeline", "Front du Sahel", "--format", "csv"]));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "date,type,actor,recipient,modes,event,sentence,article_title"
    );
    assert_eq!(lines[1], "2025-06-01,ASSAULT,Sahel Front,Malian Army,,evt-g6,The Front attacked an army post.,A test dispatch about the Sahel");
    assert_eq!(lines[2], "2025-06-02,ASSAULT,Sahel Front,,,evt-g7,The Front fought in the north.,A test dispatch about the Sahel");
    assert_eq!(lines.len(), 3, "the negated threat is left out");
    let between = output(on(&store).args(["timeline", "Mali", "France", "--format", "json"]));
    let events: Vec<serde_json::Value> = serde_json::from_str(&between).unwrap();
    let ids: Vec<&str> = events
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["evt-g1", "evt-g3", "evt-g2"]);
    let table =
        output(on(&store).args(["timeline", "France", "--lang", "fr", "--since", "2025-02"]));
    assert!(
        table.lines().any(|l| l.starts_with("2025-02-01  ACCUSE ")
            && l.contains(" Mali ")
            && l.contains(" France "))
            && table.contains("(2 rows)"),
        "{table}"
    );
    on(&store)
        .args(["timeline", "Aid Without Borders", "France"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no event of Aid Without Borders (act-ngo) with France (act-fra) in the selection",
        ));
    on(&store)
        .args(["timeline", "Atlantis"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no actor is named 'Atlantis'"));
}

#[test]
fn events_draws_the_event_graph() {
    let (_dir, store) = world_store();
    let dot = graph_of(&store, &["--events", "--actor", "France"]);
    assert!(
        dot.contains("\"event:evt-g1\" [label=\"SANCTION\\n2025-01-10\", shape=box"),
        "{dot}"
    );
    assert!(dot.contains("\"act-fra\" -> \"event:evt-g1\" [color=\"#b2182b\", style=solid];"));
    assert!(dot.contains("\"event:evt-g1\" -> \"act-mli\" [color=\"#b2182b\", style=solid];"));
    assert!(dot.contains("\"event:evt-g3\" -> \"act-fra\""));
    assert!(dot.contains("«Paris expelled two envoys.»"));
    assert!(dot.contains("2 actors; 3 events"), "{dot}");
    // An event without a recipient is a node with an arrow from its actor only.
    let lone = graph_of(&store, &["--events", "--actor", "act-grp", "--depth", "0"]);
    assert!(lone.contains("\"act-grp\" -> \"event:evt-g7\""));
    assert!(!lone.contains("\"event:evt-g7\" ->"));
}

#[test]
fn groups_clusters_actors_by_bloc() {
    let (_dir, store) = world_store();
    let dot = graph_of(&store, &["--groups"]);
    assert!(
        dot.contains("subgraph \"cluster_1\" {\n    label=\"group 1, bloc 1\";"),
        "{dot}"
    );
    let cluster = |label: &str| -> Vec<String> {
        let start = dot.find(&format!("label=\"{label}\";")).unwrap();
        let body = &dot[start..dot[start..].find("  }").unwrap() + start];
        body.lines()
            .skip(1)
            .filter_map(|l| l.trim().split('"').nth(1).map(String::from))
            .collect()
    };
    assert_eq!(
        cluster("group 1, bloc 1"),
        ["act-fra-min", "act-grp", "act-ner"]
    );
    assert_eq!(cluster("group 1, bloc 2"), ["act-mli-army", "act-ner-army"]);
    assert_eq!(cluster("group 2, bloc 2"), ["act-mli", "act-ngo"]);
    assert!(!dot.contains("cluster_MLI"), "no country clusters");
    let french = graph_of(&store, &["--groups", "--lang", "fr"]);
    assert!(french.contains("label=\"groupe 2, bloc 1\";"));
}

#[test]
fn ontology_draws_the_class_diagram_without_a_store() {
    let dot =
        output(on(Path::new("/nonexistent/store")).args(["graph", "--ontology", "--lang", "fr"]));
    assert!(dot.starts_with("digraph ontology {"));
    assert!(
        dot.contains("\"nkg:Ministry\" [label=\"Ministère\""),
        "{dot}"
    );
    assert!(dot.contains("\"nkg:Ministry\" -> \"nkg:StateBody\" [arrowhead=empty];"));
    on(Path::new("/nonexistent/store"))
        .args(["graph", "--ontology", "--events"])
        .assert()
        .code(2);
}

#[test]
fn a_timeline_is_also_an_svg_picture() {
    let (dir, store) = world_store();
    let file = dir.path().join("front.svg");
    on(&store)
        .args(["timeline", "Sahel Front", "--format", "svg", "-o"])
        .arg(&file)
        .assert()
        .success()
        .stdout("");
    let svg = std::fs::read_to_string(&file).unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains(">Sahel Front</text>"));
    assert_eq!(svg.matches("<g><title>").count(), 2);
    assert!(svg.contains("<title>2025-06-01 evt-g6\n« The Front attacked an army post. »\n— A test dispatch about the Sahel</title>"), "{svg}");
    assert!(svg.contains("2025-06-02 ASSAULT Sahel Front</text>"));
}
