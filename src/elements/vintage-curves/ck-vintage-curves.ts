import { CkVintageCurves } from './vintage-curves.js';

if (!customElements.get('ck-vintage-curves')) customElements.define('ck-vintage-curves', CkVintageCurves);

export { CkVintageCurves };
