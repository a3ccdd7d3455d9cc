//! The whole analysis of a corpus: boilerplate, dates, entities and events of every article.

use std::ops::Range;

use super::boilerplate::boilerplate;
use super::dates::{DateMention, Reference, YearHint, find_dates_in};
use super::entities::{Entity, EntityKind, LinkInput, LinkedMention, extract_in, link};
use super::events::{DatedSentence, Event, EventSource, entities_in, group_events, label};
use super::tokens::{Token, sentence_spans, tokenize};

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
        // The title is a headline too, unless it is written in sentence case ("Gulf mediators
        // invite Sudan's rivals to talks"), where capitals mark names as in the body.
        if let Some(line) = &input.title_line
            && !headlines.contains(line)
            && !is_sentence_case(&input.text[line.clone()])
        {
            headlines.push(line.clone());
        }
        let (tokens, spans) = tokens_and_sentences(input.text, &body);
        let dated = find_dates_in(
            input.text,
            &tokens,
            &spans,
            body,
            input.published,
            &excluded,
            None,
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
        drop_dates_in_names(&mut article.dates, &mentions);
        article.mentions = mentions;
    }
    // Articles that name no year borrow one from articles about the same happenings.
    for (d, hint) in year_hints(inputs, &articles) {
        let input = &inputs[d];
        let body = body_range(input);
        let (tokens, spans) = tokens_and_sentences(input.text, &body);
        let excluded = &articles[d].boilerplate;
        let dated = find_dates_in(
            input.text,
            &tokens,
            &spans,
            body,
            input.published,
            excluded,
            Some(&hint),
        );
        articles[d].reference = Some(dated.reference);
        articles[d].dates = dated.dates;
        let article = &mut articles[d];
        drop_dates_in_names(&mut article.dates, &article.mentions);
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
        // Headlines are short; a byline ("By Jeff Mason and Trevor Hunnicutt") names people, as
        // a credit line does ("Reporting by Anna Keller; Editing by Mark Potter").
        let mut opening = line.split_whitespace();
        let credit =
            opening.next().is_some_and(|w| w.ends_with("ing")) && opening.next() == Some("by");
        // So does a byline that says where the writer is: "Lena Forsberg in Stockholm", "Tom
        // Ashcombe at Kingdom Arena, Riyadh" (a given name, a name, then "in" or "at").
        // (A given name the list lacks, too, before a known place: "Rafe Uddin in San
        // Francisco"; not "Floods Hit in Jakarta", English words.)
        // (Two of them joined by "and": "Olaf Storbeck in Frankfurt and Guy Chazan in Berlin".)
        let words: Vec<&str> = line.split_whitespace().take(13).collect();
        let g = crate::analysis::gazetteer::gazetteer();
        let located = |words: &[&str]| {
            words.len() <= 8
                && matches!(words[..], [given, name, "in" | "at", ref rest @ ..]
                if name.starts_with(char::is_uppercase)
                    && (g.is_given_name(given)
                        || (given.starts_with(char::is_uppercase)
                            && !g.is_common_word(given)
                            && !g.is_common_word(name)
                            && (g.place(rest.join(" ").trim_end_matches(',')).is_some()
                                // ("Sidharth Monga in Mirpur": a short line of names
                                // that are no English words.)
                                || ((1..=2).contains(&rest.len())
                                    && rest.iter().all(|w| {
                                        w.starts_with(char::is_uppercase)
                                            && !g.is_common_word(&w.to_lowercase())
                                    }))))))
        };
        // (Or two writers in one place: "Arash Massoudi and Nicole Bullock in New York".)
        let named = |words: &[&str]| {
            (2..=3).contains(&words.len())
                && g.is_given_name(words[0])
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
        };
        // (Or three, the first ones set off by commas: "Glenn Greenwald, Ewen MacAskill and
        // Laura Poitras in Hong Kong".)
        let listed = |words: &[&str]| {
            let joined = words.join(" ");
            joined.contains(", ")
                && joined.split(", ").all(|part| {
                    let part: Vec<&str> = part.split(' ').collect();
                    named(&part)
                })
        };
        let joined = words.len() <= 12
            && words.iter().position(|&w| w == "and").is_some_and(|and| {
                (located(&words[..and]) || named(&words[..and]) || listed(&words[..and]))
                    && located(&words[and + 1..])
            });
        let located_byline = joined || located(&words);
        // A dateline ("KATHMANDU, Nepal — July 2, 2025", "STOCKHOLM | Thursday 9 October
        // 2025"): a place in capitals and a comma, a dash or a bar, then a date, or a place
        // the gazetteer knows.
        // (Checked only for a line opening with capitals: most lines are prose.)
        let caps_opening = line.chars().take(3).all(char::is_uppercase);
        let dateline = caps_opening
            && line
                .split_once([',', '|', '—', '–'])
                .is_some_and(|(place, rest)| {
                    place
                        .chars()
                        .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '\''))
                        && (g.place_any_case(place.trim_end()).is_some()
                            || rest.split(|c: char| !c.is_alphanumeric()).any(|w| {
                                w.len() >= 3 && crate::analysis::dates::is_month_or_weekday(w)
                            }))
                });
        // A byline that opens with a word for it ("From Michael Binyon in Moscow", "Author
        // Fabian Schmidt"), or names only ("MacDonald Dzirutwe, Joe Brock", "Evelyn M. Rusli
        // and Peter Eavis").
        let opened = matches!(words.first(), Some(&("From" | "Author" | "Authors")))
            && words.len() >= 3
            && words[1..3]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase))
            && g.is_given_name(words[1]);
        let names_only = words.len() <= 8 && is_names_line(line);
        // A byline with the writer's desk and employer after commas: "Mark Ogden, Senior
        // Writer, ESPN".
        let with_desk = words.len() <= 8 && {
            let mut parts = line.split(", ");
            let name: Vec<&str> = parts.next().unwrap_or("").split(' ').collect();
            (2..=3).contains(&name.len())
                && g.is_given_name(name[0])
                && name[1..].iter().all(|w| w.starts_with(char::is_uppercase))
                && parts
                    .next()
                    .and_then(|desk| desk.split(' ').next_back())
                    .is_some_and(super::entities::is_desk)
        };
        // A byline's desk names its employer: "Associated Press Writer", "AP Sports Writers".
        // (Or a news service: "Washington Post Foreign Service"; a credit: "Special to The New
        // York Times".)
        let desk = words.len() <= 5
            && (words
                .last()
                .is_some_and(|w| w.starts_with(char::is_uppercase) && super::entities::is_desk(w))
                || matches!(words[..], [.., "Foreign" | "News", "Service"]))
            || line.starts_with("Special to ");
        // A paper's name and its date: "The Glasgow Herald, Thursday 22 December 1988", "The
        // West Australian, Friday, July 13, 1979".
        let stamped = || {
            line.len() <= 100
                && line.split_once(", ").is_some_and(|(_, date)| {
                    let words = || date.split([' ', ',']).filter(|w| !w.is_empty());
                    words().count() >= 3
                        && words().any(|w| w.len() == 4 && w.parse::<u16>().is_ok())
                        && words().all(|w| {
                            w.bytes().all(|b| b.is_ascii_digit())
                                || crate::analysis::dates::is_month_or_weekday(w)
                        })
                })
        };
        // (An item of a numbered list is no headline: "1. Tiger Roll (Davy Russell) 4-1".)
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let numbered = (1..=2).contains(&digits) && line.as_bytes()[digits..].starts_with(b". ");
        if line.len() > 200
            || line.starts_with("By ")
            || numbered
            || credit
            || located_byline
            || opened
            || names_only
            || with_desk
            || dateline
            || desk
            || stamped()
        {
            continue;
        }
        let long: Vec<&str> = line
            .split_whitespace()
            .filter(|w| w.chars().count() >= 4)
            .collect();
        let capitalised = long
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        // (A headline in capitals may end in a point, as older papers set them: "JOHNSTOWN
        // WIPED OUT.")
        let in_capitals = !line.chars().any(char::is_lowercase);
        if long.len() >= 3
            && capitalised * 10 >= long.len() * 7
            && (!line.ends_with(['.', '"', '”']) || (in_capitals && line.ends_with('.')))
            && !is_sentence_case(line)
        {
            out.push(start..start + line.len());
        }
    }
    out
}

/// Whether a line holds only people's names, two or three words each, joined by commas or
/// "and", one of them opening with a known given name: a byline without "By".
fn is_names_line(line: &str) -> bool {
    let g = crate::analysis::gazetteer::gazetteer();
    let mut given = false;
    let mut parts = 0;
    for part in line.split(", ").flat_map(|p| p.split(" and ")) {
        let words: Vec<&str> = part.split(' ').collect();
        if !(2..=3).contains(&words.len()) {
            return false;
        }
        let initial = |w: &str| w.len() == 2 && w.ends_with('.');
        // (A given name may be an English word too: "Pat Leahy"; so may a short surname after
        // a name that is none: "Jeffie Lam", or any surname after a known given name that is
        // none: "Libby Brooks".)
        let short_surname = |n: usize, w: &str| {
            n == words.len() - 1
                && !g.is_common_word(words[0])
                && (w.len() <= 4 || g.is_given_name(words[0]))
        };
        if !words.iter().enumerate().all(|(n, w)| {
            w.starts_with(char::is_uppercase)
                && (initial(w)
                    || (w
                        .chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                        && (!g.is_common_word(w)
                            || (n == 0 && g.is_given_name(w))
                            || short_surname(n, w))))
        }) {
            return false;
        }
        given |= g.is_given_name(words[0]);
        parts += 1;
    }
    parts >= 2 && given
}

/// Whether a line is written in sentence case ("Gulf mediators invite Sudan's rivals"): after
/// its first word, a word of four letters or more starts in lower case, other than the
/// prepositions and conjunctions that title case leaves in lower case ("Talks Resume in Astana
/// after Delay").
fn is_sentence_case(line: &str) -> bool {
    line.split_whitespace().skip(1).any(|w| {
        w.chars().count() >= 4
            && w.starts_with(char::is_lowercase)
            && !matches!(
                w,
                "from"
                    | "with"
                    | "into"
                    | "onto"
                    | "upon"
                    | "over"
                    | "than"
                    | "that"
                    | "after"
                    | "amid"
                    | "near"
                    | "about"
                    | "under"
                    | "before"
                    | "since"
                    | "until"
            )
    })
}

/// The body's tokens and its sentences (as token index ranges): the one tokenisation that
/// dates and entities share.
fn tokens_and_sentences(text: &str, body: &Range<usize>) -> (Vec<Token>, Vec<Range<usize>>) {
    let tokens = tokenize(text, body.clone());
    let spans = sentence_spans(text, &tokens);
    (tokens, spans)
}

/// Drops the dates that lie inside a longer name: the month of "the law firm Slaughter and
/// May" (not a holiday named as itself: "Bastille Day").
/// (Mentions come in order and do not overlap: only the last one starting at or before a
/// date may hold it.)
fn drop_dates_in_names(dates: &mut Vec<DateMention>, mentions: &[LinkedMention]) {
    dates.retain(|d| {
        let at = mentions.partition_point(|m| m.start <= d.start);
        !at.checked_sub(1).is_some_and(|k| {
            let m = &mentions[k];
            d.end <= m.end && m.end - m.start > d.end - d.start
        })
    });
}

/// The article's body range, its start moved forward to a char boundary if need be.
fn body_range(input: &ArticleInput<'_>) -> Range<usize> {
    let mut start = input.body_start.min(input.text.len());
    while !input.text.is_char_boundary(start) {
        start += 1;
    }
    start..input.text.len()
}

/// The year that opens the name of a yearly event's edition: "2024 Nobel Prize in Physiology
/// or Medicine", "2026 World Cup" (not "2045 Global Strategic Initiative": a target, not an
/// edition).
fn edition_year(name: &str) -> Option<i32> {
    let (year, rest) = name.split_once(' ')?;
    let year: i32 = year.parse().ok().filter(|y| (1900..=2100).contains(y))?;
    let head = rest
        .split(" in ")
        .next()?
        .rsplit(' ')
        .next()?
        .to_ascii_lowercase();
    matches!(
        head.as_str(),
        "prize"
            | "prizes"
            | "award"
            | "awards"
            | "olympics"
            | "games"
            | "cup"
            | "championship"
            | "championships"
            | "open"
            | "festival"
            | "marathon"
            | "prix"
            | "contest"
            | "tour"
            | "oscars"
            | "grammys"
    )
    .then_some(year)
}

/// The latest year on a boilerplate line that states a copyright ("Copyright 2024 The
/// Associated Press", "© 2019–2024 Example Media"), with the line.
fn copyright_year<'t>(text: &'t str, boilerplate: &[Range<usize>]) -> Option<(i32, &'t str)> {
    boilerplate.iter().find_map(|range| {
        let line = text.get(range.clone())?;
        let lower = line.to_lowercase();
        let at = lower.find("copyright").or_else(|| lower.find('©'))?;
        let year = line[at..]
            .split(|c: char| !c.is_ascii_digit())
            .filter(|digits| digits.len() == 4)
            .filter_map(|digits| digits.parse::<i32>().ok())
            .filter(|y| (1900..=2100).contains(y))
            .max()?;
        Some((year, line))
    })
}

/// For each article without a year anywhere, the year that other articles give to the same
/// months in sentences naming this article's entities ("April 20" here, "In April 2015, …
/// Kazakhstan" there). Only a clear majority counts.
fn year_hints(inputs: &[ArticleInput<'_>], articles: &[ArticleAnalysis]) -> Vec<(usize, YearHint)> {
    let entities_near = |a: &ArticleAnalysis, at: usize| -> Vec<usize> {
        let Some(sentence) = a.sentences.iter().find(|s| s.start <= at && at < s.end) else {
            return Vec::new();
        };
        let mut out: Vec<usize> = a
            .mentions
            .iter()
            .filter(|m| m.start >= sentence.start && m.end <= sentence.end)
            .map(|m| m.entity)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    };
    // (month, year, entities, article) of every date with a year and a month.
    let mut known: Vec<(u8, i32, Vec<usize>, usize)> = Vec::new();
    for (d, a) in articles.iter().enumerate() {
        for date in &a.dates {
            if let (Some(year), Some(month)) = (date.value.start.year, date.value.start.month)
                && month <= 12
            {
                known.push((month, year, entities_near(a, date.start), d));
            }
        }
    }
    let mut hints = Vec::new();
    for (d, a) in articles.iter().enumerate() {
        let reference_year = a
            .reference
            .as_ref()
            .is_some_and(|r| r.value.is_some_and(|v| v.start.year.is_some()));
        if reference_year || inputs[d].published.is_some() {
            continue;
        }
        // Its own word first: the edition of a yearly event it names ("won the 2024 Nobel
        // Prize", "the 2026 World Cup final"), unless a date with a year and a month says more
        // (a year or a decade alone, "in the 1990s", says only that the article is later).
        let dated_year = a
            .dates
            .iter()
            .any(|x| x.value.start.year.is_some() && x.value.start.month.is_some());
        let text = inputs[d].text;
        if !dated_year
            && let Some((year, name)) = a
                .mentions
                .iter()
                .filter(|m| m.kind == EntityKind::Other)
                // (Not one a city is chosen to host, or bids for: "chosen … to host the 2012
                // Olympic Games" lies years ahead.)
                .filter(|m| {
                    !text[..m.start]
                        .split_whitespace()
                        .rev()
                        .take(3)
                        .any(|w| matches!(w, "host" | "hosts" | "hosting" | "bid" | "bids"))
                })
                .find_map(|m| {
                    let name = &text[m.start..m.end];
                    edition_year(name).map(|y| (y, name))
                })
        {
            let evidence = format!("the edition of a yearly event it names, “{name}”");
            hints.push((d, YearHint { year, evidence }));
            continue;
        }
        // Then the year of its page's copyright line ("Copyright 2024 The Associated Press"),
        // which the text shows but dates nothing in it.
        if let Some((year, line)) = copyright_year(text, &a.boilerplate) {
            let evidence = format!("the copyright line “{line}”");
            hints.push((d, YearHint { year, evidence }));
            continue;
        }
        if a.dates.iter().any(|x| x.value.start.year.is_some()) {
            continue;
        }
        let mut votes: Vec<(i32, usize)> = Vec::new();
        let mut sources: Vec<usize> = Vec::new();
        // The whole article's entities: without any year it has nothing better to go on, and
        // the result is marked uncertain with its evidence.
        let mut here: Vec<usize> = a.mentions.iter().map(|m| m.entity).collect();
        here.sort_unstable();
        here.dedup();
        // A place named once in passing is no evidence of the same happening ("Spain" sent
        // rescuers in one story and won a final in another): a shared entity must be no place,
        // or a place the article names more than once.
        let passing = |e: usize| {
            let mut of_e = a.mentions.iter().filter(|m| m.entity == e);
            of_e.clone().all(|m| m.kind == EntityKind::Place) && of_e.nth(1).is_none()
        };
        // Nor is the agency credited in brackets after a dateline ("(Reuters)"): it files
        // stories about everything.
        let credited = |e: usize| {
            a.mentions
                .iter()
                .filter(|m| m.entity == e)
                .all(|m| text[..m.start].ends_with('(') && text[m.end..].starts_with(')'))
        };
        let telling: Vec<usize> = here
            .iter()
            .copied()
            .filter(|&e| !passing(e) && !credited(e))
            .collect();
        // (A one-word name typed as an event or a work on a word's strength alone, "Soviet
        // missile sites", is too weak to be the only link: one more entity, or a longer name.)
        let weak = |e: usize| {
            a.mentions
                .iter()
                .filter(|m| m.entity == e)
                .all(|m| m.kind == EntityKind::Other && !text[m.start..m.end].contains([' ', '-']))
        };
        let same_happening = |there: &[usize]| {
            let mut shared = telling.iter().filter(|e| there.contains(e));
            match (shared.next(), shared.next()) {
                (Some(_), Some(_)) => true,
                (Some(&e), None) => !weak(e),
                _ => false,
            }
        };
        for date in a
            .dates
            .iter()
            .filter(|x| x.value.start.month.is_some_and(|m| m <= 12))
        {
            for (month, year, there, other) in &known {
                if *other != d && Some(*month) == date.value.start.month && same_happening(there) {
                    match votes.iter_mut().find(|(y, _)| y == year) {
                        Some((_, n)) => *n += 1,
                        None => votes.push((*year, 1)),
                    }
                    if !sources.contains(other) {
                        sources.push(*other);
                    }
                }
            }
        }
        votes.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
        let clear = match votes.as_slice() {
            [(year, _)] => Some(*year),
            [(year, n), (_, m), ..] if *n >= 2 * *m => Some(*year),
            _ => None,
        };
        if let Some(year) = clear {
            let evidence = format!(
                "{} other article(s) dating the same months and entities to {year}",
                sources.len()
            );
            hints.push((d, YearHint { year, evidence }));
        }
    }
    hints
}
