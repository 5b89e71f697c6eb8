import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import rehypeShiki from "@shikijs/rehype";
import { bundleMDX } from "mdx-bundler";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { escapeExplicitIds } from "../content/explicit-ids";
import { pipelineHash } from "./pipeline-hash";
import { rehypeExternalLinks } from "./plugins/rehype-external-links";
import { rehypeHeadingAnchors } from "./plugins/rehype-heading-anchors";
import { rehypePaperLinks, type PaperLink } from "./plugins/rehype-paper-links";
import { rehypeScrollableMath } from "./plugins/rehype-scrollable-math";
import { rehypeCodeFigures } from "./plugins/rehype-code-figures";
import { rehypeStaticMarkup } from "./plugins/rehype-static-markup";
import { rehypeStaticRuns } from "./plugins/rehype-static-runs";
import { rehypeTraceFigures } from "./plugins/rehype-trace-figures";
import { remarkCheckMath } from "./plugins/remark-check-math";
import { remarkCodeRuns } from "./plugins/remark-code-runs";
import { remarkFlowcharts } from "./plugins/remark-flowcharts";
import { remarkAutolink } from "./plugins/remark-autolink";
import { remarkCollectLinks } from "./plugins/remark-collect-links";
import { remarkHeadingIds } from "./plugins/remark-heading-ids";
import { remarkSpecialBlocks } from "./plugins/remark-special-blocks";
import { shikiOptions } from "./shiki-options";
import type { BlockOutput } from "../content/code-runs";
import type { BlockTrace, TraceNode } from "../content/traces";
import type { LinkRef } from "../trace/graph";
import type { TermMatcher } from "../links/autolink";
import type { CompiledMdx, OutboundLink, TocItem } from "./types";

export interface CompileContext {
  /** Slug of the page being compiled (auto-links never point to it). */
  selfSlug?: string;
  /** Finds entry and glossary terms to auto-link; omitted: no auto-linking. */
  matcher?: TermMatcher;
  /** Identifies the term list in cache keys (a hash of it). */
  termsKey?: string;
  /** Committed outputs of the page's python blocks, by block hash (lib/content/code-runs). */
  outputs?: ReadonlyMap<string, BlockOutput>;
  /** Committed drawings of the page's mermaid flowcharts, by hash of the block's text (lib/content/flowcharts). */
  flowcharts?: Readonly<Record<string, string>>;
  /** Committed traces of the page's python blocks, by block hash (lib/content/traces), and the PyTorch they ran on. */
  traces?: ReadonlyMap<string, BlockTrace>;
  traceTorch?: string;
  /** Entry a traced module or operation names (lib/links/trace-lookup.ts); keyed in the cache by termsKey. */
  traceLinks?: (node: TraceNode) => LinkRef | undefined;
  /** The entry's papers with a confirmed identifier: the body's Papers section links them. */
  papers?: readonly PaperLink[];
}

/** What an esbuild/MDX failure says is wrong, without the bundler's framing. */
function explain(err: unknown): string {
  const e = err as { errors?: { text?: string }[]; message?: string };
  const text = String(e.errors?.[0]?.text ?? e.message ?? err);
  return text
    .replace(/^Cannot process MDX file with esbuild:\s*/, "")
    .replace(/^\s*(?:\w*Error: )?/, "")
    .split("\n")
    .filter((l) => l.trim() && !/^\s+at /.test(l))
    .slice(0, 3)
    .join(" ");
}

/** Compiles one MDX body (frontmatter removed; it starts on line `lineOffset + 1` of `file`). */
export async function compileMdxUncached(file: string, body: string, lineOffset = 0, context: CompileContext = {}): Promise<CompiledMdx> {
  const toc: TocItem[] = [];
  const ids: string[] = [];
  const links: OutboundLink[] = [];
  const anchors: string[] = [];
  const special = new Set<string>();
  let math = false;
  try {
    const { code } = await bundleMDX({
      source: escapeExplicitIds(body),
      cwd: process.cwd(),
      esbuildOptions(options) {
        options.logLevel = "silent";
        options.minify = true;
        return options;
      },
      mdxOptions(options) {
        options.remarkPlugins = [
          remarkGfm,
          remarkMath,
          [remarkCheckMath, { file, lineOffset, onMath: () => (math = true) }],
          [remarkHeadingIds, { file, lineOffset, toc, ids }],
          ...(context.matcher ? [[remarkAutolink, { matcher: context.matcher, selfSlug: context.selfSlug ?? "" }] as const] : []),
          [remarkCollectLinks, { links, lineOffset }],
          [remarkSpecialBlocks, { seen: special, anchors }],
          [remarkFlowcharts, { file, lineOffset, drawings: context.flowcharts ?? {}, matcher: context.matcher, selfSlug: context.selfSlug, links }],
          [remarkCodeRuns, { file, lineOffset, outputs: context.outputs ?? new Map(), traces: context.traces, traceTorch: context.traceTorch }],
        ];
        options.rehypePlugins = [
          [rehypeKatex, { output: "htmlAndMathml", strict: false }],
          rehypeScrollableMath,
          [rehypeShiki, shikiOptions],
          rehypeHeadingAnchors,
          [rehypePaperLinks, { papers: context.papers ?? [] }],
          rehypeExternalLinks,
          rehypeCodeFigures,
          [rehypeTraceFigures, { linkOf: context.traceLinks }],
          rehypeStaticRuns,
          rehypeStaticMarkup,
        ];
        return options;
      },
    });
    return { code, toc, ids, anchors, links, features: { math, mermaid: special.has("mermaid"), diagram: special.has("diagram"), trace: [...(context.traces?.values() ?? [])].some((t) => (t.models?.length ?? 0) > 0) } };
  } catch (err) {
    const text = explain(err);
    // Our plugins already name file:line; MDX syntax errors carry only a body position.
    const located = text.startsWith(file) ? text : `${file}: ${text.replace(/^(\d+):(\d+)/, (_, l, c) => `line ${Number(l) + lineOffset}, column ${c}`)}`;
    throw new Error(located);
  }
}

const CACHE_DIR = path.join(process.cwd(), ".cache", "mdx");

/** Compiles with an on-disk cache keyed by the source and the pipeline's own hash. */
export async function compileMdx(file: string, body: string, lineOffset = 0, context: CompileContext = {}): Promise<CompiledMdx> {
  const key = createHash("sha256")
    .update([pipelineHash(), file, String(lineOffset), context.selfSlug ?? "", context.termsKey ?? "", JSON.stringify([...(context.outputs ?? [])]), JSON.stringify(context.papers ?? []), JSON.stringify(context.flowcharts ?? {}), JSON.stringify([...(context.traces ?? [])]), context.traceTorch ?? "", body].join("\0"))
    .digest("hex")
    .slice(0, 32);
  const cacheFile = path.join(CACHE_DIR, `${key}.json`);
  try {
    return JSON.parse(readFileSync(cacheFile, "utf8")) as CompiledMdx;
  } catch {
    const result = await compileMdxUncached(file, body, lineOffset, context);
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(result));
    return result;
  }
}
