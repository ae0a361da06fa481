import { CkQaScorecard } from './qa-scorecard.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-qa-scorecard')) customElements.define('ck-qa-scorecard', CkQaScorecard);

export { CkQaScorecard };
