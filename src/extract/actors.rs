//! The actor dictionary: every name and alias of `data/actors/*.jsonl`, found in text case- and
//! accent-insensitively, longest-leftmost, on word boundaries (a [`WordMatcher`](super::matcher::WordMatcher)
//! over the folded text).

use super::matcher::WordMatcher;
use super::normalize::{fold, fold_str, whole_word_matches_in, Text};
use crate::model::{ActorClass, ActorRecord, RoleWord};
use memchr::memmem::Finder;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// A name of the dictionary found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorMatch<'d> {
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
    /// The actor id (`act-fra-gov`): the dictionary's own string, unless a role word and a state without a
    /// record of that role made it (matches are many, and most are dropped: they copy no id).
    pub actor: Cow<'d, str>,
    /// Whether a role word and a state made this actor ("l'armée malienne" without a record of its own).
    pub combined: bool,
    /// Whether the name is a place: a state's name or a capital.
    pub place: bool,
}

impl<'d> ActorMatch<'d> {
    /// Words that name an actor through the article's context, not through a name of the dictionary ("l'armée",
    /// "un Français").
    fn standing_for(start: usize, end: usize, actor: Cow<'d, str>) -> Self {
        ActorMatch {
            start,
            end,
            actor,
            combined: true,
            place: false,
        }
    }
}

/// What a pattern of the matcher stands for.
#[derive(Debug, Clone)]
enum Entry {
    /// A name or alias of an actor (a capital is one of its government's); `place` when it names a state or a
    /// capital.
    Name {
        actor: String,
        /// The name as written when it is an acronym ("UN", "EI"): matched as written, not as the French
        /// article "un" or "ei".
        acronym: Option<String>,
        place: bool,
    },
    /// A demonym of a state ("malienne", "Malian").
    Demonym { state: String },
    /// A role word ("armée", "diplomats"), by index in the role words.
    Role { role: usize },
}

/// Names and aliases of actors, compiled for fast matching, and the role words that combine with states.
pub struct ActorDictionary {
    matcher: WordMatcher,
    /// Per pattern: what it stands for.
    entries: Vec<Entry>,
    // Looked up for every name found: hashed, not ordered (the order of the records matters only while the
    // dictionary is built).
    actors: HashMap<String, ActorRecord>,
    roles: Vec<RoleWord>,
    /// Role id (`mil`) → its place in `roles` (the first role of that id).
    role_index: HashMap<String, usize>,
    /// State id → the id of its government (a `Government` record whose parent is the state).
    governments: HashMap<String, String>,
    /// A role's id for a state (`act-ner-junta`) → the record that stands for it (`act-ner-cnsp`).
    stands_for: HashMap<String, String>,
    /// The records made from a role word and a state, not written in the dictionary.
    synthesized: HashSet<String>,
    /// Country code (`MLI`) → the state's id (`act-mli`).
    states_by_country: HashMap<String, String>,
    /// The records that stand for a role somewhere (the values of `stands_for`).
    standing: HashSet<String>,
    /// The armed groups and mercenary companies that are one group ("le groupe" may stand for them), not a
    /// record of many ("Jihadist armed groups in the Sahel").
    groups: HashSet<String>,
}

impl ActorDictionary {
    /// Builds the dictionary from actor records. When two actors share an alias, the first record keeps it.
    pub fn new(records: impl IntoIterator<Item = ActorRecord>) -> Self {
        Self::with_roles(records, Vec::new())
    }

    /// Builds the dictionary from actor records and role words. Every state with demonyms gets an actor per
    /// role (`act-mli-mil`, named from the role's templates) unless a record of that id exists already.
    pub fn with_roles(
        records: impl IntoIterator<Item = ActorRecord>,
        roles: Vec<RoleWord>,
    ) -> Self {
        let mut actors: BTreeMap<String, ActorRecord> = BTreeMap::new();
        for record in records {
            actors.entry(record.id.clone()).or_insert(record);
        }
        let states: Vec<ActorRecord> = actors
            .values()
            .filter(|r| r.class == ActorClass::State && !r.demonyms.is_empty())
            .cloned()
            .collect();
        // A state has one government, one army, one junta: a record of that class and country stands for the
        // role ("la junte nigérienne" is the CNSP), else the role's own actor is made.
        let mut stands_for = BTreeMap::new();
        let mut synthesized = BTreeSet::new();
        let states_by_country: BTreeMap<String, String> = states
            .iter()
            .filter_map(|s| Some((s.country.clone()?, s.id.clone())))
            .collect();
        let mut by_class_and_country: BTreeMap<(ActorClass, Option<String>), Vec<String>> =
            BTreeMap::new();
        for record in actors.values().filter(|r| r.country.is_some()) {
            by_class_and_country
                .entry((record.class, record.country.clone()))
                .or_default()
                .push(record.id.clone());
        }
        for state in &states {
            for role in roles.iter().filter(|r| r.same_as.is_none()) {
                let id = combined_id(&state.id, &role.role);
                if actors.contains_key(&id) {
                    continue;
                }
                let unique_class = matches!(
                    role.class,
                    ActorClass::Government
                        | ActorClass::MilitaryJunta
                        | ActorClass::ArmedForces
                        | ActorClass::IntelligenceService
                );
                let same = by_class_and_country
                    .get(&(role.class, state.country.clone()))
                    .map_or(&[][..], Vec::as_slice);
                match (unique_class, same) {
                    (true, [record]) => {
                        stands_for.insert(id, record.clone());
                    }
                    _ => {
                        synthesized.insert(id.clone());
                        actors.insert(id, combined_record(state, role));
                    }
                }
            }
        }
        // A role named like another stands for that role's actor.
        for state in &states {
            for role in &roles {
                let Some(other) = &role.same_as else {
                    continue;
                };
                // "the Malian state", "l'État malien": the state itself.
                let target = if other == "state" {
                    state.id.clone()
                } else {
                    let target = combined_id(&state.id, other);
                    stands_for.get(&target).cloned().unwrap_or(target)
                };
                stands_for.insert(combined_id(&state.id, &role.role), target);
            }
        }
        let standing: BTreeSet<String> = stands_for.values().cloned().collect();
        // Names first, then capitals, demonyms and role words: a form keeps its first meaning.
        let mut by_form: BTreeMap<String, Entry> = BTreeMap::new();
        let mut places = BTreeSet::new();
        let mut add = |form: &str, entry: Entry| {
            let form = fold_str(form.trim());
            if !form.is_empty() {
                by_form.entry(form).or_insert(entry);
            }
        };
        for record in actors.values() {
            for name in record
                .name
                .values()
                .chain(record.aliases.values().flatten())
            {
                if record.class == ActorClass::State {
                    places.insert(fold_str(name.trim()));
                }
                add(
                    name,
                    Entry::Name {
                        actor: record.id.clone(),
                        acronym: is_acronym(name).then(|| name.clone()),
                        place: false,
                    },
                );
            }
        }
        let governments: BTreeMap<String, String> = actors
            .values()
            .filter(|r: &&ActorRecord| r.class == ActorClass::Government)
            .filter_map(|r| {
                let state = r.parent.as_ref()?;
                (actors.get(state)?.class == ActorClass::State)
                    .then(|| (state.clone(), r.id.clone()))
            })
            .collect();
        for state in actors.values().filter(|r| r.class == ActorClass::State) {
            // A capital names the state's government ("Bamako a répondu").
            for capital in state.capital.values() {
                places.insert(fold_str(capital.trim()));
                add(
                    capital,
                    Entry::Name {
                        actor: governments.get(&state.id).unwrap_or(&state.id).clone(),
                        acronym: is_acronym(capital).then(|| capital.clone()),
                        place: false,
                    },
                );
            }
            for demonym in state.demonyms.values().flatten() {
                add(
                    demonym,
                    Entry::Demonym {
                        state: state.id.clone(),
                    },
                );
            }
            // English plurals as nouns: "three Malians", "Nigeriens", "Burkinabes" ("Senegalese", "French" and
            // "Swiss" are their own plural).
            for demonym in state.demonyms.get("en").into_iter().flatten() {
                if !(demonym.ends_with("ese") || demonym.ends_with(['s', 'h'])) {
                    add(
                        &format!("{demonym}s"),
                        Entry::Demonym {
                            state: state.id.clone(),
                        },
                    );
                }
            }
        }
        // "le ministre malien des Affaires étrangères": a role phrase with the demonym inside (`{d}` in a form)
        // names each state's actor of the role.
        for role in roles.iter().filter(|r| r.same_as.is_none()) {
            for form in role.forms.values().flatten().filter(|f| f.contains("{d}")) {
                for state in &states {
                    let id = combined_id(&state.id, &role.role);
                    let id = stands_for.get(&id).cloned().unwrap_or(id);
                    if !actors.contains_key(&id) {
                        continue;
                    }
                    for demonym in state.demonyms.get("fr").into_iter().flatten() {
                        add(
                            &form.replace("{d}", demonym),
                            Entry::Name {
                                actor: id.clone(),
                                acronym: None,
                                place: false,
                            },
                        );
                    }
                }
            }
        }
        for (i, role) in roles.iter().enumerate() {
            for form in role.forms.values().flatten().filter(|f| !f.contains("{d}")) {
                add(form, Entry::Role { role: i });
            }
        }
        // Places are known once every state and capital is: mark the names that are one.
        for (form, entry) in by_form.iter_mut() {
            if let Entry::Name { actor, place, .. } = entry {
                *place = places.contains(form)
                    || actors
                        .get(actor)
                        .is_some_and(|r| r.class == ActorClass::State);
            }
        }
        let (patterns, entries): (Vec<String>, Vec<Entry>) = by_form.into_iter().unzip();
        let matcher = WordMatcher::new(&patterns);
        let groups = actors
            .values()
            .filter(|r| {
                matches!(
                    r.class,
                    ActorClass::ArmedGroup | ActorClass::MercenaryCompany
                )
            })
            .filter(|r| !r.collective)
            .map(|r| r.id.clone())
            .collect();
        Self {
            matcher,
            entries,
            groups,
            actors: actors.into_iter().collect(),
            role_index: roles
                .iter()
                .enumerate()
                .rev()
                .map(|(i, r)| (r.role.clone(), i))
                .collect(),
            roles,
            governments: governments.into_iter().collect(),
            stands_for: stands_for.into_iter().collect(),
            synthesized: synthesized.into_iter().collect(),
            states_by_country: states_by_country.into_iter().collect(),
            standing: standing.into_iter().collect(),
        }
    }

    /// The role whose id ends an actor id after a hyphen (`act-mli-mil`: `mil`); of several, the first role.
    fn role_named_by(&self, id: &str) -> Option<&RoleWord> {
        id.match_indices('-')
            .filter_map(|(hyphen, _)| self.role_index.get(&id[hyphen + 1..]))
            .min()
            .map(|&i| &self.roles[i])
    }

    /// The record of an actor id (also of the actors a role word and a state make).
    pub fn actor(&self, id: &str) -> Option<&ActorRecord> {
        self.actors.get(id)
    }

    /// The country code of an actor (`MLI`).
    pub fn country_of(&self, id: &str) -> Option<&str> {
        self.actors.get(id)?.country.as_deref()
    }

    /// The actor that acts for an actor: a state acts through its government ("La France a suspendu…" is the
    /// French government, as a capital is); any other actor acts for itself.
    pub fn acting_for<'a>(&'a self, id: &'a str) -> &'a str {
        self.governments.get(id).map_or(id, String::as_str)
    }

    /// A state's actor of a role (`act-ner` + `junta` → the CNSP, `act-mli` + `gov` → `act-mli-gov`).
    pub fn of_role(&self, state: &str, role: &str) -> Option<&str> {
        let id = combined_id(state, role);
        match self.stands_for.get(&id) {
            Some(record) => Some(record.as_str()),
            None => self.actors.get_key_value(&id).map(|(id, _)| id.as_str()),
        }
    }

    /// The state of a country code (`MLI` → `act-mli`).
    pub fn state_of_country(&self, country: &str) -> Option<&str> {
        self.states_by_country.get(country).map(String::as_str)
    }

    /// Whether `ancestor` is a parent, grand-parent… of `id` (the French government of its foreign ministry).
    pub fn is_ancestor(&self, ancestor: &str, id: &str) -> bool {
        let mut at = self.actors.get(id).and_then(|r| r.parent.as_deref());
        // A parent chain is short; the bound guards against a cycle in hand-written records.
        for _ in 0..8 {
            match at {
                Some(parent) if parent == ancestor => return true,
                Some(parent) => at = self.actors.get(parent).and_then(|r| r.parent.as_deref()),
                None => return false,
            }
        }
        false
    }

    /// Whether the dictionary has a record of its own for a state's actor of a role (Niger's junta is the CNSP).
    pub fn has_own_record(&self, state: &str, role: &str) -> bool {
        let id = combined_id(state, role);
        self.stands_for.contains_key(&id)
            || (self.actors.contains_key(&id) && !self.synthesized.contains(&id))
    }

    /// Number of forms (names, aliases, capitals, demonyms and role words).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The actors named in `text`, in text order, without overlaps (longest-leftmost), whole words only. A
    /// role word next to a state's name or demonym names that state's actor of the role ("deux diplomates
    /// maliens", "l'armée du Mali", "Mali's army", "Malian soldiers"); alone, a role word or a demonym names
    /// nobody.
    pub fn find(&self, text: &str) -> Vec<ActorMatch<'_>> {
        self.find_in(&Text::new(text, fold(text)), None)
    }

    /// As [`find`](Self::find), in an article: a role word with a definite article and no state ("L'armée a
    /// démenti", "the junta said") names the actor of that role the article named last; what this text names
    /// becomes the context of the next.
    pub fn find_in_context<'d>(
        &'d self,
        text: &Text<'_>,
        context: &mut ArticleContext<'d>,
    ) -> Vec<ActorMatch<'d>> {
        let mut found = self.find_in(text, Some(context));
        self.add_families(text, &mut found);
        self.add_former_leaders(text, context, &mut found);
        add_groups(text, context, &mut found);
        for m in &found {
            let record = self.actors.get(m.actor.as_ref());
            let class = record.map(|r| r.class);
            if self.groups.contains(m.actor.as_ref()) {
                context.last_group = Some(m.actor.clone());
            }
            if let Some(country) = record.and_then(|r| r.country.as_deref()) {
                match context.countries.iter_mut().find(|(c, _)| *c == country) {
                    Some((_, n)) => *n += 1,
                    None => context.countries.push((country, 1)),
                }
            }
            if class == Some(ActorClass::Person) {
                if let Some(country) = record.and_then(|r| r.country.as_deref()) {
                    context.persons.insert(country, m.actor.clone());
                }
                context.last_person = Some(m.actor.clone());
            }
            let role = self.role_named_by(&m.actor);
            let role = role.or_else(|| {
                // A record standing for a role: the CNSP is Niger's junta.
                self.standing
                    .contains(m.actor.as_ref())
                    .then(|| self.roles.iter().find(|r| Some(r.class) == class))
                    .flatten()
            });
            if let Some(role) = role {
                context.by_role.insert(&role.role, m.actor.clone());
            }
        }
        found
    }

    /// "Le pays n'a pas libéré l'ancien président", "the ousted president": the person the article named last, when
    /// no name follows ("l'ancien président Mohamed Bazoum" names him itself).
    fn add_former_leaders<'d>(
        &'d self,
        text: &Text<'_>,
        context: &ArticleContext<'d>,
        found: &mut Vec<ActorMatch<'d>>,
    ) {
        const FORMER: &[&str] = &[
            "l'ancien president",
            "l'ex-president",
            "le president dechu",
            "le president renverse",
            "the former president",
            "the ousted president",
            "the deposed president",
        ];
        let Some(person) = &context.last_person else {
            return;
        };
        add_phrase_mentions(text, FORMER, &PRESIDENT_CUE, found, |found, start, end| {
            let whole_word = !text[end..].starts_with(char::is_alphanumeric);
            let named = named_there(found, text, start, end);
            (whole_word && !named).then(|| person.clone())
        });
    }

    /// "Mohamed Bazoum, his family, and all those detained", "le président Bazoum et sa famille": the family of the
    /// person named just before, when the dictionary has a record of it (`act-bazoum-family`).
    fn add_families<'d>(&'d self, text: &Text<'_>, found: &mut Vec<ActorMatch<'d>>) {
        const FAMILY: &[&str] = &["his family", "her family", "sa famille"];
        add_phrase_mentions(text, FAMILY, &FAMILY_CUE, found, |found, start, _| {
            let person = found.iter().rfind(|m| m.end <= start)?;
            let joined = matches!(
                text.folded_range(person.end..start).trim(),
                "," | "et" | "and" | ", et" | ", and"
            );
            let is_person = self
                .actors
                .get(person.actor.as_ref())
                .is_some_and(|r| r.class == ActorClass::Person);
            let family = || {
                let id = format!("{}-family", person.actor);
                self.actors
                    .get_key_value(&id)
                    .map(|(id, _)| Cow::Borrowed(id.as_str()))
            };
            (joined && is_person).then(family).flatten()
        });
    }

    fn find_in<'d>(
        &'d self,
        text: &Text<'_>,
        mut context: Option<&mut ArticleContext<'d>>,
    ) -> Vec<ActorMatch<'d>> {
        let raw: Vec<(usize, usize, &Entry)> =
            whole_word_matches_in(&self.matcher, text.folded(), text)
                .into_iter()
                .map(|(start, end, pattern)| (start, end, &self.entries[pattern]))
                // Acronyms match as written: "UN" is not the French article "un", nor "EI" "ei".
                .filter(|(start, end, entry)| match entry {
                    Entry::Name {
                        acronym: Some(acronym),
                        ..
                    } => &text[*start..*end] == acronym,
                    _ => true,
                })
                .collect();
        // The state a name stands for after a role word: a state's name, or its capital ("les autorités de
        // Bamako").
        let state_of = |entry: &'d Entry| -> Option<&'d str> {
            match entry {
                Entry::Demonym { state } => Some(state),
                Entry::Name { actor, place, .. } => {
                    let record = self.actors.get(actor)?;
                    match record.class {
                        ActorClass::State => Some(&record.id),
                        ActorClass::Government if *place => record.parent.as_deref(),
                        _ => None,
                    }
                }
                Entry::Role { .. } => None,
            }
        };
        // The body a person leads now ("les autorités du président Assimi Goïta" are his government).
        let led_by = |entry: &Entry| -> Option<&'d str> {
            let Entry::Name { actor, .. } = entry else {
                return None;
            };
            let record = self.actors.get(actor)?;
            (record.class == ActorClass::Person)
                .then(|| {
                    record
                        .roles
                        .iter()
                        .rev()
                        .find(|r| r.until.is_none())?
                        .of
                        .as_deref()
                })
                .flatten()
        };
        let mut found: Vec<ActorMatch<'d>> = Vec::new();
        let mut used = vec![false; raw.len()];
        for i in 0..raw.len() {
            if used[i] {
                continue;
            }
            let (start, end, entry) = raw[i];
            match entry {
                Entry::Role { role } => {
                    // The state after the role word ("armée malienne", "army of Mali") or before it ("Malian
                    // army", "Mali's army").
                    let after = raw.get(i + 1).and_then(|&(s, e, next)| {
                        let state = state_of(next)?;
                        let gap = text.folded_range(end..s);
                        let joins = match next {
                            Entry::Demonym { .. } => gap.trim().is_empty(),
                            _ => {
                                OF_WORDS.contains(&gap.trim())
                                    && !(self.roles[*role].posted
                                        && POSTED_IN.contains(&gap.trim()))
                            }
                        };
                        joins.then_some((e, state))
                    });
                    let before = found.last().and_then(|last| {
                        let state = self.actors.get(last.actor.as_ref())?;
                        let gap = text.folded_range(last.end..start);
                        let joins = gap.trim().is_empty() || gap == "'s ";
                        (state.class == ActorClass::State && joins)
                            .then_some((last.start, state.id.as_str()))
                    });
                    // "les autorités du président Assimi Goïta": "du", a title or two, then the person.
                    let person = raw[i + 1..]
                        .iter()
                        .take(3)
                        .find(|(_, _, next)| !matches!(next, Entry::Role { .. }))
                        .and_then(|&(s, e, next)| {
                            let body = led_by(next)?;
                            let gap = text.folded_range(end..s);
                            let words: Vec<&str> = gap.split_whitespace().collect();
                            let of = words.first().is_some_and(|w| {
                                matches!(*w, "de" | "du" | "des" | "of") || w.starts_with("d'")
                            });
                            (of && words.len() <= 4 && !gap.contains([',', ';']))
                                .then_some((e, body))
                        });
                    if let Some((e, state)) = after {
                        used[i + 1] = true;
                        found.push(self.combined(start, e, state, *role));
                    } else if let Some((e, body)) = person {
                        for (j, &(s, _, _)) in raw.iter().enumerate().skip(i + 1) {
                            if s < e {
                                used[j] = true;
                            }
                        }
                        found.push(ActorMatch::standing_for(start, e, Cow::Borrowed(body)));
                    } else if let Some((s, state)) = before {
                        found.pop();
                        found.push(self.combined(s, end, state, *role));
                    } else if let Some(context) = context.as_deref_mut() {
                        if let Some(actor) = self.bare_role(text, start, *role, context) {
                            found.push(ActorMatch::standing_for(start, end, actor));
                        }
                    }
                }
                Entry::Demonym { state } => {
                    // An English demonym before a role word ("Malian soldiers"); a demonym standing as a noun
                    // ("l'arrestation d'un Français", "les Maliens").
                    let role_after = match raw.get(i + 1) {
                        Some(&(s, e, Entry::Role { role })) if text[end..s].trim().is_empty() => {
                            Some((e, *role))
                        }
                        // "Moroccan truck drivers", "French aid workers": a word may qualify civilians.
                        Some(&(s, e, Entry::Role { role }))
                            if self.roles[*role].role == "cvl"
                                && text[end..s].split_whitespace().count() == 1
                                && text[end..s]
                                    .trim()
                                    .chars()
                                    .all(|c| c.is_lowercase() || c == '-') =>
                        {
                            Some((e, *role))
                        }
                        _ => None,
                    };
                    if let Some((e, role)) = role_after {
                        used[i + 1] = true;
                        found.push(self.combined(start, e, state, role));
                    } else if let Some(actor) =
                        self.demonym_as_noun(text, start, end, state, context.as_deref())
                    {
                        found.push(ActorMatch::standing_for(start, end, actor));
                    }
                }
                // "the Algiers Accord", "the Niamey Declaration": a capital opening a proper name names no
                // government.
                Entry::Name {
                    actor, place: true, ..
                } if self
                    .actors
                    .get(actor)
                    .is_some_and(|r| r.class == ActorClass::Government)
                    && text[end..]
                        .strip_prefix(' ')
                        .is_some_and(|next| next.starts_with(char::is_uppercase)) => {}
                Entry::Name { actor, place, .. } => found.push(ActorMatch {
                    start,
                    end,
                    actor: Cow::Borrowed(actor),
                    combined: false,
                    place: *place,
                }),
            }
        }
        // "Malian Defense Minister Colonel Sadio Camara", "US Defense Secretary Pete Hegseth", "le ministre russe
        // de la Défense, Andreï Belooussov": the person named right after a role, or after a title and a name
        // of the person's own country, is the actor.
        let mut titled = vec![false; found.len()];
        for (i, m) in found.iter().enumerate() {
            let titled_person = found.get(i + 1).is_some_and(|next| {
                let gap = &text[m.end..next.start];
                let (title, apposition) = match gap.trim_end().strip_suffix(',') {
                    Some(title) => (title, true),
                    None => (gap, false),
                };
                let same_country = || {
                    self.country_of(&m.actor)
                        .is_some_and(|c| self.country_of(&next.actor) == Some(c))
                };
                let person = |id: &str| {
                    self.actors
                        .get(id)
                        .is_some_and(|r| r.class == ActorClass::Person)
                };
                person(&next.actor)
                    && !person(&m.actor)
                    && !title.contains([',', ';', '(', ')'])
                    && title.split_whitespace().count() <= 5
                    && title.split_whitespace().all(|w| {
                        // "de la Défense", "des Affaires étrangères", "of State", "Niger's".
                        w.starts_with(char::is_uppercase)
                            || matches!(w, "de" | "la" | "des" | "du" | "of" | "'s" | "’s")
                            || w.starts_with("l'")
                            || w.starts_with("d'")
                            || w.starts_with("l’")
                            || w.starts_with("d’")
                    })
                    && if apposition || !m.combined {
                        same_country()
                    } else {
                        true
                    }
            });
            titled[i] = titled_person;
        }
        let mut titled = titled.into_iter();
        found.retain(|_| !titled.next().unwrap_or(false));
        found
    }

    /// Who a capitalised demonym standing as a noun names: "un Français" is the French person the article named
    /// before (else a French national), "les Maliens" Malian civilians. Lower case ("un agent français") or
    /// after any other word, a demonym is an adjective and names nobody.
    fn demonym_as_noun<'d>(
        &'d self,
        text: &str,
        start: usize,
        end: usize,
        state: &str,
        context: Option<&ArticleContext<'d>>,
    ) -> Option<Cow<'d, str>> {
        let written = &text[start..end];
        if !written.starts_with(char::is_uppercase) {
            return None;
        }
        let before = fold_str(super::normalize::window_before(text, start, 12));
        let last = before
            .split(|c: char| !c.is_alphanumeric())
            .rfind(|w| !w.is_empty())?;
        let civilians = || self.of_role(state, "cvl").map(Cow::Borrowed);
        // "Maliens", "Malians", and the invariable "Burkinabè" (its French plural forms are its singular ones).
        let plural = written.ends_with('s') || {
            let written = fold_str(written);
            self.actors.get(state).is_some_and(|r| {
                r.demonyms
                    .get("fr")
                    .is_some_and(|d| d.iter().skip(2).any(|p| fold_str(p) == written))
            })
        };
        match last {
            "un" | "une" | "a" | "an" => {
                let country = self.actors.get(state)?.country.as_deref()?;
                context
                    .and_then(|c| c.persons.get(country).cloned())
                    .or_else(civilians)
            }
            // "des milliers de Tchadiens", "plus de 200 Maliens", "deux Français", "three Malians", "hundreds of
            // Nigeriens".
            "les" | "des" | "de" | "of" if plural => civilians(),
            count
                if plural
                    && (COUNTS.contains(&count) || count.bytes().all(|b| b.is_ascii_digit())) =>
            {
                civilians()
            }
            _ => None,
        }
    }

    /// The actor a role word alone stands for in an article: only with a definite article or a demonstrative.
    fn bare_role<'d>(
        &'d self,
        text: &str,
        start: usize,
        role: usize,
        context: &ArticleContext<'d>,
    ) -> Option<Cow<'d, str>> {
        let before = fold_str(super::normalize::window_before(text, start, 12));
        let definite = before.ends_with("l'")
            || before
                .split_whitespace()
                .next_back()
                .is_some_and(|w| DEFINITE.contains(&w));
        let named = definite
            .then(|| context.by_role.get(self.roles[role].role.as_str()).cloned())
            .flatten();
        // "des exactions contre des civils": civilians are the people of the country the article is about; "son
        // ressortissant" is someone else's.
        let possessive = before.split_whitespace().next_back().is_some_and(|w| {
            matches!(
                w,
                "son"
                    | "sa"
                    | "ses"
                    | "leur"
                    | "leurs"
                    | "nos"
                    | "notre"
                    | "its"
                    | "their"
                    | "our"
                    | "his"
                    | "her"
            )
        });
        // "the junta", "l'armée", with none named before: the record of that role of the country the article
        // names most among those that have one ("Washington accused the junta…" in a text about Mali); else
        // that role of the country the article names most ("La police a dispersé le cortège" after a march in
        // N'Djaména is Chad's police).
        let junta = self.roles[role].class == ActorClass::MilitaryJunta;
        let home_own = || {
            let role = &self.roles[role].role;
            context
                .countries_by_mentions()
                .find_map(|country| {
                    let state = self.states_by_country.get(country)?;
                    self.has_own_record(state, role)
                        .then(|| self.of_role(state, role).map(Cow::Borrowed))
                        .flatten()
                })
                .or_else(|| {
                    let state = self.states_by_country.get(context.home_country()?)?;
                    // Not every state has a junta: "la junte" in an article about the United States names
                    // none of theirs.
                    (!junta || self.has_own_record(state, role))
                        .then(|| self.of_role(state, role).map(Cow::Borrowed))
                        .flatten()
                })
        };
        let named = named.or_else(|| definite.then(home_own).flatten());
        named.or_else(|| {
            (self.roles[role].role == "cvl" && !possessive)
                .then(|| {
                    let home = context.home_country()?;
                    let state = self.states_by_country.get(home)?;
                    self.of_role(state, "cvl").map(Cow::Borrowed)
                })
                .flatten()
        })
    }

    fn combined(&self, start: usize, end: usize, state: &str, role: usize) -> ActorMatch<'_> {
        let role = &self.roles[role].role;
        // The dictionary's own string when it has the role's actor (a state without demonyms has none made).
        let actor = self
            .of_role(state, role)
            .map_or_else(|| Cow::Owned(combined_id(state, role)), Cow::Borrowed);
        ActorMatch::standing_for(start, end, actor)
    }
}

// The cues of [`add_phrase_mentions`], each searched for in every sentence: their searchers are built once.
/// The cue of a former president ("l'ancien président", "the ousted president").
static PRESIDENT_CUE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("president"));
/// The cue of a family ("sa famille", "his family").
static FAMILY_CUE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("famil"));
/// The cue of a group named before ("le groupe", "the group").
static GROUP_CUE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("group"));

/// Mentions of phrases that name someone by what the text said before ("sa famille", "l'ancien président"): for
/// each place a phrase is found (in the matching form, which must hold `cue`), `actor` says whom it names, given
/// the mentions so far, if anyone; the mentions stay in text order.
fn add_phrase_mentions<'d>(
    text: &Text<'_>,
    phrases: &[&str],
    cue: &Finder<'static>,
    found: &mut Vec<ActorMatch<'d>>,
    actor: impl Fn(&[ActorMatch<'d>], usize, usize) -> Option<Cow<'d, str>>,
) {
    let folded = &text.folded().text;
    // One search for the cue; each phrase holds it.
    let mut added = Vec::new();
    for cue_at in cue.find_iter(folded.as_bytes()) {
        for phrase in phrases {
            let offset = cue.find(phrase.as_bytes()).expect("a phrase holds its cue");
            let Some(at) = cue_at.checked_sub(offset) else {
                continue;
            };
            if !folded
                .get(at..)
                .is_some_and(|rest| rest.starts_with(phrase))
            {
                continue;
            }
            let (start, end) = text.folded().original_range(at, at + phrase.len(), text);
            if let Some(id) = actor(found, start, end) {
                added.push(ActorMatch {
                    start,
                    end,
                    actor: id,
                    combined: false,
                    place: false,
                });
            }
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|m| m.start);
    }
}

/// "The army carried out air strikes on the group's hideouts", "les positions du groupe": the armed group or the
/// mercenary company the article named last, when no name follows ("le groupe Wagner" names it itself) and the
/// group is no group of something ("le groupe des Sept", "the group of experts").
fn add_groups<'d>(text: &Text<'_>, context: &ArticleContext<'d>, found: &mut Vec<ActorMatch<'d>>) {
    const GROUP: &[&str] = &[
        "the group",
        "this group",
        "le groupe",
        "du groupe",
        "au groupe",
        "ce groupe",
    ];
    let Some(group) = &context.last_group else {
        return;
    };
    add_phrase_mentions(text, GROUP, &GROUP_CUE, found, |found, start, end| {
        let whole_word = (start == 0 || !text[..start].ends_with(char::is_alphanumeric))
            && !text[end..].starts_with(char::is_alphanumeric);
        let named = named_there(found, text, start, end);
        let of_something = text
            .words_after(end, 12)
            .iter()
            .next()
            .is_some_and(|w| matches!(w, "de" | "d" | "des" | "du" | "of"));
        (whole_word && !named && !of_something).then(|| group.clone())
    });
}

/// Whether a name overlaps `text[start..end]` or follows it right away ("l'ancien président Mohamed Bazoum", "le
/// groupe Wagner"): then the phrase names nobody by itself.
fn named_there(found: &[ActorMatch<'_>], text: &str, start: usize, end: usize) -> bool {
    found.iter().any(|m| {
        m.start < end && m.end > start || (m.start >= end && text[end..m.start].trim().is_empty())
    })
}

/// What an article has named so far, for the role words it uses alone.
#[derive(Debug, Default, Clone)]
pub struct ArticleContext<'d> {
    /// Role id (`mil`) → the actor of that role named last (`act-mli-mil`).
    by_role: BTreeMap<&'d str, Cow<'d, str>>,
    /// Country code (`FRA`) → the person of that country named last (for "un Français").
    persons: BTreeMap<&'d str, Cow<'d, str>>,
    /// The person the article named last ("l'ancien président").
    last_person: Option<Cow<'d, str>>,
    /// The armed group or mercenary company the article named last ("the group's hideouts").
    last_group: Option<Cow<'d, str>>,
    /// Country codes in the order the article first names them, with how many names of each it has given.
    countries: Vec<(&'d str, usize)>,
}

impl ArticleContext<'_> {
    /// Country codes, the most named first (of equals, the one named first).
    fn countries_by_mentions(&self) -> impl Iterator<Item = &str> {
        let mut ranked: Vec<&(&str, usize)> = self.countries.iter().collect();
        ranked.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        ranked.into_iter().map(|(c, _)| *c)
    }

    /// The country the article names most (of equals, the one named first).
    fn home_country(&self) -> Option<&str> {
        self.countries_by_mentions().next()
    }
}

/// Numbers and quantifiers before a plural demonym that names people: "deux Français", "three Malians".
const COUNTS: &[&str] = &[
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "quinze",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "cent",
    "mille",
    "plusieurs",
    "quelques",
    "nombreux",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "thousand",
    "several",
    "many",
    "some",
    "dozens",
    "hundreds",
    "thousands",
];

/// Definite articles and demonstratives before a role word used alone: "l'armée", "la junte", "the army".
const DEFINITE: &[&str] = &[
    "le", "la", "les", "the", "ce", "cette", "ces", "this", "these",
];

/// Words between a role word and the state it belongs to: "armée du Mali", "army of Mali".
const OF_WORDS: &[&str] = &[
    "de", "du", "de la", "de l'", "des", "d'", "of", "of the", "in", "au", "en",
];

/// Words between a role posted abroad and the state where it is posted: "ambassadeur au Niger".
const POSTED_IN: &[&str] = &["in", "au", "en"];

/// The id of a state's actor of a role: `act-mli` + `mil` → `act-mli-mil`.
fn combined_id(state: &str, role: &str) -> String {
    format!("{state}-{role}")
}

/// The record of a state's actor of a role, named from the role's templates.
fn combined_record(state: &ActorRecord, role: &RoleWord) -> ActorRecord {
    let fr = state.demonyms.get("fr");
    let en = state.demonyms.get("en");
    let fill = |template: &str| -> Option<String> {
        let mut out = template.to_owned();
        let values: [(&str, Option<&String>); 7] = [
            ("{en}", en.and_then(|d| d.first())),
            ("{fr_ms}", fr.and_then(|d| d.first())),
            ("{fr_fs}", fr.and_then(|d| d.get(1))),
            ("{fr_mp}", fr.and_then(|d| d.get(2))),
            ("{fr_fp}", fr.and_then(|d| d.get(3))),
            ("{name_en}", state.name.get("en")),
            ("{name_fr}", state.name.get("fr")),
        ];
        for (key, value) in values {
            if out.contains(key) {
                out = out.replace(key, value?);
            }
        }
        Some(out)
    };
    ActorRecord {
        id: combined_id(&state.id, &role.role),
        class: role.class,
        name: role
            .name
            .iter()
            .filter_map(|(lang, template)| Some((lang.clone(), fill(template)?)))
            .collect(),
        aliases: BTreeMap::new(),
        country: state.country.clone(),
        sector: Some(role.sector.clone()),
        wikidata: None,
        parent: Some(
            role.parent
                .as_ref()
                .map_or_else(|| state.id.clone(), |p| combined_id(&state.id, p)),
        ),
        roles: Vec::new(),
        demonyms: BTreeMap::new(),
        capital: BTreeMap::new(),
        collective: false,
        comment: None,
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

    /// (text, expected (actor, text) pairs, why)
    type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);

    /// Checks what a dictionary finds in each case's text.
    fn assert_finds(d: &ActorDictionary, cases: &[Case]) {
        for (text, expected, why) in cases {
            let got: Vec<(String, &str)> = d
                .find(text)
                .into_iter()
                .map(|m| (m.actor.into_owned(), &text[m.start..m.end]))
                .collect();
            let expected: Vec<(String, &str)> =
                expected.iter().map(|(a, t)| (a.to_string(), *t)).collect();
            assert_eq!(got, expected, "{why}: {text}");
        }
    }

    #[test]
    fn names_match_across_case_accents_elisions_and_quotes() {
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
        assert_finds(&dictionary(), cases);
    }

    #[test]
    fn role_words_combine_with_states() {
        let records = [
            r#"{"id":"act-mli","class":"State","name":{"en":"Mali","fr":"Mali"},"country":"MLI","demonyms":{"en":["Malian"],"fr":["malien","malienne","maliens","maliennes"]},"capital":{"en":"Bamako","fr":"Bamako"}}"#,
            r#"{"id":"act-fra","class":"State","name":{"en":"France","fr":"France"},"country":"FRA","demonyms":{"en":["French"],"fr":["français","française","français","françaises"]}}"#,
            r#"{"id":"act-goita","class":"Person","name":{"fr":"Assimi Goïta"},"roles":[{"of":"act-mli-gov","from":"2021-06-07"}]}"#,
        ];
        let roles = [
            r#"{"role":"gov","class":"Government","sector":"GOV","parent":null,"name":{"en":"Government of {name_en}","fr":"gouvernement {fr_ms}"},"forms":{"en":["government","authorities"],"fr":["gouvernement","autorités"]}}"#,
            r#"{"role":"mil","class":"ArmedForces","sector":"MIL","parent":"gov","name":{"en":"{en} Armed Forces","fr":"forces armées {fr_fp}"},"forms":{"en":["army","soldiers"],"fr":["armée","soldats"]}}"#,
            r#"{"role":"dip","class":"PersonGroup","sector":"GOV","parent":"gov","name":{"en":"{en} diplomats","fr":"diplomates {fr_mp}"},"forms":{"en":["diplomats"],"fr":["diplomates","agent diplomatique"]}}"#,
            r#"{"role":"colonial","class":"Government","sector":"GOV","same_as":"gov","name":{"fr":"gouvernement {fr_ms}"},"forms":{"fr":["ancien colonisateur"],"en":["former colonial power"]}}"#,
        ];
        let d = ActorDictionary::with_roles(
            records.iter().map(|r| serde_json::from_str(r).unwrap()),
            roles
                .iter()
                .map(|r| serde_json::from_str(r).unwrap())
                .collect(),
        );
        let cases: &[Case] = &[
            (
                "l'armée malienne a tiré",
                &[("act-mli-mil", "armée malienne")],
                "role + French demonym",
            ),
            (
                "deux diplomates maliens",
                &[("act-mli-dip", "diplomates maliens")],
                "plural demonym",
            ),
            (
                "un agent diplomatique français",
                &[("act-fra-dip", "agent diplomatique français")],
                "multi-word role",
            ),
            (
                "l'armée du Mali",
                &[("act-mli-mil", "armée du Mali")],
                "role + du + state",
            ),
            (
                "Malian soldiers fired",
                &[("act-mli-mil", "Malian soldiers")],
                "English demonym + role",
            ),
            (
                "Mali's army said",
                &[("act-mli-mil", "Mali's army")],
                "possessive state + role",
            ),
            (
                "the army of Mali",
                &[("act-mli-mil", "army of Mali")],
                "role + of + state",
            ),
            (
                "les autorités de Bamako",
                &[("act-mli-gov", "autorités de Bamako")],
                "role + capital",
            ),
            (
                "Bamako a répondu",
                &[("act-mli-gov", "Bamako")],
                "a capital is the government",
            ),
            (
                "les autorités du président Assimi Goïta",
                &[("act-mli-gov", "autorités du président Assimi Goïta")],
                "role + person: the body the person leads",
            ),
            (
                "l'armée et les soldats",
                &[],
                "a role word alone names nobody",
            ),
            ("un restaurant malien", &[], "a demonym alone names nobody"),
            (
                "l'ancien colonisateur français",
                &[("act-fra-gov", "ancien colonisateur français")],
                "a role named like another (same_as) stands for that role's actor",
            ),
            (
                "the Bamako Accord and Bamako",
                &[("act-mli-gov", "Bamako")],
                "a capital opening a proper name names no government",
            ),
        ];
        assert_finds(&d, cases);
        let army = d.actor("act-mli-mil").unwrap();
        assert_eq!(army.name["fr"], "forces armées maliennes");
        assert_eq!(army.name["en"], "Malian Armed Forces");
        assert_eq!(army.parent.as_deref(), Some("act-mli-gov"));
        assert_eq!(d.acting_for("act-mli"), "act-mli-gov");
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
        let actors: Vec<String> = d
            .find(text)
            .into_iter()
            .map(|m| m.actor.into_owned())
            .collect();
        assert!(actors.contains(&"act-mli-mil".to_owned()), "{actors:?}");
        assert!(
            actors.contains(&"act-africa-corps".to_owned()),
            "{actors:?}"
        );
    }
}
