import { ContextRoot } from '@lit/context';

let attached = false;

/**
 * Attaches one `ContextRoot` to the document so that widgets upgraded before their `<ck-source>` or
 * `<ck-dashboard>` (any definition order, any script order) still receive its context once it arrives.
 * Called by every registering `ck-*.ts` file; idempotent.
 */
export function ensureContextRoot(): void {
  if (attached || typeof document === 'undefined') return;
  attached = true;
  new ContextRoot().attach(document.documentElement);
}
