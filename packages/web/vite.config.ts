/**
 * Vite config for the single-page app. `npm run build:web` writes packages/web/dist, which the
 * server serves; `npm run dev --workspace @liaison/web` proxies /api to a server on port 4310
 * (`liaison serve` or `npm start`).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:4310' },
  },
});
