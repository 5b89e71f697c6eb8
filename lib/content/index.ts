import { loadContent } from "./load";
import { buildRegistry, type Registry } from "./registry";

let registry: Registry | undefined;

/** The validated content registry, loaded once per process. */
export function getRegistry(): Registry {
  registry ??= buildRegistry(loadContent(process.cwd()));
  return registry;
}

export type { Category, Entry, Registry } from "./registry";
export type { Maturity, Paper } from "./schema";
export type { Reference, ResolvedPaper } from "./references";
