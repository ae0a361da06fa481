import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../custom-elements.json';
import { handlers, resetScenarioState } from '../mocks/handlers.js';
import '../src/define.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  // Each story starts the mock's scenarios afresh: a Stale story opened a second time in one preview (a reader
  // coming back to it, or the story sweep reusing its page) answers its first request again instead of failing it.
  loaders: [
    mswLoader(),
    () => {
      resetScenarioState();
      return {};
    },
  ],
  parameters: {
    msw: handlers,
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: { title: 'Language', icon: 'globe', items: ['en', 'zh-CN', 'zh-TW'], dynamicTitle: true },
    },
    theme: {
      description: 'Widget theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
    motion: {
      description: 'Reduced motion, as with prefers-reduced-motion: reduce',
      toolbar: { title: 'Motion', icon: 'transfer', items: ['full', 'reduce'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'en', theme: 'light', motion: 'full' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals.lang ?? 'en');
      document.documentElement.dataset.ckTheme = String(context.globals.theme ?? 'light');
      document.documentElement.dataset.ckMotion = String(context.globals.motion ?? 'full');
      document.body.style.background = context.globals.theme === 'dark' ? '#0d1117' : '';
      return story();
    },
  ],
};

export default preview;
