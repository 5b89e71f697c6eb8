/**
 * Runs the W3C Nu HTML Checker (npm `vnu-jar`, a Java program) over every page of out/ in one JVM run,
 * and fails on any error in the site's own markup. `npm run check:html` (`tsx scripts/check-html.ts [dir]`) (default out/);
 * run by `npm test` after the build. Needs `java` (Debian: default-jre-headless; scripts/test-all.sh
 * installs it where missing).
 *
 * An error that comes from a library's output is allowed only by its exact message, where the excerpt
 * the checker quotes is that library's markup, and with the reason: see ALLOWED. Nothing else is
 * skipped; an allowance that no page needs any more is reported, to be removed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * KaTeX's MathML (the accessible copy of each formula, inside <math>) nests elements in ways the
 * checker's MathML schema rejects, though browsers and screen readers read it: `\max_{i}` (an operator
 * name with a limit) puts an <mo> (U+2061, function application) directly in <msub>, and an \operatorname
 * inside a \mathop puts an <mrow> inside <mo>, after which the checker no longer knows the elements of
 * that subtree. We do not rewrite KaTeX's output; these messages are allowed only where the quoted
 * excerpt is MathML.
 */
interface VnuMessage {
  type: string;
  message: string;
  extract?: string;
  url: string;
  lastLine?: number;
}
interface Allowance {
  message: string;
  extract: RegExp;
  reason: string;
}

const MATHML = /<\/?(?:math|semantics|mrow|mi|mo|mn|msub|msup|msubsup|munder|mover|munderover|mtext|mspace|mstyle|mpadded|mfrac|msqrt)\b/;
export const ALLOWED: Allowance[] = [
  {
    message: "Element “mo” not allowed as child of element “msub” in this context. (Suppressing further errors from this subtree.)",
    extract: MATHML,
    reason: "KaTeX's MathML for an operator name with a subscript limit (\\max_i, \\arg\\min_x): <msub><mi>max</mi><mo>⁡</mo>…",
  },
  {
    message: "Element “mrow” not allowed as child of element “mo” in this context. (Suppressing further errors from this subtree.)",
    extract: MATHML,
    reason: "KaTeX's MathML for \\operatorname inside an operator (\\mathop): <mo><mrow><mi>…",
  },
  {
    message: "The “mrow” element is a completely-unknown element that is not allowed anywhere in any HTML content.",
    extract: MATHML,
    reason: "follows from the <mrow> inside <mo> above: inside an element it rejected, the checker no longer knows MathML",
  },
  {
    message: "The “mi” element is a completely-unknown element that is not allowed anywhere in any HTML content.",
    extract: MATHML,
    reason: "as for <mrow>: the <mi> inside KaTeX's <mo><mrow>",
  },
];

const allowance = (m: VnuMessage) => ALLOWED.find((a) => a.message === m.message && a.extract.test(m.extract ?? ""));

/** Runs the checker over `dir`; returns its messages of type "error" (and non-document errors). */
export function vnuErrors(dir: string): VnuMessage[] {
  const jar = path.join(path.dirname(createRequire(import.meta.url).resolve("vnu-jar")), "build/dist/vnu.jar");
  if (!existsSync(jar)) throw new Error(`check-html: ${jar} is missing; run npm install`);
  const java = spawnSync("java", ["-version"], { stdio: "ignore" });
  if (java.error || java.status !== 0) throw new Error("check-html: `java` is not installed (Debian: sudo apt-get install default-jre-headless; npm test installs it)");
  let stderr: string;
  try {
    // One JVM for every page; the checker writes its JSON report to stderr and exits 1 when it found errors.
    execFileSync("java", ["-Xss8m", "-jar", jar, "--format", "json", "--errors-only", "--skip-non-html", dir], { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 512 * 1024 * 1024 });
    stderr = "";
  } catch (caught) {
    const err = caught as { stderr?: unknown; message?: string };
    stderr = String(err.stderr ?? "");
    if (!stderr.trim().startsWith("{")) throw new Error(`check-html: the checker failed: ${err.message}\n${stderr.slice(0, 2000)}`);
  }
  const report = (stderr.trim() ? JSON.parse(stderr) : { messages: [] }) as { messages: VnuMessage[] };
  return report.messages.filter((m) => m.type === "error" || m.type === "non-document-error");
}

function main() {
  const dir = path.resolve(process.argv[2] ?? "out");
  if (!existsSync(dir)) throw new Error(`check-html: ${dir} does not exist; run npm run build first`);
  const started = performance.now();
  const errors = vnuErrors(dir);
  const own = errors.filter((m) => !allowance(m));
  const allowed = errors.filter((m) => allowance(m));
  const pages = execFileSync("find", [dir, "-name", "*.html", "-not", "-path", "*/_next/*"], { encoding: "utf8" }).trim().split("\n").length;
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  const rel = (u: string) => path.relative(dir, decodeURIComponent(new URL(u).pathname));
  const unused = ALLOWED.filter((a) => !allowed.some((m) => m.message === a.message));
  for (const a of unused) console.warn(`check-html: allowance no longer needed (remove it from scripts/check-html.ts): ${a.message}`);
  if (own.length) {
    const byMessage = new Map<string, VnuMessage[]>();
    for (const m of own) byMessage.set(m.message, [...(byMessage.get(m.message) ?? []), m]);
    console.error(`check-html: ${own.length} error(s) in the site's own markup, on ${new Set(own.map((m) => m.url)).size} of ${pages} pages:`);
    for (const [message, ms] of byMessage) {
      console.error(`\n  ✗ ${message} (${ms.length}×)`);
      for (const m of ms.slice(0, 5)) console.error(`      ${rel(m.url)}:${m.lastLine ?? "?"}  ${JSON.stringify((m.extract ?? "").trim().slice(0, 160))}`);
      if (ms.length > 5) console.error(`      … and ${ms.length - 5} more`);
    }
    process.exit(1);
  }
  console.log(`check-html: ${pages} pages valid (Nu HTML Checker, ${secs}s); ${allowed.length} error(s) in KaTeX's MathML allowed by exact message on ${new Set(allowed.map((m) => m.url)).size} page(s)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
