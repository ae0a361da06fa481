import { CkStrategyTest } from './strategy-test.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-strategy-test')) customElements.define('ck-strategy-test', CkStrategyTest);

export { CkStrategyTest };
