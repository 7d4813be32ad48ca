// Builds a workspace package for `node` (ADR 0024): every src/**/*.ts (tests aside) transpiled to
// dist/ with the same layout, so paths taken relative to a module (migrations, seed data) still hold.
// Types are checked by `tsc --noEmit` (the typecheck task); this only strips them.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const entryPoints = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !/\.(test|spec)\.ts$/.test(f))
  .map((f) => join('src', f));
rmSync('dist', { recursive: true, force: true });
await build({ entryPoints, outdir: 'dist', outbase: 'src', format: 'esm', platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' });
