//! PLOVER event patterns (`data/patterns/{fr,en}.jsonl`): trigger verbs (inflected here), phrases and
//! nominalisations, each mapped to an event category, modes, contexts and a CAMEO code.

use super::matcher::WordMatcher;
use super::normalize::fold_str;
use crate::model::EventType;
use rustc_hash::FxHashSet;
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
    /// Multi-word triggers, as written. A `*` stands for one to four words of any kind: "sent * soldiers" is
    /// "sent several hundred soldiers", "sent 500 soldiers" (not "sent soldiers": write that too).
    #[serde(default)]
    pub phrases: Vec<String>,
    /// Nominalisations ("arrestation", "expulsion"), singular and plural as written.
    #[serde(default)]
    pub nouns: Vec<String>,
    /// The mention before the trigger is the recipient, not the actor ("… deux diplomates de quitter le
    /// territoire": the diplomats leave); the actor comes from "par"/"by" or the clause's subject.
    #[serde(default)]
    pub object_first: bool,
    /// The mention after the noun's "de"/"of" is its agent, not its target ("les violences de groupes affiliés à
    /// Al-Qaïda": the groups are violent); without this, "l'arrestation d'un Français" arrests the Frenchman.
    #[serde(default)]
    pub genitive_agent: bool,
    /// The pattern tells its event only when every actor is of one of these kinds, `Class` or `Class/SECTOR`
    /// ("PersonGroup/GOV": diplomats and embassy staff leaving a country withdraw; soldiers leaving it retreat).
    #[serde(default)]
    pub only_by: Vec<String>,
    /// The pattern (its id) whose event the trigger tells when an actor is not of the `only_by` kinds: soldiers
    /// who "ont quitté le Niger" withdraw (RETREAT) where diplomats who leave reduce relations (SANCTION).
    #[serde(default)]
    pub otherwise: Option<String>,
    /// Per kind of recipient (`Class` or `Class/SECTOR`), the pattern (its id) whose event the trigger tells when
    /// every recipient is of that kind: suspending RFI is censoring it (`{"MediaOrganization":
    /// "fr/coerce/censor"}`), not a sanction.
    #[serde(default)]
    pub against: BTreeMap<String, String>,
    /// The recipient is a place left or entered: a state stays the country, not its government ("ont quitté le
    /// Mali").
    #[serde(default)]
    pub place_target: bool,
    /// Its victims are civilians: with no target named, the event is against the civilians of the state named
    /// where it happened ("the disregard for human life exhibited by… during the operation in Moura, Mali").
    #[serde(default)]
    pub civilian_victims: bool,
    /// Phrases that hold a trigger of the pattern without telling its event ("press release"): matched as
    /// they are, the longest, and left out.
    #[serde(default)]
    pub not: Vec<String>,
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
    matcher: WordMatcher,
    /// Per form: the pattern, the kind, and whether a French article before it makes it a noun (a written phrase,
    /// or a verb form that is also a noun).
    triggers: Vec<(usize, TriggerKind, bool)>,
    /// Per form: whether it is a phrase that tells no event (a pattern's `not`).
    not_event: Vec<bool>,
    /// Per pattern: the index of the pattern its `otherwise` names.
    otherwise: Vec<Option<usize>>,
    /// Per pattern: the kinds of recipients of its `against`, with the index of the pattern each names.
    against: Vec<Vec<(String, usize)>>,
    /// Phrases with a gap ("sent * soldiers"): a matcher of their heads, and per head its tails with their patterns.
    gapped: Option<(WordMatcher, Vec<Gapped>)>,
    lang: String,
}

/// The most words a `*` of a phrase stands for.
const GAP_WORDS: usize = 4;

/// The phrases with a gap that share a head: the head's length in the matching form, and each tail (matching
/// form) with its pattern.
struct Gapped {
    head_len: usize,
    tails: Vec<(String, usize)>,
}

/// Where `tail` ends in `folded` when one to [`GAP_WORDS`] plain words (letters, digits, hyphens, apostrophes:
/// no punctuation, so within the clause; no preposition that opens another phrase, so "sent a letter to the
/// soldiers" sends no soldiers) stand between `from` and it.
fn gap_then(folded: &str, from: usize, tail: &str) -> Option<usize> {
    const OPENERS: &[&str] = &[
        "to", "for", "with", "and", "or", "that", "which", "a", "au", "aux", "pour", "avec", "et",
        "ou", "qui", "que", "chez",
    ];
    let mut at = from;
    for _ in 0..GAP_WORDS {
        let next = folded[at..].strip_prefix(' ')?;
        let word = &next[..next.find(' ').unwrap_or(next.len())];
        // "1,500", "5.000": a number's separators stand within the word.
        let number = word.starts_with(|c: char| c.is_ascii_digit())
            && word.ends_with(|c: char| c.is_ascii_digit());
        if word.is_empty()
            || OPENERS.contains(&word)
            || !word.chars().all(|c| {
                c.is_alphanumeric() || c == '-' || c == '\'' || (number && matches!(c, ',' | '.'))
            })
        {
            return None;
        }
        at += 1 + word.len();
        if let Some(after) = folded[at..].strip_prefix(' ') {
            if after.starts_with(tail) && !after[tail.len()..].starts_with(char::is_alphanumeric) {
                return Some(at + 1 + tail.len());
            }
        }
    }
    None
}

/// Determiners after which a verb form is a noun: "the attack", "a deal", "sa coopération militaire", "le coup
/// d'État". French "le", "la", "les", "l'" are also object pronouns ("il les expulse"), so they make nouns of
/// written phrases only.
const DETERMINERS_EN: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "this", "these", "those", "our", "any", "two",
    "three", "several", "many", "new", "further",
];
const DETERMINERS_FR: &[&str] = &[
    "un",
    "une",
    "des",
    "du",
    "sa",
    "son",
    "ses",
    "leurs",
    "ce",
    "cet",
    "cette",
    "ces",
    "au",
    "aux",
    "notre",
    "nos",
    "deux",
    "trois",
    "plusieurs",
    "nouveaux",
    "nouvelles",
];
const ARTICLES_FR: &[&str] = &["le", "la", "les", "l'", "l’"];

/// Light verbs, whose object noun tells the event: "imposer un blocus", "mener une opération", "lancer une
/// offensive", "carry out attacks", "launch a raid", "stage a protest"; announcing or claiming an act is owning it
/// ("la junte a annoncé l'arrestation", "claimed the attack"). Stems take up to four more letters; short or
/// ambiguous verbs are listed as words ("men…" would be "menace", "wag…" "Wagner").
const LIGHT_VERB_STEMS: &[&str] = &[
    "annonc",
    "revendiqu",
    "announc",
    "impos",
    "lanc",
    "conduis",
    "effectu",
    "organis",
    "perpetr",
    "launch",
    "conduct",
    // Verbs of beginning: "ont entamé une grève", "a déclenché une offensive", "engaged in abuses".
    "entam",
    "declench",
    "engag",
    // Verbs of giving: "sent humanitarian aid to Niger", "a envoyé une aide humanitaire au Niger".
    "envoy",
    "fourni",
    "octroy",
    "debloqu",
    "apport",
    "deliver",
    "provid",
];
const LIGHT_VERB_WORDS: &[&str] = &[
    "mene",
    "menee",
    "menees",
    "menes",
    "menent",
    "menait",
    "menaient",
    "mener",
    "menera",
    "meneront",
    "conduit",
    "conduite",
    "commis",
    "commise",
    "commises",
    "commet",
    "commettent",
    "commettre",
    "commettait",
    "carried",
    "carry",
    "carries",
    "carrying",
    "claimed",
    "claims",
    "claim",
    "staged",
    "stage",
    "stages",
    "staging",
    "waged",
    "wage",
    "wages",
    "waging",
    "held",
    "hold",
    "holds",
    "holding",
    "sent",
    "send",
    "sends",
    "sending",
    // "s'est rendu coupable d'abus": committed them.
    "coupable",
    "coupables",
    // "auraient participé à des représailles": took part in them ("participants" is no verb).
    "participe",
    "participer",
    "participent",
    "participait",
    "participaient",
    "participera",
    "participeront",
    "participated",
    "participate",
    "participates",
    "participating",
    // Verbs of keeping and resuming, as words ("repri…" would be "reprises", "maint…" "maintes"): "n'a pas
    // rétabli la coopération", "will keep its humanitarian aid".
    "retabli",
    "retablie",
    "retablit",
    "retablir",
    "retablira",
    "retabliront",
    "repris",
    "reprend",
    "reprennent",
    "reprendre",
    "reprendra",
    "reprendront",
    "resume",
    "resumed",
    "resumes",
    "resuming",
    "restore",
    "restored",
    "restores",
    "restoring",
    "maintain",
    "maintained",
    "maintains",
    "maintaining",
    "maintenir",
    "maintient",
    "maintiennent",
    "maintenu",
    "maintiendra",
    "keep",
    "keeps",
    "kept",
    "began",
    "begin",
    "begins",
    "begun",
    "started",
    "starts",
];

/// Whether a light verb stands within the six words before a noun trigger (its determiner and an adverb may come
/// between; words of time are already out of the matching form), given the matching form before it.
fn after_light_verb(folded_before: &str) -> bool {
    /// The light verbs, as words and as stems (a stem takes up to four more letters: "annonc" → "annoncé"), and
    /// the pairs of bytes they open with: most words are told apart by their first two bytes.
    type Openings = [u64; 1024];
    static LIGHT_VERBS: std::sync::LazyLock<(FxHashSet<&str>, FxHashSet<&str>, Box<Openings>)> =
        std::sync::LazyLock::new(|| {
            let mut openings = Box::new([0; 1024]);
            for word in LIGHT_VERB_WORDS.iter().chain(LIGHT_VERB_STEMS) {
                let pair = opening(word).expect("a light verb has two bytes");
                openings[pair / 64] |= 1 << (pair % 64);
            }
            (
                LIGHT_VERB_WORDS.iter().copied().collect(),
                LIGHT_VERB_STEMS.iter().copied().collect(),
                openings,
            )
        });
    fn opening(word: &str) -> Option<usize> {
        match word.as_bytes() {
            [a, b, ..] => Some(usize::from(*a) << 8 | usize::from(*b)),
            _ => None,
        }
    }
    let (light_words, light_stems, openings) = &*LIGHT_VERBS;
    let window = crate::extract::normalize::window_before(folded_before, folded_before.len(), 80);
    let words = window
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    // "held talks with Niamey on counterterrorism cooperation", "a rétabli l'ordre après l'attaque", "began an
    // investigation into the attack": the verb's object ends at a preposition.
    words
        .take(6)
        .take_while(|w| {
            !matches!(
                *w,
                "with"
                    | "avec"
                    | "on"
                    | "sur"
                    | "against"
                    | "contre"
                    | "after"
                    | "apres"
                    | "into"
                    | "about"
            )
        })
        .any(|w| {
            let Some(pair) = opening(w) else {
                return false;
            };
            if openings[pair / 64] & (1 << (pair % 64)) == 0 {
                return false;
            }
            light_words.contains(w)
                || (w.len().saturating_sub(4)..=w.len())
                    .any(|n| w.is_char_boundary(n) && light_stems.contains(&w[..n]))
        })
}

impl PatternSet {
    /// Compiles patterns of a language (`fr` or `en`); a trigger claimed by two patterns stays with the first.
    pub fn new(lang: &str, patterns: Vec<EventPattern>) -> Self {
        let mut by_form: BTreeMap<String, (usize, TriggerKind, bool)> = BTreeMap::new();
        let mut not_events = std::collections::BTreeSet::new();
        let mut gaps: BTreeMap<String, Vec<(String, usize)>> = BTreeMap::new();
        for (index, pattern) in patterns.iter().enumerate() {
            for phrase in &pattern.not {
                let phrase = fold_str(phrase.trim());
                by_form.insert(phrase.clone(), (index, TriggerKind::Noun, true));
                not_events.insert(phrase);
            }
            let inflect: fn(&str) -> Vec<String> = if lang == "fr" {
                french_forms
            } else {
                english_forms
            };
            let verbs = pattern.verbs.iter().flat_map(|v| inflect(v));
            let forms = pattern.forms.iter().map(|f| fold_str(f.trim()));
            for form in verbs.chain(forms) {
                by_form
                    .entry(form)
                    .or_insert((index, TriggerKind::Verb, false));
            }
            for phrase in &pattern.phrases {
                if let Some((head, tail)) = phrase.split_once(" * ") {
                    gaps.entry(fold_str(head.trim()))
                        .or_default()
                        .push((fold_str(tail.trim()), index));
                    continue;
                }
                by_form
                    .entry(fold_str(phrase.trim()))
                    .or_insert((index, TriggerKind::Verb, true));
            }
            for noun in &pattern.nouns {
                // A form both verb and noun ("attaques", "demande"): after "les"/"la" it is the noun.
                by_form
                    .entry(fold_str(noun.trim()))
                    .and_modify(|(_, kind, phrase)| {
                        if *kind == TriggerKind::Verb {
                            *phrase = true;
                        }
                    })
                    .or_insert((index, TriggerKind::Noun, false));
            }
        }
        by_form.retain(|form, _| !form.is_empty());
        let (forms, triggers): (Vec<String>, Vec<(usize, TriggerKind, bool)>) =
            by_form.into_iter().unzip();
        let not_event = forms.iter().map(|f| not_events.contains(f)).collect();
        let matcher = WordMatcher::new(&forms);
        let otherwise = patterns
            .iter()
            .map(|p| {
                let other = p.otherwise.as_deref()?;
                patterns.iter().position(|q| q.id == other)
            })
            .collect();
        let against = patterns
            .iter()
            .map(|p| {
                p.against
                    .iter()
                    .filter_map(|(kind, other)| {
                        let k = patterns.iter().position(|q| &q.id == other)?;
                        Some((kind.clone(), k))
                    })
                    .collect()
            })
            .collect();
        let gapped = (!gaps.is_empty()).then(|| {
            let (heads, tails): (Vec<String>, Vec<Vec<(String, usize)>>) = gaps.into_iter().unzip();
            let matcher = WordMatcher::new(&heads);
            let gapped = heads
                .iter()
                .zip(tails)
                .map(|(head, tails)| Gapped {
                    head_len: head.len(),
                    tails,
                })
                .collect();
            (matcher, gapped)
        });
        Self {
            patterns,
            matcher,
            triggers,
            not_event,
            otherwise,
            against,
            gapped,
            lang: lang.to_owned(),
        }
    }

    /// The pattern whose event a trigger of pattern `index` tells for actors its `only_by` leaves out.
    pub fn otherwise(&self, index: usize) -> Option<usize> {
        self.otherwise[index]
    }

    /// The kinds of recipients for which a trigger of pattern `index` tells another pattern's event (`against`).
    pub fn against(&self, index: usize) -> &[(String, usize)] {
        &self.against[index]
    }

    /// The triggers of a text, in order, whole words only. A verb form or phrase after a determiner is a noun
    /// ("the attack", "sa coopération militaire").
    pub fn find(&self, text: &str) -> Vec<TriggerMatch> {
        self.find_folded(&crate::extract::normalize::fold(text), text)
    }

    /// As [`find`](Self::find), on the text's matching form.
    pub fn find_folded(
        &self,
        folded: &crate::extract::normalize::Folded,
        text: &str,
    ) -> Vec<TriggerMatch> {
        let found = self.find_words(folded, text);
        let gapped = self.find_gapped(folded, text);
        if gapped.is_empty() {
            return found;
        }
        // A phrase with a gap is longer than the words it holds: they are not triggers of their own.
        let mut found: Vec<TriggerMatch> = found
            .into_iter()
            .filter(|t| gapped.iter().all(|g| t.end <= g.start || t.start >= g.end))
            .collect();
        found.extend(gapped);
        found.sort_by_key(|t| t.start);
        found
    }

    /// The phrases with a gap of a text: their head, one to [`GAP_WORDS`] words within the clause, their tail.
    fn find_gapped(
        &self,
        folded: &crate::extract::normalize::Folded,
        text: &str,
    ) -> Vec<TriggerMatch> {
        let Some((matcher, gapped)) = &self.gapped else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for (start, _, head, folded_start) in
            crate::extract::normalize::whole_word_matches_folded(matcher, folded, text)
        {
            let Gapped { head_len, tails } = &gapped[head];
            for (tail, pattern) in tails {
                if let Some(end) = gap_then(&folded.text, folded_start + head_len, tail) {
                    let (_, end) = folded.original_range(folded_start, end, text);
                    found.push(TriggerMatch {
                        start,
                        end,
                        pattern: *pattern,
                        kind: TriggerKind::Verb,
                    });
                    break;
                }
            }
        }
        found
    }

    fn find_words(
        &self,
        folded: &crate::extract::normalize::Folded,
        text: &str,
    ) -> Vec<TriggerMatch> {
        crate::extract::normalize::whole_word_matches_folded(&self.matcher, folded, text)
            .into_iter()
            .filter(|&(_, _, index, _)| !self.not_event[index])
            .map(|(start, end, index, folded_start)| {
                let (pattern, kind, phrase) = self.triggers[index];
                let kind =
                    if kind == TriggerKind::Verb && self.after_determiner(&text[..start], phrase) {
                        TriggerKind::Noun
                    } else {
                        kind
                    };
                // "impose un blocus", "ont mené une opération conjointe", "carried out attacks": the noun is
                // the event, its light verb's subject the actor — roles as for a verb.
                let kind = if kind == TriggerKind::Noun
                    && after_light_verb(&folded.text[..folded_start])
                {
                    TriggerKind::Verb
                } else {
                    kind
                };
                TriggerMatch {
                    start,
                    end,
                    pattern,
                    kind,
                }
            })
            .collect()
    }

    fn after_determiner(&self, before: &str, phrase: bool) -> bool {
        let before = before.trim_end();
        // "l'attaque", "d'une attaque": an elided article sticks to the trigger.
        if self.lang == "fr" && phrase && (before.ends_with("l'") || before.ends_with("l’")) {
            return true;
        }
        let Some(word) = before
            .rsplit(|c: char| c.is_whitespace() || c == '«' || c == '"' || c == '(')
            .next()
            .map(str::to_lowercase)
        else {
            return false;
        };
        match self.lang.as_str() {
            "fr" => {
                DETERMINERS_FR.contains(&word.as_str())
                    || (phrase && ARTICLES_FR.contains(&word.as_str()))
            }
            _ => DETERMINERS_EN.contains(&word.as_str()),
        }
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
    fn phrases_that_tell_no_event_hide_their_trigger() {
        let set = PatternSet::new(
            "en",
            vec![serde_json::from_str(
                r#"{"id":"en/retreat/release","event_type":"RETREAT","verbs":["release"],"nouns":["release"],"not":["press release"]}"#,
            )
            .unwrap()],
        );
        let text = "See the Treasury's press release. The junta released the minister.";
        let found: Vec<&str> = set
            .find(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(found, ["released"]);
    }

    #[test]
    fn a_gap_in_a_phrase_stands_for_a_few_words_of_the_clause() {
        let set = PatternSet::new(
            "en",
            vec![serde_json::from_str(
                r#"{"id":"en/mobilize/troops","event_type":"MOBILIZE","phrases":["sent troops","sent * soldiers","sent * troops"]}"#,
            )
            .unwrap()],
        );
        // (text, the trigger expected, why)
        let cases: &[(&str, Option<&str>, &str)] = &[
            (
                "The junta sent several hundred soldiers to the area.",
                Some("sent several hundred soldiers"),
                "two words",
            ),
            (
                "Chad sent 1,500 troops to Niger.",
                Some("sent 1,500 troops"),
                "a number's separators",
            ),
            (
                "Chad sent aid, then troops to Niger.",
                None,
                "a comma ends the gap: it stays within the clause",
            ),
            (
                "Chad sent 1500 troops to Niger.",
                Some("sent 1500 troops"),
                "a number",
            ),
            (
                "Chad sent troops to Niger.",
                Some("sent troops"),
                "no gap: the phrase written without one",
            ),
            (
                "Paris sent soldiers home.",
                None,
                "a gap is one word or more",
            ),
            (
                "The ministry sent a letter to the soldiers.",
                None,
                "a preposition opens another phrase",
            ),
            (
                "Mali sent one two three four five soldiers.",
                None,
                "at most four words",
            ),
            (
                "Les soldats sent several hundred soldiersx.",
                None,
                "the tail is a whole word",
            ),
        ];
        for (text, expected, why) in cases {
            let found: Vec<&str> = set
                .find(text)
                .iter()
                .map(|t| &text[t.start..t.end])
                .collect();
            assert_eq!(
                found,
                expected.iter().copied().collect::<Vec<_>>(),
                "{why}: {text}"
            );
        }
    }

    #[test]
    fn determiners_make_nouns_and_light_verbs_make_verbs() {
        let set = |lang: &str, line: &str| {
            PatternSet::new(lang, vec![serde_json::from_str(line).unwrap()])
        };
        let en = set(
            "en",
            r#"{"id":"en/assault/attack","event_type":"ASSAULT","verbs":["attack"],"nouns":["raid"]}"#,
        );
        let fr = set(
            "fr",
            r#"{"id":"fr/cooperate/military","event_type":"COOPERATE","verbs":["expulser"],"phrases":["coopération militaire"],"nouns":["opération conjointe","blocus"]}"#,
        );
        // (set, text, expected kind, why)
        let cases: &[(&PatternSet, &str, TriggerKind, &str)] = &[
            (
                &en,
                "JNIM attacked the base",
                TriggerKind::Verb,
                "a verb form",
            ),
            (
                &en,
                "the attack on the base",
                TriggerKind::Noun,
                "a verb form after 'the'",
            ),
            (
                &en,
                "ISSP has carried out a raid",
                TriggerKind::Verb,
                "a noun after a light verb",
            ),
            (
                &fr,
                "a suspendu sa coopération militaire",
                TriggerKind::Noun,
                "a phrase after a possessive",
            ),
            (
                &fr,
                "depuis le coup et la coopération militaire",
                TriggerKind::Noun,
                "a phrase after 'la'",
            ),
            (
                &fr,
                "la junte les expulse",
                TriggerKind::Verb,
                "'les' before a verb is a pronoun",
            ),
            (
                &fr,
                "ont mené une opération conjointe",
                TriggerKind::Verb,
                "a noun after 'mener'",
            ),
            (
                &fr,
                "le GSIM impose depuis septembre un blocus",
                TriggerKind::Verb,
                "a light verb, a date between",
            ),
            (
                &fr,
                "le blocus de la ville",
                TriggerKind::Noun,
                "a noun alone",
            ),
            (
                &fr,
                "selon Wagner, le blocus",
                TriggerKind::Noun,
                "'Wagner' is no light verb",
            ),
            (
                &fr,
                "une menace de blocus",
                TriggerKind::Noun,
                "'menace' is no light verb",
            ),
        ];
        for (set, text, kind, why) in cases {
            let found = set.find(text);
            assert_eq!(found.len(), 1, "{why}: {text}");
            assert_eq!(found[0].kind, *kind, "{why}: {text}");
        }
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
