import { describe, expect, it } from "vitest";
import { compileMdxUncached } from "./compile";

const papers = [{ title: "Decoupled Weight Decay Regularization", url: "https://arxiv.org/abs/1711.05101", label: "arXiv:1711.05101" }];
const body = [
  "## Papers",
  "",
  '- "Decoupled Weight Decay Regularization" (Loshchilov & Hutter, 2019).',
  '- "Adam: A Method for Stochastic Optimization" (Kingma & Ba, 2015).',
  "",
  "## Notes",
  "",
  '- "Decoupled Weight Decay Regularization" again, outside the Papers section.',
].join("\n");

describe("rehypePaperLinks", () => {
  it("links a Papers-section item to its confirmed identifier, and nothing else", async () => {
    const r = await compileMdxUncached("content/entries/x.mdx", body, 0, { papers });
    const links = r.code.match(/https:\/\/arxiv\.org\/abs\/1711\.05101/g) ?? [];
    expect(links).toHaveLength(1);
    expect(r.code).toContain("arXiv:1711.05101");
    expect(r.code).toMatch(/reference-id/);
    // The paper without a record, and the Notes section, stay unlinked.
    expect(r.code).not.toContain("1412.6980");
  });

  it("adds nothing without confirmed papers", async () => {
    const r = await compileMdxUncached("content/entries/x.mdx", body, 0, {});
    expect(r.code).not.toContain("arxiv.org");
  });
});
