import { addLanguageMessages } from '../catalogues.js';

/** English messages of `<ck-outcome-gap>`; added to the catalogue when this module loads. */
export const outcomesEn = {
  outcomeGapTitle: 'Outcomes by customer segment',
  outcomeGapSegment: 'Segment',
  outcomeGapMeasure: 'Measure',
  outcomeGapAccounts: 'Account-months',
  outcomeGapRate: 'Rate (95% interval)',
  outcomeGapGap: 'Gap vs {reference} (95% interval)',
  outcomeGapReading: 'Reading',
  outcomeGapReference: 'reference',
  outcomeGapOverdue: 'Overdue rate',
  outcomeGapCure: 'Cure rate',
  outcomeGapComplaint: 'Complaint rate',
  outcomeGapArrangement: 'Arrangement rate',
  outcomeGapRedefault3: 'Re-default in 3 months',
  outcomeGapRedefault6: 'Re-default in 6 months',
  outcomeGapWorse: '⚠ worse',
  outcomeGapBetter: '✓ better',
  outcomeGapNoGap: '= no gap shown',
  outcomeGapNoData: '… no data',
  outcomeGapRowText: '{gap} [{low}, {high}] {reading}',
  outcomeGapRange:
    '{from} to {to}; each segment against {reference}. Flagged only when the gap stays significant (5%) after the Holm–Bonferroni adjustment for the {comparisons} gaps compared; intervals shown are 95% unadjusted.',
  outcomeGapFlag: '⚠ {segment}: {measure} {gap} against {reference} (95% interval {low} to {high}).',
  outcomeGapNoFlags: 'No segment is shown to do worse than {reference}.',
  outcomeGapSummary:
    'Interval chart of each segment’s gap against {reference} per measure, with 95% Newcombe intervals; the line marks no gap. {flags}',
  outcomeGapPoint:
    '{segment}, {measure}: {rate} ({numerator} of {denominator}), gap {gap} (95% interval {low} to {high}). {reading}',
  outcomeSegmentVulnerable: 'vulnerable',
  outcomeSegmentHardship: 'hardship',
  outcomeSegmentOther: 'other',
};

addLanguageMessages('en', outcomesEn);
