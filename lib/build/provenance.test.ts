import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { fileDates, GIT_LOG_ARGS, isoDay, parseGitLog, parseGitStatus, readableDay } from "./provenance";

const LOG = [
  "\u0000commit 2026-12-05T10:00:00+01:00",
  "",
  "content/entries/adamw.mdx",
  "content/outputs/adamw.json",
  "",
  "\u0000commit 2026-12-01T23:30:00Z",
  "",
  "content/entries/adamw.mdx",
  "content/entries/adam.mdx",
  "",
].join("\n");

describe("parseGitLog", () => {
  it("keeps the newest commit date of each file (git log lists newest first)", () => {
    const dates = parseGitLog(LOG);
    expect(dates.get("content/entries/adamw.mdx")).toBe("2026-12-05T10:00:00+01:00");
    expect(dates.get("content/entries/adam.mdx")).toBe("2026-12-01T23:30:00Z");
    expect(dates.get("content/outputs/adamw.json")).toBe("2026-12-05T10:00:00+01:00");
    expect(dates.size).toBe(3);
  });

  it("asks git for exactly the format it parses", () => {
    expect(GIT_LOG_ARGS[1]).toBe("--format=%x00commit %cI");
  });

  it("fails on output it does not understand", () => {
    expect(() => parseGitLog("\u0000commit yesterday\nfile")).toThrow('unexpected commit line "commit yesterday"');
  });
});

describe("parseGitStatus", () => {
  it("lists modified, new and renamed-to paths", () => {
    expect(parseGitStatus(" M content/entries/a.mdx\u0000?? content/outputs/b.json\u0000R  content/entries/new.mdx\u0000content/entries/old.mdx\u0000")).toEqual([
      "content/entries/a.mdx",
      "content/outputs/b.json",
      "content/entries/new.mdx",
    ]);
  });
});

describe("fileDates", () => {
  const now = new Date("2026-12-07T12:00:00Z");
  const fakeGit = (outputs: Record<string, string | Error>) => (args: string[]) => {
    const out = outputs[args[0]!];
    if (out instanceof Error) throw out;
    return out ?? "";
  };

  it("dates committed files by their last commit and changed files by the build date", () => {
    const dates = fileDates(["content/entries"], now, fakeGit({ "rev-parse": "false\n", log: LOG, status: " M content/entries/adam.mdx\u0000" }));
    expect(dates.available).toBe(true);
    if (!dates.available) return;
    expect(dates.dates.get("content/entries/adamw.mdx")).toBe("2026-12-05T10:00:00+01:00");
    expect(dates.dates.get("content/entries/adam.mdx")).toBe("2026-12-07T12:00:00Z");
  });

  it("gives no dates without git, or in a shallow clone, and says why", () => {
    const none = fileDates(["content"], now, fakeGit({ "rev-parse": new Error("not a git repository") }));
    expect(none).toEqual({ available: false, reason: "not a git checkout (or git is not installed)" });
    const shallow = fileDates(["content"], now, fakeGit({ "rev-parse": "true\n" }));
    expect(shallow.available).toBe(false);
    expect(!shallow.available && shallow.reason).toMatch(/shallow/);
  });

  it("reads this repository's own history with one log call", () => {
    const calls: string[][] = [];
    const dates = fileDates(["content/entries", "content/outputs"], now, (args) => {
      calls.push(args);
      return execFileSync("git", args, { encoding: "utf8" });
    });
    expect(calls.filter((c) => c[0] === "log")).toHaveLength(1);
    if (!dates.available) return; // a tarball checkout: nothing more to check
    expect(dates.dates.get("content/entries/adamw.mdx")).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});

describe("day formats", () => {
  it("are the UTC day, whatever the offset the commit was made in", () => {
    expect(isoDay("2026-12-05T00:30:00+01:00")).toBe("2026-12-04");
    expect(readableDay("2026-12-05T10:00:00Z")).toBe("5 Dec 2026");
  });
});
