import path from "node:path";
import type { CodeOutputs } from "../content/code-runs";
import { buildDate, repoSource } from "../site";
import { fileDates, isoDay, type FileDates } from "./provenance";

/**
 * The trust line of an entry: when and on which PyTorch its code was last verified (the last commit of
 * its content/outputs file and the versions that file records), when its text last changed (the last
 * commit of its .mdx), and where to improve it. All derived at build time; no date is ever guessed.
 */
export interface EntryTrust {
  /** Present when the entry has python blocks that ran; `date` (YYYY-MM-DD) only when git knows it. */
  verified?: { torch: string; python: string; date?: string };
  /** YYYY-MM-DD of the last change of the entry's source, when git knows it. */
  contentDate?: string;
  /** The entry's source file in the repository (REPO_URL set at build time). */
  sourceUrl?: string;
}

interface TrustSource {
  slug: string;
  /** Path of the .mdx relative to the project root, e.g. content/entries/adamw.mdx. */
  file: string;
  codeOutputs?: CodeOutputs;
}

const posix = (p: string) => p.split(path.sep).join("/");

/** content/entries/x.mdx → content/outputs/x.json (the layout lib/content/load reads). */
export function outputsPathOf(entry: Pick<TrustSource, "slug" | "file">): string {
  return posix(path.join(path.dirname(path.dirname(entry.file)), "outputs", `${entry.slug}.json`));
}

/** Address of a repository file: `<url>/blob/<branch>/<file>`, or the url template with {path} filled. */
export function sourceUrl(repo: { url: string; branch: string }, file: string): string {
  return repo.url.includes("{path}") ? repo.url.replace("{path}", file) : `${repo.url}/blob/${encodeURIComponent(repo.branch)}/${file}`;
}

export function entryTrust(entry: TrustSource, dates: FileDates, repo?: { url: string; branch: string }): EntryTrust {
  const trust: EntryTrust = {};
  const known = (file: string) => (dates.available ? dates.dates.get(posix(file)) : undefined);
  const outputs = entry.codeOutputs;
  if (outputs && outputs.blocks.length > 0) {
    const date = known(outputsPathOf(entry));
    trust.verified = { torch: outputs.torch, python: outputs.python, ...(date ? { date: isoDay(date) } : {}) };
  }
  const content = known(entry.file);
  if (content) trust.contentDate = isoDay(content);
  if (repo) trust.sourceUrl = sourceUrl(repo, posix(entry.file));
  return trust;
}

let contentDates: FileDates | undefined;

/** The content folders' git dates, read once per process (the content build reports when unavailable). */
export function getContentDates(contentDir: string = process.env.ATLAS_CONTENT_DIR ?? "content"): FileDates {
  contentDates ??= fileDates([`${contentDir}/entries`, `${contentDir}/outputs`], buildDate);
  return contentDates;
}

/** An entry's trust line, as every page and generated file states it. */
export function trustOf(entry: TrustSource): EntryTrust {
  return entryTrust(entry, getContentDates(), repoSource);
}
