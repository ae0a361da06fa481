import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { collectkitFromSource } from '../vite.collectkit.js';

export default defineConfig({
  root: import.meta.dirname,
  resolve: { alias: collectkitFromSource },
  // ck-* tags are custom elements, not Vue components: Vue then passes their props and events through.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ck-') } } })],
});
