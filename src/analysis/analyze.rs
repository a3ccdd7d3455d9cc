//! The whole analysis of a corpus: boilerplate, dates, entities and events of every article.

use std::ops::Range;

use super::boilerplate::boilerplate;
use super::dates::{DateMention, Reference, find_dates_in};
use super::entities::{Entity, LinkInput, LinkedMention, extract_in, link};
use super::events::{DatedSentence, Event, EventSource, entities_in, group_events, label};
use super::tokens::{sentence_spans, tokenize};

/// One article to analyse.
#[derive(Clone, Debug)]
pub struct ArticleInput<'a> {
    /// The article's whole text (offsets index it).
    pub text: &'a str,
    /// Where the article proper starts (after front matter).
    pub body_start: usize,
    /// Publication date from front matter (`YYYY[-MM[-DD]]`).
    pub published: Option<&'a str>,
    /// The line the title was taken from, if it is part of the body.
    pub title_line: Option<Range<usize>>,
}

/// What the analysis found in one article.
#[derive(Clone, Debug, Default)]
pub struct ArticleAnalysis {
    /// The date the article speaks from, with its evidence.
    pub reference: Option<Reference>,
    /// Boilerplate lines (shown dimmed, no entities or events).
    pub boilerplate: Vec<Range<usize>>,
    /// Headline lines (title, title-case lines): entities there come only from known names.
    pub headlines: Vec<Range<usize>>,
    /// Temporal expressions.
    pub dates: Vec<DateMention>,
    /// Entity mentions.
    pub mentions: Vec<LinkedMention>,
    /// Sentence byte ranges.
    pub sentences: Vec<Range<usize>>,
}

/// The analysis of a whole corpus.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    /// Per article, in input order.
    pub articles: Vec<ArticleAnalysis>,
    /// Entities across the corpus.
    pub entities: Vec<Entity>,
    /// Events across the corpus, in date order (undated last).
    pub events: Vec<Event>,
}

/// Analyses a corpus. Pure: text in, plain data out; never panics on any input.
///
/// ```
/// use dossier::analysis::{analyze, ArticleInput};
/// let text = "Talks open in Geneva\n\nGENEVA, March 3 (Reuters) - Foreign Minister Anna Berg met \
///             delegates on Monday. Berg said talks would resume in April 2024.";
/// let analysis = analyze(&[ArticleInput { text, body_start: 0, published: None, title_line: Some(0..20) }]);
/// let names: Vec<&str> = analysis.entities.iter().map(|e| e.name.as_str()).collect();
/// assert!(names.contains(&"Anna Berg") && names.contains(&"Geneva"));
/// ```
pub fn analyze(inputs: &[ArticleInput<'_>]) -> Analysis {
    let mut articles = Vec::with_capacity(inputs.len());
    let mut link_inputs = Vec::with_capacity(inputs.len());
    for input in inputs {
        let body = body_range(input);
        let excluded = boilerplate(input.text, body.clone());
        let mut headlines = title_case_lines(input.text, body.clone());
        // Captions and credits that look like titles are boilerplate first.
        headlines.retain(|h| !excluded.contains(h));
        if let Some(line) = &input.title_line {
            if !headlines.contains(line) {
                headlines.push(line.clone());
            }
        }
        let tokens = tokenize(input.text, body.clone());
        let spans = sentence_spans(input.text, &tokens);
        let dated = find_dates_in(
            input.text,
            &tokens,
            &spans,
            body,
            input.published,
            &excluded,
        );
        let candidates = extract_in(input.text, &tokens, &spans, &excluded, &headlines);
        let sentences: Vec<Range<usize>> = spans
            .iter()
            .map(|s| tokens[s.start].start..tokens[s.end - 1].end)
            .collect();
        link_inputs.push(LinkInput {
            text: input.text,
            candidates,
            headlines: headlines.clone(),
        });
        articles.push(ArticleAnalysis {
            reference: Some(dated.reference),
            boilerplate: excluded,
            headlines,
            dates: dated.dates,
            mentions: Vec::new(),
            sentences,
        });
    }
    let linked = link(&link_inputs);
    for (article, mentions) in articles.iter_mut().zip(linked.mentions) {
        article.mentions = mentions;
    }

    let mut dated_sentences = Vec::new();
    for (d, (input, article)) in inputs.iter().zip(&articles).enumerate() {
        let spans: Vec<(Range<usize>, usize)> = article
            .mentions
            .iter()
            .map(|m| (m.start..m.end, m.entity))
            .collect();
        for sentence in article.sentences.iter().cloned() {
            let inside = |r: &Range<usize>| r.start <= sentence.start && sentence.end <= r.end;
            if article.boilerplate.iter().any(inside) {
                continue;
            }
            let Some(date) = article
                .dates
                .iter()
                .find(|m| m.start >= sentence.start && m.end <= sentence.end)
            else {
                continue;
            };
            let text = &input.text[sentence.clone()];
            // A bare dateline or timestamp is not an event.
            if text
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                < 4
            {
                continue;
            }
            dated_sentences.push(DatedSentence {
                source: EventSource {
                    document: d,
                    start: sentence.start,
                    end: sentence.end,
                },
                date: date.value,
                entities: entities_in(&spans, &sentence),
                label: label(text, 140),
                text: text.to_string(),
            });
        }
    }
    Analysis {
        articles,
        entities: linked.entities,
        events: group_events(dated_sentences),
    }
}

/// Lines written in title case (most longer words capitalised, no final period): headlines
/// and section titles, where capitals do not mark names.
fn title_case_lines(text: &str, body: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut pos = body.start;
    for raw in text[body].split_inclusive('\n') {
        let start = pos + (raw.len() - raw.trim_start().len());
        let line = raw.trim();
        pos += raw.len();
        let long: Vec<&str> = line
            .split_whitespace()
            .filter(|w| w.chars().count() >= 4)
            .collect();
        let capitalised = long
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        if long.len() >= 3 && capitalised * 10 >= long.len() * 7 && !line.ends_with(['.', '"', '”'])
        {
            out.push(start..start + line.len());
        }
    }
    out
}

/// The article's body range, its start moved forward to a char boundary if need be.
fn body_range(input: &ArticleInput<'_>) -> Range<usize> {
    let mut start = input.body_start.min(input.text.len());
    while !input.text.is_char_boundary(start) {
        start += 1;
    }
    start..input.text.len()
}
