import { describe, expect, it } from "vitest";
import { fencedBlocks } from "./code-blocks";
import { ContentError } from "./errors";

describe("fencedBlocks (remark's reading, as the compiler's)", () => {
  it("reads fences inside components and list items, indentation removed, with their first content line", () => {
    const body = ["## Code", "", "<EditorNote>", "", "```python no-run reason=\"needs CUDA\"", "x = 1", "```", "", "</EditorNote>", "", "1. a step", "", "   ```Diagram", "   ┌┐", "   └┘", "   ```", ""].join("\n");
    expect(fencedBlocks(body)).toEqual([
      { lang: "python", meta: 'no-run reason="needs CUDA"', line: 6, body: "x = 1" },
      { lang: "diagram", meta: "", line: 14, body: "┌┐\n└┘" },
    ]);
  });

  it("follows CommonMark where a line-by-line reading would not: a fence with an info string never closes one", () => {
    expect(fencedBlocks("```text\n```python\nx\n```\n\nafter\n")).toEqual([{ lang: "text", meta: "", line: 2, body: "```python\nx" }]);
    // A heading with an explicit id is read as the compiler reads it, not as an expression.
    expect(fencedBlocks("## Title {#own-id}\n\n```python\ny = 2\n```\n")).toEqual([{ lang: "python", meta: "", line: 4, body: "y = 2" }]);
  });

  it("fails on a body that is not valid MDX, naming the file line when it knows the file", () => {
    const body = "Fine.\n\n<Broken\n\n```python\nx\n```\n";
    expect(() => fencedBlocks(body, { file: "content/entries/x.mdx", bodyLine: 9 })).toThrow(ContentError);
    expect(() => fencedBlocks(body, { file: "content/entries/x.mdx", bodyLine: 9 })).toThrow(/^content\/entries\/x\.mdx:1[1-9] \[mdx\]: /);
    expect(() => fencedBlocks(body)).toThrow(/^line \d+: /);
  });

  it("hands each caller its own copy of a body's blocks", () => {
    const body = "```python\nz = 3\n```\n";
    fencedBlocks(body)[0]!.body = "changed";
    expect(fencedBlocks(body)[0]!.body).toBe("z = 3");
  });
});
