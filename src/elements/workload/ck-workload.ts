import { CkWorkload } from './workload.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-workload')) customElements.define('ck-workload', CkWorkload);

export { CkWorkload };
