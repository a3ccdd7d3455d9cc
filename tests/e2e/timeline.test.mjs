// End-to-end tests of the timeline against the release builds, in Debian's Chromium: the seed
// corpus' events, the undated list, zoom and pan by keyboard, wheel and drag, the brush as the
// date filter (and the URL), activation opening the sentence, the list view, accessibility.
//   DIST=dist FIXTURE_DIST=target/dist-fixture node --test tests/e2e/timeline.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { serveDist, servePage } from './server.mjs';
import { launch, watchedPage } from './browser.mjs';

const DIST = process.env.DIST ?? 'dist';
const FIXTURE_DIST = process.env.FIXTURE_DIST ?? 'target/dist-fixture';
const ARTIFACTS = 'tests/artifacts';
const SEED_DOCS = [
  '000_3243ac3484a1e572',
  '001_8b71802b9a9b660c',
  '002_c2364f0c6250633e',
  '003_da02a954fabbef6f',
  '004_cfe07add8a2e0fb0',
];

let browser;
let fixture;
let seeds;

before(async () => {
  browser = await launch();
  fixture = await serveDist(FIXTURE_DIST);
  seeds = await serveDist(DIST);
});

after(async () => {
  await browser?.close();
  await fixture?.close();
  await seeds?.close();
});

/** A fresh page on `site` at `query` with the chart drawn; `done()` checks for problems. */
async function open(site, query = '', viewport = { width: 1400, height: 900 }) {
  const { page, context, problems } = await watchedPage(browser, [site.origin], viewport);
  await page.goto(site.url + query);
  await page.getByRole('region', { name: 'Timeline' }).waitFor();
  return {
    page,
    done: async () => {
      assert.deepEqual(problems(), []);
      await context.close();
    },
  };
}

const chart = (page) => page.getByTestId('timeline-chart');
const marks = (page) => chart(page).locator('[data-g]');
const params = (page) => new URL(page.url()).searchParams;
/** The visible days, as the chart reports them. */
const shownRange = (page) =>
  chart(page).locator('svg').evaluate((svg) => [svg.dataset.from, svg.dataset.to]);
const days = ([from, to]) => (Date.parse(to) - Date.parse(from)) / 86400000;
/** The table's rows: [date, event, told by]. */
const tableRows = (page) =>
  page.getByTestId('timeline-table').locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.cells].map((c) => c.textContent)),
  );

test('the seed timeline shows events from all five articles, with their years', async () => {
  const { page, done } = await open(seeds, '?lanes=article');
  await marks(page).first().waitFor();
  // One lane per article: all five have events.
  const lanes = await chart(page).locator('.lane-label').allTextContents();
  assert.equal(lanes.length, 5, `lanes: ${lanes}`);
  // Every mark is named by its EDTF date first (a cluster by its span of days).
  for (const name of await marks(page).evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')))) {
    assert.match(name, /^(\d{4}|XXXX)[-\d~?%/]*[ :]/, name);
  }
  // The list view: every event, its year, and the articles telling it.
  await page.getByRole('button', { name: 'List view' }).click();
  await page.getByTestId('timeline-table').locator('tbody tr').first().waitFor();
  const rows = await tableRows(page);
  assert.equal(await page.getByTestId('timeline-count').textContent(), `${rows.length} events`);
  const years = new Set(rows.map(([date]) => date.slice(0, 4)));
  assert.deepEqual([...years].sort(), ['2015', '2016', '2023']);
  const docs = await page
    .getByTestId('timeline-table')
    .locator('a[data-doc]')
    .evaluateAll((links) => [...new Set(links.map((a) => a.dataset.doc))].sort());
  assert.deepEqual(docs, SEED_DOCS);
  // The dateline of the 2023 article and the 2015 talks, with the article's own date.
  assert.ok(rows.some(([date, label]) => date === '2023-06-22' && label.includes('Kazakhstan')), 'a 2023 event');
  assert.ok(rows.some(([date]) => date.startsWith('2015-05-25')), 'the May 2015 talks');
  assert.equal(params(page).get('timeline'), 'list');
  await page.screenshot({ path: `${ARTIFACTS}/timeline-list.png` });
  await page.getByRole('button', { name: 'List view' }).click();
  // A cluster opens up when activated: the zoom spreads its events apart.
  const cluster = chart(page).locator('.cluster').first();
  await cluster.waitFor();
  const before = await shownRange(page);
  const clustered = Number(await cluster.locator('text').textContent());
  await cluster.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((f) => document.querySelector('.chart').dataset.from !== f, before[0]);
  assert.ok(days(await shownRange(page)) < days(before) / 4);
  const named = await marks(page).evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));
  assert.ok(named.length >= 2 && named.length <= clustered * 2 + 4, named.join('\n'));
  // Precision is visible: approximate and uncertain dates are drawn differently.
  assert.ok((await chart(page).locator('.ev.approximate').count()) + (await chart(page).locator('.ev.uncertain').count()) > 0);
  await done();
});

test('events without a year are listed beside the axis, with the reason', async () => {
  const { page, done } = await open(fixture);
  const undated = page.getByTestId('undated').locator('li');
  await undated.first().waitFor();
  const items = await undated.allTextContents();
  assert.equal(items.length, 2, items.join('\n'));
  assert.ok(items.some((t) => t.startsWith('XXXX-04-20 The ferry operator')), items.join('\n'));
  for (const item of items) assert.match(item, /no year is given, and the article’s own year is unknown/);
  // Not on the axis.
  const names = await marks(page).evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));
  assert.ok(!names.some((n) => n.startsWith('XXXX')), names.join('\n'));
  // Its link opens the article at the sentence.
  await undated.first().locator('a').click();
  await page.locator('.reader .sentence').first().waitFor();
  assert.equal(params(page).get('doc'), 'ferry');
  await done();
});

test('zoom and pan by keyboard, buttons, wheel and drag change the visible range', async () => {
  const { page, done } = await open(fixture);
  await marks(page).first().waitFor();
  const start = await shownRange(page);
  await chart(page).focus();
  await page.keyboard.press('+');
  await page.waitForFunction((before) => document.querySelector('.chart').dataset.from !== before, start[0]);
  const zoomed = await shownRange(page);
  assert.ok(days(zoomed) < days(start) * 0.6, `${zoomed} after + from ${start}`);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((before) => document.querySelector('.chart').dataset.from !== before, zoomed[0]);
  const panned = await shownRange(page);
  assert.ok(Date.parse(panned[0]) > Date.parse(zoomed[0]), `${panned} after → from ${zoomed}`);
  assert.ok(Math.abs(days(panned) - days(zoomed)) <= 1);
  await page.keyboard.press('-');
  await page.waitForFunction((before) => document.querySelector('.chart').dataset.from !== before, panned[0]);
  assert.ok(days(await shownRange(page)) > days(panned) * 1.6);
  // Buttons.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(100);
  const byButton = await shownRange(page);
  assert.ok(days(byButton) < days(panned) * 1.2);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.waitForFunction((f) => document.querySelector('.chart').dataset.from === f, start[0]);
  // Wheel, around the pointer: the day under it stays put.
  const box = await chart(page).locator('svg').boundingBox();
  await page.mouse.move(box.x + box.width * 0.25, box.y + 10);
  await page.mouse.wheel(0, -400);
  await page.waitForFunction((f) => document.querySelector('.chart').dataset.from !== f, start[0]);
  const wheeled = await shownRange(page);
  assert.ok(days(wheeled) < days(start), `${wheeled} after the wheel`);
  assert.ok(Date.parse(wheeled[0]) > Date.parse(start[0]), 'zoomed around the pointer, not the left edge');
  // Drag the plot (not the axis) to the left: later days come into view.
  await page.mouse.move(box.x + box.width * 0.6, box.y + 12);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.4, box.y + 12, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(100);
  const dragged = await shownRange(page);
  assert.ok(Date.parse(dragged[0]) > Date.parse(wheeled[0]), `${dragged} after dragging from ${wheeled}`);
  assert.equal(params(page).get('from'), null, 'panning is not brushing');
  // Pinch: two pointers moving apart zoom in around their middle.
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.waitForFunction((f) => document.querySelector('.chart').dataset.from === f, start[0]);
  await page.evaluate(() => {
    const svg = document.querySelector('.chart');
    const { left, top } = svg.getBoundingClientRect();
    const at = (type, pointerId, x) =>
      svg.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId, clientX: left + x, clientY: top + 8 }));
    at('pointerdown', 1, 300);
    at('pointerdown', 2, 400);
    at('pointermove', 2, 500);
    at('pointerup', 1, 300);
    at('pointerup', 2, 500);
  });
  await page.waitForFunction((f) => document.querySelector('.chart').dataset.from !== f, start[0]);
  const pinched = await shownRange(page);
  assert.ok(Math.abs(days(pinched) - days(start) / 2) <= 2, `${pinched} after a pinch from ${start}`);
  await done();
});

test('brushing the axis filters the articles, the inputs follow, and a reload keeps it', async () => {
  const { page, done } = await open(fixture, '?q=gdansk');
  await marks(page).first().waitFor();
  const before = await page.getByTestId('article-link').count();
  const axis = await chart(page).locator('.axis-strip').boundingBox();
  // Brush the first fifth of the axis: the 2019 events, not the 2021 ones.
  await page.mouse.move(axis.x + 2, axis.y + axis.height / 2);
  await page.mouse.down();
  await page.mouse.move(axis.x + axis.width * 0.3, axis.y + axis.height / 2, { steps: 6 });
  await page.mouse.up();
  await page.waitForFunction(() => new URL(location.href).searchParams.has('to'));
  const from = params(page).get('from');
  const to = params(page).get('to');
  assert.match(from, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(to < '2021-01-01' && to > '2019-01-01', `brushed to ${to}`);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=article-link]').length < n, before);
  const titles = await page.getByTestId('article-link').allTextContents();
  assert.ok(!titles.includes('City council debates tram line'), titles.join(' | '));
  assert.equal(await page.getByLabel('From', { exact: true }).inputValue(), from);
  assert.equal(await page.getByLabel('To', { exact: true }).inputValue(), to);
  // The band is drawn, and the timeline keeps the events outside it (it is not thinned by dates).
  await chart(page).locator('.band').waitFor();
  await page.reload();
  await page.getByRole('region', { name: 'Timeline' }).waitFor();
  assert.equal(await page.getByLabel('To', { exact: true }).inputValue(), to);
  assert.deepEqual(await page.getByTestId('article-link').allTextContents(), titles);
  await page.goBack();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('to'));
  await done();
});

test('activating an event opens its article at the sentence, with the date highlighted', async () => {
  const { page, done } = await open(fixture, '', { width: 1600, height: 900 });
  const event = marks(page).filter({ hasNot: page.locator('.cluster') }).and(page.locator('[aria-label^="2021-12 "]'));
  await event.waitFor();
  // The card, by focus.
  await event.focus();
  const card = page.getByTestId('event-card');
  await card.waitFor();
  const cardText = await card.textContent();
  assert.match(cardText, /2021-12 · month/);
  assert.match(cardText, /Baltic Ledger: City council debates tram line/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.has('at'));
  assert.equal(params(page).get('doc'), 'council');
  const sentence = page.locator('.reader .sentence');
  await sentence.first().waitFor();
  const text = (await sentence.allTextContents()).join('');
  assert.equal(text, 'Nowak said the vote was expected in December 2021.');
  assert.equal(await page.locator('.reader mark.event-date').textContent(), 'December 2021');
  await page.waitForTimeout(200);
  assert.ok(await sentence.first().isVisible());
  // A conflicting event is marked, and says so.
  await page.goto(fixture.url + '?timeline=list');
  const rows = page.getByTestId('timeline-table').locator('tbody tr');
  await rows.first().waitFor();
  const conflict = rows.filter({ hasText: 'dates disagree' });
  assert.equal(await conflict.count(), 1);
  assert.match(await conflict.textContent(), /Baltic Ledger; Anatolian Review/);
  await done();
});

test('the list view matches the marks, and the filters thin both', async () => {
  const { page, done } = await open(fixture, '', { width: 1600, height: 900 });
  await marks(page).first().waitFor();
  assert.equal(await chart(page).locator('.cluster').count(), 0, 'nothing clustered at this width');
  const named = await marks(page).evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));
  await page.getByRole('button', { name: 'List view' }).click();
  await page.getByTestId('timeline-table').locator('tbody tr').first().waitFor();
  const rows = (await tableRows(page)).filter(([date]) => !date.startsWith('XXXX'));
  const fromRows = rows.map(([date, label, sources]) => {
    const n = sources.split(';').length;
    return `${date} ${label}${n > 1 ? ` (${n} sources)` : ''}${sources.includes('disagree') ? ' (conflicting dates)' : ''}`;
  });
  assert.deepEqual(named.sort(), fromRows.sort());
  // The search thins the timeline too.
  await page.getByRole('searchbox', { name: 'Search' }).fill('orchestra');
  await page.waitForFunction(() => document.querySelector('[data-testid=timeline-count]').textContent === '1 event');
  assert.equal((await tableRows(page)).length, 1);
  await page.getByRole('button', { name: 'List view' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.chart [data-g]').length === 1);
  await done();
});

test('lanes switch between sources, articles and kinds, and the URL keeps them', async () => {
  const { page, done } = await open(fixture);
  await marks(page).first().waitFor();
  const labels = () => chart(page).locator('.lane-label').allTextContents();
  assert.deepEqual(await labels(), ['Baltic Ledger', 'Anatolian Review', 'No source']);
  await page.getByTestId('lanes').selectOption('kind');
  await page.waitForFunction(() => document.querySelector('.lane-label').textContent === 'People');
  // (The fixture's "Vienna Philharmonic" is an organisation, so three kinds have events.)
  assert.deepEqual(await labels(), ['People', 'Organisations', 'Places']);
  assert.equal(params(page).get('lanes'), 'kind');
  await page.reload();
  await marks(page).first().waitFor();
  assert.deepEqual(await labels(), ['People', 'Organisations', 'Places']);
  await done();
});

test('the timeline has no axe-core violations, chart and list, light and dark', async () => {
  const axe = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
  for (const scheme of ['light', 'dark']) {
    for (const query of ['', '?timeline=list']) {
      const { page, done } = await open(fixture, query);
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator(query ? '[data-testid=timeline-table] tr' : '.chart [data-g]').first().waitFor();
      if (!query) await marks(page).first().focus(); // the card is shown too
      await page.addScriptTag({ content: axe });
      const result = await page.evaluate(() =>
        window.axe.run(document.querySelector('[data-testid=timeline]')),
      );
      const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
      assert.deepEqual(violations, [], `${scheme} ${query}`);
      await done();
    }
  }
});

test('compact: usable at 360 px wide and inside a 600 × 400 iframe', async () => {
  const { page, done } = await open(seeds, '', { width: 360, height: 740 });
  await marks(page).first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  const svg = await chart(page).locator('svg').boundingBox();
  assert.ok(svg.width <= 360 && svg.width > 250, `chart ${svg.width}px wide`);
  await page.screenshot({ path: `${ARTIFACTS}/timeline-360.png` });
  await done();

  const host = await servePage(
    `<!doctype html><title>host</title>
     <iframe src="${seeds.url}" title="Dossier" width="600" height="400"></iframe>`,
  );
  const { page: hostPage, context, problems } = await watchedPage(browser, [host.origin, seeds.origin]);
  await hostPage.goto(host.origin + '/');
  const frame = hostPage.frameLocator('iframe[title="Dossier"]');
  await frame.locator('.chart [data-g]').first().waitFor();
  await frame.getByTestId('timeline-chart').focus();
  await hostPage.keyboard.press('+');
  await frame.getByRole('button', { name: 'List view' }).click();
  await frame.getByTestId('timeline-table').locator('tbody tr').first().waitFor();
  await hostPage.screenshot({ path: `${ARTIFACTS}/timeline-iframe.png` });
  assert.deepEqual(problems(), []);
  await context.close();
  await host.close();
});
