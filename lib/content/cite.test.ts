import { describe, expect, it } from "vitest";
import { bibAuthors, entryCitation, paperBibtex, paperKey } from "./cite";

describe("citations", () => {
  it("cites an entry by its stable URL and the build date, with no invented fields", () => {
    const c = entryCitation({ slug: "adam", title: "Adam" }, { name: "Neural Atlas", url: "https://atlas.example" }, new Date("2026-12-04T10:00:00Z"));
    expect(c.bibtex).toBe(
      "@misc{neuralatlas-adam,\n  title = {{Adam}},\n  author = {{Neural Atlas}},\n  howpublished = {\\url{https://atlas.example/entries/adam}},\n  year = {2026},\n  note = {Version of 2026-12-04},\n  urldate = {2026-12-04}\n}",
    );
    expect(c.text).toBe('Neural Atlas. "Adam." 4 December 2026. https://atlas.example/entries/adam');
    expect(c.bibtex).not.toMatch(/doi|publisher|journal/i);
  });

  it("writes a paper's BibTeX from the entry's fields only, escaping special characters", () => {
    const bib = paperBibtex({ title: "Adam: A Method for Stochastic Optimization", authors: "Kingma & Ba", year: 2015 });
    expect(bib).toBe("@misc{kingma2015adam,\n  title = {{Adam: A Method for Stochastic Optimization}},\n  author = {Kingma and Ba},\n  year = {2015}\n}");
    expect(paperBibtex({ title: "R&D at 50% off", authors: "Doe et al." })).toContain("title = {{R\\&D at 50\\% off}}");
    expect(paperBibtex({ title: "X", authors: "Doe et al." })).not.toContain("year");
  });

  it("reads author lists the way entries write them", () => {
    expect(bibAuthors("Vaswani et al.")).toBe("Vaswani and others");
    expect(bibAuthors("Ioffe & Szegedy")).toBe("Ioffe and Szegedy");
    expect(bibAuthors("He, Zhang, Ren, Sun")).toBe("He and Zhang and Ren and Sun");
    expect(paperKey({ title: "Attention Is All You Need", authors: "Vaswani et al.", year: 2017 })).toBe("vaswani2017attention");
  });
});

describe("BibTeX of a paper with a reference record", () => {
  const ref = {
    title: "Decoupled Weight Decay Regularization",
    authors: ["Ilya Loshchilov", "Frank Hutter"],
    year: 2019,
    venue: "ICLR 2019",
    arxiv: "1711.05101",
    checked: "https://example.org/stored-page",
  };

  it("writes the full author list, venue, year and the arXiv eprint from the record", () => {
    const bib = paperBibtex({ title: "Decoupled Weight Decay Regularization", authors: "Loshchilov & Hutter", year: 2019, ref });
    expect(bib).toBe(
      "@inproceedings{loshchilov2019decoupled,\n  title = {{Decoupled Weight Decay Regularization}},\n  author = {Ilya Loshchilov and Frank Hutter},\n  year = {2019},\n  booktitle = {ICLR 2019},\n  eprint = {1711.05101},\n  archivePrefix = {arXiv},\n  url = {https://arxiv.org/abs/1711.05101}\n}",
    );
  });

  it("writes a journal article's DOI, and says 'and others' for an incomplete author list", () => {
    const bib = paperBibtex({
      title: "Long Short-Term Memory",
      authors: "Hochreiter & Schmidhuber",
      year: 1997,
      ref: { title: "Long Short-Term Memory", authors: ["Sepp Hochreiter", "others"], year: 1997, venue: "Neural Computation 9(8)", doi: "10.1162/neco.1997.9.8.1735", checked: "https://example.org/x" },
    });
    expect(bib).toMatch(/^@article\{hochreiter1997long,/);
    expect(bib).toContain("author = {Sepp Hochreiter and others}");
    expect(bib).toContain("journal = {Neural Computation 9(8)}");
    expect(bib).toContain("doi = {10.1162/neco.1997.9.8.1735}");
    expect(bib).toContain("url = {https://doi.org/10.1162/neco.1997.9.8.1735}");
    expect(bib).not.toContain("eprint");
  });

  it("falls back to @misc without a venue, still with the eprint", () => {
    const { venue: _venue, ...noVenue } = ref;
    const bib = paperBibtex({ title: ref.title, authors: "Loshchilov & Hutter", year: 2019, ref: noVenue });
    expect(bib).toMatch(/^@misc\{/);
    expect(bib).toContain("eprint = {1711.05101}");
    expect(bib).not.toMatch(/booktitle|journal|howpublished/);
  });
});
