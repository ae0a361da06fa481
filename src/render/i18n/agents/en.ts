import { addLanguageMessages } from '../catalogues.js';

/** English messages of `<ck-agent-leaderboard>`; added to the catalogue when this module loads. */
export const agentsEn = {
  agentsTitle: 'Collector leaderboard',
  agentsRank: 'Rank',
  agentsName: 'Collector',
  agentsTeam: 'Team',
  agentsContactRate: 'Contact rate',
  agentsRpcRate: 'RPC rate',
  agentsPtpRate: 'PTP rate',
  agentsKeptRate: 'Kept rate',
  agentsLiquidation: 'Liquidation',
  agentsCollectedPerHour: 'Collected per hour',
  agentsCollected: 'Collected',
  agentsFlagged: 'low base',
  agentsFlaggedNote: '⚠ low base: denominator below {min}, not ranked.',
  agentsSortBy: 'Sort by {column}',
  agentsShowing: 'Top {shown} of {count} collectors',
  agentsRedacted: 'Names masked',
  agentsNotRanked: 'not ranked',
  agentsSummary: 'Table of {count} collectors sorted by {column}, {direction}. First: {first} ({value}).',
  agentsAnnouncement: '{agent}, {metric}: {value} ({numerator} of {denominator}), {rank}',
  agentsRankOf: 'rank {rank}',
  agentsSearch: 'Search collectors',
  agentsSearchHint: 'Name or team',
  agentsMatches: '{shown} of {count} collectors match “{query}”',
  agentsNoMatch: 'No collector matches “{query}”.',
  sortDescending: 'highest first',
  sortAscending: 'lowest first',
};

addLanguageMessages('en', agentsEn);
