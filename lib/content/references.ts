import { existsSync, readFileSync } from "node:fs";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { z } from "zod";
import { ContentError } from "./errors";
import type { Paper } from "./schema";
import { normTitle } from "./title-key";

/**
 * The references file (content/references.yaml): one record per distinct paper the entries list, with
 * its stable identifier (arXiv id and/or DOI) and where that identifier was confirmed. An entry's paper
 * joins its record by normalised title; a paper without a record simply has no link (unconfirmed).
 */

/** New-style arXiv ids (0704.0001 on: YYMM.NNNN, or YYMM.NNNNN from 2015) or old-style (cs/0101001, math.GT/0309136), with an optional version. */
export const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;
/** A DOI: the 10. directory indicator, a registrant code, a slash and a non-empty suffix without spaces. */
export const DOI = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;

export const referenceSchema = z
  .object({
    title: z.string().min(1),
    /** The full author list where the source shows it; a last "others" says the list is incomplete. */
    authors: z.array(z.string().min(1)).min(1),
    year: z.number().int().min(1800).max(2100),
    venue: z.string().min(1).optional(),
    arxiv: z.string().regex(ARXIV_ID, "must be an arXiv id such as 1711.05101, 1711.05101v3 or cs/0101001 (no URL, no 'arXiv:' prefix)").optional(),
    doi: z.string().regex(DOI, "must be a DOI such as 10.1162/neco.1997.9.8.1735 (no URL, no 'doi:' prefix)").optional(),
    /** Where the identifier was confirmed, together with the title: the stored page's address. */
    checked: z.string().min(10, "say where the identifier was confirmed (the page's address)"),
  })
  .strict()
  .refine((r) => r.arxiv !== undefined || r.doi !== undefined, { message: "a record needs an arxiv id or a doi (a paper with neither has no record)", path: ["arxiv"] });
export type Reference = z.infer<typeof referenceSchema>;

/** A paper as an entry lists it, joined with its reference record when one exists. */
export type ResolvedPaper = Paper & { ref?: Reference };

export { normTitle };

/** The address a reader follows: the arXiv abstract page, else the DOI resolver. */
export function referenceUrl(ref: Pick<Reference, "arxiv" | "doi">): string | undefined {
  if (ref.arxiv) return `https://arxiv.org/abs/${ref.arxiv}`;
  if (ref.doi) return `https://doi.org/${ref.doi}`;
  return undefined;
}

/** Short label of the identifier: "arXiv:1711.05101" or "doi:10.1162/…". */
export function referenceLabel(ref: Pick<Reference, "arxiv" | "doi">): string | undefined {
  if (ref.arxiv) return `arXiv:${ref.arxiv}`;
  if (ref.doi) return `doi:${ref.doi}`;
  return undefined;
}

export interface References {
  /** normTitle(title) → record. */
  byTitle: Map<string, Reference>;
  records: Reference[];
}

/**
 * Parses the references file. Every problem names the file, the line of the offending record (or
 * field) and the field: a malformed record fails the build rather than being skipped.
 */
export function parseReferences(file: string, text: string): References {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    throw new ContentError(file, lineOf(err.pos[0]), undefined, `invalid YAML: ${err.message.split("\n")[0]}`);
  }
  const root = doc.contents as YamlNode | null;
  if (root === null) return { byTitle: new Map(), records: [] };
  if (!isSeq(root)) throw new ContentError(file, lineOf(root.range?.[0]), undefined, "must be a list of records (- title: …)");
  const byTitle = new Map<string, Reference>();
  const records: Reference[] = [];
  root.items.forEach((item, i) => {
    const node = item as YamlNode;
    const recordLine = lineOf(node.range?.[0]);
    const result = referenceSchema.safeParse((node as { toJSON(): unknown }).toJSON());
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const key = issue.path[0];
      let line = recordLine;
      if (isMap(node) && typeof key === "string") {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (pair && isScalar(pair.key)) line = lineOf(pair.key.range?.[0]) ?? line;
      }
      let message = issue.message;
      if (issue.code === "unrecognized_keys") message = `unknown field(s): ${(issue as { keys: string[] }).keys.join(", ")}`;
      throw new ContentError(file, line, `[${i}]${issue.path.length ? "." + issue.path.join(".") : ""}`, message);
    }
    const key = normTitle(result.data.title);
    if (byTitle.has(key)) throw new ContentError(file, recordLine, `[${i}].title`, `"${result.data.title}" has a record already; one record per paper`);
    byTitle.set(key, result.data);
    records.push(result.data);
  });
  return { byTitle, records };
}

/** Reads `<dir>/references.yaml`; a content tree without one has no references. */
export function loadReferences(abs: string, file: string): References {
  if (!existsSync(abs)) return { byTitle: new Map(), records: [] };
  return parseReferences(file, readFileSync(abs, "utf8"));
}

/** Joins an entry's papers with their records by normalised title. */
export function joinPapers(papers: Paper[], refs: References): ResolvedPaper[] {
  return papers.map((p) => {
    const ref = refs.byTitle.get(normTitle(p.title));
    return ref ? { ...p, ref } : { ...p };
  });
}

const QUOTED = /["“]([^"”]+)["”]/g;

/**
 * The body's "## Papers" section and the frontmatter must agree: every listed paper appears there by
 * its full title in quotes, and every quoted title there is a listed paper (or is quoted in a paper's
 * note). Returns one message per problem, each with the file line it concerns; [] when they agree or
 * the body has no Papers section.
 */
export function papersSectionErrors(entry: { file: string; body: string; bodyLine: number; papers: Paper[] }): string[] {
  const lines = entry.body.split("\n");
  const start = lines.findIndex((l) => /^##\s+Papers\s*$/.test(l));
  if (start < 0) return [];
  let end = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
  if (end < 0) end = lines.length;
  const at = (i: number) => `${entry.file}:${entry.bodyLine + i}`;
  const listed = new Map(entry.papers.map((p) => [normTitle(p.title), p]));
  const inNotes = new Set(entry.papers.flatMap((p) => [...(p.note ?? "").matchAll(QUOTED)].map((m) => normTitle(m[1]!))));
  const seen = new Set<string>();
  const errors: string[] = [];
  // A quoted title may wrap onto the next line: scan the section as one text, keeping each match's line.
  const section = lines.slice(start + 1, end);
  const text = section.join(" ");
  const lineStarts = section.reduce<number[]>((acc, l, i) => [...acc, i === 0 ? 0 : acc[i - 1]! + section[i - 1]!.length + 1], []);
  for (const m of text.matchAll(QUOTED)) {
    const key = normTitle(m[1]!);
    const i = start + 1 + lineStarts.filter((o) => o <= m.index).length - 1;
    if (listed.has(key)) seen.add(key);
    else if (!inNotes.has(key)) errors.push(`${at(i)}: the Papers section cites "${m[1]}", which is not a paper of the frontmatter (write the frontmatter's full title, or add the paper to papers:)`);
  }
  for (const [key, p] of listed) if (!seen.has(key)) errors.push(`${at(start)}: the Papers section does not cite "${p.title}" of the frontmatter`);
  return errors;
}
