import path from "node:path";

/**
 * How one python block is launched: which interpreter, with which command line and environment.
 * Pure (no spawning, no file system), so scripts/run-code.ts and its tests share one definition.
 *
 * By default every block runs on Debian trixie's PyTorch 2.6, inside the root that
 * scripts/python/setup-torch.sh makes once (/var/cache/neural-atlas/trixie-torch). Each block gets
 * its own mount and PID namespace (`unshare`): its /proc is mounted there and goes away with it, so
 * neither a finished block nor a crashed run leaves a mount behind, and killing the launcher kills
 * everything the block started. As a user other than root, `unshare --map-root-user` makes the
 * namespaces without privileges. `ATLAS_PYTHON` (or `--python`) instead runs blocks on any python3
 * that has torch, outside any root.
 */

export const DEFAULT_TORCH_ROOT = "/var/cache/neural-atlas/trixie-torch";
/** The file setup-torch.sh writes into the root once torch imports there (its text: the versions). */
export const ROOT_STAMP = ".atlas-torch-ready";
/** The python3 inside the root. */
export const ROOT_PYTHON = "/usr/bin/python3";

export type Interpreter =
  /** Debian trixie's python3 and PyTorch in a root made by setup-torch.sh. */
  | { kind: "root"; root: string; mapUser: boolean }
  /** Any python3 with torch, run directly. */
  | { kind: "python"; python: string };

export interface InterpreterChoice {
  /** --python on the command line. */
  python?: string;
  env: { ATLAS_PYTHON?: string; ATLAS_TORCH_ROOT?: string };
  uid: number;
  exists: (file: string) => boolean;
}

/** --python, else ATLAS_PYTHON, else the trixie root (which must have its ready stamp). */
export function chooseInterpreter(c: InterpreterChoice): Interpreter | { error: string } {
  const python = c.python ?? (c.env.ATLAS_PYTHON || undefined);
  if (python) return { kind: "python", python };
  const root = path.resolve(c.env.ATLAS_TORCH_ROOT || DEFAULT_TORCH_ROOT);
  if (!c.exists(path.join(root, ROOT_STAMP)))
    return {
      error:
        `no PyTorch root at ${root} (it has no ${ROOT_STAMP}). Make it once, as root: ` +
        "`sudo bash scripts/python/setup-torch.sh` (npm test does this), " +
        "or set ATLAS_PYTHON to a python3 that has torch 2.x and torchvision.",
    };
  return { kind: "root", root, mapUser: c.uid !== 0 };
}

/** Where a block's own temp folder goes: inside the root when there is one (the block cannot see outside it). */
export function tempParent(interp: Interpreter, hostTmp: string): string {
  return interp.kind === "root" ? path.join(interp.root, "tmp") : hostTmp;
}

/**
 * A clean environment, only what a reader's shell would have plus fixed seeds: `home` is the block's
 * temp folder as the block sees it.
 */
export function blockEnv(home: string): Record<string, string> {
  return {
    PATH: "/usr/local/bin:/usr/bin:/bin",
    HOME: home,
    TMPDIR: home,
    LANG: "C.UTF-8",
    PYTHONHASHSEED: "0",
    PYTHONDONTWRITEBYTECODE: "1",
    PYTHONIOENCODING: "utf-8",
    // One thread per block: the pool already uses every core, and reductions stay in one order.
    OMP_NUM_THREADS: "1",
    MKL_NUM_THREADS: "1",
    OPENBLAS_NUM_THREADS: "1",
  };
}

export interface BlockCommand {
  command: string;
  args: string[];
  /** The launcher's working folder on this machine. */
  cwd: string;
  env: Record<string, string>;
}

/**
 * The command that runs python with `argv` (a script in `dir`, the block's temp folder on this
 * machine, which for a root lies inside it, and its arguments) alone in a fresh interpreter.
 */
export function blockCommand(interp: Interpreter, dir: string, argv: readonly string[] = ["block.py"]): BlockCommand {
  if (interp.kind === "python") return { command: interp.python, args: [...argv], cwd: dir, env: blockEnv(dir) };
  const inside = "/" + path.relative(interp.root, dir).split(path.sep).join("/");
  if (inside.startsWith("/..") || path.isAbsolute(path.relative(interp.root, dir)))
    throw new Error(`a block's folder ${dir} is outside the PyTorch root ${interp.root}`);
  return {
    command: "unshare",
    args: [
      ...(interp.mapUser ? ["--map-root-user"] : []),
      "--mount",
      "--pid",
      "--fork",
      "--kill-child=SIGKILL",
      "--mount-proc=/proc",
      `--root=${interp.root}`,
      `--wd=${inside}`,
      ROOT_PYTHON,
      ...argv,
    ],
    cwd: dir,
    env: blockEnv(inside),
  };
}
