import { describe, expect, it } from "vitest";
import { fencedBlocks } from "../code-blocks";
import { diagramBoxErrors } from "./diagram-boxes";
import { checkPythonSyntax } from "./python-syntax";

describe("content checks", () => {
  it("finds fenced blocks with their language and first line", () => {
    const blocks = fencedBlocks("intro\n```python\nx = 1\n```\ntext\n```diagram\n┌┐\n└┘\n```\n");
    expect(blocks).toEqual([
      { lang: "python", meta: "", line: 3, body: "x = 1" },
      { lang: "diagram", meta: "", line: 7, body: "┌┐\n└┘" },
    ]);
  });

  it("parses Python with CPython and reports the failing block and line", () => {
    const errors = checkPythonSyntax(["def f():\n    return 1\n", "class A:\ndef f(self):\n    pass\n"]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ index: 1, line: 2 });
  });

  it("accepts closed boxes and rejects a box whose right side drifted", () => {
    expect(diagramBoxErrors("┌────┐\n│ ok │\n└────┘")).toEqual([]);
    expect(diagramBoxErrors("┌────┐\n│ ok  │\n└────┘")).toEqual(["box at row 1, column 1 is not closed and aligned"]);
  });

  it("counts wide characters as two columns, and emoji with VS16 either way", () => {
    expect(diagramBoxErrors("┌────┐\n│ 注 │\n└────┘")).toEqual([]);
    expect(diagramBoxErrors("┌────┐\n│ ⚠️ │\n└────┘")).toEqual([]);
    expect(diagramBoxErrors("┌────┐\n│ ⚠️  │\n└────┘")).toEqual([]);
  });
});
