import { referenceUrl, type Reference, type ResolvedPaper } from "./references";
import type { Paper } from "./schema";

/** Escapes the characters BibTeX treats specially in a field value. */
export function bibEscape(s: string): string {
  return s.replace(/\\/g, "\\textbackslash{}").replace(/([{}&%$#_])/g, "\\$1").replace(/~/g, "\\textasciitilde{}").replace(/\^/g, "\\textasciicircum{}");
}

/** "Kingma & Ba" → "Kingma and Ba"; "Vaswani et al." → "Vaswani and others" (BibTeX's way to say et al.). */
export function bibAuthors(authors: string): string {
  return authors
    .replace(/\s*,?\s+et al\.?$/i, " and others")
    .split(/\s*(?:&|,| and )\s*/)
    .filter(Boolean)
    .map((a) => (a === "others" ? a : bibEscape(a)))
    .join(" and ")
    .replace(/ and and /g, " and ");
}

const keyWord = (s: string) => (s.normalize("NFKD").replace(/[^A-Za-z0-9 ]/g, " ").trim().split(/\s+/).find((w) => w.length > 3 && !/^(the|with|from|into|over|using|towards?)$/i.test(w)) ?? "paper").toLowerCase();

/** A citation key in the usual author-year-word form: kingma2015adam. */
export function paperKey(p: Paper): string {
  const author = (p.authors.normalize("NFKD").match(/[A-Za-z]+/)?.[0] ?? "anon").toLowerCase();
  return `${author}${p.year ?? ""}${keyWord(p.title)}`;
}

/**
 * The BibTeX entry type and venue field for a venue as the references file states it: proceedings →
 * @inproceedings{booktitle}, journals and transactions → @article{journal}, anything else (a book, a
 * report) → @misc{howpublished}; no venue → @misc.
 */
export function bibVenue(venue: string | undefined): { type: "inproceedings" | "article" | "misc"; field?: [string, string] } {
  if (!venue) return { type: "misc" };
  if (/\b(proceedings|conference|workshop|symposium|NeurIPS|NIPS|ICLR|ICML|CVPR|ICCV|ECCV|ACL|NAACL|EMNLP|AAAI|IJCAI|AISTATS|COLT|UAI|KDD|SIGGRAPH|Interspeech|ICASSP|MICCAI|3DV|IROS|ICRA|CoRL|RSS)\b/i.test(venue))
    return { type: "inproceedings", field: ["booktitle", venue] };
  if (/\b(journal|transactions|letters|review|nature|science|neural computation|neural networks|magazine|biological cybernetics|annals|physical|PNAS|JMLR|TMLR|bulletin|communications)\b/i.test(venue))
    return { type: "article", field: ["journal", venue] };
  return { type: "misc", field: ["howpublished", venue] };
}

function referenceFields(ref: Reference): [string, string][] {
  const venue = bibVenue(ref.venue);
  const fields: [string, string][] = [
    ["title", `{${bibEscape(ref.title)}}`],
    ["author", ref.authors.map((a) => (a === "others" ? a : bibEscape(a))).join(" and ")],
    ["year", String(ref.year)],
  ];
  if (venue.field) fields.push([venue.field[0], bibEscape(venue.field[1])]);
  if (ref.doi) fields.push(["doi", ref.doi]);
  if (ref.arxiv) fields.push(["eprint", ref.arxiv], ["archivePrefix", "arXiv"]);
  const url = referenceUrl(ref);
  if (url) fields.push(["url", url]);
  return fields;
}

/**
 * BibTeX for a paper. With a reference record: the full author list, venue, year and eprint/doi as the
 * record states them; without one, only the fields the entry states (no venue, no identifier invented).
 */
export function paperBibtex(p: Paper | ResolvedPaper): string {
  const ref = "ref" in p ? p.ref : undefined;
  let type = "misc";
  let fields: [string, string][];
  if (ref) {
    type = bibVenue(ref.venue).type;
    fields = referenceFields(ref);
  } else {
    fields = [
      ["title", `{${bibEscape(p.title)}}`],
      ["author", bibAuthors(p.authors)],
    ];
    if (p.year !== undefined) fields.push(["year", String(p.year)]);
  }
  if (p.note) fields.push(["note", bibEscape(p.note)]);
  return `@${type}{${paperKey(p)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}`;
}

export interface EntryCitation {
  bibtex: string;
  text: string;
  /** The entry's URL as both name it. */
  url: string;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * How to cite an entry of the site: its stable URL and the date of the build that made the page.
 * `site.url` "" (a build that does not know where it is published) names the entry by its path, which
 * the page completes with its own origin.
 */
export function entryCitation(entry: { slug: string; title: string }, site: { name: string; url: string }, built: Date): EntryCitation {
  const url = `${site.url}/entries/${entry.slug}`;
  const iso = built.toISOString().slice(0, 10);
  const year = built.getUTCFullYear();
  const bibtex = [
    `@misc{${site.name.toLowerCase().replace(/[^a-z0-9]+/g, "")}-${entry.slug},`,
    `  title = {{${bibEscape(entry.title)}}},`,
    `  author = {{${bibEscape(site.name)}}},`,
    `  howpublished = {\\url{${url}}},`,
    `  year = {${year}},`,
    `  note = {Version of ${iso}},`,
    `  urldate = {${iso}}`,
    "}",
  ].join("\n");
  const text = `${site.name}. "${entry.title}." ${built.getUTCDate()} ${MONTHS[built.getUTCMonth()]} ${year}. ${url}`;
  return { bibtex, text, url };
}
