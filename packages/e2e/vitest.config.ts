import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One server and one browser per file; files run one after another (2 cores).
    fileParallelism: false,
  },
});
