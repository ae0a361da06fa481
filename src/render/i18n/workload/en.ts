import { addLanguageMessages } from '../catalogues.js';

/** English messages of `<ck-workload>`; added to the catalogue when this module loads. */
export const workloadEn = {
  workloadTitle: 'Workload by team · {period}',
  workloadPerAgent: 'Cases per agent',
  workloadCoverage: 'Coverage',
  workloadPenetration: 'Attempts per case',
  workloadFlows: 'In and out',
  workloadTeam: 'Team',
  workloadInventory: 'Cases',
  workloadFte: 'Agents (FTE)',
  workloadDialled: 'Cases dialled',
  workloadAttempts: 'Attempts',
  workloadInflow: 'Inflow',
  workloadCured: 'Cured',
  workloadRolledOn: 'Rolled on',
  workloadChargedOff: 'Charged off',
  workloadOutflow: 'Outflow',
  workloadAll: 'All teams',
  workloadCapacity:
    'Next {months} months: {inventory} cases projected against a capacity of {capacity} ({target} per agent) · {verdict}',
  workloadShort: 'short by {shortfall}',
  workloadWithin: 'within capacity',
  workloadStep: '+{step}',
  workloadProjected: 'Projection',
  workloadSummary:
    '{period}: {inventory} cases, {fte} agents, {perAgent} cases per agent, coverage {coverage}, {penetration} attempts per case; {inflow} in, {outflow} out.',
  workloadAnnouncement: '{team}, {measure}: {value}',
};

addLanguageMessages('en', workloadEn);
