//! Our Graphviz DOT writer for the actor graph (petgraph's `Dot` is for debugging): readable labels, shapes by
//! actor class, fill by sector, countries as clusters, edges coloured by PLOVER quad class, tooltips with the
//! evidence, a legend. Everything is written in a fixed order, so the same graph gives the same bytes.

use super::{ActorGraph, Edge, EdgeEvent, EventData, Lang, QuadClass};
use crate::model::{ActorClass, EventType};
use petgraph::visit::EdgeRef;
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

/// How many events an edge tooltip quotes before saying how many more there are.
const TOOLTIP_EVENTS: usize = 5;
/// Evidence sentences longer than this are cut in tooltips.
const SENTENCE_CHARS: usize = 300;
/// The legend's shapes are drawn in rows of this many.
const LEGEND_SHAPES_PER_ROW: usize = 4;

/// The Graphviz shape of an actor class (and whether its box is rounded).
fn shape(class: Option<ActorClass>) -> (&'static str, bool) {
    use ActorClass::*;
    match class {
        Some(State) => ("doubleoctagon", false),
        Some(Government) => ("box", false),
        Some(MilitaryJunta) => ("box3d", false),
        Some(Ministry | DiplomaticMission | IntelligenceService | PoliceForce | Judiciary) => {
            ("box", true)
        }
        Some(ArmedForces) => ("hexagon", false),
        Some(ArmedGroup) => ("octagon", false),
        Some(MercenaryCompany) => ("septagon", false),
        Some(Company) => ("component", false),
        Some(InternationalOrganization) => ("pentagon", false),
        Some(NonGovernmentalOrganization) => ("note", false),
        Some(MediaOrganization) => ("tab", false),
        Some(Person) => ("ellipse", false),
        Some(PersonGroup) => ("egg", false),
        None => ("plaintext", false),
    }
}

/// The fill colour of a PLOVER sector.
fn sector_colour(sector: Option<&str>) -> &'static str {
    match sector.unwrap_or("") {
        "GOV" => "#c6dbef",
        "LEG" => "#9ecae1",
        "JUD" => "#bcbddc",
        "MIL" => "#a1d99b",
        "COP" => "#c7e9c0",
        "SPY" => "#dadaeb",
        "UAF" => "#d9f0a3",
        "REB" => "#fcae91",
        "IMG" => "#fb6a4a",
        "PRM" => "#fdae6b",
        "CRM" => "#fdd0a2",
        "OPP" => "#fee391",
        "PTY" => "#fff7bc",
        "IGO" => "#ffffb3",
        "NGO" => "#ccebc5",
        "SOC" => "#e5f5e0",
        "CVL" => "#f0f0f0",
        "JRN" => "#fccde5",
        "BUS" => "#d9d9d9",
        "ELI" => "#decbe4",
        "REF" => "#fddaec",
        "PRE" => "#e5d8bd",
        _ => "#ffffff",
    }
}

/// The colour and line style of a quad class: green for cooperation, red for conflict; dashed for words,
/// solid for deeds.
pub fn quad_style(quad: QuadClass) -> (&'static str, &'static str) {
    match quad {
        QuadClass::VerbalCooperation => ("#4dac26", "dashed"),
        QuadClass::MaterialCooperation => ("#1a7837", "solid"),
        QuadClass::VerbalConflict => ("#e66101", "dashed"),
        QuadClass::MaterialConflict => ("#b2182b", "solid"),
    }
}

/// A DOT double-quoted string: quotes and backslashes escaped, line ends as `\n`, other control characters
/// as spaces.
pub fn quote(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    push_quoted(&mut quoted, text);
    quoted
}

/// Appends `text` as a DOT double-quoted string (see `quote`).
fn push_quoted(out: &mut String, text: &str) {
    out.push('"');
    push_escaped(out, text);
    out.push('"');
}

/// Appends `text` escaped for a DOT double-quoted string, without the quotes.
fn push_escaped(out: &mut String, text: &str) {
    // Runs of ordinary text are copied whole; control characters (C0, DEL and C1, which UTF-8 writes as 0xC2
    // 0x80–0x9F) are found byte by byte.
    let bytes = text.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        let (replacement, width) = match bytes[i] {
            b'"' => ("\\\"", 1),
            b'\\' => ("\\\\", 1),
            b'\n' => ("\\n", 1),
            0..=0x1f | 0x7f => (" ", 1),
            0xc2 if matches!(bytes.get(i + 1), Some(0x80..=0x9f)) => (" ", 2),
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&text[start..i]);
        out.push_str(replacement);
        i += width;
        start = i;
    }
    out.push_str(&text[start..]);
}

/// Text inside a Graphviz HTML-like label.
fn html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            c if c.is_control() => escaped.push(' '),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Appends `text` trimmed, cut to `max` characters (the last an ellipsis) when it is longer.
fn push_cut(out: &mut String, text: &str, max: usize) {
    let text = text.trim();
    // No longer than `max` bytes, so no longer than `max` characters.
    if text.len() > max {
        if let Some((end, _)) = text.char_indices().nth(max.saturating_sub(1)) {
            if text[end..].chars().nth(1).is_some() {
                out.push_str(&text[..end]);
                out.push('…');
                return;
            }
        }
    }
    out.push_str(text);
}

/// What to draw beyond the defaults.
#[derive(Debug, Clone, Default)]
pub struct DotOptions {
    pub lang: Lang,
    /// Clusters to draw instead of countries: a label and the actor ids it holds (others stand outside).
    pub clusters: Option<Vec<(String, Vec<String>)>>,
    /// Events as nodes between their actors and recipients, instead of edges aggregated by type.
    pub events: bool,
}

/// Writes the actor graph as DOT.
pub fn write_dot(
    graph: &ActorGraph,
    data: &EventData,
    options: &DotOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let g = &graph.graph;
    let lang = options.lang;
    writeln!(out, "digraph newskg {{")?;
    writeln!(
        out,
        "  graph [charset=\"UTF-8\", rankdir=LR, newrank=true, fontname=\"Helvetica\", fontsize=12, nodesep=0.5, ranksep=1.0, tooltip={}];",
        quote(match lang {
            Lang::En => "newskg actor graph",
            Lang::Fr => "graphe des acteurs newskg",
        })
    )?;
    writeln!(
        out,
        "  node [fontname=\"Helvetica\", fontsize=11, style=filled, penwidth=1];"
    )?;
    writeln!(
        out,
        "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];"
    )?;
    for (id, label, actors) in clusters(graph, data, options) {
        match id {
            Some(id) => {
                writeln!(out, "  subgraph {} {{", quote(&id))?;
                writeln!(
                    out,
                    "    label={}; style=\"rounded,dashed\"; color=\"#969696\"; fontcolor=\"#525252\";",
                    quote(&label)
                )?;
                for actor in actors {
                    write_node(out, "    ", actor, graph, data, lang)?;
                }
                writeln!(out, "  }}")?;
            }
            None => {
                for actor in actors {
                    write_node(out, "  ", actor, graph, data, lang)?;
                }
            }
        }
    }
    if options.events {
        write_events(out, graph, data, lang)?;
    } else {
        // Edges are in (actor, recipient, type) order: those between the same two actors are neighbours.
        let context = EdgeContext::new(graph, data, lang);
        let mut buffers = EdgeBuffers::default();
        let edges: Vec<_> = g.edge_references().collect();
        for parallel in edges.chunk_by(|a, b| (a.source(), a.target()) == (b.source(), b.target()))
        {
            let ends = (parallel[0].source().index(), parallel[0].target().index());
            let shared = match parallel.len() {
                1 => None,
                _ => Some(parallel_label(parallel.iter().map(|e| e.weight()))),
            };
            for (i, edge) in parallel.iter().enumerate() {
                let label = match (&shared, i) {
                    (None, _) => EdgeLabel::Own,
                    (Some(html), 0) => EdgeLabel::Shared(html),
                    _ => EdgeLabel::Empty,
                };
                write_edge(out, &mut buffers, &context, ends, edge.weight(), label)?;
            }
        }
    }
    write_legend(out, graph, data, options)?;
    writeln!(out, "}}")
}

/// The actors in clusters (countries by default, in code order), then those in none (without a cluster id).
fn clusters<'a>(
    graph: &'a ActorGraph,
    data: &'a EventData,
    options: &DotOptions,
) -> Vec<(Option<String>, String, Vec<&'a str>)> {
    let g = &graph.graph;
    let mut clusters: Vec<(Option<String>, String, Vec<&str>)> = match &options.clusters {
        Some(given) => given
            .iter()
            .enumerate()
            .map(|(i, (label, actors))| {
                let members = actors
                    .iter()
                    .filter_map(|a| graph.node(a).map(|n| g[n].as_str()))
                    .collect();
                (Some(format!("cluster_{}", i + 1)), label.clone(), members)
            })
            .collect(),
        None => {
            let mut by_country: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
            for actor in g.node_weights() {
                if let Some(code) = data
                    .descriptions
                    .get(actor)
                    .and_then(|d| d.country.as_deref())
                {
                    by_country.entry(code).or_default().push(actor);
                }
            }
            by_country
                .into_iter()
                .map(|(code, actors)| {
                    let label = data.country_label(code, options.lang).to_owned();
                    (Some(format!("cluster_{code}")), label, actors)
                })
                .collect()
        }
    };
    let clustered: BTreeSet<&str> = clusters.iter().flat_map(|c| c.2.iter().copied()).collect();
    let outside: Vec<&str> = g
        .node_weights()
        .map(String::as_str)
        .filter(|a| !clustered.contains(a))
        .collect();
    clusters.insert(0, (None, String::new(), outside));
    clusters
}

/// The event graph: one node per event, an arrow from each of its actors and one to each of its recipients.
fn write_events(
    out: &mut dyn Write,
    graph: &ActorGraph,
    data: &EventData,
    lang: Lang,
) -> io::Result<()> {
    type Ends<'a> = (
        EventType,
        &'a EdgeEvent,
        BTreeSet<&'a str>,
        BTreeSet<&'a str>,
    );
    let g = &graph.graph;
    let mut events: BTreeMap<&str, Ends> = BTreeMap::new();
    for edge in g.edge_references() {
        let weight = edge.weight();
        for event in &weight.events {
            let ends = events
                .entry(&event.event)
                .or_insert_with(|| (weight.event_type, event, BTreeSet::new(), BTreeSet::new()));
            ends.2.insert(&g[edge.source()]);
            ends.3.insert(&g[edge.target()]);
        }
    }
    for (actor, lone) in &graph.lone {
        for event in lone {
            events
                .entry(&event.event.event)
                .or_insert_with(|| {
                    (
                        event.event_type,
                        &event.event,
                        BTreeSet::new(),
                        BTreeSet::new(),
                    )
                })
                .2
                .insert(actor);
        }
    }
    for (id, (event_type, event, actors, recipients)) in &events {
        let quad = QuadClass::of(*event_type);
        let (colour, style) = quad_style(quad);
        let node = quote(&format!("event:{id}"));
        let mut label = event_type.to_string();
        if let Some(date) = &event.date {
            label.push_str(&format!("\n{date}"));
        }
        let tooltip = format!(
            "{} ({})\n\n{}",
            data.label(event_type.as_str(), lang),
            quad.label(lang),
            event_line(event)
        );
        writeln!(
            out,
            "  {node} [label={}, shape=box, style={}, fillcolor=\"#ffffff\", color={}, fontcolor={}, fontsize=9, tooltip={}];",
            quote(&label),
            quote(&format!("rounded,filled,{style}")),
            quote(colour),
            quote(colour),
            quote(&tooltip)
        )?;
        for actor in actors {
            writeln!(
                out,
                "  {} -> {node} [color={}, style={style}];",
                quote(actor),
                quote(colour)
            )?;
        }
        for recipient in recipients {
            writeln!(
                out,
                "  {node} -> {} [color={}, style={style}];",
                quote(recipient),
                quote(colour)
            )?;
        }
    }
    Ok(())
}

fn write_node(
    out: &mut dyn Write,
    indent: &str,
    actor: &str,
    graph: &ActorGraph,
    data: &EventData,
    lang: Lang,
) -> io::Result<()> {
    let description = data.descriptions.get(actor);
    let class = description.and_then(|d| d.class());
    let sector = description.and_then(|d| d.sector.as_deref());
    let (shape, rounded) = shape(class);
    let label = data.label(actor, lang);
    let mut tooltip = label.to_owned();
    let kind: Vec<&str> = [
        class.map(|c| data.label(c.as_str(), lang)),
        sector.map(|s| data.sector_label(s, lang)),
        description
            .and_then(|d| d.country.as_deref())
            .map(|c| data.country_label(c, lang)),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !kind.is_empty() {
        tooltip.push_str(&format!(" ({})", kind.join(", ")));
    }
    tooltip.push_str(&format!("\n{actor}"));
    if let Some(lone) = graph.lone.get(actor) {
        tooltip.push_str(&format!(
            "\n\n{}:",
            match lang {
                Lang::En => "events without a recipient",
                Lang::Fr => "événements sans destinataire",
            }
        ));
        for event in lone.iter().take(TOOLTIP_EVENTS) {
            tooltip.push_str(&format!(
                "\n{} {}",
                event.event_type,
                event_line(&event.event)
            ));
        }
        if lone.len() > TOOLTIP_EVENTS {
            tooltip.push_str(&more(lone.len() - TOOLTIP_EVENTS, lang));
        }
    }
    let style = if rounded { "rounded,filled" } else { "filled" };
    writeln!(
        out,
        "{indent}{} [label={}, shape={shape}, style={}, fillcolor={}, tooltip={}];",
        quote(actor),
        quote(label),
        quote(style),
        quote(sector_colour(sector)),
        quote(&tooltip)
    )
}

fn event_line(event: &EdgeEvent) -> String {
    let mut line = String::new();
    push_event_line(&mut line, event);
    line
}

/// Appends an event's date, id, sentence and article title.
fn push_event_line(out: &mut String, event: &EdgeEvent) {
    out.push_str(event.date.as_deref().unwrap_or("(undated)"));
    out.push(' ');
    out.push_str(&event.event);
    if let Some(sentence) = &event.evidence {
        out.push_str(": «");
        push_cut(out, sentence, SENTENCE_CHARS);
        out.push('»');
    }
    if let Some(title) = &event.title {
        out.push_str(" — ");
        push_cut(out, title, 120);
    }
}

fn more(n: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("\n… and {n} more"),
        Lang::Fr => format!("\n… et {n} de plus"),
    }
}

/// An edge's label: type and count, first and last dates, modes, a line each.
fn edge_label(edge: &Edge) -> String {
    let mut label = String::new();
    push_edge_label(&mut label, edge);
    label
}

fn push_edge_label(out: &mut String, edge: &Edge) {
    out.push_str(edge.event_type.as_str());
    out.push_str(" ×");
    push_number(out, edge.count());
    match edge.date_range() {
        Some((first, last)) if first == last => {
            out.push('\n');
            out.push_str(first);
        }
        Some((first, last)) => {
            out.push('\n');
            out.push_str(first);
            out.push_str(" – ");
            out.push_str(last);
        }
        None => {}
    }
    let modes = edge.modes();
    if !modes.is_empty() {
        out.push_str("\n(");
        out.push_str(&modes.join(", "));
        out.push(')');
    }
}

/// Appends a count in decimal.
fn push_number(out: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&digits[i..]).expect("ASCII digits"));
}

/// One label for the edges between the same two actors (an HTML-like label, each edge's lines in its colour):
/// Graphviz draws the labels of parallel edges on top of each other.
fn parallel_label<'a>(edges: impl Iterator<Item = &'a Edge>) -> String {
    let blocks: Vec<String> = edges
        .map(|edge| {
            let (colour, _) = quad_style(edge.quad());
            let lines: Vec<String> = edge_label(edge).lines().map(html).collect();
            format!("<FONT COLOR=\"{colour}\">{}</FONT>", lines.join("<BR/>"))
        })
        .collect();
    format!("<{}>", blocks.join("<BR/>"))
}

/// What every edge's line needs of its ends and its type, looked up once per graph.
struct EdgeContext<'a> {
    /// The ids of the nodes, DOT-quoted, by node index.
    quoted: Vec<String>,
    /// The labels of the nodes, by node index.
    labels: Vec<&'a str>,
    /// The label of each event type, in `EventType::ALL` order.
    type_labels: Vec<&'a str>,
    lang: Lang,
}

impl<'a> EdgeContext<'a> {
    fn new(graph: &'a ActorGraph, data: &'a EventData, lang: Lang) -> Self {
        let g = &graph.graph;
        Self {
            quoted: g.node_weights().map(|a| quote(a)).collect(),
            labels: g.node_weights().map(|a| data.label(a, lang)).collect(),
            type_labels: EventType::ALL
                .iter()
                .map(|t| data.label(t.as_str(), lang))
                .collect(),
            lang,
        }
    }

    fn type_label(&self, event_type: EventType) -> &'a str {
        let i = EventType::ALL
            .iter()
            .position(|t| *t == event_type)
            .expect("every event type is in ALL");
        self.type_labels[i]
    }
}

/// Buffers reused from one edge to the next, and the pen widths written so far by event count.
#[derive(Default)]
struct EdgeBuffers {
    line: String,
    text: String,
    tooltip: String,
    widths: FxHashMap<usize, String>,
}

/// The label of an edge: its own, the one parallel edges share (on the first of them), or none.
enum EdgeLabel<'a> {
    Own,
    Shared(&'a str),
    Empty,
}

/// Writes one edge with its label (DOT-quoted or HTML-like) and tooltip.
fn write_edge(
    out: &mut dyn Write,
    buffers: &mut EdgeBuffers,
    context: &EdgeContext,
    (from, to): (usize, usize),
    edge: &Edge,
    label: EdgeLabel,
) -> io::Result<()> {
    let (colour, style) = quad_style(edge.quad());
    let EdgeBuffers {
        line,
        text,
        tooltip,
        widths,
    } = buffers;
    text.clear();
    for part in [
        context.labels[from],
        " → ",
        context.labels[to],
        ": ",
        context.type_label(edge.event_type),
        " (",
        edge.quad().label(context.lang),
        ")",
    ] {
        text.push_str(part);
    }
    for event in edge.events.iter().take(TOOLTIP_EVENTS) {
        text.push_str("\n\n");
        push_event_line(text, event);
    }
    if edge.count() > TOOLTIP_EVENTS {
        text.push_str(&more(edge.count() - TOOLTIP_EVENTS, context.lang));
    }
    tooltip.clear();
    push_quoted(tooltip, text);
    line.clear();
    for part in [
        "  ",
        &context.quoted[from],
        " -> ",
        &context.quoted[to],
        " [label=",
    ] {
        line.push_str(part);
    }
    match label {
        EdgeLabel::Own => {
            text.clear();
            push_edge_label(text, edge);
            push_quoted(line, text);
        }
        EdgeLabel::Shared(html) => line.push_str(html),
        EdgeLabel::Empty => line.push_str("\"\""),
    }
    let width = widths
        .entry(edge.count())
        .or_insert_with(|| format!("{:.2}", 1.0 + (edge.count() as f64).log2()));
    for part in [
        ", color=\"",
        colour,
        "\", fontcolor=\"",
        colour,
        "\", style=",
        style,
        ", penwidth=",
        width,
        ", tooltip=",
        tooltip,
        ", labeltooltip=",
        tooltip,
        "];\n",
    ] {
        line.push_str(part);
    }
    out.write_all(line.as_bytes())
}

fn write_legend(
    out: &mut dyn Write,
    graph: &ActorGraph,
    data: &EventData,
    options: &DotOptions,
) -> io::Result<()> {
    let g = &graph.graph;
    let lang = options.lang;
    let (title, edges_title, fill_title, shape_title) = match lang {
        Lang::En => (
            "Legend",
            "Edges: PLOVER quad class",
            "Fill: sector",
            "Shape: actor class",
        ),
        Lang::Fr => (
            "Légende",
            "Arêtes : catégorie quad PLOVER",
            "Fond : secteur",
            "Forme : classe d'acteur",
        ),
    };
    let descriptions: Vec<_> = g
        .node_weights()
        .filter_map(|a| data.descriptions.get(a))
        .collect();
    let sectors: BTreeSet<&str> = descriptions
        .iter()
        .filter_map(|d| d.sector.as_deref())
        .collect();
    let classes: BTreeSet<ActorClass> = descriptions.iter().filter_map(|d| d.class()).collect();
    let quads: BTreeSet<QuadClass> = g.edge_weights().map(Edge::quad).collect();
    writeln!(out, "  subgraph cluster_legend {{")?;
    writeln!(
        out,
        "    label={}; style=\"rounded\"; color=\"#bdbdbd\"; fontcolor=\"#525252\";",
        quote(title)
    )?;
    // The shapes in rows, kept in line by invisible edges (ranks run left to right), the first of each row on
    // one rank; the table to the right of the first row.
    let names: Vec<String> = classes
        .iter()
        .map(|class| quote(&format!("legend:{class}")))
        .collect();
    for (class, name) in classes.iter().zip(&names) {
        let (shape, rounded) = shape(Some(*class));
        writeln!(
            out,
            "    {name} [label={}, shape={shape}, style={}, fillcolor=\"#ffffff\", fontsize=8, height=0.3, margin=0.05, tooltip={}];",
            quote(data.label(class.as_str(), lang)),
            quote(if rounded { "rounded,filled" } else { "filled" }),
            quote(shape_title),
        )?;
    }
    let rows: Vec<&[String]> = names.chunks(LEGEND_SHAPES_PER_ROW).collect();
    for row in &rows {
        for pair in row.windows(2) {
            writeln!(out, "    {} -> {} [style=invis];", pair[0], pair[1])?;
        }
    }
    if rows.len() > 1 {
        let firsts: Vec<&str> = rows.iter().map(|row| row[0].as_str()).collect();
        writeln!(out, "    {{ rank=same; {}; }}", firsts.join("; "))?;
    }
    if let Some(last) = rows.first().and_then(|row| row.last()) {
        writeln!(out, "    {last} -> \"legend:table\" [style=invis];")?;
    }
    let heading = |text: &str| {
        format!(
            "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>{}</B></TD></TR>",
            html(text)
        )
    };
    let mut edge_rows = heading(edges_title);
    for quad in QuadClass::ALL.into_iter().filter(|q| quads.contains(q)) {
        let (colour, style) = quad_style(quad);
        let line = if style == "dashed" {
            "╌╌╌▶"
        } else {
            "━━━▶"
        };
        edge_rows.push_str(&format!(
            "<TR><TD><FONT COLOR=\"{colour}\">{line}</FONT></TD><TD ALIGN=\"LEFT\">{}</TD></TR>",
            html(quad.label(lang))
        ));
    }
    let mut sector_rows = String::new();
    if !sectors.is_empty() {
        sector_rows.push_str(&heading(fill_title));
        for sector in &sectors {
            sector_rows.push_str(&format!(
                "<TR><TD BGCOLOR=\"{}\" BORDER=\"1\">   </TD><TD ALIGN=\"LEFT\">{} ({})</TD></TR>",
                sector_colour(Some(sector)),
                html(data.sector_label(sector, lang)),
                html(sector)
            ));
        }
    }
    let (drawn, lone, negated) = (graph.edge_events(), graph.lone_events(), graph.negated);
    let (actors, edges) = (g.node_count(), g.edge_count());
    let counts = match lang {
        Lang::En => [
            if options.events {
                format!("{actors} actors; {} events", drawn + lone)
            } else {
                format!("{actors} actors; {drawn} events as {edges} edges")
            },
            format!(
                "{lone} events without a recipient ({})",
                if options.events {
                    "arrows from their actor only"
                } else {
                    "in their actor's tooltip"
                }
            ),
            format!("{negated} negated events left out"),
        ],
        Lang::Fr => [
            if options.events {
                format!("{actors} acteurs ; {} événements", drawn + lone)
            } else {
                format!("{actors} acteurs ; {drawn} événements en {edges} arêtes")
            },
            format!(
                "{lone} événements sans destinataire ({})",
                if options.events {
                    "flèches de leur acteur seulement"
                } else {
                    "dans l'infobulle de leur acteur"
                }
            ),
            format!("{negated} événements niés écartés"),
        ],
    };
    let counts: Vec<String> = counts.iter().map(|line| html(line)).collect();
    // Edge styles and sectors side by side, the counts below.
    let column = |rows: &str| {
        format!("<TD VALIGN=\"TOP\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\">{rows}</TABLE></TD>")
    };
    writeln!(
        out,
        "    \"legend:table\" [shape=plaintext, style=\"\", label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\"><TR>{}{}</TR><TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">{}<BR ALIGN=\"LEFT\"/></TD></TR></TABLE>>, tooltip={}];",
        column(&edge_rows),
        column(&sector_rows),
        counts.join("<BR ALIGN=\"LEFT\"/>"),
        quote(title)
    )?;
    writeln!(out, "  }}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::row;
    use crate::graph::Description;

    #[test]
    fn quoting_escapes_quotes_backslashes_and_line_ends() {
        assert_eq!(quote("a \"b\" \\c\nd\te"), "\"a \\\"b\\\" \\\\c\\nd e\"");
        assert_eq!(quote("Côte d'Ivoire"), "\"Côte d'Ivoire\"");
        assert_eq!(html("<b> & \"c\""), "&lt;b&gt; &amp; &quot;c&quot;");
    }

    #[test]
    fn edges_are_coloured_by_quad_class() {
        let styles: BTreeSet<_> = QuadClass::ALL.into_iter().map(quad_style).collect();
        assert_eq!(styles.len(), 4, "four distinct styles");
        assert_eq!(quad_style(QuadClass::VerbalConflict).1, "dashed");
        assert_eq!(quad_style(QuadClass::MaterialConflict).1, "solid");
    }

    fn dot_of(rows: &[crate::graph::EventRow], data: &EventData, lang: Lang) -> String {
        let graph = ActorGraph::build(rows);
        let mut out = Vec::new();
        let options = DotOptions {
            lang,
            ..Default::default()
        };
        write_dot(&graph, data, &options, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn labels_clusters_and_edges_are_drawn() {
        let mut data = EventData::default();
        let mut fra = Description::default();
        fra.labels.insert("en".into(), "France \"FR\"".into());
        fra.labels.insert("fr".into(), "la France".into());
        fra.classes.insert("State".into());
        fra.country = Some("FRA".into());
        data.descriptions.insert("act-fra".into(), fra);
        data.states.insert("FRA".into(), "act-fra".into());
        let mut rows = vec![
            row("e1", "SANCTION", "act-fra", Some("act-x"), Some("2025-09")),
            row(
                "e2",
                "SANCTION",
                "act-fra",
                Some("act-x"),
                Some("2025-09-14"),
            ),
            row("e3", "CONSULT", "act-x", None, None),
        ];
        rows[0].evidence = Some("Il a dit \"non\".".into());
        let dot = dot_of(&rows, &data, Lang::En);
        assert!(dot.contains("subgraph \"cluster_FRA\" {"), "{dot}");
        assert!(dot.contains("label=\"France \\\"FR\\\"\"; style"), "{dot}");
        assert!(dot.contains("\"act-fra\" [label=\"France \\\"FR\\\"\", shape=doubleoctagon"));
        assert!(dot.contains(
            "\"act-fra\" -> \"act-x\" [label=\"SANCTION ×2\\n2025-09 – 2025-09-14\", color=\"#b2182b\""
        ));
        assert!(dot.contains("«Il a dit \\\"non\\\".» — Title"), "{dot}");
        assert!(dot.contains("events without a recipient:\\nCONSULT (undated) e3"));
        assert!(dot.contains("2 events as 1 edges"));
        assert!(dot.contains("1 events without a recipient"));
        assert!(!dot.contains("https://"), "no raw IRIs");
        let french = dot_of(&rows, &data, Lang::Fr);
        assert!(french.contains("[label=\"la France\""));
        assert_eq!(dot, dot_of(&rows, &data, Lang::En), "deterministic");
    }

    #[test]
    fn parallel_edges_share_one_label_in_their_colours() {
        let rows = [
            row("e1", "SUPPORT", "a", Some("b"), None),
            row("e2", "COOPERATE", "a", Some("b"), Some("2025-09")),
            row("e3", "ASSAULT", "b", Some("a"), None),
        ];
        let dot = dot_of(&rows, &EventData::default(), Lang::En);
        assert!(dot.contains("\"a\" -> \"b\" [label=<<FONT COLOR=\"#4dac26\">SUPPORT ×1</FONT><BR/><FONT COLOR=\"#1a7837\">COOPERATE ×1<BR/>2025-09</FONT>>, color=\"#4dac26\""), "{dot}");
        assert!(
            dot.contains("\"a\" -> \"b\" [label=\"\", color=\"#1a7837\""),
            "{dot}"
        );
        assert!(
            dot.contains("\"b\" -> \"a\" [label=\"ASSAULT ×1\", "),
            "{dot}"
        );
    }
}
