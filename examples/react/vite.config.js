// React 19 needs no Vite plugin to build: Vite compiles JSX itself (add @vitejs/plugin-react for fast refresh).
import { defineConfig } from 'vite';
import { collectkitFromSource } from '../vite.collectkit.js';

export default defineConfig({
  root: import.meta.dirname,
  resolve: { alias: collectkitFromSource },
  oxc: { jsx: { runtime: 'automatic' } },
});
