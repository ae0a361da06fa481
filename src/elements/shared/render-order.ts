import type { LitElement, PropertyValues } from 'lit';
import { LocaleReady } from './locale-ready.js';
import { showsLoading } from './state-views.js';
import { renderTurn, reportLoading, unwatchTurn, watchTurn } from './visible-first.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's constructor takes whatever its base takes
type LitConstructor = abstract new (...args: any[]) => LitElement;

/**
 * Mixes in when a widget renders: once its language's texts are there (`LocaleReady`) and, while it is off
 * screen and an on-screen widget is still loading, after the on-screen widgets have drawn (`visible-first`).
 */
export function RenderOrder<T extends LitConstructor>(superClass: T): T {
  abstract class Ordered extends LocaleReady(superClass) {
    override connectedCallback(): void {
      watchTurn(this); // first: a controller connecting with its source asks for its fetch turn
      super.connectedCallback();
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      unwatchTurn(this);
    }

    protected override scheduleUpdate(): void | Promise<unknown> {
      const wait = renderTurn(this);
      return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
    }

    protected override update(changed: PropertyValues): void {
      super.update(changed);
      reportLoading(this, showsLoading(this.renderRoot));
    }
  }
  return Ordered;
}
