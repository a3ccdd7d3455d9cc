//! The reference date of an article, and the resolution of every temporal expression in it.

use std::ops::Range;

use super::calendar::{civil_from_days, days_from_civil, days_in_month, weekday};
use super::edtf::{DatePoint, Edtf, UnknownPrecision};
use super::lexicon::{self, Unit};
use super::recognize::{Expr, Found, Part, recognize};
use crate::analysis::tokens::{Token, TokenKind, sentence_spans, tokenize};

/// How a value is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    /// Written in full in the text or the front matter.
    Stated,
    /// Completed from the article's reference date or other evidence.
    Inferred,
    /// Could not be pinned down (e.g. no year anywhere).
    Unknown,
}

/// The date an article speaks from: yearless and relative expressions resolve against it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The date, possibly without a year (`XXXX-12-30`), or `None` when nothing is known.
    pub value: Option<Edtf>,
    /// Stated (front matter, dateline with a year), inferred, or unknown.
    pub certainty: Certainty,
    /// Why: which text or field it comes from.
    pub evidence: String,
    /// The day of the week its dateline states ("TEL AVIV, Friday, May 14"), 0 = Monday,
    /// which places the other weekdays of an article whose year is unknown.
    pub weekday: Option<u8>,
}

/// A year for an article that names none, learnt from other articles that tell of the same
/// happenings (same month, shared entities).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearHint {
    /// The year.
    pub year: i32,
    /// Where it comes from, for the reference's evidence.
    pub evidence: String,
}

/// One temporal expression: its byte range in the text and its resolved value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// The EDTF value (with `XXXX` for an unknown year).
    pub value: Edtf,
    /// Whether the value was written in full, inferred, or is partly unknown.
    pub certainty: Certainty,
}

/// The dates of one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatedText {
    /// The article's reference date.
    pub reference: Reference,
    /// Every temporal expression, in text order.
    pub dates: Vec<DateMention>,
}

/// Finds and resolves the temporal expressions in `text[body]`, skipping `excluded` ranges
/// (boilerplate). `published` is a front-matter date (`YYYY[-MM[-DD]]`), if any.
///
/// ```
/// use dossier::analysis::find_dates;
/// let text = "22 Jun 2023 16:13\n\nThe ministry said on Thursday that talks end on June 30.";
/// let found = find_dates(text, 0..text.len(), None, &[]);
/// assert_eq!(found.reference.value.unwrap().to_string(), "2023-06-22");
/// let values: Vec<String> = found.dates.iter().map(|d| d.value.to_string()).collect();
/// assert_eq!(values, ["2023-06-22", "2023-06-22", "2023-06-30"]);
/// ```
pub fn find_dates(
    text: &str,
    body: Range<usize>,
    published: Option<&str>,
    excluded: &[Range<usize>],
) -> DatedText {
    let tokens = tokenize(text, body.clone());
    let spans = sentence_spans(text, &tokens);
    find_dates_in(text, &tokens, &spans, body, published, excluded, None)
}

/// [`find_dates`] over text already split into tokens and sentences (token index ranges).
pub fn find_dates_in(
    text: &str,
    all_tokens: &[Token],
    spans: &[Range<usize>],
    body: Range<usize>,
    published: Option<&str>,
    excluded: &[Range<usize>],
    hint: Option<&YearHint>,
) -> DatedText {
    let mut found = Vec::new();
    for (sentence_index, span) in spans.iter().enumerate() {
        let tokens = &all_tokens[span.clone()];
        let sentence = tokens[0].start..tokens[tokens.len() - 1].end;
        if excluded
            .iter()
            .any(|e| e.start <= sentence.start && sentence.end <= e.end)
        {
            continue;
        }

        let recognized = recognize(text, tokens, all_tokens);
        // Tense only matters where there is a date.
        let ahead_from = if recognized.is_empty() {
            usize::MAX
        } else {
            looks_ahead_from(text, tokens)
        };
        // A sentence that tells what happened ("ended", "won"; verbs of saying only tell when it
        // was said) places a yearless date behind the article.
        // (A participle after a present "be" is a state, not a past event: "Parliament is
        // suspended until March 24".)
        let told_in_past = !recognized.is_empty()
            && ahead_from == usize::MAX
            && tokens.iter().enumerate().any(|(k, t)| {
                let w = t.text(text);
                // ("who had been a member of the cabinet until Thursday": a state in the past
                // perfect; not "had been due to play", "had been rehearsing".)
                if w == "had"
                    && tokens.get(k + 1).is_some_and(|n| n.text(text) == "been")
                    && tokens.get(k + 2).is_some_and(|n| {
                        matches!(
                            n.text(text),
                            "a" | "an" | "the" | "his" | "her" | "its" | "their"
                        )
                    })
                {
                    return true;
                }
                t.kind == TokenKind::Word
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
                    && lexicon::is_past_verb(w)
                    // (Passive, a verb of saying tells what happened: "were confirmed dead
                    // by Saturday night".)
                    && (!lexicon::is_reporting_verb(w)
                        || (k > 0 && matches!(tokens[k - 1].text(text), "was" | "were" | "been")))
                    && !lexicon::is_future_marker(w)
                    // (A compound adjective tells no tense: "a rain-soaked speech".)
                    && !(k > 0 && !t.space_before && tokens[k - 1].text(text) == "-")
                    && !(k > 0
                        && matches!(
                            tokens[k - 1].text(text),
                            "is" | "are" | "be" | "remains" | "remain" | "stays" | "stay"
                        ))
            });
        for f in recognized {
            // "by 2050" sets a deadline: it lies ahead, unless the sentence tells what happened
            // ("dumping two feet of rain on the mountains by Friday").
            let deadline = f.first > 0
                && tokens[f.first - 1].text(text).eq_ignore_ascii_case("by")
                && !told_in_past;
            // "called a meeting for Tuesday": a day something is set for lies ahead; so does a
            // yearless date that a verb of setting sets ("set new elections for March 5").
            let set_for = f.first > 0
                && tokens[f.first - 1].text(text) == "for"
                && (matches!(f.expr, Expr::Weekday(_))
                    || (matches!(
                        f.expr,
                        Expr::Calendar {
                            start: DatePoint { year: None, .. },
                            ..
                        }
                    ) && tokens[f.first.saturating_sub(6)..f.first - 1]
                        .iter()
                        .any(|t| lexicon::is_setting_verb(t.text(text)))))
                // (Not a plan since changed, which may lie either side: "the invasion, first
                // fixed for June 5, was put off".)
                // (Nor one in the past perfect: "the runoff that had been scheduled for May
                // 18".)
                && !tokens[f.first.saturating_sub(6)..f.first - 1].iter().any(|t| {
                    matches!(t.text(text), "first" | "originally" | "initially" | "had")
                })
                // (Nor one that fell through: "a second, scheduled for 14 April, was
                // postponed".)
                && !plan_fell_through(text, &tokens[f.first..]);
            // "whose contract runs until December": an end that lies ahead, unless the
            // sentence tells what happened ("was closed until March").
            // (A bare participle before "until" is a state that lasts: "Parliament suspended
            // until March 24", "the road closed until June"; "was closed until" is told.)
            // ("Mourning has been declared until Sunday": the present perfect lasts too.)
            let lasting_state = f.first >= 2
                && lexicon::is_past_verb(tokens[f.first - 2].text(text))
                && !(f.first >= 3
                    && match tokens[f.first - 3].text(text) {
                        "was" | "were" | "had" | "stayed" | "remained" => true,
                        "been" => {
                            !(f.first >= 4
                                && matches!(tokens[f.first - 4].text(text), "has" | "have"))
                        }
                        _ => false,
                    });
            // ("the bill, which funds most agencies through Jan. 30": a relative clause in the
            // present keeps its own tense.)
            let present_clause = || {
                relative_clause(text, tokens, f.first).is_some_and(|clause| {
                    !clause
                        .iter()
                        .take_while(|t| t.start < tokens[f.first].start)
                        .any(|t| {
                            t.kind == TokenKind::Word
                                && (lexicon::is_past_verb(t.text(text)) || t.text(text) == "had")
                        })
                })
            };
            // "imposed a curfew from 6 p.m. to 6 a.m. through Saturday": a measure put in place
            // runs on past the day it was told ("was imposed" is told as over).
            let imposed = || {
                let from = f.first.saturating_sub(16);
                (from..f.first - 1).any(|k| {
                    lexicon::is_imposing_verb(tokens[k].text(text))
                        && !(k > 0
                            && matches!(tokens[k - 1].text(text), "was" | "were" | "had" | "been"))
                })
            };
            // ("flags flown at half-staff until sunset on Dec. 18": the end is the day.)
            let until_at = if f.first >= 3
                && tokens[f.first - 1].text(text) == "on"
                && matches!(
                    tokens[f.first - 2].text(text),
                    "sunset" | "sundown" | "dusk" | "dawn" | "noon" | "midnight"
                ) {
                f.first - 2
            } else {
                f.first
            };
            let until = until_at > 0
                && match tokens[until_at - 1].text(text) {
                    "until" | "till" => {
                        !told_in_past || lasting_state || present_clause() || imposed()
                    }
                    "through" => !told_in_past || present_clause() || imposed(),
                    _ => false,
                };
            // "could return as early as Wednesday", "as soon as Monday": the earliest a thing
            // can happen lies ahead, unless the sentence tells what happened.
            // (A yearless month too, after a modal verb: "could be in stores as early as
            // June", whatever else the sentence tells.)
            let as_early_as = f.first >= 3
                && tokens[f.first - 1].text(text) == "as"
                && matches!(tokens[f.first - 2].text(text), "early" | "soon")
                && tokens[f.first - 3].text(text) == "as";
            let modal_before = || {
                tokens[..f.first].iter().any(|t| {
                    matches!(
                        t.text(text),
                        "could" | "can" | "may" | "might" | "would" | "will"
                    )
                })
            };
            // ("is being prepared and could sail as early as Monday": a modal verb right
            // before it looks ahead, whatever else the sentence tells.)
            let modal_just_before = || {
                tokens[f.first.saturating_sub(6)..f.first - 3]
                    .iter()
                    .any(|t| matches!(t.text(text), "could" | "can" | "may" | "might" | "will"))
            };
            let soonest = as_early_as
                && ((matches!(f.expr, Expr::Weekday(_)) && (!told_in_past || modal_just_before()))
                    || (matches!(
                        f.expr,
                        Expr::Calendar {
                            start: DatePoint { year: None, .. },
                            ..
                        }
                    ) && modal_before()));
            // "cancelled all flights until at least 1200 GMT on Wednesday": the least an end
            // can be lies ahead, told in the past or not.
            let until_at_least = f.first >= 3
                && (3..=8).any(|back| {
                    f.first >= back
                        && tokens[f.first - back].text(text) == "until"
                        && tokens[f.first - back + 1].text(text) == "at"
                        && tokens[f.first - back + 2].text(text) == "least"
                        && tokens[f.first - back + 3..f.first].iter().all(|t| {
                            t.kind == TokenKind::Number
                                || matches!(
                                    t.text(text),
                                    "on" | ":" | "GMT" | "UTC" | "noon" | "midnight"
                                )
                        })
                });
            // "postponed his bail application to Tuesday", "adjourned the trial until Monday",
            // "suspended production until Monday": the day a thing is put off to lies ahead,
            // told in the past or not ("was postponed" too: what was put off has not yet come).
            // (A day or a yearless date: a year given needs no tense.)
            let put_off_to = f.first >= 2
                && matches!(
                    f.expr,
                    Expr::Weekday(_)
                        | Expr::Calendar {
                            start: DatePoint { year: None, .. },
                            ..
                        }
                )
                && matches!(tokens[f.first - 1].text(text), "to" | "until" | "till")
                && tokens[f.first.saturating_sub(10)..f.first - 1]
                    .iter()
                    .any(|t| {
                        matches!(
                            t.text(text),
                            "postponed"
                                | "adjourned"
                                | "deferred"
                                | "rescheduled"
                                | "delayed"
                                | "postpone"
                                | "adjourn"
                                | "defer"
                                // ("had suspended production at its plants until Monday".)
                                | "suspended"
                                | "suspend"
                                | "extended"
                                | "extend"
                        )
                    });
            // ("shot while speaking ahead of Sunday's election": what a thing comes before
            // lies ahead of it, told in the past or not.)
            let ahead_of = f.first >= 2
                && matches!(f.expr, Expr::Weekday(_))
                && tokens[f.first - 1].text(text) == "of"
                && tokens[f.first - 2].text(text) == "ahead";
            // ("water levels could rise by five metres in places by Wednesday": a day a thing
            // may come by lies ahead when a modal verb in its clause says so, whatever the rest
            // of the sentence tells.)
            let by_modal = f.first >= 2
                && matches!(f.expr, Expr::Weekday(_))
                && tokens[f.first - 1].text(text) == "by"
                && tokens[..f.first - 1]
                    .iter()
                    .rev()
                    .take(12)
                    .take_while(|t| !matches!(t.text(text), "," | ";" | "that" | "." | "\""))
                    .any(|t| {
                        matches!(
                            t.text(text),
                            "could" | "can" | "may" | "might" | "will" | "should" | "must"
                        )
                    });
            // ("He said Sunday would be a day of national mourning": a day that is the
            // subject of "will" or "would" right after a verb of saying lies ahead.)
            let subject_ahead = f.first >= 1
                && matches!(f.expr, Expr::Weekday(_))
                && tokens
                    .get(f.last)
                    .is_some_and(|t| matches!(t.text(text), "will" | "would"))
                && matches!(
                    tokens[f.first - 1].text(text),
                    "said" | "announced" | "declared" | "says" | "announces" | "declares"
                );
            let deadline = deadline
                || subject_ahead
                || set_for
                || until
                || until_at_least
                || soonest
                || put_off_to
                || ahead_of
                || by_modal;
            // A future marker or an intent before the date in its sentence: "will meet on Friday",
            // "agreed to hold elections in February", "by 2050".
            // …unless a verb in the past governs the date: "a tax increase announced in 2023".
            // (Not "planned for June 5", not "would be reviewed in 2023": a future word at or just
            // before the verb keeps it ahead.)
            // The verb may sit a word or two further back: "told reporters on Monday".
            let past_verb = f.first >= 2 && {
                let near = &tokens[f.first.saturating_sub(5)..f.first - 1];
                let from = f.first.saturating_sub(4);
                let verb = tokens[from..f.first - 1]
                    .iter()
                    .enumerate()
                    .rev()
                    .take_while(|(_, t)| t.kind == TokenKind::Word)
                    // (Capitalised, it is a name: "in the United States in June".)
                    .find(|(_, t)| {
                        let w = t.text(text);
                        w.starts_with(|c: char| c.is_ascii_lowercase()) && lexicon::is_past_verb(w)
                    });
                // ("is to be buried on Sunday": a participle after "be" is no past.)
                let after_be = |k: usize| from + k >= 1 && tokens[from + k - 1].text(text) == "be";
                verb.is_some_and(|(k, v)| !lexicon::is_future_marker(v.text(text)) && !after_be(k))
                    && !looks_ahead(text, near)
            };
            // "looked set to govern after the party won the most votes in Sunday's election": a
            // clause opened after the look ahead, with a verb in the past, holds the date.
            let past_clause = ahead_from < f.first
                && tokens[ahead_from..f.first]
                    .iter()
                    .enumerate()
                    .any(|(k, t)| {
                        matches!(t.text(text), "after" | "when" | "because" | "since")
                            && tokens[ahead_from + k + 1..f.first].iter().any(|v| {
                                v.kind == TokenKind::Word
                                    && v.text(text).starts_with(|c: char| c.is_ascii_lowercase())
                                    && lexicon::is_past_verb(v.text(text))
                                    && !lexicon::is_future_marker(v.text(text))
                            })
                    });
            // "Kast, a lawyer who promised to expel migrants, won the runoff on Sunday", "“We
            // will win,” she told supporters late on Sunday": the look ahead sits in an aside
            // that has closed, and the date's own clause has a verb in the past.
            let past_segment =
                ahead_from < f.first && past_in_own_segment(text, tokens, ahead_from - 1, f.first);
            // ("The firm told regulators in January", "said in March it would": a verb of
            // saying in the past a word or three before the date, which follows a preposition,
            // tells when it was said.)
            let said_then = f.first >= 2
                && matches!(tokens[f.first - 1].text(text), "in" | "on")
                && tokens[f.first.saturating_sub(4)..f.first - 1]
                    .iter()
                    .rev()
                    .take_while(|t| t.kind == TokenKind::Word)
                    .any(|t| {
                        let w = t.text(text);
                        // (Cheap first: such verbs have four letters or more and end in "d"
                        // or "e", "said", "wrote"; "the" and "and" do not.)
                        w.len() >= 4
                            && w.ends_with(['d', 'e'])
                            && lexicon::is_reporting_verb(w)
                            && lexicon::is_past_verb(w)
                    });
            // ("would go to the northeast, where the earthquake on 11 March and the wave that
            // followed killed 15,000": a relative clause opened after the look ahead, whose verb
            // after the date is in the past.)
            let past_relative = || {
                let Some(k) = tokens[ahead_from..f.first]
                    .iter()
                    .rposition(|t| matches!(t.text(text), "where" | "when" | "which" | "who"))
                else {
                    return false;
                };
                let opened = ahead_from + k;
                let rest = tokens[f.last..]
                    .iter()
                    .take(12)
                    .take_while(|t| !matches!(t.text(text), "," | ";" | "." | "—" | "–"));
                !looks_ahead(text, &tokens[opened..f.first])
                    && rest
                        .take_while(|t| !lexicon::is_future_marker(t.text(text)))
                        .any(|v| {
                            let w = v.text(text);
                            v.kind == TokenKind::Word
                                && w.starts_with(|c: char| c.is_ascii_lowercase())
                                && lexicon::is_past_verb(w)
                        })
            };
            let past_verb = past_verb
                || past_clause
                || past_segment
                || (ahead_from < f.first && past_relative());
            let scheduled = !past_verb && scheduled_in_present(text, tokens, f.first);
            // "On Friday morning, Powell was scheduled to speak": a date opening the sentence
            // takes the tense of the clause it leads, if no verb in the past comes first.
            let fronted = ahead_from != usize::MAX
                && ahead_from > f.last
                && f.first <= 2
                && tokens[..f.first].iter().all(|t| {
                    lexicon::is_temporal_preposition(t.text(text)) || t.text(text) == "the"
                })
                && tokens[f.last..(f.last + 3).min(tokens.len())]
                    .iter()
                    .any(|t| t.text(text) == ",")
                && !tokens[f.last..ahead_from - 1].iter().any(|t| {
                    let w = t.text(text);
                    t.kind == TokenKind::Word
                        && w.starts_with(|c: char| c.is_ascii_lowercase())
                        && lexicon::is_past_verb(w)
                });
            // ("A court on Saturday will decide": the verb right after the date.)
            let will_after = tokens
                .get(f.last)
                .is_some_and(|t| matches!(t.text(text), "will" | "shall"));
            // "the front-runner in October's presidential election": a yearless month's vote
            // or summit, in a sentence (or a relative clause) that tells nothing past, is the
            // one to come.
            let coming_event = || {
                let yearless_month = matches!(
                    f.expr,
                    Expr::Calendar {
                        start: DatePoint {
                            year: None,
                            month: Some(_),
                            day: None,
                        },
                        end: None,
                        ..
                    }
                );
                if !yearless_month {
                    return false;
                }
                let event_after = tokens[f.last..]
                    .iter()
                    .map(|t| t.text(text))
                    .skip_while(|w| matches!(*w, "'" | "’" | "s"))
                    .take(3)
                    .take_while(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
                    .any(|w| {
                        matches!(
                            w,
                            "election"
                                | "elections"
                                | "vote"
                                | "poll"
                                | "referendum"
                                | "runoff"
                                | "summit"
                        )
                    });
                if !event_after {
                    return false;
                }
                // Its clause, back to a relative pronoun or a comma and on to the next comma,
                // holds no verb in the past ("said the October elections were fair" does).
                let from = tokens[..f.first]
                    .iter()
                    .rposition(|t| matches!(t.text(text), "who" | "which" | "that" | "," | ";"))
                    .map_or(0, |k| k + 1);
                let to = tokens[f.last..]
                    .iter()
                    .position(|t| matches!(t.text(text), "," | ";"))
                    .map_or(tokens.len(), |k| f.last + k);
                !tokens[from..to].iter().any(|t| {
                    let w = t.text(text);
                    t.kind == TokenKind::Word
                        && (lexicon::is_past_verb(w) || matches!(w, "was" | "were" | "had" | "did"))
                })
            };
            // "declared Sunday a national day of mourning": a day named for what is to come.
            let day_named = matches!(f.expr, Expr::Weekday(_))
                && f.first > 0
                && matches!(
                    tokens[f.first - 1].text(text),
                    "declared" | "declares" | "proclaimed" | "proclaims" | "named" | "names"
                )
                && tokens.get(f.last).is_some_and(|t| t.text(text) == "a")
                && tokens[f.last + 1..]
                    .iter()
                    .take(3)
                    .any(|t| matches!(t.text(text), "day" | "holiday"));
            let future = (ahead_from <= f.first && !past_verb)
                || day_named
                || will_after
                || coming_event()
                || fronted
                || deadline
                || (scheduled
                    && matches!(
                        f.expr,
                        Expr::Weekday(_)
                            | Expr::Calendar {
                                start: DatePoint { year: None, .. },
                                end: None,
                                ..
                            }
                    ));
            // ("Trudeau, who took power in November 2015, …": background, not news.)
            let background = f.first > 0
                && relative_clause(text, tokens, f.first)
                    .is_some_and(|clause| matches!(clause[0].text(text), "who" | "which"));
            // "The Fed meets on Wednesday, and the Bank of England on Thursday": a clause
            // without its verb takes the tense of the one before it.
            let gapped = found.last().filter(|p: &&Located| {
                p.sentence == sentence_index && {
                    let after = p.tokens.last().map_or(0, |t| t.end);
                    let between: Vec<&Token> = tokens[..f.first]
                        .iter()
                        .filter(|t| t.start >= after)
                        .collect();
                    // ("will be announced on Tuesday, followed by chemistry on Wednesday".)
                    let followed = between.len() >= 3
                        && between[0].text(text) == ","
                        && between[1].text(text) == "followed"
                        && between[2].text(text) == "by"
                        && between[3..].iter().all(|t| t.kind == TokenKind::Word);
                    // ("carried out in June and July": a date joined to the one before it
                    // shares its tense.)
                    let joined = matches!(between.as_slice(), [and, rest @ ..]
                        if matches!(and.text(text), "and" | "or")
                            && rest.len() <= 1
                            && rest.iter().all(|t| matches!(t.text(text), "in" | "on")));
                    followed
                        || joined
                        || between.len() >= 3
                            && between[0].text(text) == ","
                            && matches!(between[1].text(text), "and" | "or" | "while")
                            && between[2..].iter().all(|t| {
                                let w = t.text(text);
                                t.kind == TokenKind::Word
                                    && (w.starts_with(char::is_uppercase)
                                        || matches!(w, "the" | "of" | "on" | "in" | "at"))
                            })
                }
            });
            let (future, past_gapped) = match gapped {
                Some(p) => (p.future, Some(p.past)),
                None => (future, None),
            };
            // "Since May the firm has grown": what a span runs since has begun.
            let since = f.first > 0
                && matches!(tokens[f.first - 1].text(text), "since" | "Since")
                && !future;
            found.push(Located {
                sentence: sentence_index,
                tokens: tokens[f.first..f.last].to_vec(),
                found: f,
                future,
                background,
                // ("postponed the vote to March 18": a target date may lie ahead.)
                past: since
                    // ("told regulators in January": a verb of saying right before the date
                    // tells when it was said.)
                    || past_gapped.unwrap_or(
                        (told_in_past || said_then)
                            && !future
                            && !scheduled
                            && !in_relative_clause_without_past(text, tokens, f.first)
                            && !(f.first > 0
                                && matches!(
                                    tokens[f.first - 1].text(text),
                                    "to" | "until" | "till" | "for"
                                )),
                    ),
            });
        }
    }
    let mut reference = infer_reference(text, &body, published, &found);
    if let Some(hint) = hint {
        apply_hint(&mut reference, hint);
    }
    let mut values: Vec<Option<(Edtf, Certainty)>> = found
        .iter()
        .map(|l| {
            // ("next Saturday", said on a Saturday, is a week ahead; "last Thursday", said
            // on a Thursday, a week back.)
            let word_before = l.tokens.first().and_then(|t| {
                text[..t.start]
                    .trim_end()
                    .rsplit(|c: char| !c.is_alphabetic())
                    .next()
            });
            let step = match word_before {
                Some(w) if w.eq_ignore_ascii_case("next") => Step::Next,
                Some(w) if w.eq_ignore_ascii_case("last") => Step::Last,
                _ => Step::Nearest,
            };
            resolve(&l.found.expr, &reference, l.future, l.past, step)
        })
        .collect();
    // "fell in January from a year earlier": counted back from the date before it in the
    // sentence, not from the article's date.
    for k in 0..found.len() {
        if let Some(value) = shifted_from_previous(text, &found, &values, k) {
            values[k] = Some(value);
        } else if is_year_beside_another(text, &found[k]) {
            values[k] = None;
        }
        if let Some(value) = year_part_from_previous(&found, &values, k) {
            values[k] = Some(value);
        }
        if let Some(value) = days_from_previous(text, &found, &values, k) {
            values[k] = Some(value);
        } else if is_day_beside_another(text, &found[k]) {
            values[k] = None;
        } else if matches!(found[k].found.expr, Expr::Offset { .. })
            && counts_from_before(text, &found[k])
            && reference.value.is_some_and(|v| v.start.year.is_none())
        {
            // ("Dec 15 (Reuters) - … on Friday … a day earlier": counted from a day whose
            // date is unknown, not from the yearless dateline's.)
            values[k] = Some(unknown_day());
        }
        if let Some(value) = range_end_after_start(text, &found, &values, k) {
            values[k] = Some(value);
        }
        if let Some(value) = weekday_after_weekday(text, &found, &values, k) {
            values[k] = Some(value);
        }
        if let Some(value) = in_year_named_before(text, all_tokens, &found, &values, k) {
            values[k] = Some(value);
        }
        if let Some(value) = in_year_of_that(text, all_tokens, &found, k) {
            values[k] = Some(value);
        }
        if let Some(value) = in_year_of_the_story(&found, &values, &reference, k) {
            values[k] = Some(value);
        }
        if let Some(value) = in_year_of_when(text, all_tokens, &found, &values, k) {
            values[k] = Some(value);
        }
    }
    // "set a day earlier, on Sunday": the date set off after a count of days says which day
    // it is, whatever the count is counted from.
    for k in 0..found.len().saturating_sub(1) {
        let (l, next) = (&found[k], &found[k + 1]);
        let (Some(last), Some(first)) = (l.tokens.last(), next.tokens.first()) else {
            continue;
        };
        if matches!(l.found.expr, Expr::Offset { .. })
            && next.sentence == l.sentence
            && matches!(text[last.end..first.start].trim(), ", on" | ",")
            && values[k + 1].is_some()
        {
            values[k] = values[k + 1];
        }
    }
    let dates = found
        .iter()
        .zip(values)
        .filter_map(|(l, value)| {
            let (value, certainty) = value?;
            let start = l.tokens.first()?.start;
            let end = l.tokens.last()?.end;
            Some(DateMention {
                start,
                end,
                value,
                certainty,
            })
        })
        .collect();
    DatedText { reference, dates }
}

/// The value of a whole number of months or years "earlier" or "later" (not "ago") counted
/// from the month or year written just before it in the same sentence: "in January from a year
/// earlier" is January of the year before.
fn shifted_from_previous(
    text: &str,
    found: &[Located],
    values: &[Option<(Edtf, Certainty)>],
    k: usize,
) -> Option<(Edtf, Certainty)> {
    let l = &found[k];
    let Expr::Period { unit, offset, .. } = l.found.expr else {
        return None;
    };
    if !matches!(unit, Unit::Month | Unit::Year) || !counts_from_before(text, l) {
        return None;
    }
    // ("In 1979 he was sacked. The following year …": the year may be a few sentences back;
    // it is a year, whatever the precision of the date it follows.)
    // ("In 2021 he made a documentary. A year later he …": opening its sentence, the count
    // goes on from the sentence before.)
    let beside = is_year_beside_another(text, l);
    let opens = opens_sentence(text, l);
    let window = if beside { 3 } else { usize::from(opens) };
    let j = (0..k)
        .rev()
        .take_while(|&j| found[j].sentence + window >= l.sentence)
        .find(|&j| matches!(found[j].found.expr, Expr::Calendar { .. }))?;
    let (previous, certainty) = values[j]?;
    let start = previous.start;
    let loose = beside || opens;
    if previous.end.is_some() || previous.year_span.is_some() || (start.day.is_some() && !loose) {
        return None;
    }
    // (A yearless story's "later that month": the month, whatever its year.)
    if start.year.is_none() && offset == 0 {
        let value = match unit {
            Unit::Month if start.month.is_some_and(|m| m <= 12) => {
                Edtf::point(DatePoint { day: None, ..start })
            }
            // ("that year": `XXXX`.)
            Unit::Year => {
                let (mut unknown, _) = unknown_day();
                unknown.unknown_precision = Some(UnknownPrecision::Year);
                unknown
            }
            _ => return None,
        };
        return Some(counted_from(&previous, certainty, value));
    }
    let (year, month) = (start.year?, start.month);
    let point = match (unit, month) {
        (Unit::Year, _) if beside || start.day.is_some() => DatePoint {
            year: Some(year + offset),
            month: None,
            day: None,
        },
        (Unit::Year, _) => DatePoint {
            year: Some(year + offset),
            ..start
        },
        (Unit::Month, Some(m)) if m <= 12 => {
            let index = year * 12 + i32::from(m) - 1 + offset;
            DatePoint {
                year: Some(index.div_euclid(12)),
                month: u8::try_from(index.rem_euclid(12) + 1).ok(),
                day: None,
            }
        }
        _ => return None,
    };
    let value = Edtf::point(point);
    Some(counted_from(&previous, certainty, value))
}

/// The value of a part of the year after or before one written before it: "In 2008 the banks
/// collapsed; the government fell early the following year" is `2009-01~/2009-04~`. The date
/// may be a few sentences back; with none, the expression has no value.
fn year_part_from_previous(
    found: &[Located],
    values: &[Option<(Edtf, Certainty)>],
    k: usize,
) -> Option<(Edtf, Certainty)> {
    let l = &found[k];
    let Expr::YearPart {
        offset,
        part,
        beside: true,
    } = l.found.expr
    else {
        return None;
    };
    let j = (0..k)
        .rev()
        .take_while(|&j| found[j].sentence + 3 >= l.sentence)
        .find(|&j| matches!(found[j].found.expr, Expr::Calendar { .. }))?;
    let (previous, certainty) = values[j]?;
    let year = previous.start.year?;
    Some(counted_from(
        &previous,
        certainty,
        year_part(Some(year + offset), part),
    ))
}

/// A third of a year, or its end, as approximate months: "early 2024" and "early next year"
/// are `2024-01~/2024-04~`, "the end of 2022" is `2022-12~`; without a year, `XXXX-01~/XXXX-04~`.
fn year_part(year: Option<i32>, part: Part) -> Edtf {
    let (first, last) = match part {
        Part::Early => (1, 4),
        Part::Mid => (5, 8),
        Part::Late => (9, 12),
        Part::End => (12, 12),
    };
    let month = |m| DatePoint {
        year,
        month: Some(m),
        day: None,
    };
    if first == last {
        Edtf::point(month(first)).approximate()
    } else {
        Edtf::interval(month(first), month(last)).approximate()
    }
}

/// The value of a yearless month or day that ends a range opened by a dated start: "postpone
/// the election from February 25, 2024 to December" is December 2024, the first December on
/// or after the start, not the one nearest the article's date.
fn range_end_after_start(
    text: &str,
    found: &[Located],
    values: &[Option<(Edtf, Certainty)>],
    k: usize,
) -> Option<(Edtf, Certainty)> {
    let (l, previous) = (&found[k], found.get(k.checked_sub(1)?)?);
    let Expr::Calendar {
        start, end: None, ..
    } = l.found.expr
    else {
        return None;
    };
    let month = start.month.filter(|&m| (1..=12).contains(&m))?;
    if start.year.is_some() || previous.sentence != l.sentence {
        return None;
    }
    let (first, last) = (previous.tokens.first()?, previous.tokens.last()?);
    let opened = text[..first.start].trim_end().ends_with(" from");
    if !opened
        || !matches!(
            text[last.end..l.tokens.first()?.start].trim(),
            "to" | "until"
        )
    {
        return None;
    }
    let (from, certainty) = values[k - 1]?;
    let (year, from_month) = (from.start.year?, from.start.month.filter(|&m| m <= 12)?);
    let later = (month, start.day.unwrap_or(31)) >= (from_month, from.start.day.unwrap_or(1));
    let point = DatePoint {
        year: Some(if later { year } else { year + 1 }),
        ..start
    };
    let mut value = values[k].map_or(Edtf::point(point), |(v, _)| Edtf { start: point, ..v });
    value.uncertain = false;
    Some(counted_from(&from, certainty, value))
}

/// The value of a weekday that ends a range opened by another: "from Monday to Saturday" is
/// the first Saturday after that Monday, whichever way each was counted from the article's
/// date.
fn weekday_after_weekday(
    text: &str,
    found: &[Located],
    values: &[Option<(Edtf, Certainty)>],
    k: usize,
) -> Option<(Edtf, Certainty)> {
    let (l, previous) = (&found[k], found.get(k.checked_sub(1)?)?);
    let (Expr::Weekday(wanted), Expr::Weekday(_)) = (l.found.expr, previous.found.expr) else {
        return None;
    };
    let (last, first) = (previous.tokens.last()?, l.tokens.first()?);
    if !matches!(
        text[last.end..first.start].trim(),
        "to" | "until" | "through" | "-" | "–"
    ) {
        return None;
    }
    let (from, certainty) = values[k - 1]?;
    let start = from.start;
    let (year, month, day) = (start.year?, start.month?, start.day?);
    let days = days_from_civil(year, month, day);
    let ahead = (i64::from(wanted) - i64::from(weekday(year, month, day))).rem_euclid(7);
    let value = Edtf::point(day_point(days + ahead));
    Some(counted_from(&from, certainty, value))
}

/// The value of a yearless month or day in a sentence about one year's edition of something:
/// "The 2025 race is set for June 7" is June 7, 2025 (the year written as the modifier of a
/// noun after "the", the sentence's only year).
fn in_year_named_before(
    text: &str,
    tokens: &[Token],
    found: &[Located],
    values: &[Option<(Edtf, Certainty)>],
    k: usize,
) -> Option<(Edtf, Certainty)> {
    let l = &found[k];
    let Expr::Calendar {
        start, end: None, ..
    } = l.found.expr
    else {
        return None;
    };
    start.month.filter(|&m| (1..=12).contains(&m))?;
    if start.year.is_some() {
        return None;
    }
    let mut years = found.iter().filter(|o| {
        o.sentence == l.sentence
            && matches!(
                o.found.expr,
                Expr::Calendar {
                    start: DatePoint {
                        year: Some(_),
                        month: None,
                        ..
                    },
                    end: None,
                    ..
                }
            )
    });
    let (named, None) = (years.next()?, years.next()) else {
        return None;
    };
    let (first, last) = (named.tokens.first()?, named.tokens.last()?);
    if first.start > l.tokens.first()?.start {
        return None;
    }
    // (The tokens are in text order: the ones around the year by binary search.)
    let at = tokens.partition_point(|t| t.start < first.start);
    let after = tokens.partition_point(|t| t.start < last.end);
    let the = at > 0 && tokens[at - 1].text(text).eq_ignore_ascii_case("the");
    let noun = tokens
        .get(after)
        .is_some_and(|t| t.text(text).starts_with(|c: char| c.is_ascii_lowercase()));
    let Expr::Calendar {
        start: DatePoint { year, .. },
        ..
    } = named.found.expr
    else {
        return None;
    };
    if !(the && noun) {
        return None;
    }
    let value = values[k].map_or(Edtf::point(DatePoint { year, ..start }), |(v, _)| Edtf {
        start: DatePoint { year, ..start },
        uncertain: false,
        ..v
    });
    Some((value, Certainty::Inferred))
}

/// The value of a yearless month after "that" ("granted candidate status that June"): that
/// month in the year of the last date before it with a year, in the same sentence or the one
/// before.
fn in_year_of_that(
    text: &str,
    tokens: &[Token],
    found: &[Located],
    k: usize,
) -> Option<(Edtf, Certainty)> {
    let l = &found[k];
    let Expr::Calendar {
        start:
            start @ DatePoint {
                year: None,
                month: Some(1..=12),
                day: None,
            },
        end: None,
        ..
    } = l.found.expr
    else {
        return None;
    };
    let first = l.tokens.first()?;
    let at = tokens.partition_point(|t| t.start < first.start);
    if at == 0 || !tokens[at - 1].text(text).eq_ignore_ascii_case("that") {
        return None;
    }
    let year = (0..k).rev().find_map(|j| {
        let o = &found[j];
        if o.sentence + 1 < l.sentence {
            return Some(None);
        }
        match o.found.expr {
            Expr::Calendar {
                start: DatePoint {
                    year: Some(year), ..
                },
                ..
            } => Some(Some(year)),
            _ => None,
        }
    })??;
    let value = Edtf::point(DatePoint {
        year: Some(year),
        ..start
    });
    Some((value, Certainty::Inferred))
}

/// The value of a yearless day told in the past right after a day years before the article's:
/// "the bomb fell on August 6, 1945 … three days later … Japan surrendered on Aug. 15" is
/// August 15, 1945, not of the article's year (the day written last before it, in its sentence
/// or the one before, with a year two or more before the reference's, and not after the day).
fn in_year_of_the_story(
    found: &[Located],
    values: &[Option<(Edtf, Certainty)>],
    reference: &Reference,
    k: usize,
) -> Option<(Edtf, Certainty)> {
    let l = &found[k];
    let Expr::Calendar {
        start:
            start @ DatePoint {
                year: None,
                month: Some(month @ 1..=12),
                day: Some(day),
            },
        end: None,
        ..
    } = l.found.expr
    else {
        return None;
    };
    let now = reference.value?.start.year?;
    let j = k.checked_sub(1)?;
    if !l.past || found[j].sentence + 1 < l.sentence {
        return None;
    }
    let (before, _) = values[j]?;
    let point = before.end.unwrap_or(before.start);
    let (year, before_month, before_day) = (point.year?, point.month?, point.day?);
    if before.uncertain || now - year < 2 || (month, day) < (before_month, before_day) {
        return None;
    }
    let value = Edtf::point(DatePoint {
        year: Some(year),
        ..start
    });
    Some((value, Certainty::Inferred))
}

/// The value of a yearless month or day in a clause that a year opens with ", when": "ruled
/// until 2001, when they were ousted after the Sept. 11 attacks" is September 11, 2001 (the
/// year, or a span's last year, written right before the comma, in the same sentence).
fn in_year_of_when(
    text: &str,
    tokens: &[Token],
    found: &[Located],
    values: &[Option<(Edtf, Certainty)>],
    k: usize,
) -> Option<(Edtf, Certainty)> {
    let l = &found[k];
    let Expr::Calendar {
        start:
            start @ DatePoint {
                year: None,
                month: Some(1..=12),
                ..
            },
        end: None,
        ..
    } = l.found.expr
    else {
        return None;
    };
    let before = &found[k.checked_sub(1)?];
    if before.sentence != l.sentence {
        return None;
    }
    let (value, _) = values[k - 1]?;
    let point = value.end.unwrap_or(value.start);
    if point.month.is_some() || value.year_span.is_some() {
        return None;
    }
    let year = point.year?;
    let end = before.tokens.last()?.end;
    let at = tokens.partition_point(|t| t.start < end);
    let when = tokens.get(at).is_some_and(|t| t.text(text) == ",")
        && tokens.get(at + 1).is_some_and(|t| t.text(text) == "when");
    if !when {
        return None;
    }
    let value = Edtf::point(DatePoint {
        year: Some(year),
        ..start
    });
    Some((value, Certainty::Inferred))
}

/// Whether the expression ends with a word that counts from a date written before it
/// ("a year earlier", "two days later"), not from the article's ("ago"), or is "the next day".
fn counts_from_before(text: &str, l: &Located) -> bool {
    l.tokens.last().is_some_and(|t| {
        let last = t.text(text);
        ["earlier", "later", "before", "after", "prior", "previously"]
            .iter()
            .any(|w| last.eq_ignore_ascii_case(w))
    }) || is_day_beside_another(text, l)
        || is_year_beside_another(text, l)
}

/// Whether the expression opens its sentence: nothing but space since the last full stop,
/// question or exclamation mark, closing quotation mark or line break.
fn opens_sentence(text: &str, l: &Located) -> bool {
    l.tokens.first().is_some_and(|t| {
        // (Spaces only: a line break before it is the end of a line, as a stop is.)
        text[..t.start]
            .trim_end_matches([' ', '\t'])
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '\n'))
    })
}

/// Whether the expression is "(the) next day" or one like it: a day beside one written before
/// it, with no meaning of its own.
fn is_day_beside_another(text: &str, l: &Located) -> bool {
    matches!(l.tokens.as_slice(), [which, day]
        if (matches!(which.text(text), "next" | "following" | "previous")
            && super::recognize::is_part_of_day(day.text(text)))
            // ("that night": the day written before.)
            || (which.text(text) == "that" && super::recognize::is_part_of_day(day.text(text))))
}

/// Whether the expression is "(the) following year" or "(the) previous month": a year or month
/// beside one written before it, with no meaning of its own.
fn is_year_beside_another(text: &str, l: &Located) -> bool {
    let unit = |t: &Token| matches!(t.text(text), "year" | "month");
    match l.tokens.as_slice() {
        [which, u] => matches!(which.text(text), "following" | "previous" | "that") && unit(u),
        // ("later that month", "earlier that year": the same month or year.)
        [when, that, u] => {
            matches!(when.text(text), "later" | "earlier") && that.text(text) == "that" && unit(u)
        }
        _ => false,
    }
}

/// A value counted from an earlier date: as uncertain as it, and inferred unless unknown.
fn counted_from(previous: &Edtf, certainty: Certainty, value: Edtf) -> (Edtf, Certainty) {
    let value = if previous.uncertain {
        value.uncertain()
    } else {
        value
    };
    let certainty = if certainty == Certainty::Unknown {
        Certainty::Unknown
    } else {
        Certainty::Inferred
    };
    (value, certainty)
}

/// The value of a number of days or weeks "earlier" or "later" (not "ago") counted from the
/// day written last before it, in its sentence or the six before: "declared an emergency on
/// Wednesday … a continental emergency a day earlier" is the Tuesday.
fn days_from_previous(
    text: &str,
    found: &[Located],
    values: &[Option<(Edtf, Certainty)>],
    k: usize,
) -> Option<(Edtf, Certainty)> {
    let l = &found[k];
    let Expr::Offset { days, approximate } = l.found.expr else {
        return None;
    };
    if !counts_from_before(text, l) {
        return None;
    }
    // ("switched on in September 2008 … a leak nine days later": a few days after a month
    // written just before, in the same sentence, are filed under that month.)
    if let Some(j) = k
        .checked_sub(1)
        .filter(|&j| found[j].sentence == l.sentence)
        && let Some((previous, certainty)) = values[j]
        && (1..28).contains(&days)
        && !previous.approximate
        && previous.end.is_none()
        && previous.start.day.is_none()
        && previous.start.month.is_some()
        && previous.start.year.is_some()
    {
        return Some(counted_from(
            &previous,
            certainty,
            Edtf::point(previous.start),
        ));
    }
    // (Told of the past, it counts from no day that lies ahead: "… the second ballot on
    // Tuesday. She told the Cabinet she had decided the night before".)
    let ahead = std::cell::OnceCell::new();
    let j = (0..k)
        .rev()
        .take_while(|&j| found[j].sentence + 6 >= l.sentence)
        .filter(|&j| {
            !found[j].future
                || l.future
                || *ahead.get_or_init(|| {
                    l.tokens
                        .first()
                        .is_some_and(|t| speaks_ahead(text, t.start))
                })
        })
        .find(|&j| values[j].is_some_and(|(v, _)| v.end.is_none() && v.start.day.is_some()))?;
    let (previous, certainty) = values[j]?;
    let (month, day) = (previous.start.month?, previous.start.day?);
    let value = match previous.start.year {
        Some(year) => Edtf::point(day_point(days_from_civil(year, month, day) + days)),
        // (A day of a yearless story: "June 5 … asked his staff that night", or one a few days
        // away in the same month, whatever its year; not past a day whose date is unknown:
        // "Dec 15 … said on Friday … a day earlier".)
        None => {
            if (j + 1..k).any(|i| values[i].is_some()) {
                return None;
            }
            yearless_day(month, i64::from(day) + days)?
        }
    };
    let value = if approximate {
        value.approximate()
    } else {
        value
    };
    Some(counted_from(&previous, certainty, value))
}

/// Whether the sentence up to byte `at` has a word for what is to come, even told from the
/// past ("said a parade would take place the next day").
fn speaks_ahead(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let opening = before.rfind(['.', '\n']).map_or(0, |i| i + 1);
    before[opening..].split_whitespace().any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "will" | "would" | "shall" | "expected" | "due"
        )
    })
}

/// Whether the token at `at` lies in a relative clause ("…, who takes office in October,") that
/// has no verb in the past of its own: the sentence's tense does not reach into it.
fn in_relative_clause_without_past(text: &str, tokens: &[Token], at: usize) -> bool {
    relative_clause(text, tokens, at).is_some_and(|clause| {
        !clause.iter().any(|t| {
            let w = t.text(text);
            t.kind == TokenKind::Word && lexicon::is_past_verb(w)
        })
    })
}

/// The relative clause between commas or dashes that the token at `at` lies in ("…, who took
/// power in November 2015, …"), if it is in one.
fn relative_clause<'t>(text: &str, tokens: &'t [Token], at: usize) -> Option<&'t [Token]> {
    let is_boundary = |t: &Token| matches!(t.text(text), "," | ";" | "(" | ")" | "—" | "–");
    let start = tokens[..at]
        .iter()
        .rposition(is_boundary)
        .map_or(0, |i| i + 1);
    let end = tokens[at..]
        .iter()
        .position(is_boundary)
        .map_or(tokens.len(), |i| at + i);
    let clause = &tokens[start..end];
    clause
        .first()
        .is_some_and(|t| matches!(t.text(text), "who" | "which" | "that" | "where"))
        .then_some(clause)
}

/// Whether a verb in the present tense that sets things on dates governs the date at `at`: in
/// its clause, a few words before it, with no verb in the past between ("the race has its rest
/// day on Monday", "finishes in Nice on July 21, the first time since 1905 that it has not
/// ended in Paris"; not "has said on Monday", "has been closed since Monday").
fn scheduled_in_present(text: &str, tokens: &[Token], at: usize) -> bool {
    // ("They face West Ham in the Europa League quarterfinals on Thursday": the verb may sit
    // ten words back.)
    let from = at.saturating_sub(10);
    let Some(verb) = tokens[from..at]
        .iter()
        .rposition(|t| {
            // (Capitalised, it is a name: "won the U.S. Open on Sunday".)
            let w = t.text(text);
            t.kind == TokenKind::Word
                && w.starts_with(|c: char| c.is_ascii_lowercase())
                && lexicon::is_scheduling_present(w)
        })
        .map(|i| from + i)
    else {
        return false;
    };
    // ("had been due to begin on Sunday", "was to open on Monday": an infinitive after a verb
    // in the past.)
    // ("forced Europe's busiest airport to close for most of Friday": a verb in the past that
    // the infinitive completes.)
    let infinitive_in_past = verb >= 2
        && tokens[verb - 1].text(text) == "to"
        && tokens[verb.saturating_sub(8)..verb - 1].iter().any(|t| {
            let w = t.text(text);
            matches!(w, "had" | "was" | "were")
                || (w.starts_with(|c: char| c.is_ascii_lowercase()) && lexicon::is_past_verb(w))
        });
    // ("with a fifth-place finish on Saturday", "the start on Monday": a noun after a
    // determiner or a hyphenated modifier, not a verb.)
    let noun = verb >= 1
        && (matches!(
            tokens[verb - 1].text(text),
            "a" | "an"
                | "the"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "this"
                | "that"
                | "both"
                | "these"
                | "those"
        ) || (verb >= 2 && tokens[verb - 2].text(text) == "-")
            // ("won both governor's races on Tuesday": a noun after a possessive.)
            || (verb >= 2
                && tokens[verb - 1].text(text) == "s"
                && matches!(tokens[verb - 2].text(text), "'" | "’")));
    if infinitive_in_past || noun {
        return false;
    }
    tokens[verb + 1..at].iter().all(|t| {
        let w = t.text(text);
        !matches!(
            w,
            "," | ";" | "—" | "–" | "(" | ")" | "since" | "after" | "been"
        ) && !(t.kind == TokenKind::Word && lexicon::is_past_verb(w))
            && !lexicon::is_irregular_participle(w)
    })
}

/// Whether the date at `at` sits in a segment of the sentence (after a comma, a dash, a
/// bracket or a quotation mark) that opens after the look ahead at `marker` and has a verb in
/// the past before the date, not after an auxiliary ("will, officials said, be announced on
/// Monday" stays ahead).
fn past_in_own_segment(text: &str, tokens: &[Token], marker: usize, at: usize) -> bool {
    let is_boundary = |t: &Token| {
        matches!(
            t.text(text),
            "," | ";" | "(" | ")" | "—" | "–" | "\"" | "“" | "”"
        )
    };
    let Some(start) = tokens[..at].iter().rposition(is_boundary) else {
        return false;
    };
    // ("…, and Roth said the plants would close in 2027": a look ahead of its own.)
    if start <= marker || looks_ahead(text, &tokens[start + 1..at]) {
        return false;
    }
    (start + 1..at).any(|k| {
        let t = &tokens[k];
        let w = t.text(text);
        t.kind == TokenKind::Word
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && lexicon::is_past_verb(w)
            && !lexicon::is_future_marker(w)
            && !(k > 0 && !t.space_before && tokens[k - 1].text(text) == "-")
            // (", followed by chemistry on Wednesday": a participle, not a verb of its own.)
            && tokens.get(k + 1).is_none_or(|n| n.text(text) != "by")
            && !(k > start + 1
                && matches!(
                    tokens[k - 1].text(text),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "be"
                        | "been"
                        | "being"
                        | "has"
                        | "have"
                        | "to"
                        | "will"
                        | "would"
                        | "could"
                        | "should"
                        | "may"
                        | "might"
                        | "can"
                        | "must"
                ))
    })
}

/// Whether a word opens an intent that a later "to" completes: not "set" in "set fire to"
/// ("set to rise" is one).
fn opens_intent(word: &str, next: Option<&str>) -> bool {
    (lexicon::is_intent(word) && (word != "set" || next == Some("to")))
        // ("opening the way for Hurd and Major to challenge him on Tuesday": a way opened is
        // for what comes next.)
        || (word == "way" && next == Some("for"))
}

/// Whether a sentence speaks of what is to come: a future marker ("will", "next"), or an intent
/// followed later by "to" ("agreed to participate", "agreed with them to hold", "ready to").
fn looks_ahead(text: &str, tokens: &[Token]) -> bool {
    let words = word_texts(text, tokens);
    words.iter().enumerate().any(|(i, w)| {
        marks_future(w, words.get(i + 1).copied())
            || (opens_intent(w, words.get(i + 1).copied()) && words[i + 1..].contains(&"to"))
    })
}

/// The words among `tokens`, as text (no punctuation or numbers).
fn word_texts<'t>(text: &'t str, tokens: &[Token]) -> Vec<&'t str> {
    tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.text(text))
        .collect()
}

/// Whether a word, followed by `next`, marks what is to come: a future marker, but not "next"
/// in "next to the plant" (a place), nor "plans" as a noun ("its housing plans"; "plans to
/// build" is the verb).
fn marks_future(word: &str, next: Option<&str>) -> bool {
    lexicon::is_future_marker(word)
        && match word {
            "next" => next != Some("to"),
            "plans" => next == Some("to"),
            _ => true,
        }
}

/// Whether the words after a plan tell that it fell through: "…, was postponed", "were
/// called off".
fn plan_fell_through(text: &str, later: &[Token]) -> bool {
    word_texts(text, later).windows(2).any(|pair| {
        matches!(pair[0], "was" | "were")
            && matches!(
                pair[1],
                "postponed"
                    | "cancelled"
                    | "canceled"
                    | "delayed"
                    | "scrapped"
                    | "suspended"
                    | "abandoned"
                    | "called"
            )
    })
}

/// The first token index from which the sentence looks ahead (see [`looks_ahead`]), or
/// `usize::MAX`: one pass instead of one scan per date.
fn looks_ahead_from(text: &str, tokens: &[Token]) -> usize {
    let mut intent = false;
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            continue;
        }
        let w = t.text(text);
        // ("The ceremony had been due to begin on Sunday", "The game, due on Sunday, was
        // postponed": a plan that fell through. "Observers were due to report on Tuesday"
        // still lies ahead of the story.)
        let fell_through = || plan_fell_through(text, &tokens[i + 1..]);
        // ("Its first attempt, planned for April 11, was called off": the same for a plan.)
        let was_due = || {
            (w == "due" && i > 0 && tokens[i - 1].text(text) == "been")
                // ("the runoff that had been scheduled for May 18": a plan of the past.)
                || (matches!(w, "planned" | "scheduled" | "slated")
                    && i > 1
                    && tokens[i - 1].text(text) == "been"
                    && tokens[i - 2].text(text) == "had")
                || (matches!(w, "due" | "planned" | "scheduled") && fell_through())
        };
        // ("maintenance had been carried out as scheduled", "rose more than expected": a
        // comparison with a plan, no plan.)
        let compared = || i > 0 && matches!(tokens[i - 1].text(text), "as" | "than");
        let next = tokens.get(i + 1).map(|n| n.text(text));
        // ("should have acted in March", "would have turned 80 in May": what did not happen
        // lies behind; not "would have to use less water starting in January".)
        let unreal = || {
            matches!(w, "should" | "would" | "might")
                && next == Some("have")
                && tokens.get(i + 2).is_none_or(|n| n.text(text) != "to")
        };
        // ("He is to be buried on Sunday", "They are to meet on Monday": what is arranged;
        // "Clinton was to speak about the raid Tuesday": what was, when the story was told.)
        let arranged = || {
            matches!(w, "is" | "are" | "was" | "were")
                && next == Some("to")
                && tokens.get(i + 2).is_some_and(|n| {
                    matches!(
                        n.text(text),
                        "be" | "meet"
                            | "hold"
                            | "take"
                            | "visit"
                            | "travel"
                            | "attend"
                            | "begin"
                            | "speak"
                            | "testify"
                            | "appear"
                            | "address"
                            | "sign"
                            | "return"
                            | "arrive"
                            | "announce"
                            | "deliver"
                            | "end"
                            | "expire"
                            | "open"
                            | "close"
                            | "start"
                            // ("the emergency, which was to have ended on 26 July": an end
                            // that lay ahead when the story was told.)
                            | "have"
                    )
                })
        };
        // ("I have decided to declare that I have ceased to be president on this day": what
        // is said to be so keeps its own tense; the intent is only to say it.)
        let to_say_that = || {
            next.is_some_and(|n| {
                matches!(
                    n,
                    "declare"
                        | "announce"
                        | "say"
                        | "confirm"
                        | "state"
                        | "report"
                        | "admit"
                        | "reveal"
                        | "disclose"
                )
            }) && tokens.get(i + 2).is_some_and(|n| n.text(text) == "that")
        };
        // ("in a paper to be published on Thursday", "the summit, to be held in May,": what
        // a thing is for lies ahead; not "the first woman to be elected in 1990".)
        let to_be_done = || {
            w == "to"
                && next == Some("be")
                && tokens.get(i + 2).is_some_and(|n| {
                    n.kind == TokenKind::Word && lexicon::is_past_verb(n.text(text))
                })
                && i >= 2
                && (tokens[i - 1].text(text) == ","
                    || (tokens[i - 1].kind == TokenKind::Word
                        && matches!(tokens[i - 2].text(text), "a" | "an")))
        };
        // ("tickets had been sold out for July": what is sold or booked is still to come.)
        let booked_for = || {
            w == "for"
                && i >= 2
                && tokens[i - 1].text(text) == "out"
                && matches!(tokens[i - 2].text(text), "sold" | "booked")
        };
        if intent && w == "to" && to_say_that() {
            intent = false;
            continue;
        }
        if (marks_future(w, next) && !was_due() && !compared() && !unreal())
            || (intent && w == "to")
            || arranged()
            || to_be_done()
            || booked_for()
        {
            return i + 1;
        }
        intent |= opens_intent(w, next);
    }
    usize::MAX
}

struct Located {
    /// Index of the sentence it is in.
    sentence: usize,
    tokens: Vec<Token>,
    found: Found,
    future: bool,
    /// It lies in a relative clause about someone or something ("who took power in November
    /// 2015"): background, which says nothing of when the article was written.
    background: bool,
    /// The sentence tells what happened: a yearless date cannot lie ahead.
    past: bool,
}

/// Days since the epoch of a calendar expression's first day, if it has a year and a month.
fn explicit_day(expr: &Expr) -> Option<i64> {
    match expr {
        Expr::Calendar {
            start:
                DatePoint {
                    year: Some(y),
                    month,
                    day,
                },
            ..
        } => {
            let month = month.filter(|m| *m <= 12).unwrap_or(1);
            Some(days_from_civil(*y, month, day.unwrap_or(1)))
        }
        _ => None,
    }
}

/// Whether a calendar expression names a month ("May 2015", "25 May 2015"), not just a year.
fn has_month(expr: &Expr) -> bool {
    matches!(
        expr,
        Expr::Calendar {
            start: DatePoint { month: Some(_), .. },
            ..
        }
    )
}

fn infer_reference(
    text: &str,
    body: &Range<usize>,
    published: Option<&str>,
    found: &[Located],
) -> Reference {
    if let Some(value) = published.and_then(parse_iso) {
        return Reference {
            value: Some(value),
            certainty: Certainty::Stated,
            evidence: "front matter `published`".to_string(),
            weekday: None,
        };
    }
    // A publication line anywhere ("Published 19 July 2024", "Updated 3 March 2021 09:42 GMT"):
    // the earliest, since updates come later than the text they update.
    let publication = found
        .iter()
        .filter(|l| {
            matches!(
                l.found.expr,
                Expr::Calendar {
                    start: DatePoint {
                        year: Some(_),
                        day: Some(_),
                        ..
                    },
                    ..
                }
            )
        })
        .filter(|l| is_publication_line(text, &body, l))
        .min_by_key(|l| explicit_day(&l.found.expr));
    if let Some(line) = publication {
        let Expr::Calendar { start, .. } = line.found.expr else {
            unreachable!()
        };
        let line_start = text[..line.tokens[0].start]
            .rfind('\n')
            .map_or(body.start, |i| i + 1);
        let line_end = text[line_start..]
            .find('\n')
            .map_or(body.end, |i| line_start + i);
        let evidence = format!("publication line “{}”", text[line_start..line_end].trim());
        // A yearless dateline a few days before the page's date ("Jan. 29, 1986" over
        // "CAPE CANAVERAL, Fla., Jan. 28 —"): the story was filed that day, and its "today"
        // is the dateline's.
        if let Some((filed, dateline)) = dateline_before(text, body, found, start) {
            return Reference {
                value: Some(Edtf::point(filed)),
                certainty: Certainty::Stated,
                evidence: format!("dateline “{dateline}” in the year of the {evidence}"),
                weekday: None,
            };
        }
        return Reference {
            value: Some(Edtf::point(start)),
            certainty: Certainty::Stated,
            evidence,
            weekday: None,
        };
    }
    // A dateline: a date in the first lines, after an all-caps place name or alone on its line.
    let head_end = (body.start + 400).min(body.end);
    let day_precise = |l: &&Located| {
        l.tokens[0].start < head_end
            && matches!(
                l.found.expr,
                Expr::Calendar {
                    start: DatePoint { day: Some(_), .. },
                    ..
                }
            )
    };
    let dateline = found.iter().filter(day_precise).find(|l| {
        let first = &l.tokens[0];
        first.line_break_before || preceded_by_caps_place(text, body.start, first.start)
    });
    // Otherwise the first date of the lead, in the past tense, usually the day of the news.
    let lead = found.iter().filter(day_precise).find(|l| !l.future);
    let (candidate, source) = match (dateline, lead) {
        (Some(line), _) => (Some(line), "dateline"),
        (None, Some(lead)) => (Some(lead), "first date of the lead"),
        (None, None) => (None, ""),
    };
    // Explicit dates (with a year and a month) in past or neutral context.
    let past: Vec<i64> = found
        .iter()
        .filter(|l| !l.future)
        .filter_map(|l| explicit_day(&l.found.expr))
        .collect();
    if let Some(line) = candidate {
        let Expr::Calendar { start, .. } = line.found.expr else {
            unreachable!()
        };
        let span = &text[line.tokens[0].start..line.tokens.last().map_or(0, |t| t.end)];
        let evidence = format!("{source} “{span}”");
        if start.year.is_some() {
            let certainty = if dateline.is_some() {
                Certainty::Stated
            } else {
                Certainty::Inferred
            };
            return Reference {
                value: Some(Edtf::point(start)),
                certainty,
                evidence,
                weekday: None,
            };
        }
        let (month, day) = (start.month.unwrap_or(1), start.day.unwrap_or(1));
        // The earliest year that puts the dateline after every past date in the text with a
        // month (and, if possible, before the future ones). A bare year in the past ("lost the
        // final in 2022") says only that the article is later, not by how much.
        let recent: Vec<i64> = found
            .iter()
            .filter(|l| !l.future && !l.background && has_month(&l.found.expr))
            .filter_map(|l| explicit_day(&l.found.expr))
            .collect();
        let year = recent.iter().max().map(|&latest| {
            let (mut year, _, _) = civil_from_days(latest);
            while days_from_civil(year, month, day.min(days_in_month(year, month))) < latest {
                year += 1;
            }
            year
        });
        // (A year ahead, even a bare one, "to start production in 2024", gives the year
        // before it, marked uncertain.)
        // (Not a year that only names a noun's time: "would not return to the armistice lines
        // of 1949".)
        let soon: Vec<i64> = found
            .iter()
            .filter(|l| l.future)
            .filter(|l| has_month(&l.found.expr) || !text[..l.tokens[0].start].ends_with(" of "))
            .filter_map(|l| explicit_day(&l.found.expr))
            .collect();
        let year_ahead = soon.iter().min().map(|&soonest| {
            let (mut year, _, _) = civil_from_days(soonest);
            while days_from_civil(year, month, day.min(days_in_month(year, month))) > soonest {
                year -= 1;
            }
            year
        });
        // ("took power in December 2022 … will serve until July 28, 2026": a dated plan ahead
        // lies closer to the story than a past date, which may be years back. A year alone
        // ahead does not: "said in May 2021 that the goal would be reviewed in 2023".)
        let planned = found.iter().any(|l| {
            l.future
                && has_month(&l.found.expr)
                && explicit_day(&l.found.expr) == soon.iter().min().copied()
        });
        let year = match (year, year_ahead) {
            (Some(behind), Some(ahead)) if planned && ahead > behind => Some(ahead),
            (behind, ahead) => behind.or(ahead),
        };
        // ("… at Malmo in July, 1945. … finished fourth in 1952": a bare year in the past
        // later than the year the dated past gives says the story is later still, by how much
        // nothing tells: the year stays unknown.)
        let latest_bare_year = found
            .iter()
            .filter(|l| !l.future)
            .filter_map(|l| match l.found.expr {
                Expr::Calendar {
                    start:
                        DatePoint {
                            year: Some(year),
                            month: None,
                            ..
                        },
                    ..
                } => Some(year),
                _ => None,
            })
            .max();
        let overtaken = year.zip(latest_bare_year).filter(|&(y, bare)| bare > y);
        let year = year.filter(|_| overtaken.is_none());
        return match year {
            Some(year) => Reference {
                value: Some(
                    Edtf::point(DatePoint {
                        year: Some(year),
                        ..start
                    })
                    .uncertain(),
                ),
                certainty: Certainty::Inferred,
                evidence: format!("{evidence}; year from the other dates the article mentions"),
                weekday: None,
            },
            None => Reference {
                value: Some(Edtf::point(start)),
                certainty: Certainty::Unknown,
                evidence: format!(
                    "{evidence}; {}",
                    match overtaken {
                        Some((_, bare)) => format!(
                            "the year {bare}, later than the dated months, leaves it unknown"
                        ),
                        None => "no dated month in the article to take the year from".to_string(),
                    }
                ),
                // (The weekday opens the date or comes right before it: "Friday, May 14".)
                weekday: span
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .and_then(lexicon::weekday)
                    .or_else(|| {
                        let before = text[..line.tokens[0].start].trim_end_matches([',', ' ']);
                        before
                            .rsplit(|c: char| !c.is_alphabetic())
                            .next()
                            .and_then(lexicon::weekday)
                    }),
            },
        };
    }
    // (A year alone, "stolen in 2019", says only that the article is later: no reference.)
    if let Some(&latest) = past.iter().max()
        && found.iter().any(|l| {
            !l.future && has_month(&l.found.expr) && explicit_day(&l.found.expr) == Some(latest)
        })
    {
        // As precise as the expression that gave it ("in 2018" is a year, not January 1).
        let point = found
            .iter()
            .filter(|l| !l.future && explicit_day(&l.found.expr) == Some(latest))
            .find_map(|l| match l.found.expr {
                Expr::Calendar { start, .. } => Some(start),
                _ => None,
            })
            .unwrap_or_else(|| day_point(latest));
        return Reference {
            value: Some(Edtf::point(point).uncertain()),
            certainty: Certainty::Inferred,
            evidence: "the latest date the article mentions in the past tense".to_string(),
            weekday: None,
        };
    }
    let evidence = if past.is_empty() {
        "no date in the article"
    } else {
        "only years on their own, which say the article is later, not when"
    };
    Reference {
        value: None,
        certainty: Certainty::Unknown,
        evidence: evidence.to_string(),
        weekday: None,
    }
}

/// The month and day of a reference whose year is unknown (`XXXX-12-03`).
fn yearless_reference(reference: &Reference) -> Option<(u8, i64)> {
    match reference.value?.start {
        DatePoint {
            year: None,
            month: Some(month),
            day: Some(day),
        } => Some((month, i64::from(day))),
        _ => None,
    }
}

/// Day `day` of `month` in an unknown year (`XXXX-05-15`), if it falls inside the month (a
/// common year's length, as 29 February may not be).
fn yearless_day(month: u8, day: i64) -> Option<Edtf> {
    let inside = month <= 12 && (1..=i64::from(days_in_month(2001, month))).contains(&day);
    inside.then(|| {
        Edtf::point(DatePoint {
            year: None,
            month: Some(month),
            day: Some(day as u8),
        })
    })
}

/// Gives a year to a reference that has none: to its month and day if it has them, else as a
/// year on its own. Always inferred and uncertain.
fn apply_hint(reference: &mut Reference, hint: &YearHint) {
    if reference.value.is_some_and(|v| v.start.year.is_some()) {
        return;
    }
    let point = match reference.value {
        Some(v) => DatePoint {
            year: Some(hint.year),
            ..v.start
        },
        None => DatePoint {
            year: Some(hint.year),
            month: None,
            day: None,
        },
    };
    let evidence = match reference.value {
        Some(_) => format!(
            "{}; year from {}",
            reference.evidence.split(';').next().unwrap_or(""),
            hint.evidence
        ),
        None => format!("year from {}", hint.evidence),
    };
    *reference = Reference {
        value: Some(Edtf::point(point).uncertain()),
        certainty: Certainty::Inferred,
        evidence,
        weekday: None,
    };
}

/// Whether a date sits on a short line of its own after a publication word: "Published 19 July
/// 2024", "Updated: 3 March 2021 09:42 GMT", "Posted on Tue 10 Sep 2024 at 6:05am", "Updated
/// 11:48 PM GMT+1, May 6, 2024".
fn is_publication_line(text: &str, body: &Range<usize>, l: &Located) -> bool {
    let (Some(first), Some(last)) = (l.tokens.first(), l.tokens.last()) else {
        return false;
    };
    let line_start = text[..first.start]
        .rfind('\n')
        .map_or(body.start, |i| i + 1)
        .max(body.start);
    let line_end = text[last.end..]
        .find('\n')
        .map_or(body.end, |i| last.end + i)
        .min(body.end);
    if line_end - line_start > 80 {
        return false;
    }
    let prefix = text[line_start..first.start].trim_matches(|c: char| !c.is_alphanumeric());
    let mut words = prefix
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .peekable();
    // A full date standing alone on its line, a weekday at most before it, is the page's date
    // stamp too ("January 15, 2024" under the article, "Thu 19 Dec 2024 13.52 CET").
    let full_date = matches!(
        l.found.expr,
        Expr::Calendar {
            start: DatePoint {
                year: Some(_),
                month: Some(_),
                day: Some(_),
            },
            end: None,
            ..
        }
    );
    let weekday = |w: &str| {
        super::is_weekday_name(w)
            || matches!(
                crate::analysis::ascii::Lower::new(w).as_str(),
                "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun"
            )
    };
    let mut named = full_date
        && prefix
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .all(weekday);
    if words.peek().is_none() && !named {
        return false;
    }
    // A paper's name and a comma before a full date ("Los Angeles Times, Friday, November 8,
    // 1991"): the page's stamp, as is a dateline's place standing alone with it.
    // The weekday may follow the comma without one of its own ("The Canberra Times, Friday 27
    // December 1974"), and the name may be introduced ("From the Chicago Daily Tribune, …",
    // "Translated for the Manchester Guardian, …").
    let raw_prefix = text[line_start..first.start].trim();
    let raw_prefix = match raw_prefix.rsplit_once([' ', ',']) {
        Some((before, last)) if weekday(last) => before.trim_end(),
        _ => raw_prefix,
    };
    let outlet_stamp = full_date
        && raw_prefix.ends_with(',')
        && prefix
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .enumerate()
            .all(|(n, w)| {
                n < 8
                    && (w.starts_with(char::is_uppercase)
                        || matches!(w, "the" | "from" | "for" | "in" | "of"))
            });
    named |= outlet_stamp;
    // A clock time may come before the date ("Updated 11:48 PM GMT+1, May 6, 2024"): after the
    // named word, its meridiem and zone are short words.
    let clock = prefix.contains(':');
    // ("Published in Dawn, December 28th, 2007": the paper's name after "in".)
    let mut outlet = 0;
    for w in words.filter(|_| !outlet_stamp) {
        match crate::analysis::ascii::Lower::new(w).as_str() {
            "published" | "posted" | "updated" | "modified" | "date" | "dated" | "appeared"
            | "printed" => named = true,
            // ("This report appeared on 31 January 1948", "This article was first published
            // in print on …".)
            "in" if named => outlet = 3,
            "last" | "first" | "originally" | "on" | "at" | "this" | "report" | "article"
            | "story" | "was" => {}
            "print" if named => {}
            _ if weekday(w) => {}
            _ if named && clock && w.len() <= 4 => {}
            _ if outlet > 0 && w.starts_with(char::is_uppercase) => outlet -= 1,
            _ => return false,
        }
    }
    // After the date: a clock time and a zone at most, not a sentence; or the update's own
    // stamp ("PUBLISHED MON, JAN 3 2022 7:02 PM EST UPDATED TUE, JAN 4 2022 9:10 AM EST").
    let rest = &text[last.end..line_end];
    named
        && rest
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .all(|w| {
                w.len() <= 4
                    || weekday(w)
                    || super::lexicon::month(w).is_some()
                    || matches!(
                        crate::analysis::ascii::Lower::new(w).as_str(),
                        "updated" | "modified"
                    )
            })
}

/// A yearless dateline ("CAPE CANAVERAL, Fla., Jan. 28 —", or a weekday alone: "PRAGUE,
/// Wednesday") within the first lines, dated up to three days before the publication date
/// `published`: the day it gives, in the year that puts it there, and the dateline's text.
fn dateline_before<'t>(
    text: &'t str,
    body: &Range<usize>,
    found: &[Located],
    published: DatePoint,
) -> Option<(DatePoint, &'t str)> {
    let head_end = (body.start + 400).min(body.end);
    let (year, month, day) = (published.year?, published.month?, published.day?);
    let published_day = days_from_civil(year, month, day);
    found
        .iter()
        .take_while(|l| l.tokens[0].start < head_end)
        .find_map(|l| {
            // (Or a date opening a paragraph, a colon or a dash after it: "Dec. 26: Cyclone
            // Tracy has …" under "From ROBERT MACKLIN in DARWIN".)
            let end = l.tokens.last().map_or(0, |t| t.end);
            let opens_paragraph = l.tokens[0].line_break_before
                && [":", "—", "–", ".—", " —"]
                    .iter()
                    .any(|mark| text[end..].starts_with(mark));
            // (Or a known place's name and the date, alone on their line: "Beirut, September
            // 18" under the writer's name.)
            let line_start = text[..l.tokens[0].start]
                .rfind('\n')
                .map_or(body.start, |i| i + 1);
            let place_line = text[end..]
                .split('\n')
                .next()
                .is_some_and(|r| r.trim().is_empty())
                && crate::analysis::gazetteer::gazetteer()
                    .place(
                        text[line_start..l.tokens[0].start]
                            .trim()
                            .trim_end_matches(','),
                    )
                    .is_some();
            if !preceded_by_caps_place(text, body.start, l.tokens[0].start)
                && !opens_paragraph
                && !place_line
            {
                return None;
            }
            let filed = match l.found.expr {
                Expr::Calendar {
                    start:
                        DatePoint {
                            year: None,
                            month: Some(m),
                            day: Some(d),
                        },
                    end: None,
                    ..
                } if m <= 12 => {
                    // The year of the publication, or the one before across New Year.
                    let year = if m > month { year - 1 } else { year };
                    days_from_civil(year, m, d.min(days_in_month(year, m)))
                }
                // A weekday alone ("PRAGUE, Wednesday" over "Thursday 22 August 1968"): the
                // last such day up to the page's.
                Expr::Weekday(w) => {
                    let today = i64::from(weekday(year, month, day));
                    published_day - (today - i64::from(w)).rem_euclid(7)
                }
                _ => return None,
            };
            ((0..=3).contains(&(published_day - filed)))
                .then(|| (day_point(filed), &text[line_start..end]))
        })
}

/// Whether the text between the body start and `at` is a dateline place: upper-case words
/// (hyphens and apostrophes allowed) followed by `,` `.` or a dash ("ASTANA, ", "ASTANA – "),
/// then at most two short capitalised parts naming the state or country ("CAPE CANAVERAL,
/// Fla., ", "COQUELLES, France, ").
fn preceded_by_caps_place(text: &str, body_start: usize, at: usize) -> bool {
    let line_start = text[..at]
        .rfind('\n')
        .map_or(body_start, |i| i + 1)
        .max(body_start);
    let prefix = text[line_start..at].trim();
    let prefix = prefix.trim_end_matches([',', '.', '–', '—', '-', ' ']);
    let mut parts = prefix.split(',');
    let place = parts.next().unwrap_or("");
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    // (An apostrophe too: "VALLON-PONT-D'ARC, France,".)
    letters >= 3
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '’'))
        && parts.clone().count() <= 2
        && parts.all(|part| {
            let part = part.trim();
            part.starts_with(char::is_uppercase)
                && part.split(' ').count() <= 3
                && part
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '.')
        })
}

fn parse_iso(value: &str) -> Option<Edtf> {
    let mut parts = value.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next().map(str::parse).transpose().ok()?;
    let day = parts.next().map(str::parse).transpose().ok()?;
    Some(Edtf::point(DatePoint {
        year: Some(year),
        month,
        day,
    }))
}

/// The reference as a full day (days since the epoch), and whether its year is only inferred.
fn reference_day(reference: &Reference) -> Option<(i64, bool)> {
    let value = reference.value?;
    let start = value.start;
    let year = start.year?;
    let month = start.month.filter(|m| *m <= 12)?;
    let day = start.day.unwrap_or(15);
    Some((days_from_civil(year, month, day), value.uncertain))
}

/// A day that cannot be placed at all (`XXXX-XX-XX`): a weekday or an offset without a
/// reference date.
fn unknown_day() -> (Edtf, Certainty) {
    let unknown = DatePoint {
        year: None,
        month: None,
        day: None,
    };
    (Edtf::point(unknown), Certainty::Unknown)
}

fn day_point(days: i64) -> DatePoint {
    let (year, month, day) = civil_from_days(days);
    DatePoint {
        year: Some(year),
        month: Some(month),
        day: Some(day),
    }
}

/// How unlikely a yearless date is to be meant when it lies `d` days after the reference date
/// (the year of least cost is taken): past-tense text looks back, future-tense text forward,
/// other text to the nearest. `day`: the date names a day; `later_month`: a month after the
/// reference's, told in the past (last year's, however near: "bought in March", written on
/// February 26).
fn year_cost(d: i64, day: bool, later_month: bool, future: bool, past: bool) -> i64 {
    let wrong_way = if future {
        d < if day { 0 } else { -3 }
    } else if later_month {
        d > 0
    } else {
        d > 3
    };
    match (wrong_way, past) {
        (true, true) if later_month => d.abs() + 1_000_000,
        (true, true) => d.abs() * 100,
        // (A day told ahead that lies up to two weeks back is next year's: "will be run on
        // Nov. 4", written on November 5; further back, the sentence's tense more likely
        // belongs to another clause.)
        (true, false) if future && day && d > -15 => 1_000,
        (true, false) => d.abs() * 4,
        _ => d.abs(),
    }
}

/// Which of a weekday's occurrences the word before it picks.
#[derive(Clone, Copy, PartialEq)]
enum Step {
    /// "next Saturday": the one ahead, a week ahead on a Saturday.
    Next,
    /// "last Thursday": the one behind, a week back on a Thursday.
    Last,
    /// A bare "Thursday": the nearest one in the clause's tense.
    Nearest,
}

/// Resolves one expression (`step`: the word before a weekday); `None` when it cannot be
/// given any value at all.
fn resolve(
    expr: &Expr,
    reference: &Reference,
    future: bool,
    past: bool,
    step: Step,
) -> Option<(Edtf, Certainty)> {
    let anchor = reference_day(reference);
    let inferred = |edtf: Edtf, uncertain: bool| {
        let edtf = if uncertain { edtf.uncertain() } else { edtf };
        (edtf, Certainty::Inferred)
    };
    match *expr {
        Expr::Calendar { start, end, part } => {
            let apply_part = |p: DatePoint| -> (DatePoint, DatePoint) {
                match (part, p.month) {
                    (Some(part), Some(month)) if month <= 12 => {
                        // Without a year, February is taken as in a leap year.
                        let last = days_in_month(p.year.unwrap_or(2000), month);
                        let (a, b) = match part {
                            Part::Early => (1, 10),
                            Part::Mid => (11, 20),
                            Part::Late | Part::End => (21, last),
                        };
                        (
                            DatePoint { day: Some(a), ..p },
                            DatePoint { day: Some(b), ..p },
                        )
                    }
                    _ => (p, p),
                }
            };
            if start.year.is_some() {
                let (a, b) = apply_part(start);
                let value = match end {
                    Some(e) => Edtf::interval(
                        a,
                        DatePoint {
                            year: e.year.or(start.year),
                            ..e
                        },
                    ),
                    None => Edtf::interval(a, b),
                };
                let value = if part.is_some() {
                    value.approximate()
                } else {
                    value
                };
                return Some((value, Certainty::Stated));
            }
            // No year written: take the occurrence nearest the reference date.
            let month = start.month?;
            // A reference known only to the year gives yearless dates that year.
            let year_only = reference
                .value
                .filter(|v| v.start.month.is_none())
                .and_then(|v| v.start.year);
            if let (None, Some(year)) = (anchor, year_only) {
                let with_year = |p: DatePoint| DatePoint {
                    year: Some(year),
                    ..p
                };
                let (a, b) = apply_part(with_year(start));
                let value = match end {
                    Some(e) => Edtf::interval(a, with_year(e)),
                    None => Edtf::interval(a, b),
                };
                let value = if part.is_some() {
                    value.approximate()
                } else {
                    value
                };
                return Some((value.uncertain(), Certainty::Inferred));
            }
            let Some((ref_days, ref_uncertain)) = anchor else {
                let (a, b) = apply_part(start);
                let value = match end {
                    Some(e) => Edtf::interval(a, e),
                    None => Edtf::interval(a, b),
                };
                let value = if part.is_some() {
                    value.approximate()
                } else {
                    value
                };
                return Some((value, Certainty::Unknown));
            };
            let (ref_year, ref_month, _) = civil_from_days(ref_days);
            // A month told in the past may be the reference's own month: measure from its first
            // day then (a later month told in the past is last year's, however near: "bought in
            // March", written on February 26).
            let day = start.day.unwrap_or(if past { 1 } else { 15 });
            let later_month = past && start.day.is_none() && month != ref_month;
            let year = [ref_year - 1, ref_year, ref_year + 1]
                .into_iter()
                .min_by_key(|&y| {
                    let d = days_from_civil(y, month, day.min(days_in_month(y, month))) - ref_days;
                    year_cost(d, start.day.is_some(), later_month, future, past)
                })
                .unwrap_or(ref_year);
            let with_year = |p: DatePoint| DatePoint {
                year: Some(year),
                ..p
            };
            let (a, b) = apply_part(with_year(start));
            let value = match end {
                Some(e) => {
                    let mut e = with_year(e);
                    if e.month < start.month {
                        e.year = Some(year + 1);
                    }
                    Edtf::interval(a, e)
                }
                None => Edtf::interval(a, b),
            };
            let value = if part.is_some() {
                value.approximate()
            } else {
                value
            };
            Some(inferred(value, ref_uncertain))
        }
        // A season or a division of a named year: its EDTF code in the month's place.
        Expr::Season {
            season: code,
            year: Some(year),
            ..
        }
        | Expr::YearDivision {
            code,
            year: Some(year),
            ..
        } => {
            let point = DatePoint {
                year: Some(year),
                month: Some(code),
                day: None,
            };
            Some((Edtf::point(point), Certainty::Stated))
        }
        Expr::Season {
            season,
            year: None,
            relative,
            nearest,
        } => match anchor {
            Some((ref_days, uncertain)) => {
                let (year, month, _) = civil_from_days(ref_days);
                // "until a special election, likely in the spring" in November: next year's.
                let months = match season {
                    21 => Some((3, 5)),
                    22 => Some((6, 8)),
                    23 => Some((9, 11)),
                    _ => None,
                };
                // "last spring" said in November is this year's spring, gone by; "next spring"
                // said in February is this year's, still to come.
                let relative = match months {
                    Some((_, last)) if relative == -1 && last < month => 0,
                    Some((first, _)) if relative == 1 && first > month => 0,
                    _ => relative,
                };
                let shift = match months {
                    Some((_, last)) if nearest && future && last < month => 1,
                    Some((first, _)) if nearest && past && first > month => -1,
                    _ => 0,
                };
                let point = DatePoint {
                    year: Some(year + relative + shift),
                    month: Some(season),
                    day: None,
                };
                Some(inferred(Edtf::point(point), uncertain))
            }
            None => {
                let point = DatePoint {
                    year: None,
                    month: Some(season),
                    day: None,
                };
                Some((Edtf::point(point), Certainty::Unknown))
            }
        },
        Expr::Movable {
            holiday,
            year: Some(year),
            ..
        } => {
            let (month, day) = lexicon::movable_date(holiday, year);
            let point = DatePoint {
                year: Some(year),
                month: Some(month),
                day: Some(day),
            };
            Some((Edtf::point(point), Certainty::Stated))
        }
        Expr::Movable {
            holiday,
            year: None,
            weekend,
        } => {
            let Some((ref_days, uncertain)) = anchor else {
                return Some(unknown_day());
            };
            // The one of the reference's year or a neighbour's that the sentence points to, as
            // for a yearless day (`year_cost`: a few days ahead count as near, "before Black
            // Friday").
            let (ref_year, _, _) = civil_from_days(ref_days);
            let days = [ref_year - 1, ref_year, ref_year + 1]
                .into_iter()
                .map(|y| {
                    let (month, day) = lexicon::movable_date(holiday, y);
                    days_from_civil(y, month, day)
                })
                .min_by_key(|&days| year_cost(days - ref_days, true, false, future, past))
                .unwrap_or(ref_days);
            if weekend {
                let (from, to) = lexicon::long_weekend(holiday, days);
                let value = Edtf::interval(day_point(from), day_point(to));
                return Some(inferred(value, uncertain));
            }
            Some(inferred(Edtf::point(day_point(days)), uncertain))
        }
        Expr::Weekday(wanted) => {
            // Days from the reference day to the weekday wanted.
            let offset = |today: u8| {
                let (today, wanted) = (i64::from(today), i64::from(wanted));
                // ("next Sunday" is ahead whatever the clause's tense: "said all matches next
                // Sunday would begin".)
                if step == Step::Next {
                    (wanted - today - 1).rem_euclid(7) + 1
                } else if step == Step::Last {
                    -(today - wanted - 1).rem_euclid(7) - 1
                } else if future {
                    (wanted - today).rem_euclid(7)
                } else {
                    -(today - wanted).rem_euclid(7)
                }
            };
            let Some((ref_days, uncertain)) =
                anchor.filter(|_| reference.value.is_some_and(|v| v.start.day.is_some()))
            else {
                // A yearless dateline that states its weekday ("Friday, May 14") still places
                // the days around it inside its month: "Saturday" is `XXXX-05-15`.
                return Some(
                    yearless_reference(reference)
                        .zip(reference.weekday)
                        .and_then(|((month, day), today)| yearless_day(month, day + offset(today)))
                        .map_or_else(unknown_day, |v| (v, Certainty::Inferred)),
                );
            };
            let (y, m, d) = civil_from_days(ref_days);
            let days = ref_days + offset(weekday(y, m, d));
            Some(inferred(Edtf::point(day_point(days)), uncertain))
        }
        Expr::Offset { days, approximate } => {
            let Some((ref_days, uncertain)) = anchor else {
                // A yearless reference ("BHOPAL, India, Dec. 3 (UPI) -- … today") still gives
                // the day and its neighbours inside its month: `XXXX-12-03`.
                return Some(
                    yearless_reference(reference)
                        .and_then(|(month, day)| yearless_day(month, day + days))
                        .map_or_else(unknown_day, |v| {
                            let v = if approximate { v.approximate() } else { v };
                            (v, Certainty::Inferred)
                        }),
                );
            };
            let value = Edtf::point(day_point(ref_days + days));
            let value = if approximate {
                value.approximate()
            } else {
                value
            };
            Some(inferred(value, uncertain))
        }
        Expr::YearThird { year, part } => Some((year_part(Some(year), part), Certainty::Stated)),
        Expr::YearDivision {
            code,
            year: None,
            relative,
        } => {
            let Some((ref_days, uncertain)) = anchor else {
                let point = DatePoint {
                    year: None,
                    month: Some(code),
                    day: None,
                };
                return Some((Edtf::point(point), Certainty::Unknown));
            };
            let (year, month, _) = civil_from_days(ref_days);
            // The division's first month; a later one than the reference's is last year's
            // (or, looking ahead, this year's), an earlier one next year's when looking ahead.
            let (first_month, last_month) = match code {
                40 => (1, 6),
                41 => (7, 12),
                q => (3 * (q - 33) + 1, 3 * (q - 32)),
            };
            let year = match relative {
                Some(r) => year + r,
                None if future && last_month < month => year + 1,
                None if !future && first_month > month => year - 1,
                None => year,
            };
            let point = DatePoint {
                year: Some(year),
                month: Some(code),
                day: None,
            };
            Some(inferred(Edtf::point(point), uncertain))
        }
        Expr::NamedMonth { month, offset } => {
            let Some((ref_days, uncertain)) = anchor else {
                let point = DatePoint {
                    year: None,
                    month: Some(month),
                    day: None,
                };
                return Some((Edtf::point(point), Certainty::Unknown));
            };
            let (y, m, _) = civil_from_days(ref_days);
            let year = if offset < 0 {
                if month < m { y } else { y - 1 }
            } else if offset > 0 {
                if month > m { y } else { y + 1 }
            } else {
                y
            };
            let point = DatePoint {
                year: Some(year),
                month: Some(month),
                day: None,
            };
            Some(inferred(Edtf::point(point), uncertain))
        }
        Expr::MonthInYear { month, day, years } => {
            let year = anchor.map(|(ref_days, _)| civil_from_days(ref_days).0 + years);
            let point = DatePoint {
                year,
                month: Some(month),
                day,
            };
            match anchor {
                Some((_, uncertain)) => Some(inferred(Edtf::point(point), uncertain)),
                None => Some((Edtf::point(point), Certainty::Unknown)),
            }
        }
        Expr::Decade(year) => Some((Edtf::decade(year), Certainty::Stated)),
        Expr::Century(year) => Some((Edtf::century(year), Certainty::Stated)),
        Expr::Weekend { offset, nearest } => {
            let Some((ref_days, uncertain)) =
                anchor.filter(|_| reference.value.is_some_and(|v| v.start.day.is_some()))
            else {
                return Some(unknown_day());
            };
            let (y, m, d) = civil_from_days(ref_days);
            let monday = ref_days - i64::from(weekday(y, m, d));
            let mut saturday = monday + 5 + 7 * i64::from(offset);
            // (Looking ahead, the next weekend that has not ended; else the last that has
            // begun: "talks over the weekend" are news of what happened.)
            if nearest && !future && saturday > ref_days {
                saturday -= 7;
            } else if nearest && future && saturday + 1 < ref_days {
                saturday += 7;
            }
            Some(inferred(
                Edtf::interval(day_point(saturday), day_point(saturday + 1)),
                uncertain,
            ))
        }
        // (Counted from a date before it: see `year_part_from_previous`.)
        Expr::YearPart { beside: true, .. } => None,
        Expr::YearPart { offset, part, .. } => {
            // Without a reference the part is still known: "early next year" is
            // `XXXX-01~/XXXX-04~`.
            let Some((ref_days, uncertain)) = anchor else {
                return Some((year_part(None, part), Certainty::Unknown));
            };
            let (year, _, _) = civil_from_days(ref_days);
            Some(inferred(year_part(Some(year + offset), part), uncertain))
        }
        Expr::Period {
            unit,
            offset,
            approximate,
        } => {
            let Some((ref_days, uncertain)) = anchor else {
                // A reference with a month and no year: "this month" of "Dec 15" is `XXXX-12`,
                // "last month" `XXXX-11`.
                if unit == Unit::Month
                    && let Some(month) = reference
                        .value
                        .filter(|v| v.start.year.is_none())
                        .and_then(|v| v.start.month)
                        .filter(|m| (1..=12).contains(m))
                {
                    let index = i32::from(month) - 1 + offset;
                    let point = DatePoint {
                        year: None,
                        month: Some(index.rem_euclid(12) as u8 + 1),
                        day: None,
                    };
                    return Some((Edtf::point(point), Certainty::Unknown));
                }
                // Unknown, to the unit's precision: "last month" is `XXXX-XX`.
                let (mut edtf, certainty) = unknown_day();
                edtf.unknown_precision = match unit {
                    Unit::Year => Some(UnknownPrecision::Year),
                    Unit::Month => Some(UnknownPrecision::Month),
                    Unit::Week | Unit::Day => None,
                };
                return Some((edtf, certainty));
            };
            let (y, m, d) = civil_from_days(ref_days);
            let value = match unit {
                Unit::Day => Edtf::point(day_point(ref_days + i64::from(offset))),
                Unit::Week => {
                    let monday = ref_days - i64::from(weekday(y, m, d)) + 7 * i64::from(offset);
                    Edtf::interval(day_point(monday), day_point(monday + 6))
                }
                Unit::Month => {
                    let index = y * 12 + i32::from(m) - 1 + offset;
                    let point = DatePoint {
                        year: Some(index.div_euclid(12)),
                        month: Some(index.rem_euclid(12) as u8 + 1),
                        day: None,
                    };
                    Edtf::point(point)
                }
                Unit::Year => Edtf::point(DatePoint {
                    year: Some(y + offset),
                    month: None,
                    day: None,
                }),
            };
            let value = if approximate {
                value.approximate()
            } else {
                value
            };
            Some(inferred(value, uncertain))
        }
    }
}
