import { addLanguageMessages } from '../catalogues.js';

/** English messages of `<ck-complaint-trend>`; added to the catalogue when this module loads. */
export const complaintsEn = {
  complaintsTitle: 'Complaints by {by}',
  complaintsByCategory: 'category',
  complaintsByChannel: 'channel',
  complaintsPer: 'Per {per} accounts',
  complaintsReceived: 'Received',
  complaintsClosed: 'Closed',
  complaintsAccounts: 'Active accounts',
  complaintsOnTime: 'Closed on time',
  complaintsUpheld: 'Upheld',
  complaintsShare: 'Share',
  complaintsSlaMissed: '⚠ below the {sla} target',
  complaintsSlaMet: '✓ meets the {sla} target',
  complaintsLatest:
    '{period}: {received} complaints, {rate} per {per} accounts; {onTime} closed on time {sla}; {upheld} upheld.',
  complaintsSummary:
    'Stacked bar chart of complaints received by {by}, {from} to {to}, with complaints per {per} accounts as a line on the right axis. {latest}',
  complaintsSegment: '{series}, {period}: {value} complaints ({share} of {total})',
  complaintsLinePoint:
    '{series}, {period}: {value} ({numerator} complaints, {denominator} accounts); {onTime} closed on time{sla}',
};

addLanguageMessages('en', complaintsEn);
