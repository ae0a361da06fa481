import { CkContactHeatmap } from './contact-heatmap.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-contact-heatmap')) customElements.define('ck-contact-heatmap', CkContactHeatmap);

export { CkContactHeatmap };
