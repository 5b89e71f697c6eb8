/**
 * The tracer's own tests (scripts/python/test_trace_block.py), run where the blocks run: on Debian
 * trixie's PyTorch 2.6 in the root setup-torch.sh makes (or ATLAS_PYTHON), launched like a block
 * (lib/content/run-block.ts). npm test runs this before the blocks are checked.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { blockCommand, chooseInterpreter, tempParent } from "../lib/content/run-block";

const here = path.resolve("scripts/python");
const interp = chooseInterpreter({ env: { ATLAS_PYTHON: process.env.ATLAS_PYTHON, ATLAS_TORCH_ROOT: process.env.ATLAS_TORCH_ROOT }, uid: process.getuid?.() ?? 0, exists: existsSync });
if ("error" in interp) {
  console.error(`test-tracer: ${interp.error}`);
  process.exit(1);
}
const dir = mkdtempSync(path.join(tempParent(interp, os.tmpdir()), "atlas-tracer-test-"));
try {
  for (const f of ["trace_block.py", "test_trace_block.py"]) copyFileSync(path.join(here, f), path.join(dir, f));
  const cmd = blockCommand(interp, dir, ["test_trace_block.py"]);
  const r = spawnSync(cmd.command, cmd.args, { cwd: cmd.cwd, env: cmd.env as unknown as NodeJS.ProcessEnv, stdio: "inherit", timeout: 300_000 });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
