import { CkAgentLeaderboard } from './agent-leaderboard.js';

if (!customElements.get('ck-agent-leaderboard')) customElements.define('ck-agent-leaderboard', CkAgentLeaderboard);

export { CkAgentLeaderboard };
