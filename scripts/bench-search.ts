/**
 * Search bench: `npm run bench:search`.
 *
 * Builds the search data from the real content (as the build does), then, in the same run and on the
 * same documents, measures our engine (lib/search) against MiniSearch and Fuse.js, each configured as
 * well as we know how: field boosts in the same order as ours (title > aliases > headings > summary >
 * papers > body > API), prefix and fuzzy matching, the same stop words and plural stemming.
 *
 * Relevance on tests/fixtures/search/queries.json: MRR@10, recall@1, recall@5, overall and by query type.
 * Latency: every query is run REPS times after a warm-up; a query's latency is the median of its runs;
 * p50/p95 are over queries. Index bytes: what each engine needs shipped to the browser (serialized
 * index plus the fields it displays), raw and gzipped. Load: from the shipped JSON string to an engine
 * that answers queries (median of LOADS runs).
 *
 * Options: --reps=N (default 200), --json (machine-readable output as well), --ours (skip the peers).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { SearchEngine } from "../lib/search/engine";
import type { SearchData, TextShard } from "../lib/search/format";
import { normalizeText, stem, STOPWORDS } from "../lib/search/normalize";
import { buildFromContent } from "./build-search-index";

interface Query {
  q: string;
  /** The expected entry; a question may accept several (`slugs`), and the best-ranked one counts. */
  slug: string;
  slugs?: string[];
  type: string;
  section?: string;
}
interface Question {
  q: string;
  slugs: string[];
  /** "dev" questions may be looked at while tuning; "heldout" ones are only ever scored. */
  set: "dev" | "heldout";
  /** Held-out questions come in batches by different authors, each also scored on its own. */
  batch?: number;
}
interface Doc {
  id: number;
  slug: string;
  title: string;
  aliases: string;
  headings: string;
  summary: string;
  papers: string;
  problems: string;
  body: string;
  api: string;
}
interface Engine {
  name: string;
  /** Ranked entry slugs. */
  search(q: string): string[];
  bytes: number;
  gzBytes: number;
  loadMs: number;
  note: string;
}

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const REPS = arg("reps", 200);
const LOADS = arg("loads", 7);
const WARMUP = 20;
const root = process.cwd();

const questions: Question[] = JSON.parse(readFileSync(path.join(root, "tests/fixtures/search/questions.json"), "utf8")).questions;
const queries: Query[] = [
  ...JSON.parse(readFileSync(path.join(root, "tests/fixtures/search/queries.json"), "utf8")).queries,
  ...questions.map((x) => ({ q: x.q, slug: x.slugs[0]!, slugs: x.slugs, type: x.set === "dev" ? "question" : "question-heldout" })),
];
const accepts = (q: Query) => q.slugs ?? [q.slug];
/** 1-based rank of the best-ranked acceptable entry, 0 if none is found. */
function rankOf(hits: string[], q: Query): number {
  const ranks = accepts(q).map((s) => hits.indexOf(s) + 1).filter((r) => r > 0);
  return ranks.length ? Math.min(...ranks) : 0;
}
const built = await buildFromContent(root);
const data: SearchData = built.data;
const shards = new Map<string, TextShard>(built.shards.map((s) => [s.slug, s]));
const indexJson = JSON.stringify(data);

const gz = (s: string) => gzipSync(s, { level: 9 }).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
function timeLoad(f: () => unknown): number {
  const runs: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const t0 = performance.now();
    f();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

// ---------------------------------------------------------------------------------------------------
// The same documents for the peers: our shipped fields (trimmed body terms), or the full section prose.
function docs(full: boolean): Doc[] {
  return data.entries.map((e, id) => {
    const [slug, title, , aliases, summary, api, secs, secTerms, paperTerms, problemTerms] = e;
    const headings = secs.filter((h) => h >= 0).map((h) => data.heads[h]![0]);
    return {
      id,
      slug,
      title,
      aliases: aliases.join(" ; "),
      headings: headings.join(" ; "),
      summary,
      papers: paperTerms,
      problems: problemTerms,
      body: full ? (shards.get(slug)?.sections ?? []).join(" ") : secTerms.join(" "),
      api,
    };
  });
}
const FIELDS = ["title", "aliases", "problems", "headings", "summary", "papers", "body", "api"] as const;
const BOOST: Record<(typeof FIELDS)[number], number> = { title: 10, aliases: 8, problems: 5, headings: 4, summary: 3.5, papers: 2.5, body: 1.5, api: 1.2 };
const MINI_BOOST: Record<(typeof FIELDS)[number], number> = { title: 5, aliases: 4, problems: 2.5, headings: 2, summary: 2, papers: 1.5, body: 1, api: 1 };
const display = (d: Doc[]) => d.map(({ slug, title, summary }) => ({ slug, title, summary }));

function miniSearch(full: boolean): Engine {
  const documents = docs(full);
  const options = {
    fields: [...FIELDS],
    storeFields: ["slug"],
    tokenize: (text: string) => normalizeText(text).split(/[^a-z0-9]+/),
    processTerm: (t: string) => (t && !STOPWORDS.has(t) ? stem(t) : null),
    // The best of a dozen configurations tried on this query set (boost scales, AND/OR, fuzziness).
    searchOptions: {
      boost: MINI_BOOST,
      prefix: true,
      fuzzy: 0.25,
      weights: { fuzzy: 0.3, prefix: 0.6 },
      combineWith: "OR" as const,
    },
  };
  const ms = new MiniSearch<Doc>(options);
  ms.addAll(documents);
  const shipped = JSON.stringify({ index: ms, docs: display(documents) });
  const json = JSON.stringify(ms);
  const loadMs = timeLoad(() => MiniSearch.loadJSON<Doc>(json, options));
  return {
    name: full ? "minisearch (full text)" : "minisearch",
    search: (q) => ms.search(q).slice(0, 10).map((r) => r.slug as string),
    bytes: Buffer.byteLength(shipped),
    gzBytes: gz(shipped),
    loadMs,
    note: full ? "field boosts, prefix, fuzzy 0.25; whole section prose" : "field boosts, prefix, fuzzy 0.25; same fields as ours",
  };
}

function fuse(): Engine {
  const documents = docs(false);
  const keys = FIELDS.map((name) => ({ name, weight: BOOST[name] }));
  const options = { keys, includeScore: true, threshold: 0.35, ignoreLocation: true, minMatchCharLength: 2, shouldSort: true };
  const index = Fuse.createIndex(keys, documents);
  const f = new Fuse(documents, options, index);
  const shipped = JSON.stringify({ docs: documents, index: index.toJSON() });
  const loadMs = timeLoad(() => {
    const parsed = JSON.parse(shipped) as { docs: Doc[]; index: Parameters<typeof Fuse.parseIndex>[0] };
    return new Fuse(parsed.docs, options, Fuse.parseIndex<Doc>(parsed.index));
  });
  return {
    name: "fuse.js",
    search: (q) => f.search(q, { limit: 10 }).map((r) => r.item.slug),
    bytes: Buffer.byteLength(shipped),
    gzBytes: gz(shipped),
    loadMs,
    note: "weighted keys, threshold 0.35, ignoreLocation; same fields as ours",
  };
}

function ours(): Engine & { engine: SearchEngine; warmMs: number } {
  const engine = new SearchEngine(JSON.parse(indexJson) as SearchData).warm();
  const loadMs = timeLoad(() => new SearchEngine(JSON.parse(indexJson) as SearchData));
  const warmMs = timeLoad(() => new SearchEngine(JSON.parse(indexJson) as SearchData).warm());
  return {
    name: "ours (flexsearch)",
    engine,
    search: (q) => engine.search(q).hits.map((h) => h.slug),
    bytes: Buffer.byteLength(indexJson),
    gzBytes: gz(indexJson),
    loadMs,
    warmMs,
    note: "lib/search: forward + root indexes, exact phrases, typo index",
  };
}

// ---------------------------------------------------------------------------------------------------
interface Relevance {
  mrr: number;
  r1: number;
  r5: number;
  n: number;
}
function relevance(engine: Engine, qs: Query[]): Relevance {
  let mrr = 0;
  let r1 = 0;
  let r5 = 0;
  for (const q of qs) {
    const rank = rankOf(engine.search(q.q), q);
    if (rank >= 1 && rank <= 10) mrr += 1 / rank;
    if (rank === 1) r1++;
    if (rank >= 1 && rank <= 5) r5++;
  }
  const n = qs.length || 1;
  return { mrr: mrr / n, r1: r1 / n, r5: r5 / n, n: qs.length };
}

function latency(engine: Engine): { p50: number; p95: number; max: number; reps: number } {
  const t0 = performance.now();
  for (const q of queries) engine.search(q.q);
  const perQueryMs = (performance.now() - t0) / queries.length;
  // Slow engines (milliseconds per query) get fewer runs, so the bench finishes in minutes.
  const slow = perQueryMs > 1;
  for (let i = 1; i < (slow ? 2 : WARMUP); i++) for (const q of queries) engine.search(q.q);
  const reps = slow ? Math.max(3, Math.min(REPS, Math.floor(20 / perQueryMs))) : REPS;
  const perQuery = queries.map((q) => {
    const runs: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t0 = process.hrtime.bigint();
      engine.search(q.q);
      runs.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
    return median(runs);
  });
  return { p50: quantile(perQuery, 0.5), p95: quantile(perQuery, 0.95), max: Math.max(...perQuery), reps };
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);
const f3 = (x: number) => x.toFixed(3);
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;

const oursEngine = ours();
// --ours: skip the peers (seconds instead of minutes, for iterating on our ranking).
const engines: Engine[] = process.argv.includes("--ours") ? [oursEngine] : [oursEngine, miniSearch(false), miniSearch(true), fuse()];
const types = [...new Set(queries.map((q) => q.type))];

console.log(`\nSearch bench: ${data.entries.length} entries, ${data.entries.reduce((n, e) => n + e[6].length, 0)} sections, ${queries.length} queries (${types.map((t) => `${queries.filter((q) => q.type === t).length} ${t}`).join(", ")}), ${REPS} runs per query.\n`);

const results = engines.map((e) => ({ engine: e, all: relevance(e, queries), byType: Object.fromEntries(types.map((t) => [t, relevance(e, queries.filter((q) => q.type === t))])), lat: latency(e) }));

console.log("Relevance (MRR@10 / recall@1 / recall@5)");
console.log(`${pad("", 24)}${lpad("all", 20)}${types.map((t) => lpad(t, 20)).join("")}`);
for (const r of results) {
  const cell = (x: Relevance) => lpad(`${f3(x.mrr)} ${f3(x.r1)} ${f3(x.r5)}`, 20);
  console.log(`${pad(r.engine.name, 24)}${cell(r.all)}${types.map((t) => cell(r.byType[t]!)).join("")}`);
}

console.log(`\nLatency per query (µs; median of runs, then p50/p95 over the ${queries.length} queries), index size, load time`);
console.log(`${pad("", 24)}${lpad("p50 µs", 9)}${lpad("p95 µs", 9)}${lpad("max µs", 9)}${lpad("index raw", 13)}${lpad("index gz", 12)}${lpad("load ms", 9)}  notes`);
for (const r of results) {
  const e = r.engine;
  const extra = e === oursEngine ? `; load incl. the lazily built typo index: ${oursEngine.warmMs.toFixed(1)} ms` : "";
  console.log(`${pad(e.name, 24)}${lpad(r.lat.p50.toFixed(1), 9)}${lpad(r.lat.p95.toFixed(1), 9)}${lpad(r.lat.max.toFixed(0), 9)}${lpad(kib(e.bytes), 13)}${lpad(kib(e.gzBytes), 12)}${lpad(e.loadMs.toFixed(1), 9)}  ${e.note}${extra}${r.lat.reps < REPS ? `; ${r.lat.reps} runs/query` : ""}`);
}

// Section deep links and misses of our engine.
const withSection = queries.filter((q) => q.section);
const sectionOk = withSection.filter((q) => oursEngine.engine.search(q.q).hits[0]?.section?.id === q.section).length;
console.log(`\nOurs: first hit opens the expected section for ${sectionOk}/${withSection.length} section queries.`);
const misses = queries
  .map((q) => ({ q, hits: oursEngine.engine.search(q.q).hits.map((h) => h.slug) }))
  // Held-out questions are scored, never listed: reading their misses would be tuning on them.
  .filter(({ q, hits }) => q.type !== "question-heldout" && rankOf(hits, q) !== 1)
  .map(({ q, hits }) => `  "${q.q}" (${q.type}): expected ${accepts(q).join(" | ")} at ${rankOf(hits, q) || "none"}, got ${hits.slice(0, 3).join(", ") || "nothing"}`);
if (misses.length) console.log(`Ours, not first:\n${misses.join("\n")}`);

const best = results.length > 1 ? results.slice(1).reduce((a, b) => (b.all.mrr > a.all.mrr ? b : a)) : undefined;
const mine = results[0]!;
const mark = (ok: boolean) => (ok ? "✓" : "✗");
const q = (t: string) => mine.byType[t]!;
console.log(
  `\nTargets: questions MRR ≥ 0.90 and R@5 ≥ 0.97: dev ${f3(q("question").mrr)} ${f3(q("question").r5)} ${mark(q("question").mrr >= 0.9 && q("question").r5 >= 0.97)}, ` +
    `held-out ${f3(q("question-heldout").mrr)} ${f3(q("question-heldout").r5)} ${mark(q("question-heldout").mrr >= 0.9 && q("question-heldout").r5 >= 0.97)}; ` +
    `p95 ${mine.lat.p95.toFixed(1)} µs ≤ 25 µs ${mark(mine.lat.p95 <= 25)}; index ${kib(mine.engine.gzBytes)} gz ≤ 70 KiB ${mark(mine.engine.gzBytes <= 70 * 1024)}` +
    (best ? `; MRR ${f3(mine.all.mrr)} vs best peer ${f3(best.all.mrr)} (${best.engine.name}) ${mark(mine.all.mrr > best.all.mrr)}` : ""),
);

// Each held-out batch on its own (scores only, never the questions).
const batches = [...new Set(questions.filter((x) => x.set === "heldout").map((x) => x.batch ?? 1))].sort((a, b) => a - b);
const batchScores = batches.map((b) => {
  const ranks = questions.filter((x) => x.set === "heldout" && (x.batch ?? 1) === b).map((x) => rankOf(oursEngine.engine.search(x.q).hits.map((h) => h.slug), { q: x.q, slug: x.slugs[0]!, slugs: x.slugs, type: "question-heldout" }));
  return `batch ${b} (${ranks.length}): MRR ${f3(ranks.reduce((n, r) => n + (r ? 1 / r : 0), 0) / ranks.length)}, R@5 ${f3(ranks.filter((r) => r >= 1 && r <= 5).length / ranks.length)}`;
});
console.log(`Held-out by batch: ${batchScores.join("; ")}`);

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(results.map((r) => ({ name: r.engine.name, ...r.all, byType: r.byType, latency: r.lat, bytes: r.engine.bytes, gzBytes: r.engine.gzBytes, loadMs: r.engine.loadMs })), null, 2));
}
