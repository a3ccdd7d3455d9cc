//! The timeline: the events of the articles that pass the filters (search, entities, sources;
//! the date range is shown as a band, not applied, so it can be redrawn), on an SVG time axis
//! with lanes, or as a table. The chart is an imperative widget: its zoom and pan live here
//! (not in the URL), and it is redrawn by hand in one animation frame per change. Panning only
//! moves the drawn marks until they run out; zooming redraws them.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent};

use super::dom::{
    append, append_text, closest, element, element_with_text, flag, replace_children, set,
};
use super::location::Location;
use super::query::ViewState;
use super::root::Corpus;
use crate::analysis::label;
use crate::corpus::EventAnnotation;
use crate::search::{Filters, Outcome, format_day, parse_day_range};
use crate::timeline::{Glyph, LaneMode, Shape, Window, glyphs, lanes, ticks, within};

/// Height of one lane, and of the axis below them, in pixels.
const LANE_PX: f64 = 36.0;
const AXIS_PX: f64 = 30.0;
/// Marks are drawn this fraction of the window beyond each side, so that a short pan only
/// moves them; more would make each zoom frame draw more.
const MARGIN: f64 = 0.25;
/// Lanes drawn at most (the rest share the last one).
const MAX_LANES: usize = 8;
/// Undated events listed beside the chart (all of them are in the table).
const UNDATED_ITEMS: usize = 50;
/// Rows of the table before "Show all".
const TABLE_ROWS: usize = 200;
/// Characters of a label.
const LABEL_CHARS: usize = 140;
const SVG: &str = "http://www.w3.org/2000/svg";

/// A lane ready to draw: its events and their days, in date order.
struct LaneData {
    label: String,
    events: Vec<usize>,
    days: Vec<(i32, i32)>,
}

/// A pointer gesture under way on the chart.
enum Gesture {
    Pan { x: f64, window: Window },
    Brush { x: f64, to: f64 },
    Pinch { distance: f64 },
}

/// The chart's state between frames.
struct Chart {
    corpus: Corpus,
    location: Location,
    svg: Element,
    card: Element,
    parts: Parts,
    /// The events shown (chart, table and undated list).
    shown: Vec<usize>,
    /// The table shows every row.
    all_rows: bool,
    lanes: Vec<LaneData>,
    window: Window,
    /// The days of every shown event, for "fit all".
    extent: Option<(i32, i32)>,
    /// The date filter, drawn as a band.
    range: Option<(i32, i32)>,
    /// What the marks were last drawn for: window, width and the lanes' generation.
    drawn: Option<(Window, f64, u64)>,
    generation: u64,
    /// Glyphs by `data-g`: lane and members.
    glyphs: Vec<(usize, Glyph)>,
    /// The SVG's layers: lanes and the date band; the marks; the axis and the brush.
    layers: [Element; 3],
    /// Events' accessible names, made when first drawn.
    names: Vec<Option<String>>,
    gesture: Option<Gesture>,
    pointers: Vec<(i32, f64)>,
    frame_pending: bool,
}

/// The timeline region, "Timeline": toolbar, chart (or table) and the undated list, for what
/// the filters found (`outcome`; the timeline drops the date range itself, see the module).
/// Everything inside is drawn by hand (see `dom`): one effect follows the URL and the results.
pub fn timeline(outcome: Memo<Outcome>) -> Element {
    let location = expect_context::<Location>();
    let corpus = expect_context::<Corpus>();
    let section = element("section");
    set(&section, "class", "timeline");
    set(&section, "aria-labelledby", "timeline-title");
    set(&section, "data-testid", "timeline");
    let chart: Rc<RefCell<Option<Chart>>> = Rc::new(RefCell::new(None));
    let region = section.clone();
    // Redrawn for the latest state only, in the frame after the result list (as the facets
    // are), so that a keystroke shows its results first; the very first drawing goes at once.
    let generation = Rc::new(std::cell::Cell::new(0u64));
    Effect::new(move |_| {
        let view = location.state();
        // The results as the list has them, when the date range is not in play (tracked here,
        // so a new outcome redraws).
        let results: Vec<usize> = outcome.with(|o| o.results.iter().map(|r| r.doc).collect());
        let this = generation.get() + 1;
        generation.set(this);
        let chart = chart.clone();
        let region = region.clone();
        let generation = generation.clone();
        let redraw = move || {
            if generation.get() != this {
                return; // a newer state is on its way
            }
            let shown = shown_events(corpus, &view, results);
            let day = |v: &Option<String>| v.as_deref().and_then(parse_day_range);
            let (from, to) = (day(&view.filters.from), day(&view.filters.to));
            let range = (from.is_some() || to.is_some())
                .then(|| (from.map_or(-800_000, |r| r.0), to.map_or(800_000, |r| r.1)));
            let mut slot = chart.borrow_mut();
            let state = slot.get_or_insert_with(|| create(&chart, &region, corpus, location));
            state.update(shown, &view, range);
            paint(state);
        };
        if this == 1 {
            redraw();
        } else {
            request_animation_frame(redraw);
        }
    });
    section
}

/// The events of the articles that every filter but the date range keeps: `results` are the
/// explorer's results for all the filters, used as they are when no date range is set.
fn shown_events(corpus: Corpus, view: &ViewState, results: Vec<usize>) -> Vec<usize> {
    let filters = Filters {
        from: None,
        to: None,
        ..view.filters.clone()
    };
    let docs = if filters == view.filters {
        results
    } else {
        corpus
            .explorer
            .find(&filters)
            .results
            .iter()
            .map(|r| r.doc)
            .collect()
    };
    let mut kept = vec![false; corpus.documents.len()];
    for d in docs {
        kept[d] = true;
    }
    let events = &corpus.annotations.events;
    (0..events.len())
        .filter(|&e| events[e].tellings.iter().any(|t| kept[t.doc]))
        .collect()
}

impl Chart {
    /// Takes in the events to show, the view (lanes, list or chart) and the date band, and
    /// redraws the toolbar's state, the undated list and the table.
    fn update(&mut self, shown: Vec<usize>, view: &ViewState, range: Option<(i32, i32)>) {
        let corpus = self.corpus;
        let events = &corpus.annotations.events;
        let dated: Vec<usize> = shown
            .iter()
            .copied()
            .filter(|&e| events[e].days.is_some())
            .collect();
        self.lanes = lanes(
            corpus.documents,
            corpus.annotations,
            &dated,
            view.lanes,
            MAX_LANES,
        )
        .into_iter()
        .map(|lane| LaneData {
            days: lane.events.iter().filter_map(|&e| events[e].days).collect(),
            label: lane.label,
            events: lane.events,
        })
        .collect();
        let mut extent: Option<(i32, i32)> = None;
        for (a, b) in dated.iter().filter_map(|&e| events[e].days) {
            extent = Some(extent.map_or((a, b), |(x, y)| (x.min(a), y.max(b))));
        }
        if let Some((a, b)) = extent
            && (self.extent.is_none() || !overlaps(&self.window, a, b))
        {
            self.window = Window::fit(a, b);
        }
        self.extent = extent;
        self.range = range;
        self.generation += 1;
        let n = shown.len();
        self.parts.count.set_text_content(Some(&if n == 1 {
            "1 event".to_string()
        } else {
            format!("{n} events")
        }));
        let select: &web_sys::HtmlSelectElement = self.parts.lanes.unchecked_ref();
        select.set_value(view.lanes.as_str());
        set(
            &self.parts.list_button,
            "aria-pressed",
            if view.timeline_list { "true" } else { "false" },
        );
        for (element, hidden) in [
            (&self.parts.plot, view.timeline_list),
            (&self.parts.zoom, view.timeline_list),
            (&self.parts.table, !view.timeline_list),
            (
                &self.parts.more,
                !view.timeline_list || n <= TABLE_ROWS || self.all_rows,
            ),
        ] {
            flag(element, "hidden", hidden);
        }
        let undated: Vec<usize> = shown
            .iter()
            .copied()
            .filter(|&e| events[e].days.is_none())
            .collect();
        let mut items: Vec<Element> = undated
            .iter()
            .take(UNDATED_ITEMS)
            .map(|&e| {
                let item = element("li");
                let event = &events[e];
                append(
                    &item,
                    &telling_link(corpus, self.location, event, 0, &event.value),
                );
                append_text(&item, &format!(" {}", event_label(corpus, event)));
                let why = element_with_text("span", &undated_reason(corpus, event));
                set(&why, "class", "reason");
                append(&item, &why);
                item
            })
            .collect();
        if undated.len() > UNDATED_ITEMS {
            let rest = undated.len() - UNDATED_ITEMS;
            items.push(element_with_text(
                "li",
                &format!("… and {rest} more, in the list view."),
            ));
        }
        replace_children(&self.parts.undated, &items);
        if view.timeline_list {
            let rows = if self.all_rows { n } else { TABLE_ROWS };
            replace_children(
                &self.parts.table,
                &[draw_table(corpus, self.location, &shown, rows)],
            );
        } else {
            self.parts.table.set_text_content(None);
        }
        self.shown = shown;
    }
}

/// The region's fixed elements, built once.
struct Parts {
    count: Element,
    lanes: Element,
    zoom: Element,
    list_button: Element,
    plot: Element,
    table: Element,
    more: Element,
    undated: Element,
}

/// A `<button type="button" data-action=…>`.
fn button(text: &str, action: &str, label: Option<&str>) -> Element {
    let b = element_with_text("button", text);
    set(&b, "type", "button");
    set(&b, "data-action", action);
    if let Some(label) = label {
        set(&b, "aria-label", label);
    }
    b
}

fn with_class(tag: &str, class: &str) -> Element {
    let e = element(tag);
    set(&e, "class", class);
    e
}

/// Builds the region (toolbar, plot with its SVG and card, table, undated list) inside
/// `section`, and wires the pointer, keyboard and controls.
fn create(
    chart: &Rc<RefCell<Option<Chart>>>,
    section: &Element,
    corpus: Corpus,
    location: Location,
) -> Chart {
    let bar = with_class("div", "timeline-bar");
    let heading = element_with_text("h2", "Timeline");
    set(&heading, "id", "timeline-title");
    let count = with_class("span", "help");
    set(&count, "data-testid", "timeline-count");
    let label = element_with_text("label", "Lanes ");
    let lanes = element("select");
    set(&lanes, "data-testid", "lanes");
    for (value, text) in [
        ("source", "by source"),
        ("article", "by article"),
        ("kind", "by kind"),
    ] {
        let option = element_with_text("option", text);
        set(&option, "value", value);
        append(&lanes, &option);
    }
    append(&label, &lanes);
    let zoom = with_class("span", "buttons");
    for b in [
        button("+", "in", Some("Zoom in")),
        button("−", "out", Some("Zoom out")),
        button("Fit all", "fit", None),
    ] {
        append(&zoom, &b);
    }
    let list_button = button("List view", "list", None);
    replace_children(
        &bar,
        &[
            heading,
            count.clone(),
            label,
            zoom.clone(),
            list_button.clone(),
        ],
    );

    let body = with_class("div", "timeline-body");
    let plot = with_class("div", "plot");
    set(&plot, "tabindex", "0");
    set(&plot, "role", "group");
    set(
        &plot,
        "aria-label",
        "Timeline chart: + and − zoom, arrow keys pan, drag the axis to choose dates",
    );
    set(&plot, "data-testid", "timeline-chart");
    let svg = svg_element("svg");
    set(&svg, "class", "chart");
    let layers = [svg_element("g"), svg_element("g"), svg_element("g")];
    set(&layers[1], "class", "marks");
    replace_children(&svg, &layers);
    let card = with_class("div", "card");
    set(&card, "role", "tooltip");
    set(&card, "id", "event-card");
    set(&card, "data-testid", "event-card");
    set(&card, "hidden", "");
    replace_children(&plot, &[svg.clone(), card.clone()]);
    let table = with_class("div", "events-table");
    set(&table, "data-testid", "timeline-table");
    let more = element("p");
    append(&more, &button("Show all events", "more", None));
    let undated_box = element("details");
    set(&undated_box, "class", "undated");
    set(&undated_box, "open", "");
    append(&undated_box, &element_with_text("summary", "Undated"));
    let undated = element("ul");
    set(&undated, "data-testid", "undated");
    append(&undated_box, &undated);
    replace_children(
        &body,
        &[plot.clone(), table.clone(), more.clone(), undated_box],
    );
    replace_children(section, &[bar, body]);

    // The chart lives as long as the page, so its listeners are never removed. Handlers go
    // through one boxed type: one copy of the listener code in the wasm instead of one per
    // handler (unlike `dom::listen`, which the parts that come and go use).
    let listen = |target: &Element, name: &'static str, handler: Box<dyn Fn(&web_sys::Event)>| {
        let options = EventListenerOptions::enable_prevent_default();
        EventListener::new_with_options(target, name, options, move |e| handler(e)).forget();
    };
    // Controls: one click handler for the buttons and the links to sentences.
    let c = chart.clone();
    listen(
        section,
        "click",
        Box::new(move |e| {
            let e: &web_sys::MouseEvent = e.unchecked_ref();
            if let Some(b) = closest(e.target(), "button[data-action]") {
                let action = b.get_attribute("data-action").unwrap_or_default();
                let mut list = None;
                with_chart(&c, |s| match action.as_str() {
                    "in" => s.window = s.window.zoomed(2.0, 0.5),
                    "out" => s.window = s.window.zoomed(0.5, 0.5),
                    "fit" => s.window = s.extent.map_or(s.window, |(a, b)| Window::fit(a, b)),
                    "more" => {
                        s.all_rows = true;
                        let all = draw_table(s.corpus, s.location, &s.shown, s.shown.len());
                        replace_children(&s.parts.table, &[all]);
                        set(&s.parts.more, "hidden", "");
                    }
                    _ => list = Some(!s.location.current().timeline_list),
                });
                match list {
                    Some(on) => location.update(|s| s.timeline_list = on),
                    None if action != "more" => draw(&c),
                    None => {}
                }
                return;
            }
            let Some(link) = closest(e.target(), "a[data-at]") else {
                return;
            };
            if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
                return;
            }
            let at = link.get_attribute("data-at").and_then(|v| {
                let (a, b) = v.split_once('-')?;
                Some((a.parse().ok()?, b.parse().ok()?))
            });
            e.prevent_default();
            location.update(|s| {
                s.doc = link.get_attribute("data-doc");
                s.at = at;
            });
        }),
    );
    listen(
        &lanes,
        "change",
        Box::new(move |e| {
            let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            else {
                return;
            };
            let mode = LaneMode::parse(&select.value()).unwrap_or_default();
            location.update(|s| s.lanes = mode);
        }),
    );
    let c = chart.clone();
    listen(
        &svg,
        "pointerdown",
        Box::new(move |e| on_pointer(&c, e.unchecked_ref(), 0)),
    );
    let c = chart.clone();
    listen(
        &svg,
        "pointermove",
        Box::new(move |e| on_pointer(&c, e.unchecked_ref(), 1)),
    );
    for name in ["pointerup", "pointercancel"] {
        let c = chart.clone();
        listen(
            &svg,
            name,
            Box::new(move |e| on_pointer(&c, e.unchecked_ref(), 2)),
        );
    }
    let c = chart.clone();
    listen(
        &svg,
        "wheel",
        Box::new(move |e| {
            let e: &web_sys::WheelEvent = e.unchecked_ref();
            e.prevent_default();
            let factor = (-e.delta_y() * if e.delta_mode() == 0 { 0.002 } else { 0.05 }).exp();
            let x = f64::from(e.offset_x());
            with_chart(&c, |state| {
                let width = width_of(state);
                state.window = state.window.zoomed(factor, x / width);
            });
            draw(&c);
        }),
    );
    let c = chart.clone();
    listen(
        &plot,
        "keydown",
        Box::new(move |e| {
            let e: &web_sys::KeyboardEvent = e.unchecked_ref();
            let mut activate = false;
            let handled = with_chart(&c, |state| match e.key().as_str() {
                "+" | "=" => state.window = state.window.zoomed(2.0, 0.5),
                "-" | "_" => state.window = state.window.zoomed(0.5, 0.5),
                "ArrowLeft" => state.window = state.window.panned(-0.2),
                "ArrowRight" => state.window = state.window.panned(0.2),
                "Escape" => set(&state.card, "hidden", ""),
                "Enter" | " " => activate = true,
                _ => {}
            });
            if handled.is_some()
                && matches!(
                    e.key().as_str(),
                    "+" | "=" | "-" | "_" | "ArrowLeft" | "ArrowRight"
                )
            {
                e.prevent_default();
                draw(&c);
            } else if activate && closest(e.target(), "[data-g]").is_some() {
                e.prevent_default();
                activate_glyph(&c, e.target());
            }
        }),
    );
    let c = chart.clone();
    listen(
        &svg,
        "click",
        Box::new(move |e| activate_glyph(&c, e.target())),
    );
    for name in ["mouseover", "focusin"] {
        let c = chart.clone();
        listen(&plot, name, Box::new(move |e| show_card(&c, e.target())));
    }
    for name in ["mouseleave", "focusout"] {
        let c = chart.clone();
        listen(
            &plot,
            name,
            Box::new(move |_| with_chart(&c, |s| set(&s.card, "hidden", "")).unwrap_or(())),
        );
    }
    let c = chart.clone();
    EventListener::new(&window(), "resize", move |_| draw(&c)).forget();
    Chart {
        corpus,
        location,
        svg,
        card,
        parts: Parts {
            count,
            lanes,
            zoom,
            list_button,
            plot,
            table,
            more,
            undated,
        },
        shown: Vec::new(),
        all_rows: false,
        lanes: Vec::new(),
        window: Window::fit(0, 0),
        extent: None,
        range: None,
        drawn: None,
        generation: 0,
        glyphs: Vec::new(),
        layers,
        names: vec![None; corpus.annotations.events.len()],
        gesture: None,
        pointers: Vec::new(),
        frame_pending: false,
    }
}

/// Runs `f` on the chart, if it exists and is not being drawn: removing a focused mark while
/// drawing fires `focusout` at once, whose handler then finds the chart busy and does nothing.
fn with_chart<T>(chart: &Rc<RefCell<Option<Chart>>>, f: impl FnOnce(&mut Chart) -> T) -> Option<T> {
    chart.try_borrow_mut().ok()?.as_mut().map(f)
}

fn width_of(state: &Chart) -> f64 {
    f64::from(state.svg.parent_element().map_or(0, |p| p.client_width())).max(100.0)
}

fn overlaps(window: &Window, first: i32, last: i32) -> bool {
    f64::from(first) < window.end && f64::from(last) + 1.0 > window.start
}

/// Pointer gestures: drag the plot to pan, drag the axis to brush a date range, two fingers
/// to zoom. `phase`: 0 down, 1 move, 2 up.
fn on_pointer(chart: &Rc<RefCell<Option<Chart>>>, e: &PointerEvent, phase: u8) {
    let x = f64::from(e.offset_x());
    let id = e.pointer_id();
    let mut brushed = None;
    with_chart(chart, |state| {
        let width = width_of(state);
        match phase {
            0 => {
                if closest(e.target(), "[data-g]").is_some() {
                    return; // a click on a mark
                }
                state.pointers.retain(|p| p.0 != id);
                state.pointers.push((id, x));
                let _ = state.svg.set_pointer_capture(id);
                let on_axis = f64::from(e.offset_y()) > state.lanes.len().max(1) as f64 * LANE_PX;
                state.gesture = Some(match state.pointers.as_slice() {
                    [(_, a), (_, b)] => Gesture::Pinch {
                        distance: (a - b).abs().max(1.0),
                    },
                    _ if on_axis => Gesture::Brush { x, to: x },
                    _ => Gesture::Pan {
                        x,
                        window: state.window,
                    },
                });
            }
            1 => {
                if let Some(p) = state.pointers.iter_mut().find(|p| p.0 == id) {
                    p.1 = x;
                }
                match (&mut state.gesture, state.pointers.as_slice()) {
                    (Some(Gesture::Pinch { distance }), [(_, a), (_, b)]) => {
                        let now = (a - b).abs().max(1.0);
                        let middle = (a + b) / 2.0 / width;
                        state.window = state.window.zoomed(now / *distance, middle);
                        *distance = now;
                    }
                    (Some(Gesture::Pan { x: start, window }), _) => {
                        state.window = window.panned((*start - x) / width);
                    }
                    (Some(Gesture::Brush { to, .. }), _) => *to = x,
                    _ => {}
                }
            }
            _ => {
                state.pointers.retain(|p| p.0 != id);
                if let Some(Gesture::Brush { x: from, to }) = state.gesture.take()
                    && (from - to).abs() > 3.0
                {
                    let day =
                        |x: f64| state.window.day_at(within(x, 0.0, width), width).floor() as i32;
                    brushed = Some((day(from.min(to)), day(from.max(to))));
                }
                state.gesture = None;
                let _ = state.svg.release_pointer_capture(id);
            }
        }
    });
    if let Some((from, to)) = brushed {
        let location = with_chart(chart, |s| s.location);
        if let Some(location) = location {
            location.update(|s| {
                s.filters.from = Some(format_day(from));
                s.filters.to = Some(format_day(to));
            });
        }
    }
    draw(chart);
}

/// Redraws in the next animation frame (once, however many changes came before it).
fn draw(chart: &Rc<RefCell<Option<Chart>>>) {
    let pending = with_chart(chart, |s| std::mem::replace(&mut s.frame_pending, true));
    if pending != Some(false) {
        return;
    }
    let chart = chart.clone();
    request_animation_frame(move || {
        with_chart(&chart, |state| {
            state.frame_pending = false;
            paint(state);
        });
    });
}

/// Draws the chart for the current window: the marks (only when the zoom, the width or the
/// lanes changed, or the pan ran past what was drawn; otherwise they are moved), the lane
/// labels, the date band, the axis and the brush.
fn paint(state: &mut Chart) {
    let width = width_of(state);
    let window = state.window;
    let scale = window.scale(width);
    let lanes_px = state.lanes.len().max(1) as f64 * LANE_PX;
    let height = lanes_px + AXIS_PX;
    attrs(&state.svg, &[("width", width), ("height", height)]);
    set(
        &state.svg,
        "viewBox",
        &format!("0 0 {} {}", px(width), px(height)),
    );
    let reusable = state.drawn.is_some_and(|(w, wd, g)| {
        g == state.generation
            && wd == width
            && (w.days() - window.days()).abs() < 1e-9 * w.days()
            && window.start >= w.start - w.days() * MARGIN
            && window.end <= w.end + w.days() * MARGIN
    });
    let [back, marks, front] = &state.layers;
    if !reusable {
        // Drawn a little beyond each side (see `MARGIN`).
        let (from, to) = (
            window.start - window.days() * MARGIN,
            window.end + window.days() * MARGIN,
        );
        state.glyphs.clear();
        let mut drawn: Vec<Element> = Vec::new();
        for (l, lane) in state.lanes.iter().enumerate() {
            let y = l as f64 * LANE_PX + 23.0;
            for g in glyphs(&lane.days, scale, window.start, from, to) {
                let index = state.glyphs.len();
                let event = lane.events[g.members.start];
                let name = state.names[event].get_or_insert_with(|| {
                    accessible_name(state.corpus, &state.corpus.annotations.events[event])
                });
                drawn.extend(glyph_elements(state.corpus, lane, &g, y, index, name));
                state.glyphs.push((l, g));
            }
        }
        replace_children(marks, &drawn);
        state.drawn = Some((window, width, state.generation));
    }
    let origin = state.drawn.map_or(window.start, |d| d.0.start);
    set(
        marks,
        "transform",
        &format!("translate({} 0)", px((origin - window.start) * scale)),
    );

    let mut parts: Vec<Element> = Vec::new();
    let mut over: Vec<Element> = Vec::new();
    let x_of = |day: f64| (day - window.start) * scale;
    if let Some((from, to)) = state.range {
        let band = svg_element("rect");
        set(&band, "class", "band");
        let (x0, x1) = (
            x_of(f64::from(from)).max(-1.0),
            x_of(f64::from(to) + 1.0).min(width + 1.0),
        );
        if x1 > x0 {
            attrs(
                &band,
                &[
                    ("x", x0),
                    ("y", 0.0),
                    ("width", x1 - x0),
                    ("height", height),
                ],
            );
            parts.push(band);
        }
    }
    for (l, lane) in state.lanes.iter().enumerate() {
        let y = l as f64 * LANE_PX;
        let line = svg_element("line");
        set(&line, "class", "lane");
        attrs(
            &line,
            &[
                ("x1", 0.0),
                ("x2", width),
                ("y1", y + LANE_PX),
                ("y2", y + LANE_PX),
            ],
        );
        parts.push(line);
        let text = svg_element("text");
        set(&text, "class", "lane-label");
        attrs(&text, &[("x", 4.0), ("y", y + 10.0)]);
        text.set_text_content(Some(&lane.label));
        parts.push(text);
    }
    let axis = svg_element("g");
    set(&axis, "class", "axis");
    set(&axis, "data-testid", "timeline-axis");
    let strip = svg_element("rect");
    set(&strip, "class", "axis-strip");
    attrs(
        &strip,
        &[
            ("x", 0.0),
            ("y", lanes_px),
            ("width", width),
            ("height", AXIS_PX),
        ],
    );
    append(&axis, &strip);
    for tick in ticks(&window, width).1 {
        let x = x_of(f64::from(tick.day));
        let line = svg_element("line");
        attrs(
            &line,
            &[("x1", x), ("x2", x), ("y1", 0.0), ("y2", lanes_px + 6.0)],
        );
        append(&axis, &line);
        let text = svg_element("text");
        attrs(&text, &[("x", x + 3.0), ("y", lanes_px + 20.0)]);
        set(&text, "data-day", &format_day(tick.day));
        text.set_text_content(Some(&tick.label));
        append(&axis, &text);
    }
    over.push(axis);
    if let Some(Gesture::Brush { x, to }) = &state.gesture {
        let brush = svg_element("rect");
        set(&brush, "class", "brush");
        attrs(
            &brush,
            &[
                ("x", x.min(*to)),
                ("y", 0.0),
                ("width", (x - to).abs()),
                ("height", height),
            ],
        );
        over.push(brush);
    }
    set(
        &state.svg,
        "aria-label",
        &format!(
            "From {} to {}",
            format_day(window.start as i32),
            format_day(window.end as i32)
        ),
    );
    set(&state.svg, "data-from", &format_day(window.start as i32));
    set(&state.svg, "data-to", &format_day(window.end as i32));
    replace_children(back, &parts);
    replace_children(front, &over);
}

/// One mark: a point for a day, a bar for longer spans, a circle with a count for a cluster;
/// approximate and uncertain dates drawn soft and dashed, conflicts outlined. Focusable and
/// named by its date and label. An event told by several articles gets their number beside
/// it (outside the focusable group, whose name already says it).
fn glyph_elements(
    corpus: Corpus,
    lane: &LaneData,
    g: &Glyph,
    y: f64,
    index: usize,
    name: &str,
) -> Vec<Element> {
    let events = &corpus.annotations.events;
    // The focusable mark: a group for a cluster (circle and count), the shape itself for an
    // event (one element: fewer to build on each zoom step).
    let mark = |tag: &str, class: &str, label: &str| {
        let element = svg_element(tag);
        set(&element, "data-g", &index.to_string());
        set(&element, "tabindex", "0");
        set(&element, "role", "button");
        set(&element, "aria-describedby", "event-card");
        set(&element, "class", class);
        set(&element, "aria-label", label);
        element
    };
    if g.members.len() > 1 {
        let (a, b) = (format_day(g.days.0), format_day(g.days.1));
        let label = format!("{a}/{b}: {} events, activate to zoom in", g.members.len());
        let group = mark("g", "ev cluster", &label);
        let x = g.center;
        let circle = svg_element("circle");
        attrs(&circle, &[("cx", x), ("cy", y), ("r", 9.0)]);
        append(&group, &circle);
        let count = svg_element("text");
        attrs(&count, &[("x", x), ("y", y + 4.0)]);
        count.set_text_content(Some(&g.members.len().to_string()));
        append(&group, &count);
        return vec![group];
    }
    let event = &events[lane.events[g.members.start]];
    let look = Shape::of(&event.value);
    let mut class = String::from("ev");
    for (on, name) in [
        (look.approximate, " approximate"),
        (look.uncertain, " uncertain"),
        (event.conflict, " conflict"),
    ] {
        if on {
            class.push_str(name);
        }
    }
    let shape;
    if g.x1 - g.x0 < 6.0 {
        shape = mark("circle", &class, name);
        attrs(
            &shape,
            &[("cx", (g.x0 + g.x1) / 2.0), ("cy", y), ("r", 5.0)],
        );
    } else {
        shape = mark("rect", &class, name);
        attrs(
            &shape,
            &[
                ("x", g.x0),
                ("y", y - 5.0),
                ("width", g.x1 - g.x0),
                ("height", 10.0),
                ("rx", 3.0),
            ],
        );
    }
    let mut out = vec![shape];
    if event.tellings.len() > 1 {
        let count = svg_element("text");
        set(&count, "class", "tellings");
        set(&count, "aria-hidden", "true");
        attrs(&count, &[("x", g.x1.max(g.x0 + 6.0) + 3.0), ("y", y - 4.0)]);
        count.set_text_content(Some(&format!("×{}", event.tellings.len())));
        out.push(count);
    }
    out
}

/// "2015-05-25?/2015-05-27? She noted that … (2 sources, conflicting dates)".
fn accessible_name(corpus: Corpus, event: &EventAnnotation) -> String {
    let mut name = format!("{} {}", event.value, event_label(corpus, event));
    if event.tellings.len() > 1 {
        name.push_str(&format!(" ({} sources)", event.tellings.len()));
    }
    if event.conflict {
        name.push_str(" (conflicting dates)");
    }
    name
}

/// The label: the first telling's sentence, shortened.
fn event_label(corpus: Corpus, event: &EventAnnotation) -> String {
    let t = &event.tellings[0];
    let sentence = corpus.documents[t.doc].text.get(t.start..t.end);
    label(sentence.unwrap_or_default(), LABEL_CHARS)
}

/// Why an event is not on the axis.
fn undated_reason(corpus: Corpus, event: &EventAnnotation) -> String {
    let doc = event.tellings[0].doc;
    let own = corpus
        .annotations
        .articles
        .get(doc)
        .and_then(|a| a.reference.as_deref());
    match own {
        Some(date) if !date.starts_with('X') => {
            format!(" — no year is given, and the article’s own date ({date}) does not settle it")
        }
        _ => " — no year is given, and the article’s own year is unknown".to_string(),
    }
}

/// The glyph under an event's target, and its lane.
fn glyph_at(state: &Chart, target: Option<web_sys::EventTarget>) -> Option<(usize, Glyph)> {
    let index: usize = closest(target, "[data-g]")?
        .get_attribute("data-g")?
        .parse()
        .ok()?;
    state.glyphs.get(index).cloned()
}

/// Activating a mark: an event opens its first telling at the sentence; a cluster zooms in.
fn activate_glyph(chart: &Rc<RefCell<Option<Chart>>>, target: Option<web_sys::EventTarget>) {
    let mut open = None;
    with_chart(chart, |state| {
        let Some((lane, g)) = glyph_at(state, target) else {
            return;
        };
        if g.members.len() > 1 {
            state.window = Window::fit(g.days.0, g.days.1);
            // The cluster goes with the redraw; the focus stays in the chart.
            let _ = state
                .parts
                .plot
                .unchecked_ref::<web_sys::HtmlElement>()
                .focus();
        } else {
            let event = state.lanes[lane].events[g.members.start];
            let t = &state.corpus.annotations.events[event].tellings[0];
            open = Some((
                state.location,
                state.corpus.documents[t.doc].id.clone(),
                (t.start, t.end),
            ));
        }
    });
    match open {
        Some((location, id, at)) => location.update(|s| {
            s.doc = Some(id);
            s.at = Some(at);
        }),
        None => draw(chart),
    }
}

/// The card for the mark under the pointer or the focus.
fn show_card(chart: &Rc<RefCell<Option<Chart>>>, target: Option<web_sys::EventTarget>) {
    with_chart(chart, |state| {
        let mark = closest(target.clone(), "[data-g]");
        let Some(((lane, g), mark)) = glyph_at(state, target).zip(mark) else {
            return;
        };
        let corpus = state.corpus;
        let mut lines: Vec<Element> = Vec::new();
        let title = element("p");
        set(&title, "class", "card-title");
        if g.members.len() > 1 {
            let (a, b) = (format_day(g.days.0), format_day(g.days.1));
            append(
                &title,
                &element_with_text("strong", &format!("{} events", g.members.len())),
            );
            lines.push(title);
            lines.push(element_with_text("p", &format!("From {a} to {b}.")));
            lines.push(hint("Click or press Enter to zoom in."));
        } else {
            let event = &corpus.annotations.events[state.lanes[lane].events[g.members.start]];
            append(&title, &element_with_text("strong", &event.value));
            append_text(
                &title,
                &format!(" · {}", Shape::of(&event.value).describe()),
            );
            lines.push(title);
            lines.push(element_with_text("p", &event_label(corpus, event)));
            let list = element("ul");
            for t in &event.tellings {
                let doc = &corpus.documents[t.doc];
                let source = doc.source.as_deref().unwrap_or(&doc.file);
                append(
                    &list,
                    &element_with_text(
                        "li",
                        &format!(
                            "{source}: {} ({})",
                            doc.title,
                            t.value.as_ref().unwrap_or(&event.value)
                        ),
                    ),
                );
            }
            lines.push(element_with_text("p", "Told by:"));
            lines.push(list);
            if event.conflict {
                let p = element_with_text("p", "The sources give dates that do not agree.");
                set(&p, "class", "conflict-note");
                lines.push(p);
            }
            lines.push(hint("Click or press Enter to read it in the article."));
        }
        replace_children(&state.card, &lines);
        let rect = mark.get_bounding_client_rect();
        let parent = state.svg.get_bounding_client_rect();
        let width = width_of(state);
        let left = (rect.left() - parent.left()).min(width - 320.0).max(0.0);
        let top = rect.bottom() - parent.top() + 4.0;
        set(
            &state.card,
            "style",
            &format!("top:{}px;left:{}px", px(top), px(left)),
        );
        flag(&state.card, "hidden", false);
    });
}

fn hint(text: &str) -> Element {
    let p = element_with_text("p", text);
    set(&p, "class", "hint");
    p
}

/// A link that opens an event's telling at its sentence.
fn telling_link(
    corpus: Corpus,
    location: Location,
    event: &EventAnnotation,
    telling: usize,
    text: &str,
) -> Element {
    let t = &event.tellings[telling];
    let state = ViewState {
        doc: Some(corpus.documents[t.doc].id.clone()),
        at: Some((t.start, t.end)),
        ..location.current()
    };
    let link = element_with_text("a", text);
    set(&link, "href", &location.href(&state));
    set(&link, "data-doc", &corpus.documents[t.doc].id);
    set(&link, "data-at", &format!("{}-{}", t.start, t.end));
    link
}

/// The events as a table: date, label, and the articles that tell each (links to the
/// sentence). The same events as the chart, undated ones last.
fn draw_table(corpus: Corpus, location: Location, shown: &[usize], rows: usize) -> Element {
    let table = element("table");
    append(
        &table,
        &element_with_text("caption", "Events, in date order"),
    );
    let head = element("tr");
    for name in ["Date", "Event", "Told by"] {
        let th = element_with_text("th", name);
        set(&th, "scope", "col");
        append(&head, &th);
    }
    let thead = element("thead");
    append(&thead, &head);
    append(&table, &thead);
    let body = element("tbody");
    for &e in shown.iter().take(rows) {
        let event = &corpus.annotations.events[e];
        let tr = element("tr");
        let date = element_with_text("td", &event.value);
        set(&date, "title", &Shape::of(&event.value).describe());
        append(&tr, &date);
        append(&tr, &element_with_text("td", &event_label(corpus, event)));
        let sources = element("td");
        for (i, t) in event.tellings.iter().enumerate() {
            let doc = &corpus.documents[t.doc];
            if i > 0 {
                append_text(&sources, "; ");
            }
            let name = doc.source.as_deref().unwrap_or(&doc.title);
            append(&sources, &telling_link(corpus, location, event, i, name));
        }
        if event.conflict {
            append_text(&sources, " (dates disagree)");
        }
        append(&tr, &sources);
        append(&body, &tr);
    }
    append(&table, &body);
    table
}

fn svg_element(tag: &str) -> Element {
    document()
        .create_element_ns(Some(SVG), tag)
        .expect("creating an SVG element with a literal tag name cannot fail")
}

/// Sets numeric attributes, rounded to whole pixels (integer formatting keeps the float
/// formatter out of the wasm).
fn attrs(element: &Element, values: &[(&str, f64)]) {
    for (name, value) in values {
        set(element, name, &px(*value));
    }
}

fn px(value: f64) -> String {
    (value.round() as i64).to_string()
}
