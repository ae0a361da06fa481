import { CkSource } from './source.js';
import { registerBuiltinAdapters } from '../../data/builtin-adapters.js';
import { ensureContextRoot } from '../shared/context-root.js';

registerBuiltinAdapters();
ensureContextRoot();
if (!customElements.get('ck-source')) customElements.define('ck-source', CkSource);

export { CkSource };
