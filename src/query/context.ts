import { createContext } from '@lit/context';
import type { Query } from '../model/metrics.js';
import type { DataSource } from './data-source.js';

/** The nearest ancestor `<ck-source>`'s data source, for widgets without a `source` attribute. */
export const sourceContext = createContext<DataSource | undefined>(Symbol.for('collectkit.source'));

/** Filters inherited from ancestors (source, dashboard, filter bar), merged from the top down. */
export const filtersContext = createContext<Query>(Symbol.for('collectkit.filters'));
