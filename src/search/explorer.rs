//! The corpus as the explorer sees it: searchable text, entities, sources and dates per
//! article, and [`Explorer::run`], which turns filters into ranked results and facet counts.

use std::ops::Range;

use super::days::{DayRange, parse_day_range};
use super::index::{IndexedText, SearchIndex};
use super::query::{EntityFilter, SearchQuery};
use super::snippet::{Snippet, find_matches, snippet};
use super::words::{fold_word, words};
use crate::corpus::{Annotations, ArticleAnnotations, Document, MarkKind, TitleOrigin};

/// What the user asked for: the search box and the facet selections.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// The search box, as typed (see [`SearchQuery`]).
    pub query: String,
    /// Entity ids every result mentions (all of them).
    pub entities: Vec<String>,
    /// Sources, one of which every result has (exact names).
    pub sources: Vec<String>,
    /// Results have a date on or after the start of this `YYYY[-MM[-DD]]`.
    pub from: Option<String>,
    /// Results have a date on or before the end of this `YYYY[-MM[-DD]]`.
    pub to: Option<String>,
}

impl Filters {
    /// Whether nothing narrows the corpus.
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }
}

/// One result: an article and its relevance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ranked {
    /// Index of the article in the corpus.
    pub doc: usize,
    /// BM25 score (0 when the query has no words).
    pub score: f32,
}

/// An entity in the facet panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntityCount {
    /// Index into [`Annotations::entities`].
    pub entity: usize,
    /// Results that mention it.
    pub articles: u32,
    /// Its mentions in those results.
    pub mentions: u32,
}

/// A source in the facet panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceCount {
    /// The source's name as written in the articles' front matter.
    pub source: String,
    /// Articles from it that pass every filter except the source selection.
    pub articles: u32,
}

/// What [`Explorer::run`] found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    /// Matching articles, best first (corpus order when no words were searched).
    pub results: Vec<Ranked>,
    /// Entities mentioned by the results, most articles first.
    pub entities: Vec<EntityCount>,
    /// Sources of the articles that pass the other filters, most articles first.
    pub sources: Vec<SourceCount>,
    /// The parsed search box (its terms mark matches in the text).
    pub query: SearchQuery,
    /// Short messages about what was ignored.
    pub problems: Vec<String>,
}

/// Per-article facts the filters need.
#[derive(Clone, Debug, Default)]
struct ArticleFacts {
    /// Byte ranges searched: the body without boilerplate (and the front-matter title).
    searchable: Vec<Range<usize>>,
    /// `(entity, mentions)`, entity ascending.
    entities: Vec<(u32, u32)>,
    /// Index into `Explorer::sources`.
    source: Option<u32>,
    /// Day ranges of its reference date and of every date it mentions with a year.
    days: Vec<DayRange>,
}

/// A corpus ready to be searched and filtered. Build once; run for every change of filters.
pub struct Explorer<'a> {
    documents: &'a [Document],
    annotations: &'a Annotations,
    index: SearchIndex,
    facts: Vec<ArticleFacts>,
    /// Distinct sources, sorted.
    sources: Vec<String>,
    /// Folded words of each entity's name and aliases, for operators.
    entity_words: Vec<Vec<Vec<String>>>,
    /// Articles mentioning each entity, over the whole corpus.
    all_articles: Vec<u32>,
    /// Mentions of each entity, over the whole corpus.
    all_mentions: Vec<u32>,
    /// Each entity's place in name order.
    name_rank: Vec<u32>,
    /// Entities in name order (the inverse of `name_rank`).
    by_name: Vec<u32>,
}

impl<'a> Explorer<'a> {
    /// Indexes the corpus.
    pub fn new(documents: &'a [Document], annotations: &'a Annotations) -> Explorer<'a> {
        // The searchable ranges are worked out once, for the facts and for the index.
        let mut explorer = Explorer::with_index(documents, annotations, SearchIndex::default());
        explorer.index = SearchIndex::build(
            documents
                .iter()
                .zip(&explorer.facts)
                .map(|(doc, facts)| (doc.text.as_str(), facts.searchable.as_slice())),
        );
        explorer
    }

    /// The corpus with its index, built beforehand from the same documents (with
    /// [`searchable_ranges`]); the build script embeds one so that the app need not index.
    pub fn with_index(
        documents: &'a [Document],
        annotations: &'a Annotations,
        index: SearchIndex,
    ) -> Explorer<'a> {
        // Sorted with the same instantiation as the index' vocabulary (wasm size).
        let mut named: Vec<(Box<str>, u32)> = documents
            .iter()
            .filter_map(|d| Some((d.source.as_deref()?.into(), 0)))
            .collect();
        named.sort_unstable();
        named.dedup();
        let sources: Vec<String> = named.into_iter().map(|(name, _)| name.into()).collect();
        let facts: Vec<ArticleFacts> = documents
            .iter()
            .enumerate()
            .map(|(i, doc)| {
                let article = annotations.articles.get(i);
                let searchable = searchable_ranges(doc, article);
                let mut entities: Vec<(u32, u32)> = Vec::new();
                let mut days = Vec::new();
                if let Some(a) = article {
                    entities.extend(a.entity_counts.iter().map(|&(e, n)| (e as u32, n as u32)));
                    days.extend(a.reference_days);
                    days.extend(a.mark_days.iter().copied());
                }
                let source = doc
                    .source
                    .as_ref()
                    .and_then(|s| sources.binary_search(s).ok())
                    .map(|s| s as u32);
                ArticleFacts {
                    searchable,
                    entities,
                    source,
                    days,
                }
            })
            .collect();
        let entity_words = annotations
            .entities
            .iter()
            .map(|e| {
                std::iter::once(&e.name)
                    .chain(e.aliases.iter().map(|(name, _)| name))
                    .map(|name| {
                        let mut folded = Vec::new();
                        words(name, 0..name.len(), |_, w| folded.push(w.to_string()));
                        folded
                    })
                    .collect()
            })
            .collect();
        let mut all_articles = vec![0u32; annotations.entities.len()];
        let mut all_mentions = vec![0u32; annotations.entities.len()];
        for facts in &facts {
            for &(e, count) in &facts.entities {
                all_articles[e as usize] += 1;
                all_mentions[e as usize] += count;
            }
        }
        // Name order, sorted with the same instantiation as the vocabulary (wasm size).
        let mut names: Vec<(Box<str>, u32)> = annotations
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.name.as_str().into(), i as u32))
            .collect();
        names.sort_unstable();
        let by_name: Vec<u32> = names.iter().map(|&(_, i)| i).collect();
        let mut name_rank = vec![0u32; by_name.len()];
        for (rank, &e) in by_name.iter().enumerate() {
            name_rank[e as usize] = rank as u32;
        }
        Explorer {
            name_rank,
            by_name,
            all_articles,
            all_mentions,
            documents,
            annotations,
            index,
            facts,
            sources,
            entity_words,
        }
    }

    /// The search index (for statistics).
    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    /// The byte ranges of an article that search looks at.
    pub fn searchable(&self, doc: usize) -> &[Range<usize>] {
        self.facts.get(doc).map_or(&[], |f| f.searchable.as_slice())
    }

    /// The passage a result shows: around the best cluster of matches of `query`, or the
    /// article's first lines after its title when nothing matches.
    pub fn passage(&self, doc: usize, query: &SearchQuery) -> Snippet {
        let document = &self.documents[doc];
        let ranges = self.searchable(doc);
        let matches = find_matches(&document.text, ranges, &query.required);
        if !matches.is_empty() {
            return snippet(&document.text, ranges, &matches);
        }
        let title = match document.title_origin {
            TitleOrigin::Line { start, end } => Some((start, end)),
            TitleOrigin::FrontMatter => front_matter_title(document).map(|r| (r.start, r.end)),
        };
        let lead: Vec<Range<usize>> = ranges
            .iter()
            .flat_map(|r| without(r.clone(), title.as_slice()))
            .collect();
        snippet(&document.text, &lead, &[])
    }

    /// Index of the entity with this id.
    pub fn entity_index(&self, id: &str) -> Option<usize> {
        self.annotations.entities.iter().position(|e| e.id == id)
    }

    /// Applies `filters`: articles that match the search box and every selection, ranked, with
    /// the facet counts for them.
    pub fn run(&self, filters: &Filters) -> Outcome {
        let mut outcome = self.find(filters);
        outcome.entities = self.count_entities(&outcome.results);
        outcome
    }

    /// [`Explorer::run`] without the entity counts (`entities` is left empty): the results,
    /// source counts and messages.
    pub fn find(&self, filters: &Filters) -> Outcome {
        let query = SearchQuery::parse(&filters.query);
        let mut problems = query.problems.clone();
        let n = self.documents.len();

        // Everything but the source selection, so that the source panel can count the others.
        let mut alive = vec![true; n];
        let mut score = vec![0f32; n];
        for term in &query.required {
            let found = self.index.find(term, self);
            let mut next = vec![false; n];
            for &(doc, s) in &found.docs {
                let doc = doc as usize;
                if alive[doc] {
                    next[doc] = true;
                    score[doc] += s;
                }
            }
            alive = next;
        }
        for term in &query.excluded {
            for &(doc, _) in &self.index.find(term, self).docs {
                alive[doc as usize] = false;
            }
        }
        for filter in &query.entities {
            let matching = self.entities_named(filter);
            if matching.iter().all(|m| !m) {
                problems.push(format!(
                    "No {} is called “{}”.",
                    filter.kind.map_or("entity", MarkKind::as_str),
                    filter.name.join(" ")
                ));
            }
            for (doc, facts) in self.facts.iter().enumerate() {
                alive[doc] &= facts.entities.iter().any(|&(e, _)| matching[e as usize]);
            }
        }
        for wanted in &query.sources {
            // Which sources match, once, rather than folding a source per article.
            let matching: Vec<bool> = self
                .sources
                .iter()
                .map(|name| fold_word(name).contains(wanted.as_str()))
                .collect();
            for (doc, facts) in self.facts.iter().enumerate() {
                alive[doc] &= facts.source.is_some_and(|s| matching[s as usize]);
            }
        }
        let mut selected_entities = Vec::new();
        for id in &filters.entities {
            match self.entity_index(id) {
                Some(e) => selected_entities.push(e as u32),
                None => problems.push(format!(
                    "Ignored the entity “{id}”: it is not in this collection."
                )),
            }
        }
        for (doc, facts) in self.facts.iter().enumerate() {
            alive[doc] &= selected_entities.iter().all(|e| {
                facts
                    .entities
                    .binary_search_by_key(e, |&(id, _)| id)
                    .is_ok()
            });
        }
        let mut range: (Option<i32>, Option<i32>) = (query.after, query.before.map(|b| b - 1));
        for (label, value, is_from) in [("From", &filters.from, true), ("To", &filters.to, false)] {
            let Some(value) = value else { continue };
            match parse_day_range(value) {
                Some((first, _)) if is_from => range.0 = Some(range.0.map_or(first, |a| a.max(first))),
                Some((_, last)) => range.1 = Some(range.1.map_or(last, |b| b.min(last))),
                None => problems.push(format!(
                    "Ignored the “{label}” date “{value}”: use a year, year-month or year-month-day."
                )),
            }
        }
        if range != (None, None) {
            let (low, high) = (range.0.unwrap_or(i32::MIN), range.1.unwrap_or(i32::MAX));
            for (doc, facts) in self.facts.iter().enumerate() {
                alive[doc] &= facts.days.iter().any(|&(a, b)| a <= high && b >= low);
            }
        }

        // The source panel counts what passes everything else.
        let mut source_counts = vec![0u32; self.sources.len()];
        for (doc, facts) in self.facts.iter().enumerate() {
            if let (true, Some(s)) = (alive[doc], facts.source) {
                source_counts[s as usize] += 1;
            }
        }
        let mut selected_sources = Vec::new();
        for name in &filters.sources {
            match self.sources.binary_search(name) {
                Ok(s) => selected_sources.push(s as u32),
                Err(_) => problems.push(format!("Ignored the source “{name}”: no article has it.")),
            }
        }
        if !selected_sources.is_empty() {
            for (doc, facts) in self.facts.iter().enumerate() {
                alive[doc] &= facts.source.is_some_and(|s| selected_sources.contains(&s));
            }
        }

        // Every order below is a sort of unique `u64` keys whose low bits say which item it
        // is: one instantiation of the standard sort instead of one per order (wasm size).
        let mut keys: Vec<u64> = (0..n)
            .filter(|&doc| alive[doc])
            .map(|doc| doc as u64)
            .collect();
        if !query.required.is_empty() {
            // Best score first, then corpus order. Scores are positive: their bits order like
            // the numbers.
            for key in &mut keys {
                let inverse = u32::MAX - score[*key as usize].to_bits();
                *key |= u64::from(inverse) << 32;
            }
            keys.sort_unstable();
        }
        let results: Vec<Ranked> = keys
            .iter()
            .map(|&key| {
                let doc = (key & u64::from(u32::MAX)) as usize;
                Ranked {
                    doc,
                    score: score[doc],
                }
            })
            .collect();

        // Most articles first, then by name.
        keys.clear();
        keys.extend(
            (0..self.sources.len())
                .filter(|&s| source_counts[s] > 0 || filters.sources.contains(&self.sources[s]))
                .map(|s| (u64::from(u32::MAX - source_counts[s]) << 32) | s as u64),
        );
        keys.sort_unstable();
        let sources = keys
            .iter()
            .map(|&key| {
                let s = (key & u64::from(u32::MAX)) as usize;
                SourceCount {
                    source: self.sources[s].clone(),
                    articles: source_counts[s],
                }
            })
            .collect();

        Outcome {
            results,
            entities: Vec::new(),
            sources,
            query,
            problems,
        }
    }

    /// How many of `results` mention each entity, and how often: most articles first, then
    /// most mentions, then by name. (Part of [`Explorer::run`]; separate so that the app can
    /// draw the results first.)
    pub fn count_entities(&self, results: &[Ranked]) -> Vec<EntityCount> {
        let n = self.documents.len();
        let mut alive = vec![false; n];
        for r in results {
            alive[r.doc] = true;
        }
        // Entity counts over the results. When most articles match, start from the counts
        // over the whole corpus and take away the few that do not: half the work at worst.
        let (mut articles, mut mentions) = (Vec::new(), Vec::new());
        if results.len() * 2 > n {
            articles.clone_from(&self.all_articles);
            mentions.clone_from(&self.all_mentions);
            for (doc, facts) in self.facts.iter().enumerate() {
                if !alive[doc] {
                    for &(e, count) in &facts.entities {
                        articles[e as usize] -= 1;
                        mentions[e as usize] -= count;
                    }
                }
            }
        } else {
            articles.resize(self.all_articles.len(), 0u32);
            mentions.resize(self.all_articles.len(), 0u32);
            for r in results {
                for &(e, count) in &self.facts[r.doc].entities {
                    articles[e as usize] += 1;
                    mentions[e as usize] += count;
                }
            }
        }
        // One sort of unique `u64` keys (see `run`): counts, then the name's rank.
        let below = |n: u32| u64::from(0xf_ffff - n.min(0xf_ffff));
        let mut keys: Vec<u64> = (0..articles.len())
            .filter(|&e| articles[e] > 0)
            .map(|e| {
                (below(articles[e]) << 44)
                    | (below(mentions[e]) << 24)
                    | u64::from(self.name_rank[e])
            })
            .collect();
        keys.sort_unstable();
        keys.iter()
            .map(|&key| {
                let e = self.by_name[(key & 0xff_ffff) as usize] as usize;
                EntityCount {
                    entity: e,
                    articles: articles[e],
                    mentions: mentions[e],
                }
            })
            .collect()
    }

    /// Which entities an operator names: every word of the operator begins a word of the
    /// entity's name or of one alias, and the kind agrees.
    fn entities_named(&self, filter: &EntityFilter) -> Vec<bool> {
        self.annotations
            .entities
            .iter()
            .zip(&self.entity_words)
            .map(|(entity, names)| {
                filter.kind.is_none_or(|k| k == entity.kind)
                    && names.iter().any(|name| {
                        filter
                            .name
                            .iter()
                            .all(|wanted| name.iter().any(|w| w.starts_with(wanted.as_str())))
                    })
            })
            .collect()
    }
}

impl IndexedText for Explorer<'_> {
    fn indexed_text(&self, doc: usize) -> (&str, &[Range<usize>]) {
        let text = self.documents.get(doc).map_or("", |d| d.text.as_str());
        (text, self.searchable(doc))
    }
}

/// The byte ranges of an article that search indexes: its body without boilerplate, and its
/// title when that came from the front matter.
pub fn searchable_ranges(
    doc: &Document,
    article: Option<&ArticleAnnotations>,
) -> Vec<Range<usize>> {
    let boilerplate = article.map_or(&[][..], |a| a.boilerplate.as_slice());
    let mut searchable: Vec<Range<usize>> = front_matter_title(doc).into_iter().collect();
    searchable.extend(without(doc.body_start..doc.text.len(), boilerplate));
    searchable
}

/// The byte range of the title's value in the front matter, when the title came from there.
fn front_matter_title(doc: &Document) -> Option<Range<usize>> {
    if doc.title_origin != TitleOrigin::FrontMatter {
        return None;
    }
    let front = &doc.text[..doc.body_start];
    let at = front.find(doc.title.as_str())?;
    Some(at..at + doc.title.len())
}

/// `range` minus the `holes` (sorted, non-overlapping).
fn without(range: Range<usize>, holes: &[(usize, usize)]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = range.start;
    for &(start, end) in holes {
        if end <= at || start >= range.end {
            continue;
        }
        if start > at {
            out.push(at..start);
        }
        at = at.max(end);
    }
    if at < range.end {
        out.push(at..range.end);
    }
    out
}
