// Timeline speed in headless Chromium, release builds, with vis-timeline and TimelineJS (npm)
// showing the same events in the same run:
//   node tests/e2e/bench-timeline.mjs SEED_DIST BIG_DIST BIG_CORPUS_DIR [RUNS]
// - seeds: navigation → first timeline mark drawn (median of RUNS);
// - BIG (a build whose corpus yields ≥ 10,000 events): result list visible (the data is ready)
//   → first mark drawn; a full redraw ("Fit all" after zooming in); pan and zoom frames: the
//   main-thread work of one pointer move (or wheel step) and the frame that draws it (see
//   WORK), p95 and worst over 120 steps;
// - vis-timeline and TimelineJS: the same events (from `dossier analyze BIG_CORPUS_DIR`),
//   construction → drawn, and (vis) the same pan and zoom steps through its API.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { launch } from './browser.mjs';
import { serveDist, servePage } from './server.mjs';

const [SEED_DIST = 'dist', BIG_DIST, BIG_CORPUS, RUNS = '5'] = process.argv.slice(2);
const runs = Number(RUNS);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (x) => `${x.toFixed(1)} ms`;
const over = (xs) => `${xs.filter((x) => x > 16).length}/${xs.length} over 16 ms`;

const browser = await launch();

/** Records (in the page) when the result list and the first timeline mark appear. */
const WATCH = () => {
  window.__seen = {};
  const look = () => {
    const now = performance.now();
    if (!window.__seen.list && document.querySelector('[data-testid=article-link]')) window.__seen.list = now;
    if (!window.__seen.mark && document.querySelector('.chart [data-g]')) window.__seen.mark = now;
    if (!window.__seen.mark) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

async function firstDraw(site, query = '') {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  await page.addInitScript(WORK);
  await page.goto(site.url + query);
  await page.waitForFunction(() => window.__seen.mark, null, { timeout: 60000 });
  const seen = await page.evaluate(() => window.__seen);
  return { page, context, seen };
}

/**
 * In the page: `window.__work(step)` runs `step` and returns the main-thread work it causes
 * in its frame: the step itself, plus every animation-frame callback from the first one
 * registered before it to one registered after it (the drawing), plus style and layout
 * (forced at the end). Waiting for the frame is not counted.
 */
const WORK = () => {
  window.__work = (step) =>
    new Promise((resolve) => {
      let frameStart = 0;
      requestAnimationFrame(() => (frameStart = performance.now()));
      const t0 = performance.now();
      step();
      const t1 = performance.now();
      requestAnimationFrame(() => {
        void document.body.offsetHeight;
        const work = t1 - t0 + (performance.now() - Math.max(frameStart, t1));
        setTimeout(() => resolve(work), 0);
      });
    });
};

/** In the page: the frame work of 120 pointer moves (pan) or wheel steps (zoom). */
async function frames(page, kind) {
  return page.evaluate(async (kind) => {
    const svg = document.querySelector('.chart');
    const box = svg.getBoundingClientRect();
    const y = box.top + 12;
    const out = [];
    let x = box.left + box.width * 0.8;
    if (kind === 'pan') {
      svg.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX: x, clientY: y, pointerId: 7, button: 0 }));
    }
    for (let i = 0; i < 120; i++) {
      out.push(
        await window.__work(() => {
          if (kind === 'pan') {
            x += i < 60 ? -4 : 4;
            svg.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: x, clientY: y, pointerId: 7 }));
          } else {
            const deltaY = i < 60 ? -60 : 60;
            svg.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: box.left + box.width / 2, clientY: y, deltaY }));
          }
        }),
      );
    }
    if (kind === 'pan') svg.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, clientX: x, clientY: y, pointerId: 7 }));
    return out;
  }, kind);
}

async function dossier(site, label) {
  const draws = [];
  const fromData = [];
  let redraw = [];
  let pan = [];
  let zoom = [];
  let marks = 0;
  for (let i = 0; i < runs; i++) {
    const { page, context, seen } = await firstDraw(site);
    draws.push(seen.mark);
    fromData.push(seen.mark - seen.list);
    if (i === 0) {
      marks = await page.locator('.chart [data-g]').count();
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await page.waitForTimeout(100);
      for (let r = 0; r < 10; r++) {
        const t = await page.evaluate(async () => {
          const work = await window.__work(() => document.querySelector('button[data-action=fit]').click());
          await window.__work(() => document.querySelector('button[data-action=in]').click());
          return work;
        });
        redraw.push(t);
      }
      pan = await frames(page, 'pan');
      zoom = await frames(page, 'zoom');
    }
    await context.close();
  }
  const count = await (async () => {
    const { page, context } = await firstDraw(site);
    const n = await page.getByTestId('timeline-count').textContent();
    await context.close();
    return n;
  })();
  console.log(`Dossier, ${label} (${count}, ${marks} marks drawn at "fit all"):`);
  console.log(`  navigation → first mark drawn: median ${ms(median(draws))} (runs: ${draws.map((d) => d.toFixed(0)).join(', ')})`);
  console.log(`  data ready (list visible) → first mark drawn: median ${ms(median(fromData))}`);
  if (redraw.length) console.log(`  full redraw ("Fit all"): median ${ms(median(redraw))}, worst ${ms(Math.max(...redraw))}`);
  if (pan.length) console.log(`  pan frames: p95 ${ms(pct(pan, 0.95))}, worst ${ms(Math.max(...pan))} (${over(pan)}); zoom frames: p95 ${ms(pct(zoom, 0.95))}, worst ${ms(Math.max(...zoom))} (${over(zoom)})`);
}

/** The events of a corpus as {start, end, label, group}, days from EDTF (undated ones left out). */
function eventsOf(dir) {
  const out = execFileSync('target/release/dossier', ['analyze', dir], { maxBuffer: 1 << 30 });
  const analysis = JSON.parse(out);
  const day = (v, last) => {
    const bare = v.replace(/[~?%]/g, '');
    const [y, m, d] = bare.split('-').map(Number);
    if (!Number.isFinite(y)) return null;
    if (m > 12) {
      const first = [3, 6, 9, 12][(m - 21) % 4];
      return last ? new Date(Date.UTC(y, first + 2, 0)) : new Date(Date.UTC(y, first - 1, 1));
    }
    if (!m) return last ? new Date(Date.UTC(y, 11, 31)) : new Date(Date.UTC(y, 0, 1));
    if (!d) return last ? new Date(Date.UTC(y, m, 0)) : new Date(Date.UTC(y, m - 1, 1));
    return new Date(Date.UTC(y, m - 1, d));
  };
  const events = [];
  for (const e of analysis.events) {
    const [a, b = a] = e.date.split('/');
    const start = day(a, false);
    const end = day(b, true);
    if (!start || !end) continue;
    const doc = analysis.documents.find((d) => d.id === e.sources[0].document);
    events.push({ start: start.toISOString(), end: end.toISOString(), label: e.label, group: doc?.source ?? 'No source', point: a === b && a.replace(/[~?%]/g, '').length === 10 });
  }
  return events;
}

async function visTimeline(events, label) {
  const js = await readFile('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', 'utf8');
  const css = await readFile('node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css', 'utf8');
  const host = await servePage(`<!doctype html><meta charset=utf-8><style>${css}</style><div id=t></div><script>${js}</script>`);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(WORK);
  await page.goto(host.origin + '/');
  const result = await page.evaluate(async (events) => {
    const groups = [...new Set(events.map((e) => e.group))].map((g) => ({ id: g, content: g }));
    const items = events.map((e, i) => ({ id: i, content: e.label.slice(0, 60), start: e.start, end: e.point ? undefined : e.end, type: e.point ? 'point' : 'range', group: e.group }));
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const t0 = performance.now();
    const timeline = new vis.Timeline(document.getElementById('t'), items, groups, { cluster: { maxItems: 1 }, height: '500px' });
    await nextFrame();
    const draw = performance.now() - t0;
    const step = async (move) => {
      const out = [];
      for (let i = 0; i < 120; i++) {
        const w = timeline.getWindow();
        const span = w.end - w.start;
        out.push(await window.__work(() => move(i, w, span)));
      }
      return out;
    };
    const pan = await step((i, w, span) => {
      const d = (i < 60 ? 1 : -1) * span * 0.005;
      timeline.setWindow(new Date(+w.start + d), new Date(+w.end + d), { animation: false });
    });
    const zoom = await step((i, w, span) => {
      const f = i < 60 ? 0.9 : 1 / 0.9;
      const mid = (+w.start + +w.end) / 2;
      timeline.setWindow(new Date(mid - (span * f) / 2), new Date(mid + (span * f) / 2), { animation: false });
    });
    return { draw, pan, zoom };
  }, events);
  const p = (xs) => `p95 ${ms(pct(xs, 0.95))}, worst ${ms(Math.max(...xs))} (${over(xs)})`;
  console.log(`vis-timeline 8.5.4, ${label} (${events.length} events, clustering on):`);
  console.log(`  construction → drawn: ${ms(result.draw)}; pan frames: ${p(result.pan)}; zoom frames: ${p(result.zoom)}`);
  await page.close();
  await host.close();
}

async function timelineJs(events, label) {
  const js = await readFile('node_modules/@knight-lab/timelinejs/dist/js/timeline.js', 'utf8');
  const css = await readFile('node_modules/@knight-lab/timelinejs/dist/css/timeline.css', 'utf8');
  const host = await servePage(`<!doctype html><meta charset=utf-8><style>${css}</style><div id=t style="width:1400px;height:700px"></div><script>${js}</script>`);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(host.origin + '/');
  const result = await page.evaluate(async (events) => {
    const date = (iso) => ({ year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) });
    const data = { events: events.map((e) => ({ start_date: date(e.start), end_date: e.point ? undefined : date(e.end), text: { headline: e.label.slice(0, 60), text: e.label }, group: e.group })) };
    const t0 = performance.now();
    return await new Promise((resolve) => {
      const done = () => resolve({ draw: performance.now() - t0, markers: document.querySelectorAll('.tl-timemarker').length });
      const timeline = new TL.Timeline('t', data, { script_path: '', font: null });
      timeline.on('loaded', () => requestAnimationFrame(() => setTimeout(done, 0)));
      setTimeout(() => resolve({ draw: null }), 120000);
    });
  }, events);
  console.log(`TimelineJS 3.9.11, ${label} (${events.length} events):`);
  console.log(result.draw == null ? '  not drawn within 120 s' : `  construction → drawn: ${ms(result.draw)} (${result.markers} markers)`);
  await page.close();
  await host.close();
}

const seedSite = await serveDist(SEED_DIST);
await dossier(seedSite, 'seed corpus');
await visTimeline(eventsOf('seeds'), 'seed corpus');
await timelineJs(eventsOf('seeds'), 'seed corpus');
await seedSite.close();
if (BIG_DIST) {
  const big = await serveDist(BIG_DIST);
  await dossier(big, BIG_CORPUS);
  const events = eventsOf(BIG_CORPUS);
  await visTimeline(events, BIG_CORPUS);
  await timelineJs(events, BIG_CORPUS);
  await big.close();
}
await browser.close();
