import { CkAgentLeaderboard } from './agent-leaderboard.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-agent-leaderboard')) customElements.define('ck-agent-leaderboard', CkAgentLeaderboard);

export { CkAgentLeaderboard };
