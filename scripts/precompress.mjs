// Writes a brotli (.br) and a gzip (.gz) copy beside every compressible file of a built app, so the
// server sends them as they are (@fastify/static `preCompressed`) without compressing per request
// (issue #12 item 11). A copy that would not be smaller is not written: the server then sends the file.
// Usage: node scripts/precompress.mjs <dist folder>
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const compressible = /\.(?:html|js|mjs|css|json|svg|txt|xml|webmanifest)$/i;
const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/precompress.mjs <dist folder>');
  process.exit(1);
}

function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (compressible.test(entry.name)) yield path;
  }
}

let before = 0;
let after = 0;
for (const path of files(dir)) {
  const raw = readFileSync(path);
  if (raw.length < 256) continue;
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
  const gz = gzipSync(raw, { level: 9 });
  if (br.length < raw.length) writeFileSync(`${path}.br`, br);
  if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
  before += statSync(path).size;
  after += Math.min(br.length, raw.length);
}
console.log(`precompressed ${dir}: ${(before / 1024).toFixed(1)} KiB → ${(after / 1024).toFixed(1)} KiB (brotli)`);
