#!/usr/bin/env node
/** After the build: writes a .gz beside every compressible file in out/, so the server never compresses per request. */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const out = path.resolve(process.argv[2] ?? "out");
const COMPRESSIBLE = /\.(html|js|css|json|txt|md|svg|xml|map)$/;
let files = 0;
let before = 0;
let after = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (COMPRESSIBLE.test(name)) {
      const raw = readFileSync(p);
      const gz = gzipSync(raw, { level: 9 });
      if (gz.length < raw.length) {
        writeFileSync(`${p}.gz`, gz);
        files++;
        before += raw.length;
        after += gz.length;
      }
    }
  }
};
walk(out);
console.log(`precompress: ${files} files, ${(before / 1048576).toFixed(1)} MiB → ${(after / 1048576).toFixed(1)} MiB gzipped`);
