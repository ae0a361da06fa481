import { CkVintageCurves } from './vintage-curves.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-vintage-curves')) customElements.define('ck-vintage-curves', CkVintageCurves);

export { CkVintageCurves };
