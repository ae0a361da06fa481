import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { collectkitFromSource } from '../vite.collectkit.js';

export default defineConfig({
  root: import.meta.dirname,
  resolve: { alias: collectkitFromSource },
  plugins: [svelte()],
});
