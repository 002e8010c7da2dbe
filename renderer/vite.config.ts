import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The dev server injects inline scripts (React Refresh preamble) that the strict CSP in
 * index.html forbids, so the policy is dropped while serving; the built app keeps it.
 */
function dropCspWhileServing(): Plugin {
  return {
    name: 'pristav-drop-csp-while-serving',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

export default defineConfig({
  // Vite fills in import.meta.dirname for config files, so the build runs from any working folder.
  root: import.meta.dirname,
  // Relative asset URLs, so the same build loads from file:// in Electron and from the loopback host.
  base: './',
  plugins: [react(), dropCspWhileServing()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // One bundle read from the local disk, never over a network: its size is not a load-time cost.
    chunkSizeWarningLimit: 1500,
  },
});
