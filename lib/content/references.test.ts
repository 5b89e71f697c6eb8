import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "./errors";
import { loadContent } from "./load";
import { ARXIV_ID, DOI, joinPapers, normTitle, papersSectionErrors, parseReferences, referenceLabel, referenceUrl } from "./references";

const record = (extra: string) => `- title: "Adam: A Method for Stochastic Optimization"\n  authors: [Diederik P. Kingma, Jimmy Ba]\n  year: 2015\n${extra}  checked: https://example.org/stored-arxiv-page\n`;

function parseError(text: string): ContentError {
  try {
    parseReferences("content/references.yaml", text);
  } catch (err) {
    if (err instanceof ContentError) return err;
    throw err;
  }
  throw new Error("expected a ContentError");
}

describe("identifier formats", () => {
  it("accepts new- and old-style arXiv ids, with or without a version", () => {
    for (const id of ["1711.05101", "1711.05101v3", "0704.0001", "1412.6980", "cs/0101001", "math.GT/0309136", "hep-th/9901001v2"]) expect(id).toMatch(ARXIV_ID);
  });
  it("refuses URLs, prefixes and malformed arXiv ids", () => {
    for (const id of ["arXiv:1711.05101", "https://arxiv.org/abs/1711.05101", "1711.051", "171105101", "cs/010100", "1711.05101v", "CS/0101001"]) expect(id).not.toMatch(ARXIV_ID);
  });
  it("accepts DOIs and refuses URLs and prefixes", () => {
    for (const d of ["10.1162/neco.1997.9.8.1735", "10.18653/v1/N19-1423", "10.1109/78.650093", "10.1038/323533a0"]) expect(d).toMatch(DOI);
    for (const d of ["https://doi.org/10.1162/neco", "doi:10.1162/neco", "10.1162", "11.1162/x", "10.12/x", "10.1162/ a"]) expect(d).not.toMatch(DOI);
  });
  it("links arXiv first, then the DOI", () => {
    expect(referenceUrl({ arxiv: "1810.04805", doi: "10.18653/v1/N19-1423" })).toBe("https://arxiv.org/abs/1810.04805");
    expect(referenceUrl({ doi: "10.18653/v1/N19-1423" })).toBe("https://doi.org/10.18653/v1/N19-1423");
    expect(referenceLabel({ doi: "10.18653/v1/N19-1423" })).toBe("doi:10.18653/v1/N19-1423");
    expect(referenceUrl({})).toBeUndefined();
  });
});

describe("references file", () => {
  it("parses records and joins an entry's papers by normalised title", () => {
    const refs = parseReferences("content/references.yaml", record('  arxiv: "1412.6980"\n'));
    const [joined, unknown] = joinPapers(
      [
        { title: "ADAM — a method for stochastic optimization", authors: "Kingma & Ba", year: 2015 },
        { title: "A paper nobody confirmed", authors: "Doe" },
      ],
      refs,
    );
    expect(joined!.ref?.arxiv).toBe("1412.6980");
    expect(joined!.authors).toBe("Kingma & Ba");
    expect(unknown!.ref).toBeUndefined();
    expect(normTitle("Hopfield Networks is All You Need")).toBe(normTitle("Hopfield networks is all you need."));
    expect(normTitle("Gödel Machines")).toBe("godel machines");
  });

  it("fails on a malformed id, naming the file, the line and the field", () => {
    const err = parseError(record('  arxiv: "arXiv:1412.6980"\n'));
    expect(err.file).toBe("content/references.yaml");
    expect(err.line).toBe(4);
    expect(err.field).toBe("[0].arxiv");
    expect(err.message).toMatch(/arXiv id/);
    const doi = parseError(`# comment\n\n${record("  doi: https://doi.org/10.1/x\n")}`);
    expect(doi.line).toBe(6);
    expect(doi.field).toBe("[0].doi");
  });

  it("fails on a record with no identifier, an unknown field or a repeated paper", () => {
    expect(parseError(record("")).message).toMatch(/arxiv id or a doi/);
    expect(parseError(record('  arxiv: "1412.6980"\n  url: https://x.org\n')).message).toMatch(/unknown field\(s\): url/);
    const twice = record('  arxiv: "1412.6980"\n') + "\n" + record('  arxiv: "1412.6980"\n').replace("Adam: A Method", "adam: a method");
    const err = parseError(twice);
    expect(err.line).toBe(7);
    expect(err.message).toMatch(/has a record already/);
  });

  it("is joined by the loader, whose error names the references file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "refs-"));
    const src = path.join(process.cwd(), "content");
    mkdirSync(path.join(dir, "content", "entries"), { recursive: true });
    mkdirSync(path.join(dir, "content", "categories"), { recursive: true });
    writeFileSync(path.join(dir, "content", "entries", "adamw.mdx"), readFileSync(path.join(src, "entries", "adamw.mdx"), "utf8"));
    writeFileSync(path.join(dir, "content", "categories", "optimization.mdx"), readFileSync(path.join(src, "categories", "optimization.mdx"), "utf8"));
    writeFileSync(path.join(dir, "content", "references.yaml"), record('  arxiv: "1412.6980"\n'));
    const { entries } = loadContent(dir);
    const adamw = entries.find((e) => e.slug === "adamw")!;
    expect(adamw.papers.find((p) => p.title.startsWith("Adam:"))?.ref?.arxiv).toBe("1412.6980");
    expect(adamw.papers.find((p) => p.title.startsWith("Decoupled"))?.ref).toBeUndefined();
    writeFileSync(path.join(dir, "content", "references.yaml"), record("  arxiv: 14126980\n"));
    expect(() => loadContent(dir)).toThrow(/content\/references\.yaml:4 \[\[0\]\.arxiv\]/);
  });
});

describe("the real references file", () => {
  const { entries, references } = loadContent(process.cwd());
  it("has only records that some entry lists", () => {
    const listed = new Set(entries.flatMap((e) => e.papers.map((p) => normTitle(p.title))));
    expect(references!.records.map((r) => r.title).filter((t) => !listed.has(normTitle(t)))).toEqual([]);
  });
  it("links adamw's papers to their arXiv pages", () => {
    const adamw = entries.find((e) => e.slug === "adamw")!;
    expect(adamw.papers.map((p) => p.ref && referenceUrl(p.ref))).toEqual(["https://arxiv.org/abs/1711.05101", "https://arxiv.org/abs/1412.6980"]);
  });
});

describe("the Papers section agrees with the frontmatter", () => {
  const papers = [
    { title: "Attention Is All You Need", authors: "Vaswani et al.", year: 2017 },
    { title: "Neural Machine Translation by Jointly Learning to Align and Translate", authors: "Bahdanau et al.", note: 'Cited in the seed as "Align and Translate".' },
  ];
  const entry = (body: string) => ({ file: "content/entries/x.mdx", bodyLine: 10, papers, body });

  it("accepts every listed paper quoted by its full title, and titles quoted in a note", () => {
    expect(papersSectionErrors(entry('## What it does\n\n"Not a paper" here.\n\n## Papers\n\n- "Attention Is All You Need" (2017).\n- "Neural machine translation by jointly learning to align and translate". Seed: "Align and Translate".\n\n## Notes\n\n"Quoted" elsewhere.\n'))).toEqual([]);
    expect(papersSectionErrors(entry("## What it does\n\nNo papers section.\n"))).toEqual([]);
    // a title wrapped onto the next line still counts
    expect(papersSectionErrors(entry('## Papers\n\nSee "Attention Is All\nYou Need" and "Neural Machine Translation by Jointly Learning to Align and Translate".\n'))).toEqual([]);
  });

  it("names the line of a shortened title and the papers the section leaves out", () => {
    const errs = papersSectionErrors(entry('## Papers\n\n"FlashAttention" (Dao et al., 2022).\n'));
    expect(errs).toEqual([
      'content/entries/x.mdx:12: the Papers section cites "FlashAttention", which is not a paper of the frontmatter (write the frontmatter\'s full title, or add the paper to papers:)',
      'content/entries/x.mdx:10: the Papers section does not cite "Attention Is All You Need" of the frontmatter',
      'content/entries/x.mdx:10: the Papers section does not cite "Neural Machine Translation by Jointly Learning to Align and Translate" of the frontmatter',
    ]);
  });

  it("holds for every entry", () => {
    const { entries } = loadContent(process.cwd());
    expect(entries.flatMap((e) => papersSectionErrors(e))).toEqual([]);
  });
});
