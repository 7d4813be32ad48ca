import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: '/prefecture/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: 'hidden' },
  server: { port: 5175, proxy: { '/api': 'http://127.0.0.1:3000' } },
  test: { environment: 'happy-dom', include: ['test/**/*.test.{ts,tsx}'], css: false, setupFiles: ['./test/setup.ts'], testTimeout: 30_000 },
});
