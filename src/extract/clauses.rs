//! Clues a clause gives about roles, read from its words alone: prepositions and places, subordinate clauses,
//! which trigger governs which, appositions and lists, purposes, obligations, stand-ins for a subject named
//! before, attributions, pluperfects, and which trigger a date belongs to. `events` decides with them.

use super::actors::ActorMatch;
use super::normalize::{fold_str, window_before, Text, Words};
use super::patterns::{PatternSet, TriggerKind, TriggerMatch};
use crate::model::{EventDate, EventType};

/// Prepositions after which a mention is an object.
/// "selon l'AFP", "d'après Human Rights Watch": who tells it is not who does it ("according to" ends in "to").
const PREPOSITIONS: &[&str] = &[
    "avec", "contre", "vers", "pour", "envers", "chez", "sur", "à", "au", "aux", "selon", "après",
    "with", "to", "against", "toward", "towards", "for", "from", "on", "at",
];

/// The last word of a text that is not one of `skipped`, in lower case with its accents: "à" is a preposition,
/// "a" (has) and "A" (English) are not.
fn last_word_but<'a>(text: &'a str, skipped: &[&str]) -> Option<std::borrow::Cow<'a, str>> {
    text.rsplit(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(|w| match w.chars().any(char::is_uppercase) {
            true => std::borrow::Cow::Owned(w.to_lowercase()),
            false => std::borrow::Cow::Borrowed(w),
        })
        .find(|w| !skipped.contains(&w.as_ref()))
}

/// Words standing for a subject named earlier ("Elle a expulsé…", "Le pays a demandé…", "The junta said…",
/// "Its report accused…").
const SUBJECT_STAND_INS: &[&str] = &[
    "il",
    "elle",
    "ils",
    "elles",
    "pays",
    "junte",
    "celui-ci",
    "celle-ci",
    "ceux-ci",
    "he",
    "she",
    "it",
    "they",
    "country",
    "junta",
    "its",
    "their",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "bloc",
    "organisation",
    "organization",
    "groupe",
    "group",
    "sides",
    "parties",
    "camps",
];

pub(super) fn after_preposition(gap_before_mention: &str) -> bool {
    // Skip articles and possessives between the preposition and the name: "avec le Mali", "to the junta".
    let articles = [
        "le", "la", "les", "l", "the", "un", "une", "des", "ses", "son", "sa", "its", "their",
        "his", "her",
    ];
    last_word_but(gap_before_mention, &articles)
        .is_some_and(|w| PREPOSITIONS.contains(&w.as_ref()) || LOCATIVES.contains(&w.as_ref()))
}

/// Whether the name after a gap is the group of fighters named just before it, who act for it: "Gunmen from JNIM
/// abducted…", "des combattants du GSIM ont attaqué…" (the name is the clause's subject, not an object).
pub(super) fn fighters_of(gap_before_mention: &str) -> bool {
    let words = Words::of(gap_before_mention);
    let words: Vec<&str> = words
        .iter()
        .filter(|w| !matches!(*w, "the" | "le" | "la" | "les" | "l"))
        .collect();
    matches!(
        words[..],
        [.., fighters, "from" | "of" | "de" | "du" | "d" | "des"] if is_fighter(fighters)
    )
}

/// Fighters of a group, folded ("des hommes armés": "armes"): they act for it.
const FIGHTERS: &[&str] = &[
    "gunmen",
    "fighters",
    "militants",
    "jihadists",
    "insurgents",
    "assailants",
    "attackers",
    "combattants",
    "jihadistes",
    "assaillants",
    "insurges",
    "armes",
];

/// Whether a folded word names fighters of a group.
pub(super) fn is_fighter(word: &str) -> bool {
    FIGHTERS.contains(&word)
}

/// Whether a gap between two names is a preposition of place alone: "l'ambassadeur de France au Mali", "French
/// troops in Niger" (the second name says where the first is).
pub(super) fn only_locative(gap: &str) -> bool {
    let gap = gap.trim();
    !gap.is_empty() && LOCATIVES.iter().any(|l| gap.eq_ignore_ascii_case(l))
}

/// Prepositions of place, after which a state or a capital is where something happens.
const LOCATIVES: &[&str] = &[
    "à",
    "au",
    "aux",
    "en",
    "dans",
    "in",
    "at",
    "near",
    "près",
    "across",
    "inside",
    "throughout",
];

pub(super) fn after_locative(gap_before_mention: &str, event_type: EventType) -> bool {
    let articles = [
        "le",
        "la",
        "les",
        "l",
        "the",
        "of",
        "de",
        "du",
        "d",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northwestern",
        "northeastern",
        "southwestern",
        "southeastern",
        "north",
        "south",
        "east",
        "west",
        "nord",
        "sud",
        "est",
        "ouest",
        "centre",
        "nord-ouest",
        "nord-est",
        "sud-ouest",
        "sud-est",
    ];
    // Troops are deployed and attacks made at "the border with Benin", "la frontière avec le Niger".
    let border = || {
        let words = Words::of(gap_before_mention);
        let n = words.len();
        n >= 2
            && matches!(
                words.get(n - 2),
                Some("border" | "borders" | "frontier" | "frontiere" | "frontieres")
            )
            && matches!(words.get(n - 1), Some("with" | "avec"))
    };
    last_word_but(gap_before_mention, &articles).is_some_and(|w| {
        LOCATIVES.contains(&w.as_ref())
            // Troops are deployed *to* a place.
            || (event_type == EventType::Mobilize && matches!(w.as_ref(), "to" | "into" | "vers"))
    }) || (matches!(event_type, EventType::Mobilize | EventType::Assault) && border())
}

/// Relative pronouns and subordinators: what follows them is a clause, not another name of a list.
const RELATIVES: &[&str] = &[
    "qui", "que", "qu", "dont", "ou", "lequel", "laquelle", "lesquels", "who", "which", "that",
    "whom", "whose", "where", "when", "lorsque", "quand", "after", "apres", "before", "avant",
    "while", "tandis",
];

/// Words that open a clause or an adjunct: a trigger after one of them is not the object of the trigger before.
const CLAUSE_OPENERS: &[&str] = &[
    "qui",
    "que",
    "qu",
    "dont",
    "ou",
    "who",
    "which",
    "that",
    "whom",
    "where",
    "mais",
    "but",
    "puis",
    "then",
    "tandis",
    "while",
    "whereas",
    "alors",
    "lorsque",
    "quand",
    "when",
    "apres",
    "after",
    "avant",
    "before",
    "depuis",
    "since",
    "following",
    "suite",
    "reponse",
    "response",
    "car",
    "because",
    "parce",
    "afin",
    "so",
    "pour",
    "et",
    "and",
    "ni",
    "nor",
    "or",
];

/// Event categories whose verb takes another event as an infinitive object: "menacer d'expulser", "refuse to
/// grant", "demander de libérer", "agreed to meet", "accusés de commettre".
fn takes_infinitive(event_type: EventType) -> bool {
    matches!(
        event_type,
        EventType::Threaten
            | EventType::Request
            | EventType::Reject
            | EventType::Agree
            | EventType::Accuse
    )
}

/// For each trigger, the index of the trigger it is the object of, if any: the trigger just before it is a verb
/// and nothing between them opens a new clause ("a suspendu sa coopération", "rejected the demand", "a menacé
/// jeudi d'expulser", "accused X of executions").
pub(super) fn governors(
    text: &Text<'_>,
    triggers: &[TriggerMatch],
    patterns: &PatternSet,
) -> Vec<Option<usize>> {
    let mut governors = vec![None; triggers.len()];
    for j in 1..triggers.len() {
        let (head, object) = (&triggers[j - 1], &triggers[j]);
        if head.kind != TriggerKind::Verb {
            continue;
        }
        let gap = &text[head.end..object.start];
        if gap.contains([',', ';', ':', '(', ')']) {
            continue;
        }
        let words = text.words(head.end..object.start);
        if words.len() > 10 || words.iter().any(|w| CLAUSE_OPENERS.contains(&w)) {
            continue;
        }
        // An object-first phrase tells the event itself; the verb before it only lends it a subject (`absorbs`).
        let governs = match object.kind {
            _ if patterns.patterns[object.pattern].object_first => false,
            TriggerKind::Noun => true,
            TriggerKind::Verb => {
                // "menacé d'expulser", "accusés de commettre des exactions" (a light verb and its article
                // between), "accused of carrying out attacks".
                takes_infinitive(patterns.patterns[head.pattern].event_type)
                    && text
                        .words(head.start..head.end)
                        .last()
                        .into_iter()
                        .chain(words.iter().rev().take(3))
                        .any(|w| matches!(w, "de" | "d" | "to" | "a" | "of"))
            }
        };
        if governs {
            governors[j] = Some(j - 1);
        }
    }
    governors
}

/// Whether a trigger without a named subject takes the previous event's actor: its clause starts with a stand-in
/// for a subject, or it is coordinated with the previous trigger of the sentence ("a suspendu … et sommé").
pub(super) fn takes_context_subject(
    sentence: &Text<'_>,
    left: usize,
    trigger_start: usize,
    after_trigger: bool,
) -> bool {
    let words = sentence.words(left..trigger_start);
    // "marched in Niamey to demand…", "ont manifesté pour exiger…": the purpose has the clause's subject.
    let purpose = words.last().is_some_and(|w| matches!(w, "to" | "pour"))
        || words.ends_with(&["afin", "de"]);
    purpose
        || words
            .iter()
            .any(|w| SUBJECT_STAND_INS.contains(&w) || super::events::PAIR_NOUNS.contains(&w))
        || (after_trigger
            && words
                .iter()
                .any(|w| matches!(w, "et" | "and" | "puis" | "then")))
}

/// Whether "le pays" / "the country" stands after a trigger, before the next one, as its object.
pub(super) fn names_the_country(sentence: &Text<'_>, trigger: &TriggerMatch, right: usize) -> bool {
    // Not where from or where in: "withdraw its forces from the country".
    let after = &sentence[trigger.end..right.max(trigger.end)];
    if !(after.contains("pays") || after.contains("country")) {
        return false;
    }
    let words = sentence.words(trigger.end..right.max(trigger.end));
    let words: Vec<&str> = words.iter().collect();
    words.windows(2).enumerate().any(|(k, w)| {
        matches!(w, ["le" | "the", "pays" | "country"])
            && !matches!(
                k.checked_sub(1).map(|p| words[p]),
                Some("from" | "in" | "de" | "du" | "dans" | "au" | "hors" | "out" | "of")
            )
    })
}

/// Whether a request is put as an obligation of its subject: "must adhere", "must also continue to adhere",
/// "doit respecter".
pub(super) fn obligation(sentence: &Text<'_>, trigger: &TriggerMatch) -> bool {
    const MODALS: &[&str] = &["must", "doit", "doivent", "devra", "devront"];
    let own = sentence.words(trigger.start..trigger.end);
    let before = sentence.words_before(trigger.start, 24);
    let modal = own.iter().any(|w| MODALS.contains(&w))
        || before.iter().rev().take(2).any(|w| MODALS.contains(&w));
    modal
}

/// Whether a purpose conjunction stands right before a verb: "pour", "afin de", "in order to", "so as to" (a bare
/// "to" is too often a complement: "asked France to withdraw").
pub(super) fn after_purpose(sentence: &Text<'_>, trigger_start: usize) -> bool {
    let window = window_before(sentence, trigger_start, 24);
    // Most verbs have none: look before folding.
    if !["our", "afin", "order", "as to"]
        .iter()
        .any(|cue| window.contains(cue))
    {
        return false;
    }
    let words = sentence.words_before(trigger_start, 24);
    // "pour se tourner", "pour s'en prendre": a reflexive pronoun may come between.
    let words: Vec<&str> = words.iter().collect();
    let words = match words.split_last() {
        Some((&("se" | "s"), rest)) => rest,
        _ => &words[..],
    };
    matches!(words.last(), Some(&"pour"))
        || words.ends_with(&["afin", "de"])
        || words.ends_with(&["in", "order", "to"])
        || words.ends_with(&["so", "as", "to"])
}

/// First-person subjects: the publisher speaking.
const WE: &[&str] = &["we", "nous"];

/// Whether "we"/"nous" is the subject of the clause before a trigger: not after another subject pronoun ("Il nous
/// a menacés": "nous" is the object).
pub(super) fn first_person_subject(sentence: &Text<'_>, clause: std::ops::Range<usize>) -> bool {
    let words = sentence.words(clause);
    let we = words.iter().enumerate().any(|(k, w)| {
        WE.contains(&w)
            && !(k > 0
                && matches!(
                    words.get(k - 1).unwrap_or_default(),
                    "il" | "elle" | "ils" | "elles" | "on" | "qui"
                ))
    });
    we
}

/// Whether a participle after a comma tells more of the event before it: "attacked a post on Wednesday,
/// killing ten soldiers", "ont attaqué un village, tuant vingt civils" (one attack).
pub(super) fn elaborates(
    text: &Text<'_>,
    before: &TriggerMatch,
    trigger: &TriggerMatch,
    patterns: &PatternSet,
) -> bool {
    let same_type = patterns.patterns[before.pattern].event_type
        == patterns.patterns[trigger.pattern].event_type;
    let participle = text[trigger.start..trigger.end]
        .split_whitespace()
        .next()
        .is_some_and(|w| {
            let w = w.to_lowercase();
            w.ends_with("ing") || w.ends_with("ant")
        });
    // "a dispersé le cortège à coups de gaz lacrymogène", "dispersed the crowd with tear gas": the instrument of
    // the event told by the verb before is that event.
    let instrument = || {
        let gap = text.words(before.end..trigger.start);
        INSTRUMENTS.iter().any(|words| gap.ends_with(words))
    };
    same_type
        && ((participle && text[before.end..trigger.start].trim_end().ends_with(','))
            || instrument())
}

/// Words that introduce the instrument of an act, the determiner included.
const INSTRUMENTS: &[&[&str]] = &[
    &["a", "coups", "de"],
    &["a", "coups", "d"],
    &["au", "moyen", "de"],
    &["avec", "des"],
    &["avec", "du"],
    &["with"],
    &["using"],
];

/// Whether a trigger is a participle opening a clause after a comma, another event of the clause's subject about
/// what the clause was about: "rejected the demand from ECOWAS, calling it foreign interference", "a rejeté la
/// demande de la CEDEAO, la qualifiant d'ingérence".
pub(super) fn comments_on(text: &Text<'_>, before: &TriggerMatch, trigger: &TriggerMatch) -> bool {
    let gap = &text[before.end..trigger.start];
    let Some((_, after_comma)) = gap.rsplit_once(',') else {
        return false;
    };
    let pronoun = text.words(trigger.start - after_comma.len()..trigger.start);
    let words = text.words(trigger.start..trigger.end);
    let first = pronoun
        .iter()
        .chain(words.iter())
        .find(|w| !matches!(*w, "la" | "le" | "les" | "l"));
    pronoun.len() <= 1 && first.is_some_and(|w| w.ends_with("ing") || w.ends_with("ant"))
}

/// Whether two triggers are joined by a bare conjunction and share what follows: "se tourner politiquement et
/// militairement vers la Russie", "condemned and sanctioned the junta".
pub(super) fn coordinated(text: &Text<'_>, first: &TriggerMatch, second: &TriggerMatch) -> bool {
    matches!(
        text.folded_range(first.end..second.start).trim(),
        "et" | "and" | "ou" | "or" | "et a" | "and then"
    )
}

/// Whether trigger `next` tells the event a verb `head` only introduces: an object-first phrase in the verb's
/// object ("sommé deux diplomates de quitter le territoire").
pub(super) fn absorbs(
    text: &Text<'_>,
    head: &TriggerMatch,
    next: &TriggerMatch,
    patterns: &PatternSet,
) -> bool {
    let gap = &text[head.end..next.start];
    head.kind == TriggerKind::Verb
        && patterns.patterns[next.pattern].object_first
        && !gap.contains([',', ';', ':'])
        && text.words(head.end..next.start).len() <= 10
}

/// Phrases that join two names as one side ("the Malian Armed Forces in cooperation with the Wagner Group",
/// "des forces armées maliennes en coopération avec le groupe Wagner"), in matching form.
const JOINERS: &[&str] = &[
    "in cooperation with",
    "in coordination with",
    "together with",
    "alongside",
    "en cooperation avec",
    "en coordination avec",
    "aux cotes de",
    "aux cotes du",
    "aux cotes des",
];

/// The words after a joiner that may stand before the second name: "alongside members of the Wagner Group".
fn joined_after(gap: &str) -> bool {
    JOINERS.iter().any(|joiner| {
        gap.strip_prefix(joiner).is_some_and(|rest| {
            (rest.is_empty() || rest.starts_with(' '))
                && !rest.contains([',', ';', ':'])
                && rest.split_whitespace().count() <= 4
        })
    })
}

/// Whether a mention follows a joiner ("… in cooperation with the Wagner Group"): the second name of one side, not
/// an object after a preposition.
pub(super) fn after_joiner(gap_before_mention: &str) -> bool {
    let gap = fold_str(gap_before_mention);
    let gap = gap.trim();
    JOINERS.iter().any(|joiner| {
        gap.rfind(joiner)
            .is_some_and(|at| (at == 0 || gap[..at].ends_with(' ')) && joined_after(&gap[at..]))
    })
}

/// Whether a trigger is a joiner right after a name, with a name after it: it joins them, and tells no event.
pub(super) fn joins_names(
    text: &Text<'_>,
    trigger: &TriggerMatch,
    mentions: &[ActorMatch],
) -> bool {
    let phrase = text.folded_range(trigger.start..trigger.end);
    JOINERS.contains(&phrase)
        && mentions
            .iter()
            .any(|m| m.end <= trigger.start && text[m.end..trigger.start].trim().is_empty())
        && mentions.iter().any(|m| {
            m.start >= trigger.end && joined_after(text.folded_range(trigger.start..m.start).trim())
        })
}

/// The mentions next to the trigger joined by "et", "and" or commas: the nearest one and its partners.
pub(super) fn compound<'a, 'd>(
    text: &Text<'_>,
    side: &[&'a ActorMatch<'d>],
    before_trigger: bool,
) -> Vec<&'a ActorMatch<'d>> {
    let ordered: Vec<&ActorMatch> = if before_trigger {
        side.iter().rev().copied().collect()
    } else {
        side.to_vec()
    };
    let Some(first) = ordered.first() else {
        return Vec::new();
    };
    let mut group = vec![*first];
    for pair in ordered.windows(2) {
        let (near, far) = (pair[0], pair[1]);
        let range = if before_trigger {
            far.end..near.start
        } else {
            near.end..far.start
        };
        let gap = &text[range.clone()];
        // "MINUSMA and Special Representative of the Secretary-General El-Ghassim Wane": a title, capitalised,
        // between "and" and a name.
        let titled = {
            let written: Vec<&str> = gap
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .filter(|w| !w.is_empty())
                .collect();
            matches!(written.first(), Some(&("and" | "et")))
                && written.len() >= 2
                && written.len() <= 9
                && written[1..].iter().all(|w| {
                    w.starts_with(char::is_uppercase)
                        || matches!(*w, "of" | "the" | "de" | "du" | "des" | "la" | "le")
                })
        };
        let gap = text.folded_range(range).trim();
        // "A et B", "A, B and C", and lists with titles or appositions between the names
        // ("Sadio Camara, Air Force Chief of Staff Colonel Alou Boi Diarra, and …").
        let words = gap
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .count();
        // A bare conjunction joins; a longer gap joins only as a list or an apposition, i.e. with a comma
        // ("A, the B and C"; "l'armée et ses alliés, les mercenaires d'Africa Corps"), never across a verb
        // ("le Mali et sommé deux diplomates").
        let bare = gap.is_empty()
            || matches!(
                gap,
                "," | "et" | "and" | "ainsi que" | "as well as" | ", et" | ", and"
                    // "La France et le Mali", "The European Union and the United States"
                    | "et le" | "et la" | "et les" | "et l'" | "and the"
                    // "l'initiative de Bamako et de Niamey", "the envoys of Mali and of Niger"
                    | "et de" | "et du" | "et des" | "et de la" | "et de l'" | "et d'" | "and of"
                    | "et a" | "et au" | "et aux" | "and to" | "and with" | "et avec"
            );
        let conjunction = ["et ", "and "].iter().any(|w| gap.starts_with(w));
        // A relative or adverbial clause is no list: "«cinq personnels», qui avaient déjà quitté le Mali".
        let gap_words: Vec<&str> = gap
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        // "…, chargés notamment de traquer les jihadistes": "de" + an infinitive opens a clause.
        let infinitive = gap_words
            .windows(2)
            .any(|w| matches!(w[0], "de" | "d") && (w[1].ends_with("er") || w[1].ends_with("ir")));
        let clause = infinitive || gap_words.iter().any(|w| RELATIVES.contains(w));
        let list = (gap.starts_with(',') || (conjunction && gap.contains(',')))
            && words <= 8
            && !gap.contains(';')
            && !clause;
        let joined = bare || list || (titled && !clause) || joined_after(gap);
        if !joined {
            break;
        }
        group.push(far);
    }
    if before_trigger {
        group.reverse();
    }
    group
}

/// The date of trigger `i`: the date mention nearest to it, if no other trigger of the sentence is nearer to
/// that date ("a suspendu … en réponse à l'arrestation en août": August is the arrest's). A comma between a date
/// and a trigger puts them further apart ("attacked … on Wednesday, killing ten soldiers": Wednesday is the
/// attack's).
pub(super) fn date_of<'a>(
    text: &Text<'_>,
    dates: &'a [super::dates::DateMention],
    triggers: &[TriggerMatch],
    i: usize,
) -> Option<&'a super::dates::DateMention> {
    let distance = |d: &super::dates::DateMention, t: &TriggerMatch| {
        let (from, to) = if d.end <= t.start {
            (d.end, t.start)
        } else {
            (t.end.min(d.start), d.start)
        };
        let comma = text[from..to].contains([',', ';']);
        let between = (d.end <= t.start).then(|| text.words(from..to));
        // A date before "to demand" / "pour exiger" belongs to the clause before.
        let purpose = between
            .as_ref()
            .is_some_and(|words| matches!(words.last(), Some("to" | "pour")));
        // "ousted President Bazoum on July 26 and placed him under house arrest": a date before "and" belongs
        // to the clause it ends.
        let conjunction = between
            .as_ref()
            .is_some_and(|words| words.iter().any(|w| matches!(w, "and" | "et")));
        // "Le 15 août, la junte avait annoncé l'arrestation d'un Français": the date is the announcement's, not
        // the arrest's (which happened on or before it).
        if d.end <= t.start && announced(text, from..to) {
            return usize::MAX;
        }
        // "Le Mali, dirigé par une junte depuis 2020, a expulsé…", "Au pouvoir depuis 2022, le capitaine…": a "since"
        // date set apart by a comma before the trigger says how long a state has lasted, not when the trigger
        // happened.
        if d.end <= t.start
            && comma
            && text
                .words_before(d.start, 12)
                .iter()
                .last()
                .is_some_and(|w| matches!(w, "depuis" | "since"))
        {
            return usize::MAX;
        }
        (to - from) + if comma { 1000 } else { 0 } + if purpose || conjunction { 500 } else { 0 }
    };
    dates
        .iter()
        .filter(|d| {
            distance(d, &triggers[i]) < usize::MAX
                && triggers
                    .iter()
                    .enumerate()
                    .all(|(j, t)| j == i || distance(d, t) >= distance(d, &triggers[i]))
        })
        .min_by_key(|d| distance(d, &triggers[i]))
}

/// Whether a mention at `start` follows "contre"/"against"/"visant"/"targeting", or a noun of killing ("the
/// killing of civilians", "le massacre de villageois"), articles between: the target of what is told ("les
/// attaques contre les civils").
pub(super) fn against(text: &Text<'_>, start: usize) -> bool {
    text.words_before(start, 24)
        .iter()
        .rev()
        .find(|w| {
            !matches!(
                *w,
                "le" | "la" | "les" | "l" | "the" | "des" | "de" | "d" | "of"
            )
        })
        .is_some_and(|w| {
            matches!(
                w,
                "contre"
                    | "against"
                    | "visant"
                    | "targeting"
                    | "killing"
                    | "killings"
                    | "deaths"
                    | "murder"
                    | "murders"
                    | "massacre"
                    | "massacres"
                    | "execution"
                    | "executions"
                    | "meurtre"
                    | "meurtres"
                    | "assassinat"
                    | "assassinats"
            )
        })
}

/// First words of a phrase set before its subject that tells what the subject faces ("Confronté depuis 2012 à une
/// crise nourrie par les violences de groupes jihadistes, le Mali…", "Plagued by attacks from JNIM, Burkina
/// Faso…").
const FACING: &[&str] = &[
    "confronte",
    "confrontee",
    "confrontes",
    "confrontees",
    "face",
    "frappe",
    "frappee",
    "frappes",
    "frappees",
    "touche",
    "touchee",
    "touches",
    "touchees",
    "secoue",
    "secouee",
    "secoues",
    "secouees",
    "mine",
    "minee",
    "ravage",
    "ravagee",
    "menace",
    "menacee",
    "menaces",
    "menacees",
    "vise",
    "visee",
    "cible",
    "ciblee",
    "faced",
    "facing",
    "plagued",
    "hit",
    "battered",
    "shaken",
    "threatened",
    "targeted",
    "ravaged",
];

/// The subject of a sentence that opens with what it faces: the first mention right after the comma closing that
/// phrase ("…, le Mali est dirigé par une junte"). Events told inside the phrase without a target are against it.
pub(super) fn facing_subject(text: &Text<'_>, mentions: &[ActorMatch]) -> Option<usize> {
    let mut first = text
        .folded()
        .text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty());
    let opens = match first.next() {
        Some("en") => first.next() == Some("proie"),
        Some(word) => FACING.contains(&word),
        None => false,
    };
    if !opens {
        return None;
    }
    mentions.iter().position(|m| {
        let Some(comma) = text[..m.start].rfind(',') else {
            return false;
        };
        let between = text.words(comma..m.start);
        between.len() <= 1
            && between
                .iter()
                .all(|w| matches!(w, "le" | "la" | "les" | "l" | "the"))
    })
}

/// Whether a window ends with a verb reporting what follows it ("avait annoncé l'", "announced the").
fn announced(text: &Text<'_>, window: std::ops::Range<usize>) -> bool {
    // Read for every date and trigger of a sentence: the words only when a reporting verb may be there.
    let folded = text.folded_range(window.clone());
    if !["annon", "confirm", "revel", "signal", "report"]
        .iter()
        .any(|stem| folded.contains(stem))
    {
        return false;
    }
    let words = text.words(window);
    let mut last = words.iter().rev();
    // What is announced is a noun, after its article.
    let verb = match last.next() {
        Some(
            "l" | "la" | "le" | "les" | "the" | "a" | "an" | "un" | "une" | "des" | "its" | "their",
        ) => last.next(),
        _ => None,
    };
    verb.is_some_and(|verb| {
        matches!(
            verb,
            "annonce"
                | "annonces"
                | "annoncee"
                | "annoncait"
                | "confirme"
                | "revele"
                | "signale"
                | "announced"
                | "announces"
                | "confirmed"
                | "revealed"
                | "reported"
        )
    })
}

/// The date a trigger takes and the dates coordinated with it: "en 2020 et 2021", "in August 2020 and again in
/// May 2021", "le 3, puis le 5 mars".
pub(super) fn coordinated_dates(
    text: &Text<'_>,
    dates: &[super::dates::DateMention],
    first: &super::dates::DateMention,
) -> Vec<EventDate> {
    let joins = |gap: std::ops::Range<usize>| {
        let words = text.words(gap.clone());
        let gap = &text[gap];
        let has_conjunction = words
            .iter()
            .any(|w| matches!(w, "et" | "and" | "puis" | "then"))
            || gap.trim() == ",";
        has_conjunction
            && words.len() <= 4
            && words.iter().all(|w| {
                matches!(
                    w,
                    "et" | "and"
                        | "puis"
                        | "then"
                        | "again"
                        | "encore"
                        | "en"
                        | "in"
                        | "on"
                        | "le"
                        | "de"
                        | "of"
                )
            })
    };
    let at = dates.iter().position(|d| d == first).unwrap_or(0);
    let mut from = at;
    while from > 0 && joins(dates[from - 1].end..dates[from].start) {
        from -= 1;
    }
    let mut to = at;
    while to + 1 < dates.len() && joins(dates[to].end..dates[to + 1].start) {
        to += 1;
    }
    dates[from..=to].iter().map(|d| d.date).collect()
}

/// Verbs of reporting that open a trailing attribution clause.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "stated",
    "added",
    "reported",
    "according",
    "annonce",
    "affirme",
    "assure",
    "declare",
    "indique",
    "precise",
    "ajoute",
    "selon",
    "explique",
    "souligne",
    "estime",
    "rapporte",
];

/// Participles opening what the subject said next (", saying Niger would…", ", la jugeant dangereuse").
const SPEECH_PARTICIPLES: &[&str] = &[
    "saying",
    "adding",
    "stating",
    "declaring",
    "noting",
    "arguing",
    "insisting",
    "affirmant",
    "ajoutant",
    "declarant",
    "estimant",
    "assurant",
    "soulignant",
    "indiquant",
    "expliquant",
    "precisant",
    "jugeant",
];

/// Where the trailing attribution clauses of a sentence start (", a annoncé le gouvernement", ", the ministry
/// said"): the commas followed within six words by a verb of reporting, or right away by a participle of speech
/// (", saying Niger would defend its sovereignty": Niger is what was said, not whom the verb was done to).
pub(super) fn attributions(sentence: &Text<'_>) -> Vec<usize> {
    sentence
        .match_indices(',')
        .map(|(comma, _)| comma)
        .filter(|&comma| {
            let words = sentence.words_after(comma + 1, 60);
            words.iter().take(6).any(|w| SPEECH_VERBS.contains(&w))
                || words
                    .iter()
                    .take(2)
                    .any(|w| SPEECH_PARTICIPLES.contains(&w))
        })
        .collect()
}

/// The name a past participle of suspicion follows without an auxiliary ("un Français soupçonné de…", "a man
/// suspected of…"): a relative clause cut short, whose subject is that name.
pub(super) fn reduced_relative<'a, 'd>(
    text: &str,
    trigger: &TriggerMatch,
    mentions: &'a [ActorMatch<'d>],
    left: usize,
) -> Option<&'a ActorMatch<'d>> {
    let first = fold_str(text[trigger.start..trigger.end].split_whitespace().next()?);
    let participle = ["e", "es", "ee", "ees", "ed"]
        .iter()
        .any(|ending| first.ends_with(ending));
    if !participle {
        return None;
    }
    mentions
        .iter()
        .rfind(|m| m.end <= trigger.start && m.start >= left)
        .filter(|m| text[m.end..trigger.start].trim().is_empty())
}

/// Whether the verb at `trigger_start` is in the pluperfect ("avait dénoncé", "had designated"), or a participle
/// coordinated with one ("avait dénoncé des accusations sans fondement et demandé sa libération").
pub(super) fn pluperfect(sentence: &Text<'_>, trigger_start: usize) -> bool {
    let is_pluperfect = |w: &str| matches!(w, "avait" | "avaient" | "etait" | "etaient" | "had");
    let words = sentence.words_before(trigger_start, 60);
    if words.iter().rev().take(3).any(is_pluperfect) {
        return true;
    }
    // A participle after "et"/"and" shares the auxiliary of the verb before it.
    if !matches!(words.last(), Some("et" | "and")) {
        return false;
    }
    let words = sentence.words_before(trigger_start, 120);
    let auxiliary = words.iter().rev().skip(1).take(12).find(|w| {
        matches!(
            *w,
            "a" | "ont"
                | "est"
                | "sont"
                | "has"
                | "have"
                | "was"
                | "were"
                | "avait"
                | "avaient"
                | "etait"
                | "etaient"
                | "had"
        )
    });
    auxiliary.is_some_and(is_pluperfect)
}

/// Whether an English past participle follows a noun with no auxiliary ("accounts of people killed earlier this
/// week"): a relative clause cut short, whose subject is not the clause's.
pub(super) fn bare_participle(sentence: &Text<'_>, trigger: &TriggerMatch) -> bool {
    let Some(first) = sentence[trigger.start..trigger.end]
        .split_whitespace()
        .next()
    else {
        return false;
    };
    if !first.ends_with("ed") {
        return false;
    }
    let before = sentence.words_before(trigger.start, 24);
    before.last().is_some_and(|w| {
        !(matches!(
            w,
            "we" | "have" | "has" | "had" | "ve" | "also" | "already" | "then" | "and" | "jointly"
                // "We continue to be troubled by…", "we are appalled by…": an adjective after a copula.
                | "be" | "been" | "being" | "is" | "are" | "was" | "were" | "re" | "remain" | "remains"
        ) || w.ends_with("ly"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(text: &str, name: &str, actor: String) -> ActorMatch<'static> {
        let start = text.find(name).expect("name in text");
        ActorMatch {
            start,
            end: start + name.len(),
            actor: actor.into(),
            combined: false,
            place: false,
        }
    }

    #[test]
    fn lists_join_names_and_clauses_do_not() {
        // (text, names after the trigger, how many the compound keeps, why)
        let cases: &[(&str, &[&str], usize, &str)] = &[
            ("support to MINUSMA and Special Representative of the Secretary-General El-Ghassim Wane for his leadership", &["MINUSMA", "El-Ghassim Wane"], 2, "a capitalised title between 'and' and a name"),
            ("support to MINUSMA and the team led by El-Ghassim Wane", &["MINUSMA", "El-Ghassim Wane"], 1, "a clause between them"),
            ("expelled Mali and Niger", &["Mali", "Niger"], 2, "a bare conjunction"),
            ("expelled Mali, which then accused Niger", &["Mali", "Niger"], 1, "a relative clause"),
        ];
        for (text, names, kept, why) in cases {
            let mentions: Vec<ActorMatch> = names
                .iter()
                .map(|n| mention(text, n, format!("act-{}", n.to_lowercase())))
                .collect();
            let refs: Vec<&ActorMatch> = mentions.iter().collect();
            assert_eq!(
                compound(
                    &Text::new(text, super::super::normalize::fold(text)),
                    &refs,
                    false
                )
                .len(),
                *kept,
                "{why}: {text}"
            );
        }
    }
}
