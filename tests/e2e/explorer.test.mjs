// End-to-end tests of the explorer (search, facets, hover cards, URL state, keyboard,
// accessibility) against the release builds, in Debian's Chromium. Run by scripts/test:
//   DIST=dist FIXTURE_DIST=target/dist-fixture node --test tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { serveDist } from './server.mjs';
import { launch, watchedPage } from './browser.mjs';

const DIST = process.env.DIST ?? 'dist';
const FIXTURE_DIST = process.env.FIXTURE_DIST ?? 'target/dist-fixture';
const ARTIFACTS = 'tests/artifacts';

// The fixture corpus (tests/fixtures/search/corpus), by title.
const HARBOUR = 'Port strike halts grain shipments in Gdańsk';
const SUMMIT = 'Leaders meet in Ankara over grain corridor';
const ORCHESTRA = 'Orchestra returns to the Vienna stage after renovation';
const COUNCIL = 'City council debates tram line';
const MARKUP = '<script>alert(1)</script> &lt;b&gt; is not bold';
const FERRY = 'Ferry service to Hel resumes after repairs';
const RETELLING = 'Dockers back at work';
const ALL = [COUNCIL, FERRY, HARBOUR, MARKUP, ORCHESTRA, RETELLING, SUMMIT];
const KASSIS_DOC = '003_da02a954fabbef6f';

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

/** A fresh page on `site` at `query`; `done()` asserts that nothing went wrong and closes it. */
async function open(site, query = '', viewport) {
  const { page, context, problems } = await watchedPage(browser, [site.origin], viewport);
  await page.goto(site.url + query);
  await page.getByRole('navigation', { name: 'Articles' }).waitFor();
  return {
    page,
    done: async () => {
      assert.deepEqual(problems(), []);
      await context.close();
    },
  };
}

const titles = (page) => page.getByTestId('article-link').allTextContents();
const searchBox = (page) => page.getByRole('searchbox', { name: 'Search' });
const params = (page) => new URL(page.url()).searchParams;

/** Types `text` into the search box (replacing what is there) and waits for the results. */
async function search(page, text, expected) {
  await searchBox(page).fill('');
  await searchBox(page).pressSequentially(text);
  if (expected) await waitForTitles(page, expected);
}

async function waitForTitles(page, expected) {
  const want = JSON.stringify(expected);
  await page
    .waitForFunction(
      (want) => JSON.stringify([...document.querySelectorAll('[data-testid=article-link]')].map((a) => a.textContent)) === want,
      want,
      { timeout: 5000 },
    )
    .catch(() => {});
  assert.deepEqual(await titles(page), expected);
}

test('search filters as you type: diacritics, quotes, prefixes, phrases, exclusions, ranking', async () => {
  const { page, done } = await open(fixture);
  await waitForTitles(page, ALL);
  await search(page, 'Erdogan', [SUMMIT]);
  await search(page, 'TURKIYE', [HARBOUR]);
  await search(page, 'gdansk', [HARBOUR, RETELLING, COUNCIL, SUMMIT]); // the headline match ranks first
  await search(page, 'gra', [SUMMIT, HARBOUR]); // the last word is a prefix
  await search(page, '"grain corridor"', [SUMMIT]);
  await search(page, '“grain corridor”', [SUMMIT]);
  await search(page, "Wisniewska's deputy", [HARBOUR]); // the text has a curly apostrophe
  await search(page, 'grain -corridor', [HARBOUR]);
  await search(page, 'grain -"black sea"', [HARBOUR]);
  assert.equal(params(page).get('q'), 'grain -"black sea"');
  // A snippet around the match, with the match marked.
  await search(page, 'renovated', [ORCHESTRA]);
  assert.deepEqual(await page.locator('[data-testid=snippet] mark.hit').allTextContents(), ['renovated']);
  // Boilerplate is not searched.
  await search(page, 'newsletter', []);
  assert.equal(await page.getByTestId('result-count').textContent(), 'No article matches.');
  await page.screenshot({ path: `${ARTIFACTS}/search.png` });
  await done();
});

test('operators over the analysis, and messages for what is not understood', async () => {
  const { page, done } = await open(fixture);
  await search(page, 'person:Muti', [ORCHESTRA]);
  await search(page, 'person:"Marta Wisniewska"', [HARBOUR]);
  await search(page, 'org:WFP', [SUMMIT]);
  await search(page, 'place:vienna', [ORCHESTRA]);
  await search(page, 'source:ledger', [COUNCIL, HARBOUR]);
  await search(page, 'after:2021', [COUNCIL, ORCHESTRA]);
  await search(page, 'before:2019-04', [HARBOUR, RETELLING, SUMMIT]);
  await search(page, 'grain after:2019-04', [SUMMIT]);
  assert.equal(await page.getByTestId('search-problems').textContent(), '');
  await search(page, 'colour:red');
  assert.match(await page.getByTestId('search-problems').textContent(), /“colour:” is not an operator/);
  await search(page, '"grain corridor');
  assert.match(await page.getByTestId('search-problems').textContent(), /quotation mark is not closed/);
  await waitForTitles(page, [SUMMIT]);
  await search(page, 'after:May');
  assert.match(await page.getByTestId('search-problems').textContent(), /“after:May” is not a date/);
  await search(page, 'person:nobody', []);
  assert.match(await page.getByTestId('search-problems').textContent(), /No person is called “nobody”/);
  await done();
});

test('facets: entities, sources and dates combine, counts follow, one control clears', async () => {
  const { page, done } = await open(fixture);
  const entities = page.getByRole('region', { name: 'Entities' });
  const gdansk = entities.getByRole('checkbox', { name: 'Gdańsk', exact: true });
  // Counts are for the current results: Gdańsk is named in four articles.
  const countOf = (name) =>
    entities.locator('label', { has: page.getByRole('checkbox', { name, exact: true }) }).locator('.counts').textContent();
  assert.equal(await countOf('Gdańsk'), '4 · 5');
  await gdansk.check();
  await waitForTitles(page, [COUNCIL, HARBOUR, RETELLING, SUMMIT]);
  await entities.getByRole('checkbox', { name: 'Egypt', exact: true }).check();
  await waitForTitles(page, [HARBOUR, SUMMIT]); // both entities
  assert.deepEqual(params(page).getAll('entity'), ['gdańsk', 'egypt']);
  assert.equal(await countOf('Gdańsk'), '2 · 3');
  // Sources: counted over the other filters; choosing one narrows.
  const sources = page.getByRole('region', { name: 'Sources' });
  await sources.getByRole('checkbox', { name: 'Anatolian Review' }).check();
  await waitForTitles(page, [SUMMIT]);
  assert.deepEqual(
    await sources.locator('li').allTextContents(),
    ['Anatolian Review1', 'Baltic Ledger1'],
  );
  await page.getByTestId('clear-all').click();
  await waitForTitles(page, ALL);
  assert.equal(new URL(page.url()).search, '');
  // Dates: From and To, then a search on top of them.
  await page.getByRole('textbox', { name: 'From' }).fill('2019-03');
  await page.getByRole('textbox', { name: 'From' }).press('Enter');
  await page.getByRole('textbox', { name: 'To' }).fill('2019-03-31');
  await page.getByRole('textbox', { name: 'To' }).press('Enter');
  await waitForTitles(page, [HARBOUR, RETELLING, SUMMIT]); // the summit mentions "last month"
  await search(page, 'strike', [HARBOUR, SUMMIT]);
  await page.getByRole('textbox', { name: 'To' }).fill('March');
  await page.getByRole('textbox', { name: 'To' }).press('Enter');
  assert.match(await page.getByTestId('notices').textContent(), /Ignored “to=March”/);
  await page.getByTestId('clear-all').click();
  await waitForTitles(page, ALL);
  // Kinds can be switched off: no people in the entity panel, nor highlighted.
  await page.getByTestId('kind-toggle').and(page.locator('[data-kind=person]')).uncheck();
  // The URL changes first and the panel follows it: wait for both rather than race them.
  await page.waitForFunction(() => new URL(location.href).searchParams.get('hide') === 'person');
  await page.waitForFunction(() => document.querySelectorAll('[aria-label=Entities] [data-kind=person]').length === 0);
  await page.getByRole('link', { name: HARBOUR }).click();
  await page.getByRole('article', { name: HARBOUR }).waitFor();
  assert.equal(await page.locator('[data-testid=reader-body] mark[data-kind=person]').count(), 0);
  assert.ok((await page.locator('[data-testid=reader-body] mark[data-kind=place]').count()) > 0);
  await done();
});

test('hover or focus on a mention shows its card; activating it filters', async () => {
  const { page, done } = await open(seeds, `?doc=${KASSIS_DOC}`);
  const body = page.getByTestId('reader-body');
  const kassis = body.locator('mark[data-kind=person][data-entity=randa-kassis]').first();
  await kassis.hover();
  const card = page.getByTestId('mention-card');
  await card.waitFor();
  const text = await card.textContent();
  assert.match(text, /Randa Kassis · person/);
  assert.match(text, /Kassis — surname of Randa Kassis/);
  assert.match(text, /mentions in 2 articles/);
  await page.screenshot({ path: `${ARTIFACTS}/card.png` });
  // A date, by keyboard focus: its EDTF value and how it was found.
  await page.mouse.move(0, 0);
  const may27 = body.locator('mark[data-kind=date]', { hasText: 'May 27' });
  await may27.focus();
  await page.waitForFunction(() => document.querySelector('[data-testid=mention-card]')?.textContent.includes('2015-05-27?'));
  assert.match(await card.textContent(), /Completed from the article’s date/);
  await may27.press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('from') === '2015-05-27');
  assert.equal(params(page).get('to'), '2015-05-27');
  // Activating a person filters the results by that person.
  await kassis.focus();
  await kassis.press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('entity') === 'randa-kassis');
  // The facets follow a frame after the results.
  await page.waitForFunction(
    () => document.querySelector('input[data-toggle=entity][data-value=randa-kassis]')?.checked === true,
  );
  assert.ok((await titles(page)).length >= 1);
  await done();
});

test('search matches are marked in the reader and the first is scrolled into view', async () => {
  const { page, done } = await open(seeds, '', { width: 1280, height: 500 });
  await search(page, 'humanitarian');
  await page.getByTestId('article-link').first().click();
  await page.getByTestId('reader').waitFor();
  const hits = page.locator('[data-testid=reader-body] mark.hit');
  await hits.first().waitFor();
  assert.ok((await hits.count()) >= 1);
  assert.equal((await hits.first().textContent()).toLowerCase(), 'humanitarian');
  await page.waitForTimeout(300);
  const visible = await hits.first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  assert.ok(visible, 'first match is in view');
  await done();
});

test('the URL holds the view: reload restores it, back and forward step through it', async () => {
  const { page, done } = await open(fixture);
  await search(page, 'grain', [SUMMIT, HARBOUR]);
  await page.getByRole('region', { name: 'Entities' }).getByRole('checkbox', { name: 'Egypt', exact: true }).check();
  await page.getByRole('link', { name: SUMMIT }).click();
  await page.getByRole('article', { name: SUMMIT }).waitFor();
  const url = page.url();
  await page.reload();
  await page.getByRole('article', { name: SUMMIT }).waitFor();
  assert.equal(page.url(), url);
  assert.equal(await searchBox(page).inputValue(), 'grain');
  await page.waitForFunction(
    () => document.querySelector('input[data-toggle=entity][data-value=egypt]')?.checked === true,
  );
  await page.locator('[data-testid=reader-body] mark.hit').nth(1).waitFor(); // at least two marks
  // The facets are drawn a frame after the results: wait for the checkbox, not just the list.
  const egyptChecked = (checked) =>
    page.waitForFunction(
      (on) => document.querySelector('input[data-toggle=entity][data-value=egypt]')?.checked === on,
      checked,
    );
  await page.goBack();
  await page.getByTestId('reader').waitFor({ state: 'detached' });
  await egyptChecked(true);
  await page.goBack();
  await waitForTitles(page, [SUMMIT, HARBOUR]);
  await egyptChecked(false);
  assert.equal(await searchBox(page).inputValue(), 'grain');
  await page.goForward();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('entity') === 'egypt');
  await egyptChecked(true);
  // A copied link opens the same view in a fresh browser context.
  const other = await open(fixture, new URL(url).search);
  await other.page.getByRole('article', { name: SUMMIT }).waitFor();
  assert.equal(await searchBox(other.page).inputValue(), 'grain');
  await other.done();
  await done();
});

test('keyboard: / focuses search, arrows move through results, Enter opens, Esc clears', async () => {
  const { page, done } = await open(fixture);
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input');
  await page.keyboard.type('grain');
  await waitForTitles(page, [SUMMIT, HARBOUR]);
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), SUMMIT);
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), HARBOUR);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await page.getByRole('article', { name: SUMMIT }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'reader-title');
  await page.keyboard.press('/');
  await page.keyboard.press('Escape');
  await waitForTitles(page, ALL);
  assert.equal(params(page).get('q'), null);
  // A skip link comes first, and focus is visible.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await done();
});

test('no axe-core violations, in light and dark themes, list, reader and card', async () => {
  const axe = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
  for (const colorScheme of ['light', 'dark']) {
    for (const [site, query] of [[seeds, ''], [seeds, `?doc=${KASSIS_DOC}&q=kassis`], [fixture, '?q=grain&entity=egypt']]) {
      const { page, context, problems } = await watchedPage(browser, [site.origin]);
      await page.emulateMedia({ colorScheme });
      await page.goto(site.url + query);
      await page.getByRole('navigation', { name: 'Articles' }).waitFor();
      if (query.includes('doc=')) {
        await page.locator('[data-testid=reader-body] mark[data-entity]').first().hover();
        await page.getByTestId('mention-card').waitFor();
      }
      await page.addScriptTag({ content: axe });
      const result = await page.evaluate(() => window.axe.run(document));
      const violations = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`);
      assert.deepEqual(violations, [], `${colorScheme} ${query}`);
      assert.deepEqual(problems(), []);
      await context.close();
    }
  }
});
