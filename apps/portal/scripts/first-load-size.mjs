// Measures what a first visit to the portal's home page loads: every script in dist/index.html
// (the entry and its modulepreloads), gzipped at level 9. Prints KiB; exits 1 over the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgetKiB = 100;
const dist = new URL('../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', dist), 'utf8');
const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const file of scripts) {
  const size = gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KiB  ${file}`);
}
console.log(`${(total / 1024).toFixed(1).padStart(7)} KiB  first-load JavaScript (gzip -9), budget ${budgetKiB} KiB`);
process.exit(total / 1024 > budgetKiB ? 1 : 0);
