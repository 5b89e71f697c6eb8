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
