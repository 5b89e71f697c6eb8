import { execFileSync } from "node:child_process";

/**
 * When each content file last changed, from git, read once per process: one `git log` over the content
 * folders (newest commit first, each with the files it touched) and one `git status` for files changed
 * since the last commit. A tarball without git, or a shallow clone whose oldest commit would claim to
 * have touched every file, gives no dates and says why.
 */

export type FileDates = { available: true; dates: ReadonlyMap<string, string> } | { available: false; reason: string };

const COMMIT = "\u0000commit ";

/** The command whose output parseGitLog reads: each commit's committer date, then the files it touched. */
export const GIT_LOG_ARGS = ["log", `--format=${COMMIT.replace("\u0000", "%x00")}%cI`, "--name-only", "--no-renames", "--"];

/**
 * Newest commit date (ISO 8601, as git prints it) per file path, from `git log --format=%x00commit %cI
 * --name-only` output listed newest first: the first date seen for a path is its last change.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const chunk of output.split("\u0000").slice(1)) {
    const [head, ...files] = chunk.split("\n");
    const m = /^commit (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d))$/.exec(head!.trim());
    if (!m) throw new Error(`git log: unexpected commit line "${head}"`);
    for (const f of files) {
      const file = f.trim();
      if (file && !dates.has(file)) dates.set(file, m[1]!);
    }
  }
  return dates;
}

/** Paths that `git status --porcelain=v1 -z` reports as changed or new (the newer name of a rename). */
export function parseGitStatus(output: string): string[] {
  const parts = output.split("\u0000").filter(Boolean);
  const files: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    files.push(p.slice(3));
    if (p[0] === "R" || p[0] === "C") i++; // the next part is the rename's source
  }
  return files;
}

type Git = (args: string[]) => string;

const runGit: Git = (args) => execFileSync("git", args, { encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"] });

/**
 * Last-change dates of the files under `dirs` (paths relative to the repository root, as git prints
 * them). Files changed since the last commit get `now` (the build's date, SOURCE_DATE_EPOCH honoured).
 */
export function fileDates(dirs: string[], now: Date, git: Git = runGit): FileDates {
  let shallow: string;
  try {
    shallow = git(["rev-parse", "--is-shallow-repository"]).trim();
  } catch {
    return { available: false, reason: "not a git checkout (or git is not installed)" };
  }
  if (shallow === "true") return { available: false, reason: "a shallow git clone (its oldest commit would date every file); fetch the full history for dates" };
  let log: string, status: string;
  try {
    log = git([...GIT_LOG_ARGS, ...dirs]);
    status = git(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ...dirs]);
  } catch (err) {
    return { available: false, reason: `git failed: ${String((err as { stderr?: string }).stderr || (err as Error).message).trim().split("\n")[0]}` };
  }
  const dates = parseGitLog(log);
  const today = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  for (const f of parseGitStatus(status)) dates.set(f, today);
  return { available: true, dates };
}

/** The calendar day of an ISO date-time, in UTC: "2026-12-05". */
export function isoDay(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "5 Dec 2026", the same in every locale and time zone. */
export function readableDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
