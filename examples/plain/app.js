// The page's own script (a module, no bundler): it runs before collectkit.min.js (deferred, next in the
// page), mounts the server-rendered widgets, passes the data object as a property, listens to ck-select
// and ck-error, switches lang, and unmounts by removing the elements and its listeners.
import { describeSelection, otherLang, portfolio } from './shared/portfolio.js';

const options = { data: portfolio };
const slot = document.getElementById('slot');
const errors = document.getElementById('errors');
const selected = document.getElementById('selected');
const langButton = document.getElementById('lang');
const mountButton = document.getElementById('mount');
let lang = document.querySelector('#widgets').content.querySelector('[lang]').getAttribute('lang');
let mounted = null; // { source, listeners: AbortController } while the widgets are on the page

function addError(event) {
  const item = document.createElement('li');
  item.textContent = event.detail.message; // text only: messages may quote backend strings
  errors.append(item);
}

function mount() {
  const widgets = document.importNode(document.getElementById('widgets').content, true);
  const source = widgets.querySelector('ck-source');
  // Set before the element upgrades or connects, the property is kept: the source starts with the data.
  source.adapterOptions = options;
  const listeners = new AbortController();
  const { signal } = listeners;
  source.querySelector('ck-overdue-trend').addEventListener('ck-select', (e) => (selected.textContent = describeSelection(e.detail)), { signal });
  for (const widget of source.children) {
    widget.lang = lang;
    widget.addEventListener('ck-error', addError, { signal });
  }
  slot.append(widgets);
  mounted = { source, listeners };
}

function unmount() {
  mounted.listeners.abort();
  mounted.source.remove();
  mounted = null;
  errors.replaceChildren();
}

langButton.addEventListener('click', () => {
  lang = otherLang(lang);
  langButton.textContent = lang === 'en' ? '中文' : 'English';
  for (const widget of mounted?.source.children ?? []) widget.lang = lang;
});
mountButton.addEventListener('click', () => {
  if (mounted) unmount();
  else mount();
  mountButton.textContent = mounted ? 'Unmount' : 'Mount';
});
mount();
