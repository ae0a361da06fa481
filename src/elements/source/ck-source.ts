import { CkSource } from './source.js';
import { registerBuiltinAdapters } from '../../data/builtin-adapters.js';

registerBuiltinAdapters();
if (!customElements.get('ck-source')) customElements.define('ck-source', CkSource);

export { CkSource };
