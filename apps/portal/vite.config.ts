import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    // ADR 0008: the shared components' `useTranslation` from react-i18next is served by the portal's own
    // small translator, so the portal ships no i18next (~17 KiB gzipped). Tests run the same way.
    alias: [{ find: /^react-i18next$/, replacement: fileURLToPath(new URL('./src/i18n/react.tsx', import.meta.url)) }],
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: 'hidden' },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:3000' } },
  test: { environment: 'happy-dom', include: ['test/**/*.test.{ts,tsx}'], css: false, setupFiles: ['./test/setup.ts'], testTimeout: 30_000 },
});
