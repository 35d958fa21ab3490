//! Domain types of newskg: event records, actors, articles, and the terms that name them in RDF.

pub mod vocab;
mod vocabulary;

pub use vocabulary::{Vocabulary, ONTOLOGY_TTL, SHAPES_TTL};

use oxigraph::model::{NamedNode, NamedNodeRef};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

macro_rules! string_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $text:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant,)*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),*];

            /// The name used in records and in the ontology.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text,)* }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownName;
            fn from_str(s: &str) -> Result<Self, UnknownName> {
                Self::ALL.iter().copied().find(|v| v.as_str() == s).ok_or_else(|| UnknownName {
                    kind: stringify!($name),
                    name: s.to_owned(),
                    expected: Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", "),
                })
            }
        }
    };
}

/// A name that is not one of the values of an enumeration.
#[derive(Debug, Clone, thiserror::Error)]
#[error("unknown {kind} '{name}' (expected one of: {expected})")]
pub struct UnknownName {
    kind: &'static str,
    name: String,
    expected: String,
}

string_enum! {
    /// The 16 PLOVER event categories.
    EventType {
        Agree = "AGREE", Consult = "CONSULT", Support = "SUPPORT", Concede = "CONCEDE",
        Cooperate = "COOPERATE", Aid = "AID", Retreat = "RETREAT", Request = "REQUEST",
        Accuse = "ACCUSE", Reject = "REJECT", Threaten = "THREATEN", Protest = "PROTEST",
        Sanction = "SANCTION", Mobilize = "MOBILIZE", Coerce = "COERCE", Assault = "ASSAULT",
    }
}

impl EventType {
    /// PLOVER quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub fn quad_class(self) -> u8 {
        use EventType::*;
        match self {
            Agree | Consult | Support | Concede => 1,
            Cooperate | Aid | Retreat => 2,
            Request | Accuse | Reject | Threaten => 3,
            Protest | Sanction | Mobilize | Coerce | Assault => 4,
        }
    }

    /// The IRI of the category (`nkg:SANCTION`).
    pub fn iri(self) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{}", vocab::NKG, self.as_str()))
    }

    /// The actor-to-actor property drawn for events of this category (`nkg:sanctions`).
    pub fn edge_property(self) -> NamedNode {
        use EventType::*;
        let local = match self {
            Agree => "agreesWith",
            Consult => "consults",
            Support => "supports",
            Concede => "concedesTo",
            Cooperate => "cooperatesWith",
            Aid => "aids",
            Retreat => "retreatsFrom",
            Request => "requests",
            Accuse => "accuses",
            Reject => "rejects",
            Threaten => "threatens",
            Protest => "protestsAgainst",
            Sanction => "sanctions",
            Mobilize => "mobilizesAgainst",
            Coerce => "coerces",
            Assault => "assaults",
        };
        NamedNode::new_unchecked(format!("{}{local}", vocab::NKG))
    }

    /// The category named by an IRI, if it is one of the 16.
    pub fn from_iri(iri: NamedNodeRef<'_>) -> Option<Self> {
        iri.as_str().strip_prefix(vocab::NKG)?.parse().ok()
    }
}

string_enum! {
    /// PLOVER auxiliary modes, plus `asserted` and `alleged`.
    Modality {
        Asserted = "asserted", Historical = "historical", Alleged = "alleged",
        Future = "future", Hypothetical = "hypothetical", Negated = "negated",
    }
}

// Not derived: the enum is declared by `string_enum!`.
#[allow(clippy::derivable_impls)]
impl Default for Modality {
    fn default() -> Self {
        Self::Asserted
    }
}

impl Modality {
    /// The concept IRI (`nkg:modality_asserted`).
    pub fn iri(self) -> NamedNode {
        NamedNode::new_unchecked(format!("{}modality_{}", vocab::NKG, self.as_str()))
    }
}

string_enum! {
    /// How precise an event date is.
    DatePrecision { Day = "day", Month = "month", Year = "year" }
}

string_enum! {
    /// Classes of actors in the ontology.
    ActorClass {
        State = "State", Government = "Government", MilitaryJunta = "MilitaryJunta",
        Ministry = "Ministry", DiplomaticMission = "DiplomaticMission", ArmedForces = "ArmedForces",
        IntelligenceService = "IntelligenceService", PoliceForce = "PoliceForce", Judiciary = "Judiciary",
        ArmedGroup = "ArmedGroup", MercenaryCompany = "MercenaryCompany",
        InternationalOrganization = "InternationalOrganization",
        NonGovernmentalOrganization = "NonGovernmentalOrganization",
        MediaOrganization = "MediaOrganization", Company = "Company", Person = "Person",
        PersonGroup = "PersonGroup",
    }
}

impl ActorClass {
    /// The class IRI (`nkg:State`).
    pub fn iri(self) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{}", vocab::NKG, self.as_str()))
    }
}

/// A date as precise as the text allows: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl EventDate {
    pub fn precision(&self) -> DatePrecision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            _ => DatePrecision::Year,
        }
    }

    /// The XSD datatype matching the precision.
    pub fn datatype(&self) -> NamedNodeRef<'static> {
        use oxigraph::model::vocab::xsd;
        match self.precision() {
            DatePrecision::Day => xsd::DATE,
            DatePrecision::Month => xsd::G_YEAR_MONTH,
            DatePrecision::Year => xsd::G_YEAR,
        }
    }
}

impl fmt::Display for EventDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// A date string that is not `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or not a real day.
#[derive(Debug, Clone, thiserror::Error)]
#[error("invalid date '{0}' (expected YYYY-MM-DD, YYYY-MM or YYYY)")]
pub struct InvalidDate(String);

impl FromStr for EventDate {
    type Err = InvalidDate;
    fn from_str(s: &str) -> Result<Self, InvalidDate> {
        let bad = || InvalidDate(s.to_owned());
        let parts: Vec<&str> = s.split('-').collect();
        let number = |p: &str, len: usize| -> Result<u32, InvalidDate> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let year = number(parts[0], 4)? as i32;
        let month = parts.get(1).map(|p| number(p, 2)).transpose()?;
        let day = parts.get(2).map(|p| number(p, 2)).transpose()?;
        if parts.len() > 3 || month.is_some_and(|m| !(1..=12).contains(&m)) {
            return Err(bad());
        }
        if let (Some(m), Some(d)) = (month, day) {
            chrono::NaiveDate::from_ymd_opt(year, m, d).ok_or_else(bad)?;
        }
        Ok(Self { year, month, day })
    }
}

impl Serialize for EventDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for EventDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// An actor as named in an event record: the dictionary id plus how the text named it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorMention {
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub sector: Option<String>,
    #[serde(default)]
    pub wikidata: Option<String>,
}

/// One event, as in CONTRACT §3: the shape `newskg extract` writes and curated fact files hold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventRecord {
    #[serde(default)]
    pub id: Option<String>,
    pub article: String,
    pub event_type: EventType,
    #[serde(default)]
    pub mode: Vec<String>,
    #[serde(default)]
    pub context: Vec<String>,
    pub actor: Vec<ActorMention>,
    #[serde(default)]
    pub recipient: Vec<ActorMention>,
    #[serde(default)]
    pub date: Option<EventDate>,
    #[serde(default)]
    pub date_precision: Option<DatePrecision>,
    #[serde(default)]
    pub modality: Modality,
    #[serde(default)]
    pub cameo: Option<String>,
    #[serde(default)]
    pub quad_class: Option<u8>,
    #[serde(default)]
    pub sentence: Option<String>,
    #[serde(default)]
    pub span: Option<[usize; 2]>,
    #[serde(default)]
    pub confidence: Option<f64>,
    #[serde(default)]
    pub rule: Option<String>,
    /// Free text for human coders; not stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// An actor of the dictionary (`data/actors/*.jsonl`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorRecord {
    pub id: String,
    pub class: ActorClass,
    /// Canonical name per language tag (`en`, `fr`).
    pub name: BTreeMap<String, String>,
    #[serde(default)]
    pub aliases: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub sector: Option<String>,
    #[serde(default)]
    pub wikidata: Option<String>,
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub roles: Vec<ActorRole>,
    /// A state's demonyms per language: the English adjectives ("Malian"); the French masculine singular,
    /// feminine singular, masculine plural and feminine plural ("malien", "malienne", "maliens", "maliennes").
    /// They combine with role words ("l'armée malienne", "Malian soldiers").
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub demonyms: BTreeMap<String, Vec<String>>,
    /// A state's capital per language, a metonym for its government ("Bamako a répondu").
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub capital: BTreeMap<String, String>,
    /// A record of many groups or people, not of one ("Jihadist armed groups in the Sahel"): "le groupe", "the
    /// group" never stand for it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub collective: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// A role word of the actor dictionary (`data/actors/roles.jsonl`): combined with a state's name or demonym it
/// names that state's actor of this role ("l'armée malienne", "Mali's army" → `act-mli-mil`), as PETRARCH's
/// agents do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleWord {
    /// The id suffix of the combined actor: `act-<iso3>-<role>`.
    pub role: String,
    pub class: ActorClass,
    pub sector: String,
    /// The role of the combined actor's parent in the same state (`gov`), or none for the state itself.
    #[serde(default)]
    pub parent: Option<String>,
    /// Name templates per language: `{en}` (English demonym), `{fr_ms}` `{fr_fs}` `{fr_mp}` `{fr_fp}` (French
    /// demonyms), `{name_en}` `{name_fr}` (the state's names).
    pub name: BTreeMap<String, String>,
    /// The role words per language, singular and plural.
    pub forms: BTreeMap<String, Vec<String>>,
    /// Another role whose actor these words name ("l'ancien colonisateur français" is the French government),
    /// or `state` for the state itself ("the Malian state"): no actor of its own is made.
    #[serde(default)]
    pub same_as: Option<String>,
    /// A role of people or missions posted abroad: a state after "au", "en", "in" is where they are posted, not
    /// whose they are ("son ambassadeur au Niger" is not Niger's).
    #[serde(default)]
    pub posted: bool,
}

/// A date-bounded role of a person (PETRARCH's `[MLIGOV 2021-05-24-]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorRole {
    #[serde(default)]
    pub of: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub sector: Option<String>,
    #[serde(default)]
    pub title: BTreeMap<String, String>,
    #[serde(default)]
    pub from: Option<EventDate>,
    #[serde(default)]
    pub until: Option<EventDate>,
}

/// An article: its metadata and text.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub id: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub date: Option<EventDate>,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub credit: Option<String>,
    #[serde(default)]
    pub text: String,
    /// Where the article was read from; set by the ingester.
    #[serde(skip)]
    pub source_file: Option<String>,
}

/// The IRI of an actor id (`act-fra` → `…/id/actor/act-fra`).
pub fn actor_iri(id: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{}", vocab::ACTOR_BASE, id))
}

/// The IRI of an event id.
pub fn event_iri(id: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{}", vocab::EVENT_BASE, id))
}

/// The IRI of an article id; it also names the article's graph.
pub fn article_iri(id: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{}", vocab::ARTICLE_BASE, id))
}

/// Whether `id` can be used in an instance IRI: `prefix-` then ASCII letters, digits, `-`, `_`, `.`.
pub fn is_valid_id(id: &str, prefix: &str) -> bool {
    id.strip_prefix(prefix).is_some_and(|rest| {
        !rest.is_empty()
            && rest
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_at_each_precision() {
        let d: EventDate = "2025-09-17".parse().unwrap();
        assert_eq!(
            (d.precision(), d.to_string()),
            (DatePrecision::Day, "2025-09-17".into())
        );
        let m: EventDate = "2025-08".parse().unwrap();
        assert_eq!(
            (m.precision(), m.to_string()),
            (DatePrecision::Month, "2025-08".into())
        );
        let y: EventDate = "2012".parse().unwrap();
        assert_eq!(y.precision(), DatePrecision::Year);
    }

    #[test]
    fn impossible_dates_are_rejected() {
        for bad in [
            "2025-02-30",
            "2025-13",
            "25-01-01",
            "2025-1-1",
            "",
            "2025-01-01-01",
            "yesterday",
        ] {
            assert!(
                bad.parse::<EventDate>().is_err(),
                "{bad} should be rejected"
            );
        }
    }

    #[test]
    fn event_types_round_trip_through_names_and_iris() {
        for t in EventType::ALL {
            assert_eq!(t.as_str().parse::<EventType>().unwrap(), *t);
            assert_eq!(EventType::from_iri(t.iri().as_ref()), Some(*t));
        }
        assert_eq!(EventType::ALL.len(), 16);
        assert!("EXPEL"
            .parse::<EventType>()
            .unwrap_err()
            .to_string()
            .contains("SANCTION"));
    }

    #[test]
    fn quad_classes_follow_plover() {
        assert_eq!(EventType::Agree.quad_class(), 1);
        assert_eq!(EventType::Aid.quad_class(), 2);
        assert_eq!(EventType::Accuse.quad_class(), 3);
        assert_eq!(EventType::Assault.quad_class(), 4);
    }

    #[test]
    fn event_record_rejects_unknown_fields_and_types() {
        let ok = r#"{"article":"art-1","event_type":"SANCTION","actor":[{"id":"act-fra"}]}"#;
        assert!(serde_json::from_str::<EventRecord>(ok).is_ok());
        let typo = r#"{"article":"art-1","evnt_type":"SANCTION","actor":[]}"#;
        assert!(serde_json::from_str::<EventRecord>(typo).is_err());
        let unknown = r#"{"article":"art-1","event_type":"EXPEL","actor":[]}"#;
        assert!(serde_json::from_str::<EventRecord>(unknown).is_err());
    }

    #[test]
    fn ids_are_checked_before_becoming_iris() {
        assert!(is_valid_id("act-fra-gov", "act-"));
        assert!(!is_valid_id("act-", "act-"));
        assert!(!is_valid_id("fra", "act-"));
        assert!(!is_valid_id("act-a b", "act-"));
        assert!(!is_valid_id("act->x", "act-"));
    }
}
