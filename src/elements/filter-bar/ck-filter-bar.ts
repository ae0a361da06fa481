import { CkFilterBar } from './filter-bar.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-filter-bar')) customElements.define('ck-filter-bar', CkFilterBar);

export { CkFilterBar };
