//! PLOVER event patterns (`data/patterns/{fr,en}.jsonl`): trigger verbs (inflected here), phrases and
//! nominalisations, each mapped to an event category, modes, contexts and a CAMEO code.

use super::normalize::{fold_str, whole_word_matches};
use crate::model::EventType;
use aho_corasick::{AhoCorasick, MatchKind};
use serde::Deserialize;
use std::collections::BTreeMap;

/// One line of a pattern file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventPattern {
    pub id: String,
    pub event_type: EventType,
    #[serde(default)]
    pub mode: Vec<String>,
    #[serde(default)]
    pub context: Vec<String>,
    #[serde(default)]
    pub cameo: Option<String>,
    /// Infinitives of regular verbs, inflected by [`french_forms`] / [`english_forms`].
    #[serde(default)]
    pub verbs: Vec<String>,
    /// Inflected forms of irregular verbs, as written.
    #[serde(default)]
    pub forms: Vec<String>,
    /// Multi-word triggers, as written.
    #[serde(default)]
    pub phrases: Vec<String>,
    /// Nominalisations ("arrestation", "expulsion"), singular and plural as written.
    #[serde(default)]
    pub nouns: Vec<String>,
    /// The mention before the trigger is the recipient, not the actor ("… deux diplomates de quitter le
    /// territoire": the diplomats leave); the actor comes from "par"/"by" or the clause's subject.
    #[serde(default)]
    pub object_first: bool,
    #[serde(default)]
    pub note: Option<String>,
}

/// How a trigger names its event: a verb form (which may be passive) or a noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerKind {
    Verb,
    Noun,
}

/// A trigger found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriggerMatch {
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
    /// Index of the pattern in its [`PatternSet`].
    pub pattern: usize,
    pub kind: TriggerKind,
}

/// The patterns of one language, compiled.
pub struct PatternSet {
    pub patterns: Vec<EventPattern>,
    matcher: AhoCorasick,
    triggers: Vec<(usize, TriggerKind)>,
}

impl PatternSet {
    /// Compiles patterns of a language (`fr` or `en`); a trigger claimed by two patterns stays with the first.
    pub fn new(lang: &str, patterns: Vec<EventPattern>) -> Self {
        let mut by_form: BTreeMap<String, (usize, TriggerKind)> = BTreeMap::new();
        for (index, pattern) in patterns.iter().enumerate() {
            let inflect: fn(&str) -> Vec<String> = if lang == "fr" {
                french_forms
            } else {
                english_forms
            };
            let verbs = pattern.verbs.iter().flat_map(|v| inflect(v));
            let written = pattern
                .forms
                .iter()
                .chain(&pattern.phrases)
                .map(|f| fold_str(f.trim()));
            for form in verbs.chain(written) {
                by_form.entry(form).or_insert((index, TriggerKind::Verb));
            }
            for noun in &pattern.nouns {
                by_form
                    .entry(fold_str(noun.trim()))
                    .or_insert((index, TriggerKind::Noun));
            }
        }
        by_form.retain(|form, _| !form.is_empty());
        let (forms, triggers): (Vec<String>, Vec<(usize, TriggerKind)>) =
            by_form.into_iter().unzip();
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&forms)
            .expect("trigger patterns build");
        Self {
            patterns,
            matcher,
            triggers,
        }
    }

    /// The triggers of a text, in order, whole words only.
    pub fn find(&self, text: &str) -> Vec<TriggerMatch> {
        whole_word_matches(&self.matcher, text)
            .into_iter()
            .map(|(start, end, index)| {
                let (pattern, kind) = self.triggers[index];
                TriggerMatch {
                    start,
                    end,
                    pattern,
                    kind,
                }
            })
            .collect()
    }
}

/// Inflected forms (folded: no accents) of a regular French verb: 1st group `-er` with its spelling
/// alternations, 2nd group `-ir` (finir), `-re` (rendre). Over-generation is harmless: only real words match.
pub fn french_forms(infinitive: &str) -> Vec<String> {
    let verb = fold_str(infinitive.trim());
    let (stem, endings): (String, &[&str]) = if let Some(stem) = verb.strip_suffix("er") {
        let endings: &[&str] = &[
            "e", "es", "ent", "ons", "ez", "ais", "ait", "aient", "ions", "iez", "a", "erent",
            "erai", "eras", "era", "erons", "erez", "eront", "erais", "erait", "erions", "eraient",
            "e", "ee", "es", "ees", "ant", "er", "at", "asse", "assent",
        ];
        (stem.to_owned(), endings)
    } else if let Some(stem) = verb.strip_suffix("ir") {
        let endings: &[&str] = &[
            "is", "it", "issons", "issez", "issent", "issais", "issait", "issaient", "irent",
            "irai", "ira", "irons", "iront", "irais", "irait", "iraient", "i", "ie", "ies",
            "issant", "ir", "isse",
        ];
        (stem.to_owned(), endings)
    } else if let Some(stem) = verb.strip_suffix("re") {
        let endings: &[&str] = &[
            "s", "", "ons", "ez", "ent", "ais", "ait", "aient", "it", "irent", "rai", "ra", "rons",
            "ront", "rais", "rait", "raient", "u", "ue", "us", "ues", "ant", "re", "e",
        ];
        (stem.to_owned(), endings)
    } else {
        return vec![verb];
    };
    let mut stems = vec![stem.clone()];
    // Spelling alternations of the 1st group before a mute e: rappelle, jette, emploie; ç/ge before a and o
    // fold to c/g + e: menaçait → menacait (same as the stem), exigeait → exige + ait.
    if verb.ends_with("er") {
        if stem.ends_with("el") || stem.ends_with("et") {
            stems.push(format!("{stem}{}", &stem[stem.len() - 1..]));
        }
        if let Some(base) = stem.strip_suffix('y') {
            stems.push(format!("{base}i"));
        }
        if stem.ends_with('g') {
            stems.push(format!("{stem}e"));
        }
    }
    let mut forms: Vec<String> = stems
        .iter()
        .flat_map(|s| endings.iter().map(move |e| format!("{s}{e}")))
        .collect();
    forms.push(verb);
    forms.sort();
    forms.dedup();
    forms
}

/// Inflected forms of a regular English verb: -s/-es/-ies, -ed/-d/-ied, -ing, and a doubled final consonant.
pub fn english_forms(base: &str) -> Vec<String> {
    let verb = fold_str(base.trim());
    let last = verb.chars().last().unwrap_or_default();
    let before_last = verb.chars().rev().nth(1).unwrap_or_default();
    let vowel = |c: char| "aeiou".contains(c);
    let mut forms = vec![verb.clone()];
    if last == 'y' && !vowel(before_last) {
        let stem = &verb[..verb.len() - 1];
        forms.extend([
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{verb}ing"),
        ]);
    } else if last == 'e' {
        let stem = &verb[..verb.len() - 1];
        forms.extend([format!("{verb}s"), format!("{verb}d"), format!("{stem}ing")]);
    } else {
        let s =
            if verb.ends_with(['s', 'x', 'z', 'o']) || verb.ends_with("ch") || verb.ends_with("sh")
            {
                "es"
            } else {
                "s"
            };
        forms.extend([
            format!("{verb}{s}"),
            format!("{verb}ed"),
            format!("{verb}ing"),
        ]);
        if !vowel(last) && vowel(before_last) && !"wxy".contains(last) {
            forms.extend([format!("{verb}{last}ed"), format!("{verb}{last}ing")]);
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_verbs_inflect_with_their_alternations() {
        let forms = french_forms("expulser");
        for f in [
            "expulse",
            "expulsent",
            "expulse",
            "expulsee",
            "expulsees",
            "expulsera",
            "expulsait",
            "expulser",
        ] {
            assert!(forms.contains(&f.to_owned()), "{f}");
        }
        assert!(french_forms("rappeler").contains(&"rappelle".to_owned()));
        assert!(french_forms("déployer").contains(&"deploie".to_owned()));
        assert!(french_forms("exiger").contains(&"exigeait".to_owned()));
        assert!(
            french_forms("menacer").contains(&"menacait".to_owned()),
            "ç folds to c"
        );
        assert!(
            french_forms("libérer").contains(&"libere".to_owned()),
            "è and é fold alike"
        );
        assert!(french_forms("saisir").contains(&"saisissent".to_owned()));
        assert!(french_forms("suspendre").contains(&"suspendu".to_owned()));
        assert!(french_forms("suspendre").contains(&"suspend".to_owned()));
    }

    #[test]
    fn english_verbs_inflect() {
        assert!(english_forms("expel").contains(&"expelled".to_owned()));
        assert!(english_forms("accuse").contains(&"accused".to_owned()));
        assert!(english_forms("accuse").contains(&"accusing".to_owned()));
        assert!(english_forms("deploy").contains(&"deployed".to_owned()));
        assert!(english_forms("deny").contains(&"denied".to_owned()));
        assert!(english_forms("attack").contains(&"attacked".to_owned()));
        assert!(english_forms("push").contains(&"pushes".to_owned()));
    }

    #[test]
    fn triggers_are_found_as_whole_words() {
        let pattern: EventPattern = serde_json::from_str(
            r#"{"id":"fr/sanction/expel","event_type":"SANCTION","mode":["expel"],"verbs":["expulser"],"phrases":["persona non grata"],"nouns":["expulsion"]}"#,
        )
        .unwrap();
        let set = PatternSet::new("fr", vec![pattern]);
        let text = "Paris a expulsé deux diplomates, déclarés «persona non grata»; l'expulsion suit. Expulsable?";
        let found: Vec<(&str, TriggerKind)> = set
            .find(text)
            .into_iter()
            .map(|t| (&text[t.start..t.end], t.kind))
            .collect();
        assert_eq!(
            found,
            [
                ("expulsé", TriggerKind::Verb),
                ("persona non grata", TriggerKind::Verb),
                ("expulsion", TriggerKind::Noun)
            ]
        );
    }
}
