import { spawnSync } from "node:child_process";

export interface PythonSyntaxError {
  index: number;
  /** 1-based line inside the block. */
  line: number;
  message: string;
}

const CHECKER = `
import ast, json, sys
out = []
for i, src in enumerate(json.load(sys.stdin)):
    try:
        ast.parse(src)
    except SyntaxError as e:
        out.append({"index": i, "line": e.lineno or 1, "message": e.msg})
json.dump(out, sys.stdout)
`;

/**
 * Parses Python sources with CPython's own parser (python3 -c ast.parse), in one process for all blocks.
 * The content standard's rule is "every python block parses", and only CPython's parser says that exactly.
 */
export function checkPythonSyntax(sources: string[]): PythonSyntaxError[] {
  if (sources.length === 0) return [];
  const run = spawnSync("python3", ["-c", CHECKER], { input: JSON.stringify(sources), encoding: "utf8", maxBuffer: 64 << 20 });
  if (run.error) throw new Error(`python3 is needed to check Python blocks: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`python3 failed while checking Python blocks: ${run.stderr}`);
  return JSON.parse(run.stdout) as PythonSyntaxError[];
}
