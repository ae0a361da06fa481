import { CkOutcomeGap } from './outcome-gap.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-outcome-gap')) customElements.define('ck-outcome-gap', CkOutcomeGap);

export { CkOutcomeGap };
