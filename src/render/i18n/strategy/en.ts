import { addLanguageMessages } from '../catalogues.js';

/** English messages of `<ck-strategy-test>` and `<ck-model-monitor>`; added to the catalogue when this module loads. */
export const strategyEn = {
  strategyRowBetter: '✓ better',
  strategyRowWorse: '✗ worse',
  strategyRowSame: '= no difference',
  strategyRowNotEnough: '… not enough data',
  strategyTitle: 'Strategy test: {experiment}',
  strategyArm: 'Arm',
  strategyChampion: 'champion',
  strategyAccounts: 'Accounts',
  strategyCure: 'Cure rate',
  strategyRollForward: 'Roll-forward rate',
  strategyCollected: 'Collected per account',
  strategyCost: 'Cost per account',
  strategyComplaints: 'Complaints per {per}',
  strategyVsChampion: '{measure} vs champion',
  strategyInterval: '95% interval',
  strategyReading: 'Reading',
  strategyRank: 'Rank',
  strategyIntervalText: '{low} to {high}',
  strategyBetter: '✓ better than the champion',
  strategyWorse: '✗ worse than the champion',
  strategyNoDifference: '= no difference shown (interval crosses zero)',
  strategyNotEnough: '… not enough data ({accounts} of {needed} accounts needed)',
  strategyChampionRole: '★ champion',
  strategyRowText: '{diff} [{low}, {high}] {verdict}',
  strategyHorizon:
    'Fixed horizon: accounts assigned {from} to {to}; outcomes within {days} days of assignment, read once at the end. Detecting {mde} needs {needed} accounts per arm.',
  strategyHorizonNoMde:
    'Fixed horizon: accounts assigned {from} to {to}; outcomes within {days} days of assignment, read once at the end.',
  strategyVerdict: '{arm}: cure rate {diff} against the champion (95% interval {low} to {high}): {verdict}.',
  strategyNotEnoughLine: '{arm}: {verdict}; not compared, not ranked.',
  strategyNoWinner: 'No challenger is shown to cure more than the champion.',
  strategySummary:
    "Interval chart of the cure rate of each arm of {experiment} with 95% Wilson intervals; the dashed line is the champion's rate. {horizon} {verdicts}",
  strategyPoint: '{arm}: cure rate {rate} ({numerator} of {denominator}), 95% interval {low} to {high}. {verdict}',
  modelTitle: 'Repayment model monitor: {period}',
  modelBand: 'Score band',
  modelAccounts: 'Accounts',
  modelPredicted: 'Predicted',
  modelObserved: 'Observed',
  modelRepaid: 'Repaid',
  modelIntervalPredicted: '95% interval around the prediction',
  modelIntervalObserved: '95% interval (Wilson)',
  modelFlag: 'Flag',
  modelOutside: '⚠ outside its interval',
  modelInside: 'within its interval',
  modelRowText: 'observed {observed} · predicted {predicted}{flag}',
  modelStatus:
    '{period}: AUC {auc} (baseline {baseline}: {baseAuc}; {drop}), KS {ks}, PSI {psi} against {baseline}{psiFlag}.',
  modelAucDown: '⚠ down {drop}, more than {limit}',
  modelAucChange: 'change {drop}',
  modelPsiHigh: ' ⚠ above {limit}',
  modelExact: 'AUC and KS are computed from the band counts: exact at band granularity.',
  modelFlagsPsi: '⚠ PSI above {limit} in {periods}.',
  modelFlagsAuc: '⚠ AUC more than {limit} below the baseline in {periods}.',
  modelFlagsBands: '⚠ Bands outside their interval in {period}: {bands}.',
  modelNoFlags: 'No flags: population stable, discrimination held, every band within its interval.',
  modelSummary:
    'Interval chart of the observed repayment rate per score band in {period} with 95% Wilson intervals; hollow diamonds mark the predictions. {status} {flags}',
  modelPoint:
    'Band {band}: observed {observed} ({repaid} of {accounts}), 95% interval {low} to {high}; predicted {predicted} (interval {elow} to {ehigh}). {flag}',
};

addLanguageMessages('en', strategyEn);
