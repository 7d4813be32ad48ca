import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The stylesheet (≈ 4 kB compressed) goes into index.html instead of a second request: on a slow
 * line the first paint then waits for the page alone, not for a stylesheet queued behind the
 * scripts (issue #12 item 11, LCP under Slow 4G). The CSP allows inline styles.
 */
function inlineStylesheet(): Plugin {
  return {
    name: 'kasane-inline-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        return html.replace(/<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = ctx.bundle?.[file];
          return asset && asset.type === 'asset' ? `<style>${String(asset.source)}</style>` : tag;
        });
      },
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [react(), inlineStylesheet()],
  resolve: {
    // ADR 0008: the shared components' `useTranslation` from react-i18next is served by the portal's own
    // small translator, so the portal ships no i18next (~17 KiB gzipped). Tests run the same way.
    alias: [{ find: /^react-i18next$/, replacement: fileURLToPath(new URL('./src/i18n/react.tsx', import.meta.url)) }],
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: 'hidden' },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:3000' } },
  test: { environment: 'happy-dom', include: ['test/**/*.test.{ts,tsx}'], css: false, setupFiles: ['./test/setup.ts'], testTimeout: 30_000 },
});
