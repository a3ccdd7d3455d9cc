//! The timeline's pure parts, data-driven: each line of `tests/fixtures/timeline/cases.txt` is
//! a command, answered in `cases.expected` (`UPDATE_EXPECT=1 cargo test --test timeline`
//! rewrites it; review the diff). Commands:
//!
//! - `shape EDTF`: how the value is drawn and described;
//! - `window FROM TO [zoom FACTOR ANCHOR | pan FRACTION]…`: the visible days after each step;
//! - `ticks FROM TO WIDTH`: the axis for that window;
//! - `lanes MODE MAX`: the lanes of the fixture corpus' dated events;
//! - `glyphs MODE FROM TO WIDTH`: every lane's marks for that window (clusters with counts).
//!
//! Days are written `YYYY-MM-DD`.

mod common;

use std::fmt::Write;
use std::path::Path;

use common::{check, fixture_corpus};
use dossier::search::{format_day, parse_day_range};
use dossier::timeline::{LaneMode, Shape, Window, glyphs, lanes, ticks};

#[test]
fn timeline_cases() {
    let (docs, annotations) = fixture_corpus();
    let cases = std::fs::read_to_string("tests/fixtures/timeline/cases.txt").unwrap();
    let dated: Vec<usize> = (0..annotations.events.len())
        .filter(|&e| annotations.events[e].days.is_some())
        .collect();
    let day = |s: &str| {
        parse_day_range(s)
            .unwrap_or_else(|| panic!("bad day {s}"))
            .0
    };
    let show = |d: f64| format!("{} {:+.2}", format_day(d.floor() as i32), d - d.floor());
    let mut out = String::new();
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        writeln!(out, "{line}").unwrap();
        let words: Vec<&str> = line.split_whitespace().collect();
        match words[0] {
            "shape" => {
                let shape = Shape::of(words[1]);
                writeln!(out, "  {:?}: {}", shape.precision, shape.describe()).unwrap();
            }
            "window" => {
                let mut w = Window::fit(day(words[1]), day(words[2]));
                writeln!(out, "  fit: {} … {}", show(w.start), show(w.end)).unwrap();
                let mut rest = &words[3..];
                while let [op, args @ ..] = rest {
                    let number = |i: usize| args[i].parse::<f64>().unwrap();
                    (w, rest) = match *op {
                        "zoom" => (w.zoomed(number(0), number(1)), &args[2..]),
                        "pan" => (w.panned(number(0)), &args[1..]),
                        other => panic!("unknown window step {other}"),
                    };
                    writeln!(
                        out,
                        "  {op}: {} … {} ({:.1} days)",
                        show(w.start),
                        show(w.end),
                        w.days()
                    )
                    .unwrap();
                }
            }
            "ticks" => {
                let w = Window {
                    start: f64::from(day(words[1])),
                    end: f64::from(day(words[2])),
                };
                let (step, marks) = ticks(&w, words[3].parse().unwrap());
                let labels: Vec<&str> = marks.iter().map(|t| t.label.as_str()).collect();
                writeln!(
                    out,
                    "  every {} {:?}: {}",
                    step.count,
                    step.unit,
                    labels.join(" | ")
                )
                .unwrap();
            }
            "lanes" | "glyphs" => {
                let mode = LaneMode::parse(words[1]).unwrap();
                let max = if words[0] == "lanes" {
                    words[2].parse().unwrap()
                } else {
                    8
                };
                for lane in lanes(&docs, &annotations, &dated, mode, max) {
                    writeln!(out, "  {}:", lane.label).unwrap();
                    let days: Vec<(i32, i32)> = lane
                        .events
                        .iter()
                        .map(|&e| annotations.events[e].days.unwrap())
                        .collect();
                    if words[0] == "lanes" {
                        for &e in &lane.events {
                            let event = &annotations.events[e];
                            let sources = event.tellings.iter().map(|t| docs[t.doc].id.as_str());
                            let sources: Vec<&str> = sources.collect();
                            let flag = if event.conflict {
                                " (conflicting dates)"
                            } else {
                                ""
                            };
                            writeln!(out, "    {} [{}]{flag}", event.value, sources.join(", "))
                                .unwrap();
                        }
                        continue;
                    }
                    let (from, to) = (f64::from(day(words[2])), f64::from(day(words[3])));
                    let window = Window {
                        start: from,
                        end: to,
                    };
                    let scale = window.scale(words[4].parse().unwrap());
                    for g in glyphs(&days, scale, from, from, to) {
                        let n = g.members.len();
                        let what = if n == 1 {
                            annotations.events[lane.events[g.members.start]]
                                .value
                                .clone()
                        } else {
                            format!("cluster of {n} at {:.0}", g.center)
                        };
                        writeln!(
                            out,
                            "    {what}: x {:.0}–{:.0}, {} … {}",
                            g.x0,
                            g.x1,
                            format_day(g.days.0),
                            format_day(g.days.1)
                        )
                        .unwrap();
                    }
                }
            }
            other => panic!("unknown command {other}"),
        }
    }
    check(Path::new("tests/fixtures/timeline/cases.expected"), &out);
}
