import { describe, expect, it } from "vitest";
import { blockCommand, blockEnv, chooseInterpreter, DEFAULT_TORCH_ROOT, tempParent } from "./run-block";

const stamped = (root: string) => (file: string) => file === `${root}/.atlas-torch-ready`;

describe("chooseInterpreter", () => {
  it("uses the trixie root by default, mapping the user to root inside it when not root", () => {
    expect(chooseInterpreter({ env: {}, uid: 0, exists: stamped(DEFAULT_TORCH_ROOT) })).toEqual({ kind: "root", root: DEFAULT_TORCH_ROOT, mapUser: false });
    expect(chooseInterpreter({ env: {}, uid: 1000, exists: stamped(DEFAULT_TORCH_ROOT) })).toEqual({ kind: "root", root: DEFAULT_TORCH_ROOT, mapUser: true });
    expect(chooseInterpreter({ env: { ATLAS_TORCH_ROOT: "/srv/torch" }, uid: 0, exists: stamped("/srv/torch") })).toEqual({ kind: "root", root: "/srv/torch", mapUser: false });
  });

  it("runs --python, else ATLAS_PYTHON, directly, without needing a root", () => {
    const none = () => false;
    expect(chooseInterpreter({ python: "/opt/py/bin/python3", env: { ATLAS_PYTHON: "/usr/bin/python3" }, uid: 0, exists: none })).toEqual({ kind: "python", python: "/opt/py/bin/python3" });
    expect(chooseInterpreter({ env: { ATLAS_PYTHON: "/usr/bin/python3" }, uid: 0, exists: none })).toEqual({ kind: "python", python: "/usr/bin/python3" });
  });

  it("says how to make the root when it has no ready stamp", () => {
    const r = chooseInterpreter({ env: { ATLAS_TORCH_ROOT: "/srv/torch" }, uid: 0, exists: () => false });
    expect(r).toHaveProperty("error", expect.stringContaining("no PyTorch root at /srv/torch"));
    expect(r).toHaveProperty("error", expect.stringContaining("sudo bash scripts/python/setup-torch.sh"));
    expect(r).toHaveProperty("error", expect.stringContaining("ATLAS_PYTHON"));
  });
});

describe("blockCommand", () => {
  it("runs a block inside the root in its own mount and PID namespaces, with /proc mounted there and its folder as seen inside", () => {
    const root = { kind: "root", root: "/srv/torch", mapUser: false } as const;
    expect(tempParent(root, "/tmp")).toBe("/srv/torch/tmp");
    const cmd = blockCommand(root, "/srv/torch/tmp/atlas-block-abc");
    expect(cmd.command).toBe("unshare");
    expect(cmd.args).toEqual(["--mount", "--pid", "--fork", "--kill-child=SIGKILL", "--mount-proc=/proc", "--root=/srv/torch", "--wd=/tmp/atlas-block-abc", "/usr/bin/python3", "block.py"]);
    expect(cmd.cwd).toBe("/srv/torch/tmp/atlas-block-abc");
    expect(cmd.env).toEqual(blockEnv("/tmp/atlas-block-abc"));
    expect(blockCommand({ ...root, mapUser: true }, "/srv/torch/tmp/x").args[0]).toBe("--map-root-user");
  });

  it("refuses a block folder outside the root, which the block could not see", () => {
    expect(() => blockCommand({ kind: "root", root: "/srv/torch", mapUser: false }, "/tmp/atlas-block-abc")).toThrow("outside the PyTorch root /srv/torch");
    expect(() => blockCommand({ kind: "root", root: "/srv/torch", mapUser: false }, "/srv/torch-other/tmp/x")).toThrow("outside the PyTorch root");
  });

  it("passes the tracer's arguments through (the block under scripts/python/trace_block.py)", () => {
    const argv = ["trace_block.py", "block.py", "trace.json"];
    expect(blockCommand({ kind: "root", root: "/srv/torch", mapUser: false }, "/srv/torch/tmp/b", argv).args.slice(-4)).toEqual(["/usr/bin/python3", ...argv]);
    expect(blockCommand({ kind: "python", python: "/opt/py/bin/python3" }, "/tmp/b", argv).args).toEqual(argv);
  });

  it("runs ATLAS_PYTHON directly in the block's folder", () => {
    const cmd = blockCommand({ kind: "python", python: "/opt/py/bin/python3" }, "/tmp/atlas-block-abc");
    expect(cmd).toEqual({ command: "/opt/py/bin/python3", args: ["block.py"], cwd: "/tmp/atlas-block-abc", env: blockEnv("/tmp/atlas-block-abc") });
  });

  it("gives a block a clean environment: its folder as home, fixed hash seed, one BLAS thread", () => {
    const env = blockEnv("/tmp/b");
    expect(env).toMatchObject({ HOME: "/tmp/b", PYTHONHASHSEED: "0", OMP_NUM_THREADS: "1", MKL_NUM_THREADS: "1", OPENBLAS_NUM_THREADS: "1" });
    expect(Object.keys(env)).not.toContain("PYTHONPATH");
    expect(Object.keys(env)).not.toContain("NODE_ENV");
  });
});
