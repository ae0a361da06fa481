import { CkFilterBar } from './filter-bar.js';

if (!customElements.get('ck-filter-bar')) customElements.define('ck-filter-bar', CkFilterBar);

export { CkFilterBar };
