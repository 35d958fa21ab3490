//! The actor dictionary: every name and alias of `data/actors/*.jsonl`, found in text case- and
//! accent-insensitively, longest-leftmost, on word boundaries (aho-corasick over the folded text).

use super::normalize::{fold_str, whole_word_matches};
use crate::model::{ActorClass, ActorRecord};
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::BTreeMap;

/// A name of the dictionary found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorMatch {
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
    /// The actor id (`act-fra-gov`).
    pub actor: String,
    /// The dictionary name or alias that matched, as written in the dictionary.
    pub alias: String,
}

/// Names and aliases of actors, compiled for fast matching.
pub struct ActorDictionary {
    matcher: AhoCorasick,
    /// Per pattern: (actor id, alias as written).
    entries: Vec<(String, String)>,
    actors: BTreeMap<String, ActorRecord>,
    /// State id → the id of its government (a `Government` record whose parent is the state).
    governments: BTreeMap<String, String>,
}

impl ActorDictionary {
    /// Builds the dictionary from actor records. When two actors share an alias, the first record keeps it.
    pub fn new(records: impl IntoIterator<Item = ActorRecord>) -> Self {
        let mut by_form: BTreeMap<String, (String, String)> = BTreeMap::new();
        let mut actors = BTreeMap::new();
        for record in records {
            let names = record
                .name
                .values()
                .chain(record.aliases.values().flatten());
            for name in names {
                let form = fold_str(name.trim());
                if !form.is_empty() {
                    by_form
                        .entry(form)
                        .or_insert_with(|| (record.id.clone(), name.clone()));
                }
            }
            actors.insert(record.id.clone(), record);
        }
        let governments = actors
            .values()
            .filter(|r: &&ActorRecord| r.class == ActorClass::Government)
            .filter_map(|r| {
                let state = r.parent.as_ref()?;
                (actors.get(state)?.class == ActorClass::State)
                    .then(|| (state.clone(), r.id.clone()))
            })
            .collect();
        let (patterns, entries): (Vec<String>, Vec<(String, String)>) = by_form.into_iter().unzip();
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("dictionary patterns build");
        Self {
            matcher,
            entries,
            actors,
            governments,
        }
    }

    /// The record of an actor id.
    pub fn actor(&self, id: &str) -> Option<&ActorRecord> {
        self.actors.get(id)
    }

    /// The actor that acts for an actor: a state acts through its government ("La France a suspendu…" is the
    /// French government, as a capital is); any other actor acts for itself.
    pub fn acting_for<'a>(&'a self, id: &'a str) -> &'a str {
        self.governments.get(id).map_or(id, String::as_str)
    }

    /// Number of names and aliases.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The actors named in `text`, in text order, without overlaps (longest-leftmost), whole words only.
    pub fn find(&self, text: &str) -> Vec<ActorMatch> {
        whole_word_matches(&self.matcher, text)
            .into_iter()
            .filter_map(|(start, end, pattern)| {
                let (actor, alias) = &self.entries[pattern];
                // Acronyms match as written: "UN" is not the French article "un", nor "EI" "ei".
                (!is_acronym(alias) || &text[start..end] == alias).then(|| ActorMatch {
                    start,
                    end,
                    actor: actor.clone(),
                    alias: alias.clone(),
                })
            })
            .collect()
    }
}

/// A short all-capitals name ("UN", "FAMa" is not one, "CEDEAO" is), matched case-sensitively.
fn is_acronym(alias: &str) -> bool {
    let letters = alias.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && alias
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-' || c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dictionary() -> ActorDictionary {
        let records = [
            r#"{"id":"act-mli-mil","class":"ArmedForces","name":{"en":"Malian Armed Forces","fr":"Forces armées maliennes"},"aliases":{"fr":["armée malienne","FAMa"],"en":["Malian army"]}}"#,
            r#"{"id":"act-mli","class":"State","name":{"en":"Mali","fr":"Mali"}}"#,
            r#"{"id":"act-goita","class":"Person","name":{"fr":"Assimi Goïta"},"aliases":{"fr":["Goïta"]}}"#,
            r#"{"id":"act-alqaeda","class":"ArmedGroup","name":{"en":"al-Qaeda","fr":"Al-Qaïda"}}"#,
            r#"{"id":"act-africa-corps","class":"MercenaryCompany","name":{"en":"Africa Corps"}}"#,
            r#"{"id":"act-un","class":"InternationalOrganization","name":{"en":"United Nations"},"aliases":{"en":["UN"],"fr":["ONU"]}}"#,
        ];
        ActorDictionary::new(records.iter().map(|r| serde_json::from_str(r).unwrap()))
    }

    fn found(text: &str) -> Vec<(String, &str)> {
        let d = dictionary();
        d.find(text)
            .into_iter()
            .map(|m| (m.actor, &text[m.start..m.end]))
            .collect()
    }

    #[test]
    fn names_match_across_case_accents_elisions_and_quotes() {
        // (text, expected (actor, text) pairs, why)
        type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);
        let cases: &[Case] = &[
            (
                "L’armée malienne et ses alliés",
                &[("act-mli-mil", "armée malienne")],
                "elision with a typographic apostrophe",
            ),
            (
                "l'ARMEE MALIENNE",
                &[("act-mli-mil", "ARMEE MALIENNE")],
                "case and missing accents",
            ),
            (
                "les Forces armées maliennes (FAMa) au Mali",
                &[
                    ("act-mli-mil", "Forces armées maliennes"),
                    ("act-mli-mil", "FAMa"),
                    ("act-mli", "Mali"),
                ],
                "longest match wins over the shorter 'Mali'",
            ),
            (
                "Le président Assimi Goita a parlé",
                &[("act-goita", "Assimi Goita")],
                "full name preferred to the alias",
            ),
            (
                "groupes affiliés à Al-Qaïda et à «Africa Corps»",
                &[
                    ("act-alqaeda", "Al-Qaïda"),
                    ("act-africa-corps", "Africa Corps"),
                ],
                "hyphenated name and guillemets",
            ),
            (
                "Malians and the Malimbo river",
                &[],
                "no match inside longer words",
            ),
        ];
        for (text, expected, why) in cases {
            let expected: Vec<(String, &str)> =
                expected.iter().map(|(a, t)| (a.to_string(), *t)).collect();
            assert_eq!(found(text), expected, "{why}");
        }
    }

    #[test]
    fn a_state_acts_through_its_government() {
        let records = [
            r#"{"id":"act-fra","class":"State","name":{"fr":"France"}}"#,
            r#"{"id":"act-fra-gov","class":"Government","name":{"fr":"gouvernement français"},"parent":"act-fra"}"#,
        ];
        let d = ActorDictionary::new(records.iter().map(|r| serde_json::from_str(r).unwrap()));
        assert_eq!(d.acting_for("act-fra"), "act-fra-gov");
        assert_eq!(d.acting_for("act-fra-gov"), "act-fra-gov");
        assert_eq!(d.acting_for("act-unknown"), "act-unknown");
    }

    #[test]
    fn the_bundled_dictionary_finds_the_seed_actors() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/actors/actors.jsonl");
        let records = std::fs::read_to_string(dir)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect::<Vec<ActorRecord>>();
        let d = ActorDictionary::new(records);
        assert!(d.len() > 100);
        let text = "L'armée malienne et ses alliés, les mercenaires russes d'Africa Corps, sont accusés d'exactions.";
        let actors: Vec<String> = d.find(text).into_iter().map(|m| m.actor).collect();
        assert!(actors.contains(&"act-mli-mil".to_owned()), "{actors:?}");
        assert!(
            actors.contains(&"act-africa-corps".to_owned()),
            "{actors:?}"
        );
    }
}
