// The evaluation scorer: one set of rules for every system.
//   node tests/eval/score.mjs [ARTICLES_DIR] [--check]
// With --check, exits non-zero when Dossier falls below the floors in FLOORS (a regression
// guard for scripts/test; the floors sit a little under the scores measured when they were set).
// Reads inline-annotated articles (see README.md), writes their plain text to a temporary
// corpus, runs `dossier analyze` on it and compromise (npm) on the same texts, and prints
// mention, entity and date scores for both.
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

const args = process.argv.slice(2);
const check = args.includes('--check');
const dir = args.find((a) => !a.startsWith('--')) ?? 'tests/eval/articles';
const FLOORS = {
  'mentions (span) F1': 0.9,
  'typed mentions P': 0.94,
  'typed mentions R': 0.85,
  'entities F1': 0.88,
  'dates exact (ignoring ?)': 0.6,
};
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const KINDS = { person: 'person', org: 'organization', place: 'place', other: 'other' };

/** Strips the marks; returns plain text and gold mentions/dates with UTF-8 byte offsets. */
export function parseAnnotated(source) {
  let text = '';
  const mentions = [];
  const dates = [];
  const re = /\[([^\]]+)\]\{(person|org|place|other)(?::([^}]+))?\}|<<([^|>]+)\|([^>]+)>>/g;
  let last = 0;
  for (const m of source.matchAll(re)) {
    text += source.slice(last, m.index);
    const start = bytes(text);
    if (m[1] !== undefined) {
      text += m[1];
      mentions.push({ start, end: bytes(text), kind: KINDS[m[2]], entity: (m[3] ?? m[1]).toLowerCase() });
    } else {
      text += m[4];
      dates.push({ start, end: bytes(text), value: m[5] });
    }
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  return { text, mentions, dates };
}

function dossierPredictions(files, corpusDir) {
  const exe = process.env.DOSSIER_BIN ?? 'target/release/dossier';
  const out = JSON.parse(execFileSync(exe, ['analyze', corpusDir], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const byFile = new Map(out.documents.map((d) => [d.file, d]));
  return files.map((f) => {
    const d = byFile.get(f);
    return {
      mentions: d.mentions.map((m) => ({ start: m.start, end: m.end, kind: m.kind, entity: m.entity })),
      dates: d.dates.map((x) => ({ start: x.start, end: x.end, value: x.value })),
    };
  });
}

/** compromise on the body (after any front matter), offsets mapped back to UTF-8 bytes. */
function compromisePredictions(texts) {
  return texts.map((text) => {
    const fm = text.startsWith('---\n') ? text.indexOf('\n---\n', 4) + 5 : 0;
    const body = text.slice(fm);
    const doc = nlp(body);
    const toBytes = (offset) => bytes(text.slice(0, fm + offset));
    const mentions = [];
    for (const [kind, list] of [['person', doc.people()], ['place', doc.places()], ['organization', doc.organizations()]]) {
      for (const item of list.json({ offset: true })) {
        const { start, length } = item.offset;
        let s = body.slice(start, start + length);
        const trimmed = s.replace(/[\s.,;:!?'’"“”)(]+$/u, '').replace(/^[\s"“(]+/u, '');
        const lead = s.indexOf(trimmed);
        mentions.push({ start: toBytes(start + lead), end: toBytes(start + lead + trimmed.length), kind, entity: trimmed.toLowerCase() });
      }
    }
    const dates = [];
    for (const item of doc.dates().json({ offset: true })) {
      const { start, length } = item.offset;
      const d = item.dates ?? item.date ?? {};
      const day = (iso) => (iso ? iso.slice(0, 10) : null);
      const a = day(d.start);
      const b = day(d.end);
      const value = a && b && a !== b ? `${a}/${b}` : a ?? 'XXXX-XX-XX';
      dates.push({ start: toBytes(start), end: toBytes(start + length), value });
    }
    return { mentions, dates };
  });
}

/** A value without the uncertain qualifier (`%` is uncertain and approximate). */
const lenient = (v) => v.replaceAll('%', '~').replaceAll('?', '');

function score(gold, predicted) {
  const t = { spanTp: 0, typedTp: 0, gold: 0, pred: 0, entTp: 0, entGold: 0, entPred: 0,
    dates: 0, strict: 0, lenient: 0, nonDates: 0, predDates: 0 };
  gold.forEach((g, i) => {
    const p = predicted[i];
    const key = (m) => `${m.start}:${m.end}`;
    const goldSpans = new Map(g.mentions.map((m) => [key(m), m]));
    t.gold += g.mentions.length;
    t.pred += p.mentions.length;
    for (const m of p.mentions) {
      const hit = goldSpans.get(key(m));
      if (hit) {
        t.spanTp++;
        if (hit.kind === m.kind) t.typedTp++;
      }
    }
    // Entities: clusters of mentions per article.
    const clusters = (ms) => {
      const map = new Map();
      for (const m of ms) {
        const c = map.get(m.entity) ?? { kind: m.kind, spans: new Set() };
        c.spans.add(key(m));
        map.set(m.entity, c);
      }
      return [...map.values()];
    };
    const gc = clusters(g.mentions);
    const pc = clusters(p.mentions);
    t.entGold += gc.length;
    t.entPred += pc.length;
    const used = new Set();
    for (const a of gc) {
      const j = pc.findIndex((b, k) => !used.has(k) && b.kind === a.kind && [...b.spans].some((s) => a.spans.has(s)));
      if (j >= 0) {
        used.add(j);
        t.entTp++;
      }
    }
    // Dates: overlap finds, exact value scores.
    t.dates += g.dates.length;
    t.predDates += p.dates.length;
    const overlap = (a, b) => a.start < b.end && b.start < a.end;
    for (const d of g.dates) {
      const found = p.dates.filter((x) => overlap(x, d));
      if (found.some((x) => x.value === d.value)) t.strict++;
      if (found.some((x) => lenient(x.value) === lenient(d.value))) t.lenient++;
    }
    t.nonDates += p.dates.filter((x) => !g.dates.some((d) => overlap(x, d))).length;
  });
  const ratio = (a, b) => (b ? a / b : 0);
  const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
  const spanP = ratio(t.spanTp, t.pred);
  const spanR = ratio(t.spanTp, t.gold);
  const entP = ratio(t.entTp, t.entPred);
  const entR = ratio(t.entTp, t.entGold);
  return {
    'mentions (span) P': spanP, 'mentions (span) R': spanR, 'mentions (span) F1': f1(spanP, spanR),
    'typed mentions P': ratio(t.typedTp, t.pred), 'typed mentions R': ratio(t.typedTp, t.gold),
    'entities P': entP, 'entities R': entR, 'entities F1': f1(entP, entR),
    'dates exact (strict)': ratio(t.strict, t.dates), 'dates exact (ignoring ?)': ratio(t.lenient, t.dates),
    'non-dates tagged': t.nonDates,
    counts: `${t.gold} gold mentions, ${t.entGold} gold entities, ${t.dates} gold dates`,
  };
}

const files = readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort();
const corpus = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
const gold = files.map((f) => {
  const parsed = parseAnnotated(readFileSync(join(dir, f), 'utf8'));
  // Annotated copies of the seed articles must strip back to the seeds exactly.
  if (dir.replace(/\/$/, '').endsWith('eval/seeds') && parsed.text !== readFileSync(join('seeds', f), 'utf8')) {
    throw new Error(`${f}: the annotated text differs from seeds/${f}`);
  }
  writeFileSync(join(corpus, f), parsed.text);
  return parsed;
});
const results = {
  dossier: score(gold, dossierPredictions(files, corpus)),
  compromise: score(gold, compromisePredictions(gold.map((g) => g.text))),
};
const metrics = Object.keys(results.dossier);
console.log(`evaluation over ${files.length} articles in ${dir}`);
console.log(`${'metric'.padEnd(28)} ${'dossier'.padStart(10)} ${'compromise'.padStart(12)}`);
for (const m of metrics) {
  const show = (v) => (typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : String(v));
  if (m === 'counts') continue;
  console.log(`${m.padEnd(28)} ${show(results.dossier[m]).padStart(10)} ${show(results.compromise[m]).padStart(12)}`);
}
console.log(results.dossier.counts);
if (process.env.SHOW_ERRORS) {
  const preds = dossierPredictions(files, corpus);
  gold.forEach((g, i) => {
    const key = (m) => `${m.start}:${m.end}:${m.kind}`;
    const gs = new Set(g.mentions.map(key));
    const ps = new Set(preds[i].mentions.map(key));
    const show = (k) => { const [s, e, kind] = k.split(':'); return `${Buffer.from(g.text).subarray(+s, +e).toString()}/${kind}`; };
    const missed = [...gs].filter((k) => !ps.has(k)).map(show);
    const extra = [...ps].filter((k) => !gs.has(k)).map(show);
    const dm = g.dates.filter((d) => !preds[i].dates.some((x) => x.start < d.end && d.start < x.end && lenient(x.value) === lenient(d.value))).map((d) => `${Buffer.from(g.text).subarray(d.start, d.end)}=${d.value} got ${preds[i].dates.filter((x) => x.start < d.end && d.start < x.end).map((x) => x.value).join(',')}`);
    const nd = preds[i].dates.filter((x) => !g.dates.some((d) => x.start < d.end && d.start < x.end)).map((x) => `${Buffer.from(g.text).subarray(x.start, x.end)}=${x.value}`);
    console.log(`\n${files[i]}\n  missed: ${missed.join(' | ')}\n  extra: ${extra.join(' | ')}\n  dates wrong: ${dm.join(' | ')}\n  not dates: ${nd.join(' | ')}`);
  });
}

if (check) {
  const low = Object.entries(FLOORS).filter(([m, floor]) => results.dossier[m] < floor);
  for (const [m, floor] of low) console.error(`below the floor: ${m} = ${results.dossier[m].toFixed(3)} < ${floor}`);
  if (results.dossier['non-dates tagged'] > 2) {
    console.error(`too many non-dates tagged: ${results.dossier['non-dates tagged']}`);
    process.exitCode = 1;
  }
  if (low.length) process.exitCode = 1;
}
