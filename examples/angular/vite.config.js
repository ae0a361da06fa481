// Angular compiled ahead of time by @analogjs/vite-plugin-angular (the Angular compiler inside Vite).
// Angular 21.2, the newest that runs on this kit's toolchain: Angular 22 needs Node >= 22.22 and TypeScript 6.0.
import { defineConfig } from 'vite';
import angular from '@analogjs/vite-plugin-angular';
import { collectkitFromSource } from '../vite.collectkit.js';

export default defineConfig({
  root: import.meta.dirname,
  resolve: { alias: collectkitFromSource },
  plugins: [
    angular({
      tsconfig: `${import.meta.dirname}/tsconfig.json`,
      // Only this app's own files go through the Angular compiler; collectkit is plain TypeScript for Vite.
      // The single-pass compile (no template type check here: the build only has to produce the app).
      fastCompile: true,
      transformFilter: (_code, id) => id.startsWith(import.meta.dirname),
    }),
  ],
});
