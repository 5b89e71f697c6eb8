/**
 * Which precompressed copy of a file to send (npm run serve): brotli when the client accepts it and the
 * build wrote a .br, else gzip when it accepts that and there is a .gz, else the file itself.
 * Accept-Encoding is read with its q-values, so "br;q=0" refuses brotli.
 */
export type Encoding = "br" | "gzip" | "identity";

/** The codings a client accepts (q > 0), from its Accept-Encoding header; "*" accepts any. */
function accepted(header: string | undefined): Set<string> {
  const codings = new Set<string>();
  for (const part of (header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (q === undefined || Number(q.slice(2)) > 0) codings.add(name);
  }
  return codings;
}

export function chooseEncoding(acceptEncoding: string | undefined, has: { br: boolean; gzip: boolean }): Encoding {
  const ok = accepted(acceptEncoding);
  const any = ok.has("*");
  if (has.br && (ok.has("br") || any)) return "br";
  if (has.gzip && (ok.has("gzip") || any)) return "gzip";
  return "identity";
}
