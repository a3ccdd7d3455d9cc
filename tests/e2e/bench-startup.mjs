// Benchmark: time from navigation to the article list being visible, in headless Chromium,
// against a release `dist/` served on 127.0.0.1. Fresh browser context per run (cold cache).
//   node tests/e2e/bench-startup.mjs [DIST] [RUNS]
import { serveDist } from './server.mjs';
import { launch } from './browser.mjs';

const dist = process.argv[2] ?? 'dist';
const runs = Number(process.argv[3] ?? 7);

const site = await serveDist(dist);
const browser = await launch();
const times = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const start = performance.now();
  await page.goto(site.url, { waitUntil: 'commit' });
  await page.getByRole('navigation', { name: 'Articles' }).waitFor({ state: 'visible' });
  times.push(performance.now() - start);
  await context.close();
}
await browser.close();
await site.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`navigation -> article list visible, ${runs} runs (ms): ${times.map((t) => t.toFixed(0)).join(' ')}`);
console.log(`median ${median.toFixed(0)} ms`);
