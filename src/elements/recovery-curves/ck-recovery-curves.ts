import { CkRecoveryCurves } from './recovery-curves.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-recovery-curves')) customElements.define('ck-recovery-curves', CkRecoveryCurves);

export { CkRecoveryCurves };
