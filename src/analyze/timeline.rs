//! The timeline of an actor (or of two): its events in date order, as a list and as an SVG picture with a time
//! axis, one row per event, coloured by PLOVER quad class, the evidence in tooltips.

use crate::graph::dot::quad_style;
use crate::graph::{EventData, EventRow, Lang, QuadClass};
use crate::model::{EventDate, EventType};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

/// One event of a timeline, with all its actors and recipients.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    pub event: String,
    pub event_type: EventType,
    pub date: Option<String>,
    pub actors: Vec<String>,
    pub recipients: Vec<String>,
    pub modes: Vec<String>,
    pub evidence: Option<String>,
    pub article: Option<String>,
    pub title: Option<String>,
}

/// The events of actor `a` (or between `a` and `b`, either way) in date order, undated last; negated events are
/// left out.
pub fn timeline(rows: &[&EventRow], a: &str, b: Option<&str>) -> Vec<TimelineEntry> {
    let involves = |row: &EventRow| {
        let recipient = row.recipient.as_deref();
        match b {
            None => row.actor == a || recipient == Some(a),
            Some(b) => {
                (row.actor == a && recipient == Some(b)) || (row.actor == b && recipient == Some(a))
            }
        }
    };
    let wanted: BTreeSet<&str> = rows
        .iter()
        .filter(|r| !r.negated && involves(r))
        .map(|r| r.event.as_str())
        .collect();
    let mut entries: BTreeMap<&str, TimelineEntry> = BTreeMap::new();
    for row in rows.iter().filter(|r| wanted.contains(r.event.as_str())) {
        let entry = entries.entry(&row.event).or_insert_with(|| TimelineEntry {
            event: row.event.clone(),
            event_type: row.event_type,
            date: row.date.clone(),
            actors: Vec::new(),
            recipients: Vec::new(),
            modes: row.modes.clone(),
            evidence: row.evidence.clone(),
            article: row.article.clone(),
            title: row.title.clone(),
        });
        entry.actors.push(row.actor.clone());
        entry.recipients.extend(row.recipient.clone());
    }
    let mut entries: Vec<TimelineEntry> = entries.into_values().collect();
    for entry in &mut entries {
        for list in [&mut entry.actors, &mut entry.recipients] {
            list.sort();
            list.dedup();
        }
    }
    entries.sort_by(|x, y| {
        (x.date.is_none(), &x.date, &x.event).cmp(&(y.date.is_none(), &y.date, &y.event))
    });
    entries
}

/// The first and last days a date covers.
fn period(date: &str) -> Option<(NaiveDate, NaiveDate)> {
    let date: EventDate = date.parse().ok()?;
    let first = NaiveDate::from_ymd_opt(date.year, date.month.unwrap_or(1), date.day.unwrap_or(1))?;
    let last = match (date.month, date.day) {
        (Some(_), Some(_)) => first,
        (Some(m), None) => {
            let (y, m) = if m == 12 {
                (date.year + 1, 1)
            } else {
                (date.year, m + 1)
            };
            NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()?
        }
        _ => NaiveDate::from_ymd_opt(date.year, 12, 31)?,
    };
    Some((first, last))
}

fn xml(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '&' => "&amp;".to_owned(),
            '<' => "&lt;".to_owned(),
            '>' => "&gt;".to_owned(),
            '"' => "&quot;".to_owned(),
            c if c.is_control() && c != '\n' => " ".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

/// Draws a timeline as SVG: a time axis on top, one row per event (a dot for a day, a bar for a month or a
/// year), undated events last; colours by quad class; the evidence and headline in each row's tooltip.
pub fn write_timeline_svg(
    entries: &[TimelineEntry],
    data: &EventData,
    title: &str,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    const WIDTH: f64 = 1100.0;
    const LEFT: f64 = 40.0;
    const AXIS: f64 = 700.0;
    const ROW: f64 = 22.0;
    const TOP: f64 = 70.0;
    let periods: Vec<Option<(NaiveDate, NaiveDate)>> = entries
        .iter()
        .map(|e| e.date.as_deref().and_then(period))
        .collect();
    let start = periods.iter().flatten().map(|p| p.0).min();
    let end = periods.iter().flatten().map(|p| p.1).max();
    let span = match (start, end) {
        (Some(s), Some(e)) => ((e - s).num_days().max(1)) as f64,
        _ => 1.0,
    };
    let x = |day: NaiveDate| LEFT + AXIS * (day - start.expect("dated")).num_days() as f64 / span;
    let height = TOP + ROW * entries.len() as f64 + 60.0;
    writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">"
    )?;
    writeln!(out, "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>")?;
    writeln!(
        out,
        "<text x=\"{LEFT}\" y=\"24\" font-size=\"15\" font-weight=\"bold\">{}</text>",
        xml(title)
    )?;
    // The axis: a tick per year, or per month when the events span less than two years.
    if let (Some(s), Some(e)) = (start, end) {
        writeln!(
            out,
            "<line x1=\"{LEFT}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#525252\"/>",
            TOP - 20.0,
            LEFT + AXIS,
            TOP - 20.0
        )?;
        let monthly = (e - s).num_days() < 730;
        // Over a year, month ticks are labelled every quarter only.
        let every = if (e - s).num_days() < 365 { 1 } else { 3 };
        let mut tick = NaiveDate::from_ymd_opt(s.year(), if monthly { s.month() } else { 1 }, 1)
            .expect("valid");
        while tick <= e {
            if tick >= s {
                let tx = x(tick);
                let label = if !monthly {
                    tick.year().to_string()
                } else if (tick.month() - 1).is_multiple_of(every) {
                    format!("{}-{:02}", tick.year(), tick.month())
                } else {
                    String::new()
                };
                writeln!(
                    out,
                    "<line x1=\"{tx:.1}\" y1=\"{}\" x2=\"{tx:.1}\" y2=\"{}\" stroke=\"#e0e0e0\"/><text x=\"{tx:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"#525252\" font-size=\"9\">{label}</text>",
                    TOP - 24.0,
                    TOP + ROW * entries.len() as f64,
                    TOP - 28.0
                )?;
            }
            tick = if monthly {
                let (y, m) = if tick.month() == 12 {
                    (tick.year() + 1, 1)
                } else {
                    (tick.year(), tick.month() + 1)
                };
                NaiveDate::from_ymd_opt(y, m, 1).expect("valid")
            } else {
                NaiveDate::from_ymd_opt(tick.year() + 1, 1, 1).expect("valid")
            };
        }
    }
    let names = |ids: &[String]| {
        ids.iter()
            .map(|id| data.label(id, lang))
            .collect::<Vec<_>>()
            .join(" + ")
    };
    for (i, (entry, period)) in entries.iter().zip(&periods).enumerate() {
        let y = TOP + ROW * i as f64 + ROW / 2.0;
        let (colour, style) = quad_style(QuadClass::of(entry.event_type));
        let mut tooltip = format!(
            "{} {}",
            entry.date.as_deref().unwrap_or("(undated)"),
            entry.event
        );
        if let Some(sentence) = &entry.evidence {
            tooltip.push_str(&format!("\n« {} »", sentence.trim()));
        }
        if let Some(title) = &entry.title {
            tooltip.push_str(&format!("\n— {}", title.trim()));
        }
        writeln!(out, "<g><title>{}</title>", xml(&tooltip))?;
        let dash = if style == "dashed" {
            " stroke-dasharray=\"3,2\""
        } else {
            ""
        };
        let text_x = match period {
            Some((first, last)) if first == last => {
                writeln!(
                    out,
                    "<circle cx=\"{:.1}\" cy=\"{y:.1}\" r=\"5\" fill=\"{colour}\" stroke=\"{colour}\"{dash}/>",
                    x(*first)
                )?;
                x(*first) + 10.0
            }
            Some((first, last)) => {
                let (x1, x2) = (x(*first), x(*last).max(x(*first) + 4.0));
                writeln!(
                    out,
                    "<rect x=\"{x1:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"8\" rx=\"3\" fill=\"{colour}\" fill-opacity=\"0.5\" stroke=\"{colour}\"{dash}/>",
                    y - 4.0,
                    x2 - x1
                )?;
                x2 + 6.0
            }
            None => {
                writeln!(
                    out,
                    "<circle cx=\"{:.1}\" cy=\"{y:.1}\" r=\"5\" fill=\"white\" stroke=\"{colour}\"{dash}/>",
                    LEFT - 20.0
                )?;
                LEFT
            }
        };
        let mut line = format!(
            "{} {} {}",
            entry.date.as_deref().unwrap_or(match lang {
                Lang::En => "undated",
                Lang::Fr => "sans date",
            }),
            entry.event_type,
            names(&entry.actors)
        );
        if !entry.recipients.is_empty() {
            line.push_str(&format!(" → {}", names(&entry.recipients)));
        }
        // Rows far right are labelled to the left of their mark, so that they stay in the picture.
        let (text_x, anchor) = match period {
            Some((first, _)) if text_x > LEFT + AXIS * 0.55 => (x(*first) - 10.0, "end"),
            _ => (text_x, "start"),
        };
        writeln!(
            out,
            "<text x=\"{text_x:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\" fill=\"#252525\">{}</text></g>",
            y + 4.0,
            xml(&line)
        )?;
    }
    let mut lx = LEFT;
    let ly = height - 25.0;
    for quad in QuadClass::ALL {
        let (colour, style) = quad_style(quad);
        let dash = if style == "dashed" {
            " stroke-dasharray=\"3,2\""
        } else {
            ""
        };
        writeln!(
            out,
            "<circle cx=\"{lx:.1}\" cy=\"{ly:.1}\" r=\"5\" fill=\"{colour}\" stroke=\"{colour}\"{dash}/><text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            lx + 10.0,
            ly + 4.0,
            xml(quad.label(lang))
        )?;
        lx += 190.0;
    }
    writeln!(out, "</svg>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::row;

    #[test]
    fn a_timeline_lists_an_actors_events_in_date_order_with_all_participants() {
        let mut rows = vec![
            row("e1", "SANCTION", "a", Some("b"), Some("2025-03")),
            row("e1", "SANCTION", "c", Some("b"), Some("2025-03")),
            row("e2", "ACCUSE", "b", Some("a"), Some("2025-01-05")),
            row("e3", "ASSAULT", "a", None, None),
            row("e4", "AID", "c", Some("d"), Some("2024")),
        ];
        rows.push(EventRow {
            negated: true,
            ..row("e5", "THREATEN", "a", Some("b"), Some("2025-02"))
        });
        let refs: Vec<&EventRow> = rows.iter().collect();
        let of_a = timeline(&refs, "a", None);
        let ids: Vec<&str> = of_a.iter().map(|e| e.event.as_str()).collect();
        assert_eq!(ids, ["e2", "e1", "e3"]);
        assert_eq!(of_a[1].actors, ["a", "c"]);
        assert_eq!(of_a[1].recipients, ["b"]);
        let between = timeline(&refs, "b", Some("a"));
        assert_eq!(
            between.iter().map(|e| e.event.as_str()).collect::<Vec<_>>(),
            ["e2", "e1"]
        );
    }

    #[test]
    fn periods_cover_days_months_and_years() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            period("2024-02"),
            Some((day("2024-02-01"), day("2024-02-29")))
        );
        assert_eq!(
            period("2025-12"),
            Some((day("2025-12-01"), day("2025-12-31")))
        );
        assert_eq!(period("2025"), Some((day("2025-01-01"), day("2025-12-31"))));
        assert_eq!(
            period("2025-09-18"),
            Some((day("2025-09-18"), day("2025-09-18")))
        );
        assert_eq!(period("soon"), None);
    }

    #[test]
    fn the_svg_has_a_row_per_event_with_its_evidence() {
        let rows = [
            row("e1", "SANCTION", "a", Some("b"), Some("2025-03")),
            row("e2", "CONSULT", "a", Some("b"), Some("2025-01-05")),
            row("e3", "ASSAULT", "a", None, None),
        ];
        let refs: Vec<&EventRow> = rows.iter().collect();
        let entries = timeline(&refs, "a", None);
        let mut out = Vec::new();
        write_timeline_svg(
            &entries,
            &EventData::default(),
            "a <&> b",
            Lang::En,
            &mut out,
        )
        .unwrap();
        let svg = String::from_utf8(out).unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains(">a &lt;&amp;&gt; b</text>"));
        assert_eq!(svg.matches("<g><title>").count(), 3);
        assert!(svg.contains("<title>2025-03 e1\n« sentence of e1 »\n— Title</title>"));
        assert!(svg.contains("2025-01-05 CONSULT a → b</text>"));
        assert!(svg.contains("undated ASSAULT a</text>"));
        assert!(
            svg.contains(">2025-02</text>"),
            "monthly ticks over a short span"
        );
        assert!(svg.trim_end().ends_with("</svg>"));
    }
}
