import { CkRecoveryCurves } from './recovery-curves.js';

if (!customElements.get('ck-recovery-curves')) customElements.define('ck-recovery-curves', CkRecoveryCurves);

export { CkRecoveryCurves };
