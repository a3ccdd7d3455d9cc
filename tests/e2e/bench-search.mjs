// Benchmark: the explorer at scale, in headless Chromium, against a release build of the app
// with a synthetic corpus embedded, served on 127.0.0.1; and, in the same run, minisearch and
// flexsearch (npm) indexing the same articles and answering the same keystrokes.
//   node tests/e2e/bench-search.mjs DIST CORPUS_DIR [STARTUP_RUNS]
//
// Measured:
// - start-up: navigation -> article list visible, and -> the first keystroke answered
//   (time to interactive), fresh browser context each run (cold cache);
// - keystroke -> results rendered: from the `input` event to the last DOM change it causes in
//   the result list (titles and snippets), and in all of <main> (with the facet counts, which
//   the app draws one frame later), for every keystroke of the query list; and the result list
//   for every keystroke of three of the queries typed again as quoted phrases;
// - the baselines: index build time, and per keystroke search + drawing the top 50 titles.
import { readdir, readFile, mkdir, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';

import { serveDist } from './server.mjs';
import { launch } from './browser.mjs';

const [dist, corpusDir, startupRuns = '3'] = process.argv.slice(2);
if (!dist || !corpusDir) {
  console.error('usage: node tests/e2e/bench-search.mjs DIST CORPUS_DIR [STARTUP_RUNS]');
  process.exit(2);
}

// The corpus as the baselines see it: title (first line) and text.
const files = (await readdir(corpusDir)).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort();
const articles = [];
for (const file of files) {
  const text = await readFile(join(corpusDir, file), 'utf8');
  articles.push({ id: articles.length, title: text.split('\n', 1)[0], text });
}

// Queries: words from headlines spread over the corpus (common and rare), typed one key at a
// time, so each prefix is a query. Deterministic for a given corpus.
const queries = [];
for (let i = 0; queries.length < 12 && i < articles.length; i += Math.max(1, Math.floor(articles.length / 12))) {
  const words = articles[i].title.split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w));
  if (words.length >= 2) queries.push(queries.length % 2 ? words[0].toLowerCase() : `${words[0]} ${words[1]}`.toLowerCase());
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const summary = (xs) =>
  `n=${xs.length} median ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;

const browser = await launch();
const site = await serveDist(dist);

// 1. Start-up.
const toList = [];
const toAnswer = [];
for (let i = 0; i < Number(startupRuns); i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const start = performance.now();
  await page.goto(site.url, { waitUntil: 'commit' });
  await page.getByRole('navigation', { name: 'Articles' }).waitFor({ state: 'visible' });
  toList.push(performance.now() - start);
  await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('q');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'q');
  await page.getByTestId('result-count').waitFor();
  toAnswer.push(performance.now() - start);
  await context.close();
}
console.log(`articles: ${articles.length}; ${(articles.reduce((n, a) => n + a.text.length, 0) / 1e6).toFixed(1)} MB of text`);
console.log(`start-up, navigation -> list visible: ${summary(toList)}`);
console.log(`start-up, navigation -> first keystroke answered (interactive): ${summary(toAnswer)}`);

// 2. Keystroke latency in the app.
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(site.url);
await page.getByRole('navigation', { name: 'Articles' }).waitFor();
await page.evaluate(() => {
  const state = { start: 0, last: 0, list: 0 };
  window.__bench = state;
  window.addEventListener('input', () => { state.start = performance.now(); state.last = 0; state.list = 0; }, true);
  const options = { subtree: true, childList: true, characterData: true, attributes: true };
  new MutationObserver(() => { state.last = performance.now(); }).observe(document.querySelector('main'), options);
  new MutationObserver(() => { state.list = performance.now(); }).observe(document.querySelector('nav[aria-label=Articles]'), options);
});
const box = page.getByRole('searchbox', { name: 'Search' });
const appLatency = [];
const listLatency = [];
const prefixes = [];
let results = [];
for (const query of queries) {
  await box.fill('');
  await page.waitForTimeout(50);
  for (let i = 1; i <= query.length; i++) {
    await box.pressSequentially(query[i - 1]);
    // Two frames: every update the keystroke caused has happened.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const { start, last, list } = await page.evaluate(() => window.__bench);
    if (last > start) appLatency.push(last - start);
    if (list > start) listLatency.push(list - start);
    prefixes.push(query.slice(0, i));
  }
  results.push(`${query}: ${await page.getByTestId('result-count').textContent()}`);
}
// Phrases: the two-word queries in quotes, typed the same way. The first keystroke that makes
// a phrase of two words reads the candidate articles' words in order (kept for the next ones).
const phraseLatency = [];
for (const query of queries.filter((q) => q.includes(' ')).slice(0, 3)) {
  const phrase = `"${query}"`;
  await box.fill('');
  await page.waitForTimeout(50);
  for (const key of phrase) {
    await box.pressSequentially(key);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const { start, list } = await page.evaluate(() => window.__bench);
    if (list > start) phraseLatency.push(list - start);
  }
  results.push(`${phrase}: ${await page.getByTestId('result-count').textContent()}`);
}
await context.close();
console.log(`queries: ${results.join('; ')}`);
console.log(`dossier keystroke -> result list (titles, snippets) rendered: ${summary(listLatency)}`);
console.log(`dossier keystroke -> everything rendered, facet counts included: ${summary(appLatency)}`);
console.log(`dossier keystroke -> result list rendered, typing quoted phrases: ${summary(phraseLatency)}`);

// 3. The baselines, in a page of their own, same prefixes.
const dir = 'target/bench-baselines';
await mkdir(dir, { recursive: true });
await writeFile(join(dir, 'corpus.json'), JSON.stringify(articles));
await copyFile('node_modules/minisearch/dist/umd/index.js', join(dir, 'minisearch.js'));
await copyFile('node_modules/flexsearch/dist/flexsearch.bundle.min.js', join(dir, 'flexsearch.js'));
await writeFile(join(dir, 'index.html'), '<!doctype html><title>baselines</title><script src="minisearch.js"></script><script src="flexsearch.js"></script><ol id="out"></ol>');
const baseSite = await serveDist(dir, '/');
const basePage = await (await browser.newContext()).newPage();
await basePage.goto(baseSite.url);
const base = await basePage.evaluate(async (prefixes) => {
  const articles = await (await fetch('corpus.json')).json();
  const out = document.getElementById('out');
  const draw = (titles) => {
    out.replaceChildren(...titles.map((t) => { const li = document.createElement('li'); li.textContent = t; return li; }));
  };
  const measure = (search) => prefixes.map((q) => {
    const t0 = performance.now();
    draw(search(q));
    return performance.now() - t0;
  });
  let t0 = performance.now();
  const mini = new MiniSearch({ fields: ['title', 'text'], storeFields: ['title'], searchOptions: { prefix: true, combineWith: 'AND' } });
  mini.addAll(articles);
  const miniBuild = performance.now() - t0;
  const miniTimes = measure((q) => mini.search(q).slice(0, 50).map((r) => r.title));
  t0 = performance.now();
  const flex = new FlexSearch.Index({ tokenize: 'forward' });
  for (const a of articles) flex.add(a.id, a.title + '\n' + a.text);
  const flexBuild = performance.now() - t0;
  const flexTimes = measure((q) => flex.search(q, { limit: 50 }).map((id) => articles[id].title));
  return { miniBuild, miniTimes, flexBuild, flexTimes };
}, prefixes);
console.log(`minisearch 7.2.0: index built in ${base.miniBuild.toFixed(0)} ms; keystroke -> top 50 titles drawn: ${summary(base.miniTimes)}`);
console.log(`flexsearch 0.8.212: index built in ${base.flexBuild.toFixed(0)} ms; keystroke -> top 50 titles drawn: ${summary(base.flexTimes)}`);
await baseSite.close();
await site.close();
await browser.close();
