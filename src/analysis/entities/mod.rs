//! Named entities: people, organisations, places and other named things (events, documents,
//! initiatives), found per article and resolved across the corpus into entities with aliases.
//!
//! Two passes. [`extract`] reads one article and proposes mentions, each with the evidence for
//! its kind (a gazetteer, a title before a name, an organisation's head noun...), leaving some
//! undecided (a lone surname, an acronym). [`link`] then sees the whole corpus: it groups
//! mentions into entities (surname → full name, acronym ↔ expansion, reordered names,
//! spelling variants), records why each alias was merged, settles one kind per entity, and
//! finds known names in headlines.

mod counts;
mod extract;
mod link;
mod words;

pub use extract::{Candidate, Evidence, extract, extract_in};
pub use link::{Alias, Entity, LinkInput, Linked, LinkedMention, link};
pub(crate) use words::is_desk;

/// The kind of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation: government body, company, news outlet, international body.
    Organization,
    /// A country, city or region.
    Place,
    /// A named event, document or initiative.
    Other,
}

impl EntityKind {
    /// The lower-case name used in JSON and in the page (`data-kind`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }
}
