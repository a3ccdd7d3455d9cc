//! What the app shows of the analysis, in a plain form the build writes and the app reads:
//! highlight marks per article, entity summaries, each article's reference date, and the
//! events the timeline draws.

use crate::analysis::{Analysis, Certainty, Edtf, EntityKind};

/// What a highlight mark stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// A person's name.
    Person,
    /// An organisation's name.
    Organization,
    /// A place name.
    Place,
    /// Another named thing (event, document, initiative).
    Other,
    /// A temporal expression.
    Date,
}

impl MarkKind {
    /// The value used in `data-kind` and in the legend.
    pub fn as_str(self) -> &'static str {
        match self {
            MarkKind::Person => "person",
            MarkKind::Organization => "organization",
            MarkKind::Place => "place",
            MarkKind::Other => "other",
            MarkKind::Date => "date",
        }
    }

    pub(crate) fn code(self) -> u8 {
        self as u8
    }

    pub(crate) fn from_code(code: u8) -> Option<MarkKind> {
        Some(match code {
            0 => MarkKind::Person,
            1 => MarkKind::Organization,
            2 => MarkKind::Place,
            3 => MarkKind::Other,
            4 => MarkKind::Date,
            _ => return None,
        })
    }
}

/// One highlight: a byte range of the article's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// What it marks.
    pub kind: MarkKind,
    /// For entity marks: index into [`Annotations::entities`].
    pub entity: Option<usize>,
    /// For dates: the EDTF value.
    pub value: String,
    /// For dates: how the value is known.
    pub certainty: Option<Certainty>,
    /// For dates with a known year: the first and last day covered (days since 1970-01-01).
    pub days: Option<(i32, i32)>,
}

/// An entity as the app presents it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntitySummary {
    /// Stable id (used in URLs and `data-entity`).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Its kind (never [`MarkKind::Date`]).
    pub kind: MarkKind,
    /// Other names, each with the reason it was merged.
    pub aliases: Vec<(String, String)>,
    /// Articles that mention it.
    pub documents: usize,
    /// Mentions in all articles.
    pub mentions: usize,
}

/// The analysis of one article, for display.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleAnnotations {
    /// The date the article speaks from (EDTF), if known.
    pub reference: Option<String>,
    /// How that date was found.
    pub reference_evidence: String,
    /// The days the reference date covers, if its year is known.
    pub reference_days: Option<(i32, i32)>,
    /// Highlights in text order, never overlapping. (The app decodes them when the article is
    /// opened: see [`crate::corpus::decode_marks`].)
    pub marks: Vec<Mark>,
    /// Boilerplate line ranges (shown dimmed).
    pub boilerplate: Vec<(usize, usize)>,
    /// The entities its marks name (indices into [`Annotations::entities`], ascending), each
    /// with its number of marks: what the filters need without the marks themselves.
    pub entity_counts: Vec<(usize, usize)>,
    /// The days of its date marks with a known year, in text order.
    pub mark_days: Vec<(i32, i32)>,
}

impl ArticleAnnotations {
    /// Fills in [`ArticleAnnotations::entity_counts`] and [`ArticleAnnotations::mark_days`]
    /// from the marks.
    pub fn summarise_marks(&mut self) {
        let mut ids: Vec<usize> = self.marks.iter().filter_map(|m| m.entity).collect();
        ids.sort_unstable();
        self.entity_counts = ids
            .chunk_by(|a, b| a == b)
            .map(|group| (group[0], group.len()))
            .collect();
        self.mark_days = self.marks.iter().filter_map(|m| m.days).collect();
    }
}

/// One telling of an event: the article and the sentence, with the date that sentence gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventTelling {
    /// Index of the article.
    pub doc: usize,
    /// Byte offset of the sentence's start.
    pub start: usize,
    /// Byte offset of the sentence's end. (Decoded tellings are only known to be in bounds:
    /// cut the text with `str::get`.)
    pub end: usize,
    /// The date this sentence gives (EDTF), if it is not the event's own.
    pub value: Option<String>,
}

/// An event as the timeline shows it (its label is cut from the first telling's sentence).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventAnnotation {
    /// When (EDTF, from the first telling).
    pub value: String,
    /// The days it covers, if its year is known; `None` puts it in the undated list.
    pub days: Option<(i32, i32)>,
    /// The tellings' dates do not agree.
    pub conflict: bool,
    /// Entities (indices into [`Annotations::entities`]) named in any telling.
    pub entities: Vec<usize>,
    /// Every article and sentence that tells it, the first one giving the date and label.
    pub tellings: Vec<EventTelling>,
}

/// The analysis of the whole corpus, for display.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Annotations {
    /// All entities.
    pub entities: Vec<EntitySummary>,
    /// Per article, in corpus order.
    pub articles: Vec<ArticleAnnotations>,
    /// The events, in date order (undated ones last).
    pub events: Vec<EventAnnotation>,
}

fn mark_kind(kind: EntityKind) -> MarkKind {
    match kind {
        EntityKind::Person => MarkKind::Person,
        EntityKind::Organization => MarkKind::Organization,
        EntityKind::Place => MarkKind::Place,
        EntityKind::Other => MarkKind::Other,
    }
}

/// The days an EDTF value covers, if its year is known (and it fits the app's day numbers).
fn day_range(value: &Edtf) -> Option<(i32, i32)> {
    let (first, last) = value.day_range()?;
    Some((i32::try_from(first).ok()?, i32::try_from(last).ok()?))
}

impl Annotations {
    /// The part of an analysis the app shows: marks (entities and dates, never overlapping),
    /// entity summaries, reference dates, boilerplate and events.
    pub fn from_analysis(analysis: &Analysis) -> Annotations {
        let entities = analysis
            .entities
            .iter()
            .map(|e| EntitySummary {
                id: e.id.clone(),
                name: e.name.clone(),
                kind: mark_kind(e.kind),
                aliases: e
                    .aliases
                    .iter()
                    .map(|a| (a.name.clone(), a.reason.clone()))
                    .collect(),
                documents: e.documents,
                mentions: e.mentions,
            })
            .collect();
        let articles = analysis
            .articles
            .iter()
            .map(|a| {
                let mut marks: Vec<Mark> = a
                    .mentions
                    .iter()
                    .map(|m| Mark {
                        start: m.start,
                        end: m.end,
                        kind: mark_kind(m.kind),
                        entity: Some(m.entity),
                        value: String::new(),
                        certainty: None,
                        days: None,
                    })
                    .chain(a.dates.iter().map(|d| Mark {
                        start: d.start,
                        end: d.end,
                        kind: MarkKind::Date,
                        entity: None,
                        value: d.value.to_string(),
                        certainty: Some(d.certainty),
                        days: day_range(&d.value),
                    }))
                    .collect();
                crate::analysis::drop_overlaps(&mut marks, |m| (m.start, m.end));
                let reference = a.reference.as_ref();
                let mut article = ArticleAnnotations {
                    reference: reference.and_then(|r| r.value).map(|v| v.to_string()),
                    reference_evidence: reference.map(|r| r.evidence.clone()).unwrap_or_default(),
                    reference_days: reference.and_then(|r| r.value.as_ref()).and_then(day_range),
                    marks,
                    boilerplate: a.boilerplate.iter().map(|r| (r.start, r.end)).collect(),
                    ..ArticleAnnotations::default()
                };
                article.summarise_marks();
                article
            })
            .collect();
        let events = analysis
            .events
            .iter()
            .map(|e| EventAnnotation {
                value: e.date.to_string(),
                days: day_range(&e.date),
                conflict: e.conflict,
                entities: e.entities.clone(),
                tellings: e
                    .sources
                    .iter()
                    .zip(&e.source_dates)
                    .map(|(s, date)| EventTelling {
                        doc: s.document,
                        start: s.start,
                        end: s.end,
                        value: Some(date.to_string()).filter(|v| *v != e.date.to_string()),
                    })
                    .collect(),
            })
            .collect();
        Annotations {
            entities,
            articles,
            events,
        }
    }
}
