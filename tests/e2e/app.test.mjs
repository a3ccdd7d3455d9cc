// End-to-end tests of the release build in Debian's Chromium, served from a sub-path on
// 127.0.0.1. Run by scripts/test after `trunk build --release`:
//   DIST=dist FIXTURE_DIST=target/dist-fixture node --test tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';

import { serveDist, servePage } from './server.mjs';
import { launch, watchedPage } from './browser.mjs';

const DIST = process.env.DIST ?? 'dist';
// Built from tests/fixtures/search/corpus: articles with diacritics, sources, and markup.
const FIXTURE_DIST = process.env.FIXTURE_DIST ?? 'target/dist-fixture';
const ARTIFACTS = 'tests/artifacts';

// The default corpus as a reader sees it: id, listed title, a sentence of its body.
const SEEDS = [
  ['000_3243ac3484a1e572', 'Kazakhstan Responds to Syrian Opposition Negotiation Request, Supports Continued Dialogue',
    'The spokesman explained that at the moment the talk now is only about a deeper study of this issue'],
  ['001_8b71802b9a9b660c', 'Kazakh president orders Foreign Ministry to prepare for Syria talks',
    'The second round of the talks was held in October 2015.'],
  ['002_c2364f0c6250633e', 'Representatives of Syrian Opposition Meet in Astana',
    'The second round was attended by 37 people, including representatives of different political offices.'],
  ['003_da02a954fabbef6f', 'Syrian talks have kicked off in Kazakhstan’s capital Astana, Tengrinews reports citing the Foreign Affairs Ministry of Kazakhstan.',
    'The negotiations will last until May 27.'],
  ['004_cfe07add8a2e0fb0', 'Kazakhstan ready to resume Syria talks in Astana format as goodwill gesture - Foreign Ministry',
    'Kazakhstan proposed on Wednesday that the latest round of Syria talks be declared the last one in the Astana format.'],
];

let browser;
let site;

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  browser = await launch();
  site = await serveDist(DIST);
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const listTitles = (page) => page.getByTestId('article-link').allTextContents();

test('lists the five seed articles with their titles, under a sub-path', async () => {
  const { page, context, problems } = await watchedPage(browser, [site.origin]);
  await page.goto(site.url);
  await page.getByRole('navigation', { name: 'Articles' }).waitFor();
  assert.deepEqual(await listTitles(page), SEEDS.map(([, title]) => title));
  assert.equal(await page.getByTestId('article-count').textContent(), '5 articles');
  await page.screenshot({ path: `${ARTIFACTS}/article-list.png`, fullPage: true });
  // Every request stayed under the sub-path: nothing asked of the server's root.
  assert.deepEqual(site.requests.filter((r) => !r.path.startsWith('/newsroom/astana/')), []);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('opening an article shows its full text; back returns to the list', async () => {
  const { page, context, problems } = await watchedPage(browser, [site.origin]);
  await page.goto(site.url);
  for (const [id, title, sentence] of SEEDS) {
    await page.getByRole('link', { name: title }).click();
    const reader = page.getByRole('article', { name: title });
    await reader.waitFor();
    assert.equal(new URL(page.url()).searchParams.get('doc'), id);
    assert.ok((await page.getByTestId('reader-body').textContent()).includes(sentence), `${id} shows its text`);
    assert.equal(await page.title(), `${title} — Dossier`);
    if (id === SEEDS[1][0]) await page.screenshot({ path: `${ARTIFACTS}/reader.png`, fullPage: true });
    await page.goBack();
    await page.getByRole('navigation', { name: 'Articles' }).waitFor();
    assert.equal(await page.getByTestId('reader').count(), 0);
    assert.equal(new URL(page.url()).search, '');
  }
  await page.goForward();
  await page.getByRole('article', { name: SEEDS[4][1] }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a link to an article opens it directly, and survives a reload', async () => {
  const { page, context, problems } = await watchedPage(browser, [site.origin]);
  const [id, title] = SEEDS[2];
  await page.goto(`${site.url}?doc=${id}`);
  await page.getByRole('article', { name: title }).waitFor();
  await page.reload();
  await page.getByRole('article', { name: title }).waitFor();
  await page.getByTestId('back-link').click();
  await page.getByRole('navigation', { name: 'Articles' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('malformed and unknown URL parameters give a notice, not a broken page', async () => {
  const { page, context, problems } = await watchedPage(browser, [site.origin]);
  await page.goto(`${site.url}?doc=%E2%28&colour=red&%zz`);
  await page.getByRole('navigation', { name: 'Articles' }).waitFor();
  const notices = await page.getByTestId('notices').textContent();
  assert.match(notices, /not properly URL-encoded/);
  assert.match(notices, /unknown parameter “colour”/);
  assert.equal((await listTitles(page)).length, 5);

  await page.goto(`${site.url}?doc=no-such-article`);
  await page.getByTestId('missing-article').waitFor();
  assert.match(await page.getByTestId('missing-article').textContent(), /no article “no-such-article”/);
  assert.equal((await listTitles(page)).length, 5);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('works inside an iframe on another origin, at 600 × 400', async () => {
  const host = await servePage(
    `<!doctype html><title>Host</title><h1>Newsroom page</h1>
     <iframe src="${site.url}" title="Dossier" width="600" height="400"></iframe>`,
  );
  const { page, context, problems } = await watchedPage(browser, [site.origin, host.origin]);
  await page.goto(host.origin + '/');
  const frame = page.frameLocator('iframe[title="Dossier"]');
  await frame.getByRole('link', { name: SEEDS[0][1] }).click();
  await frame.getByRole('article', { name: SEEDS[0][1] }).waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/iframe.png` });
  assert.notEqual(new URL(host.origin).origin, new URL(site.origin).origin);
  assert.deepEqual(problems(), []);
  await context.close();
  await host.close();
});

test('usable at 360 px wide', async () => {
  const { page, context, problems } = await watchedPage(browser, [site.origin], { width: 360, height: 740 });
  await page.goto(`${site.url}?doc=${SEEDS[3][0]}`);
  await page.getByRole('article', { name: SEEDS[3][1] }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: `${ARTIFACTS}/narrow.png`, fullPage: true });
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the reader highlights people, organisations, places and dates, and dims boilerplate', async () => {
  const { page, context, problems } = await watchedPage(browser, [site.origin]);
  const [id, title] = SEEDS[3];
  await page.goto(`${site.url}?doc=${id}`);
  await page.getByRole('article', { name: title }).waitFor();
  const marks = await page.$$eval('[data-testid="reader-body"] mark', (ms) =>
    ms.map((m) => ({ text: m.textContent, kind: m.dataset.kind, entity: m.dataset.entity ?? null, value: m.dataset.value ?? null })),
  );
  const has = (text, kind) => marks.some((m) => m.text === text && m.kind === kind);
  assert.ok(has('Randa Kassis', 'person'), JSON.stringify(marks));
  assert.ok(has('Kassis', 'person') || has('Randa Kassis', 'person'));
  assert.ok(has('Astana', 'place'));
  assert.ok(has('Tengrinews', 'organization'));
  assert.ok(has('Movement of the Pluralistic Society', 'organization'));
  // A surname and the full name point to the same entity.
  const kassis = marks.filter((m) => m.kind === 'person' && m.text.endsWith('Kassis')).map((m) => m.entity);
  assert.ok(kassis.length >= 2 && new Set(kassis).size === 1, JSON.stringify(kassis));
  // Dates carry their EDTF value; this article names no year, the corpus gives it one.
  const may27 = marks.find((m) => m.kind === 'date' && m.text === 'May 27');
  assert.equal(may27?.value, '2015-05-27?');
  // The byline is not boilerplate; the text is still all there, as text.
  assert.ok((await page.getByTestId('reader-body').textContent()).includes('By Assel Satubaldina'));
  await page.screenshot({ path: `${ARTIFACTS}/highlights.png`, fullPage: true });

  await page.goto(`${site.url}?doc=${SEEDS[0][0]}`);
  await page.getByRole('article', { name: SEEDS[0][1] }).waitFor();
  const dimmed = await page.$$eval('[data-testid="reader-body"] p.boilerplate', (ps) => ps.map((p) => p.textContent));
  assert.equal(dimmed.length, 1);
  assert.match(dimmed[0], /^Get The Astana Times stories/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('markup in corpus text is shown literally, never run', async () => {
  const hostile = await serveDist(FIXTURE_DIST);
  const { page, context, problems } = await watchedPage(browser, [hostile.origin]);
  await page.goto(hostile.url);
  const title = '<script>alert(1)</script> &lt;b&gt; is not bold';
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('article', { name: title }).waitFor();
  const body = await page.getByTestId('reader-body').textContent();
  assert.ok(body.includes('<img src=x onerror=alert(2)>'), body);
  const heading = await page.getByRole('heading', { name: title }).textContent();
  assert.equal(heading, title);
  const injected = await page.evaluate(
    () => document.querySelectorAll('main script, main img, main b').length,
  );
  assert.equal(injected, 0);
  assert.deepEqual(problems(), []); // includes: no dialog opened
  await context.close();
  await hostile.close();
});

test('a bad corpus fails the build, naming the file and the problem', () => {
  const run = spawnSync('cargo', ['build', '--lib', '--quiet'], {
    env: { ...process.env, DOSSIER_CORPUS: 'tests/fixtures/corpus/several-problems' },
    encoding: 'utf8',
  });
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /several-problems\/a\.txt: the file is empty/);
  assert.match(run.stderr, /several-problems\/b\.txt: not valid UTF-8 at byte 0 \(line 1\)/);
});
