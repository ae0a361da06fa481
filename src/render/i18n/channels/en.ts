import { addLanguageMessages } from '../catalogues.js';

/** English messages of `<ck-channel-mix>`; added to the catalogue when this module loads. */
export const channelsEn = {
  channelsTitle: 'Channel effectiveness',
  channelsChannel: 'Channel',
  channelsTotal: 'Total',
  channelsContactRate: 'Contact rate',
  channelsYield: 'Collected per attempt',
  channelsPerCost: 'Collected per unit cost',
  channelsAttempts: 'Attempts',
  channelsContacts: 'Contacts',
  channelsCost: 'Cost',
  channelsCollected: 'Collected',
  channelsSummary:
    'Bar charts comparing {count} channels on contact rate, collected per attempt and collected per unit cost, {from} to {to}. Highest collected per unit cost: {best} ({value}).',
  channelsAnnouncement: '{channel}, {measure}: {value} ({numerator} of {denominator})',
};

addLanguageMessages('en', channelsEn);
