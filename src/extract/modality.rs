//! How a sentence presents an event (PLOVER auxiliary modes): negated, hypothetical, alleged, future,
//! historical or plainly asserted, from cue words around the event's trigger, in French and English.

use super::normalize::Text;
use crate::model::{EventDate, Modality};
use std::ops::Range;

/// Words after which the event is negated when they stand just before the trigger (English) or frame it
/// ("ne … pas", "n'a pas", French).
const NEGATION_BEFORE: &[&str] = &[
    "not", "n't", "never", "no", "neither", "nor", "aucun", "aucune", "jamais",
];
/// Negate only the word right after them ("sans expulser", "without expelling"): in "sans fondement et demandé"
/// the request is not negated.
const NEGATION_RIGHT_BEFORE: &[&str] = &["sans", "without"];
const NEGATION_FRAME_AFTER: &[&str] = &["pas", "jamais", "plus", "point", "guere", "nullement"];
/// Cues anywhere in the clause before the trigger.
const HYPOTHETICAL: &[&str] = &[
    "si",
    "if",
    "could",
    "would",
    "might",
    "pourrait",
    "pourraient",
    "risque",
    "unless",
    "whether",
    "eventuel",
    "eventuelle",
    "en cas",
];
const ALLEGED: &[&str] = &[
    "accuse de",
    "accuses de",
    "accusee de",
    "accusees de",
    "soupconne de",
    "soupconnes de",
    "soupconnee de",
    "presume",
    "presumee",
    "presumes",
    "aurait",
    "auraient",
    "selon",
    "accused of",
    "allegedly",
    "alleged",
    "reportedly",
    "suspected of",
    "said to have",
    "according to",
    "reported",
    "claims",
    "claimed",
];
const FUTURE_AUXILIARIES: &[&str] = &["sera", "seront", "aura", "auront"];
const FUTURE: &[&str] = &[
    "will",
    "shall",
    "is to",
    "are to",
    "plans to",
    "intends to",
    "is expected to",
    "va",
    "vont",
    "devrait",
    "devraient",
    "prevoit de",
    "compte",
    "s'apprete a",
    "entend",
];

/// The cues split into words, once, by their first word: (rest of the cue, the modality it marks).
type CueWords = rustc_hash::FxHashMap<&'static str, Vec<(Vec<&'static str>, Modality)>>;
static CUES: std::sync::LazyLock<CueWords> = std::sync::LazyLock::new(|| {
    let mut cues = CueWords::default();
    for (list, modality) in [
        (HYPOTHETICAL, Modality::Hypothetical),
        (ALLEGED, Modality::Alleged),
        (FUTURE, Modality::Future),
    ] {
        for cue in list {
            let mut words = cue.split([' ', '\'']);
            let first = words.next().expect("a cue has a word");
            cues.entry(first)
                .or_default()
                .push((words.collect(), modality));
        }
    }
    cues
});

/// The modality of the event whose trigger is at `trigger` (byte range) in `sentence`.
pub fn modality_of(sentence: &Text<'_>, trigger: Range<usize>) -> Modality {
    // The clause before the trigger: enough words for the cues, not the whole sentence.
    let (before, after) = (
        sentence.words_before(trigger.start, 160),
        sentence.words_after(trigger.end, 40),
    );
    let (before, after) = (
        words(before.with_apostrophes()),
        words(after.with_apostrophes()),
    );
    let near_before: Vec<&str> = before.iter().rev().take(4).copied().collect();
    let near_after: Vec<&str> = after.iter().take(2).copied().collect();

    let english_negation = near_before
        .iter()
        .take(3)
        .any(|w| NEGATION_BEFORE.contains(w) || w.ends_with("n't"))
        || near_before
            .first()
            .is_some_and(|w| NEGATION_RIGHT_BEFORE.contains(w));
    // "n'a pas rétabli la coopération": a light verb and its article may stand between the frame and the noun;
    // not a "que" (what "n'a pas dit que…" reports is not negated), nor an infinitive's "à"/"de" ("n'a pas tardé
    // à suspendre" suspended).
    let frame_before: Vec<&str> = before
        .iter()
        .rev()
        .take(6)
        .take_while(|w| !matches!(**w, "que" | "qu"))
        .copied()
        .collect();
    let frame_before = match frame_before
        .iter()
        .position(|w| NEGATION_FRAME_AFTER.contains(w))
    {
        Some(k)
            if frame_before[..k]
                .iter()
                .any(|w| matches!(*w, "a" | "de" | "d")) =>
        {
            &frame_before[..0]
        }
        _ => &frame_before[..],
    };
    let french_frame = frame_before.iter().any(|w| *w == "ne" || *w == "n")
        && (frame_before
            .iter()
            .chain(&near_after)
            .any(|w| NEGATION_FRAME_AFTER.contains(w)));
    if english_negation || french_frame {
        return Modality::Negated;
    }
    // Cues are whole words or word sequences of the clause; a hypothetical cue wins over an alleged one, which
    // wins over a future one.
    let mut found: Option<Modality> = None;
    for (k, word) in before.iter().enumerate() {
        let Some(cues) = CUES.get(word) else {
            continue;
        };
        for (rest, modality) in cues {
            let follows = before.get(k + 1..k + 1 + rest.len()) == Some(rest.as_slice());
            if follows && found.is_none_or(|f| rank(*modality) < rank(f)) {
                found = Some(*modality);
            }
        }
    }
    // Future auxiliaries count right before the trigger only ("sera acheminée"), not in an earlier clause ("Les
    // auteurs seront jugés, a déclaré Bamako, qui accuse…").
    if found.is_none()
        && near_before
            .iter()
            .take(2)
            .any(|w| FUTURE_AUXILIARIES.contains(w))
    {
        found = Some(Modality::Future);
    }
    found
        .or_else(|| since_then(&before).then_some(Modality::Historical))
        .unwrap_or(Modality::Asserted)
}

/// Auxiliaries that "depuis" or "since" follows as an adverb: "se sont depuis détournées", "has since turned".
const SINCE_AUXILIARIES: &[&str] = &[
    "a", "ont", "est", "sont", "avait", "avaient", "etait", "etaient", "has", "have", "had",
];

/// Whether the clause tells its event as done some time since an earlier one, with no date ("se sont depuis
/// détournées de leurs partenaires", "depuis lors", "has since turned to Moscow"): background of the news.
/// "est depuis dimanche détenu", "a depuis le 15 août…" are dated, not background.
fn since_then(before: &[&str]) -> bool {
    let n = before.len();
    (0..n).any(|k| {
        let next = before.get(k + 1).copied();
        match before[k] {
            "lors" => k > 0 && before[k - 1] == "depuis",
            "then" => k > 0 && before[k - 1] == "since",
            "depuis" | "since" => {
                k > 0
                    && SINCE_AUXILIARIES.contains(&before[k - 1])
                    && next.is_none_or(|w| !dated_after_since(w))
            }
            _ => false,
        }
    })
}

/// A word after "depuis"/"since" that starts a date or a time ("depuis dimanche", "since the coup", "depuis 2012").
fn dated_after_since(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            word,
            "le" | "la"
                | "les"
                | "l"
                | "the"
                | "a"
                | "an"
                | "un"
                | "une"
                | "des"
                | "plus"
                | "more"
                | "quelques"
                | "several"
                | "lundi"
                | "mardi"
                | "mercredi"
                | "jeudi"
                | "vendredi"
                | "samedi"
                | "dimanche"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "janvier"
                | "fevrier"
                | "mars"
                | "avril"
                | "mai"
                | "juin"
                | "juillet"
                | "aout"
                | "septembre"
                | "octobre"
                | "novembre"
                | "decembre"
                | "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "hier"
                | "yesterday"
                | "then"
        )
}

/// The order in which cues win when a clause holds several.
fn rank(modality: Modality) -> u8 {
    match modality {
        Modality::Hypothetical => 0,
        Modality::Alleged => 1,
        _ => 2,
    }
}

/// An asserted event dated before the article's year is background: `historical`.
pub fn with_history(
    modality: Modality,
    event: Option<EventDate>,
    article: Option<EventDate>,
) -> Modality {
    match (modality, event, article) {
        (Modality::Asserted, Some(e), Some(a)) if e.year < a.year => Modality::Historical,
        (m, _, _) => m,
    }
}

/// The words of tokens in matching form; French elisions are split off ("n'a" → "n", "a") while English contractions
/// stay whole ("hasn't").
fn words<'t>(tokens: impl Iterator<Item = &'t str>) -> smallvec::SmallVec<[&'t str; 32]> {
    const ELIDED: &[&str] = &[
        "l", "d", "n", "s", "c", "j", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    ];
    let mut words = smallvec::SmallVec::new();
    for token in tokens {
        if !token.contains('\'') {
            words.push(token);
            continue;
        }
        let token = token.trim_matches('\'');
        match token.split_once('\'') {
            Some((head, tail)) if ELIDED.contains(&head) => words.extend([head, tail]),
            _ if !token.is_empty() => words.push(token),
            _ => {}
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::normalize::fold;

    fn modality(sentence: &str, trigger: &str) -> Modality {
        let start = sentence.find(trigger).expect("trigger in sentence");
        modality_of(
            &Text::new(sentence, fold(sentence)),
            start..start + trigger.len(),
        )
    }

    #[test]
    fn cases() {
        use Modality::*;
        // (sentence, trigger, expected, why)
        let cases: &[(&str, &str, Modality, &str)] = &[
            ("La France a suspendu sa coopération antiterroriste avec le Mali.", "suspendu", Asserted, "plain past"),
            ("La France n'a pas expulsé les diplomates maliens.", "expulsé", Negated, "n'a pas"),
            ("Le Mali ne reconnaît pas la décision.", "reconnaît", Negated, "ne … pas around the verb"),
            ("The junta did not release Bazoum.", "release", Negated, "did not"),
            ("Niger's junta hasn't freed the president.", "freed", Negated, "n't"),
            ("L'armée malienne et Africa Corps sont accusés de commettre des exactions contre des civils.", "commettre", Alleged, "accusés de"),
            ("Wagner forces allegedly killed civilians in Moura.", "killed", Alleged, "allegedly"),
            ("Selon une source diplomatique, Paris a convoqué l'ambassadeur.", "convoqué", Alleged, "selon"),
            ("L'armée aurait tué des civils.", "tué", Alleged, "journalistic conditional"),
            ("The United States will suspend assistance to Niger.", "suspend", Future, "will"),
            ("Bamako va expulser l'ambassadeur.", "expulser", Future, "va + infinitive"),
            ("If the junta harms Bazoum, ECOWAS would intervene.", "intervene", Hypothetical, "if / would"),
            ("La CEDEAO pourrait intervenir militairement.", "intervenir", Hypothetical, "pourrait"),
            ("Paris a quitté Bamako sans expulser personne.", "expulser", Negated, "sans + infinitive"),
            ("Paris a dénoncé des accusations sans fondement et demandé sa libération.", "demandé", Asserted, "'sans' further back negates nothing"),
            ("Les autorités de Bamako se sont depuis détournées de leurs partenaires.", "détournées", Historical, "depuis as an adverb"),
            ("Bamako s'est depuis lors tourné vers Moscou.", "tourné", Historical, "depuis lors"),
            ("The junta has since turned to Moscow.", "turned", Historical, "has since"),
            ("Le diplomate est depuis dimanche détenu à Bamako.", "détenu", Asserted, "depuis + a day is a date"),
            ("Niger has since the coup expelled French troops.", "expelled", Asserted, "since + a noun is a date"),
        ];
        for (sentence, trigger, expected, why) in cases {
            assert_eq!(modality(sentence, trigger), *expected, "{why}: {sentence}");
        }
    }

    #[test]
    fn dated_background_is_historical() {
        let year = |y: i32| {
            Some(EventDate {
                year: y,
                month: None,
                day: None,
            })
        };
        assert_eq!(
            with_history(Modality::Asserted, year(2020), year(2025)),
            Modality::Historical
        );
        assert_eq!(
            with_history(Modality::Asserted, year(2025), year(2025)),
            Modality::Asserted
        );
        assert_eq!(
            with_history(Modality::Alleged, year(2020), year(2025)),
            Modality::Alleged
        );
        assert_eq!(
            with_history(Modality::Asserted, None, year(2025)),
            Modality::Asserted
        );
    }
}
