// Size entry of the chart benchmark (`--size-entry collectkit=…`): the smallest program that draws one
// collectkit overdue trend — a <ck-source> with the built-in static adapter and one <ck-overdue-trend>.
import '../../dist/elements/source/ck-source.js';
import '../../dist/elements/overdue-trend/ck-overdue-trend.js';

const rows = [];
for (let m = 1; m <= 12; m++) {
  const period = `2025-${String(m).padStart(2, '0')}`;
  rows.push({ period, bucket: 'M0', accounts: 9500, balance: 9.5e6 }, { period, bucket: 'M1', accounts: 500, balance: 5e5 });
}
const source = document.createElement('ck-source');
source.id = 'ck';
source.setAttribute('adapter', 'static');
source.adapterOptions = { data: { overdue: { meta: { asOf: '2025-12-31T00:00:00Z', source: 'demo', currency: 'CNY', definitionVersion: '2026.1' }, rows } } };
const chart = document.createElement('ck-overdue-trend');
chart.setAttribute('source', 'ck');
chart.setAttribute('buckets', 'M1');
document.body.append(source, chart);
