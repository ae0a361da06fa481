import { CkLegalPipeline } from './legal-pipeline.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-legal-pipeline')) customElements.define('ck-legal-pipeline', CkLegalPipeline);

export { CkLegalPipeline };
