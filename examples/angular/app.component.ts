/**
 * collectkit in Angular: `[adapterOptions]` binds the object itself (a DOM property), `(ck-select)` and
 * `(ck-error)` listen, `[lang]` switches the language; CUSTOM_ELEMENTS_SCHEMA lets the ck-* tags through.
 */
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
// @ts-expect-error the shared example data is plain JavaScript without typings
import { describeSelection, otherLang, portfolio } from '../shared/portfolio.js';

interface Detail {
  series: string;
  period: string;
  value: number | null;
  message: string;
}

@Component({
  selector: 'ck-example-app',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>collectkit in Angular</h1>
      <button id="lang" (click)="lang.set(otherLang(lang()))">{{ lang() === 'en' ? '中文' : 'English' }}</button>
      <button id="mount" (click)="toggle()">{{ mounted() ? 'Unmount' : 'Mount' }}</button>
      <p id="selected">{{ selected() }}</p>
      <ul id="errors">
        @for (message of errors(); track $index) {
          <li>{{ message }}</li>
        }
      </ul>
      @if (mounted()) {
        <ck-source id="example" adapter="static" [adapterOptions]="options">
          <ck-overdue-trend buckets="M1,M2" [lang]="lang()" (ck-select)="onSelect($event)" (ck-error)="onError($event)"></ck-overdue-trend>
          <ck-complaint-trend [lang]="lang()" (ck-error)="onError($event)"></ck-complaint-trend>
        </ck-source>
      }
    </main>
  `,
})
export class AppComponent {
  /** One object for the life of the page: a new object on every change detection would reconfigure the source. */
  readonly options = { data: portfolio as unknown };
  readonly otherLang = otherLang as (lang: string) => string;
  readonly lang = signal('en');
  readonly mounted = signal(true);
  readonly selected = signal('');
  readonly errors = signal<string[]>([]);

  toggle(): void {
    this.mounted.update((m) => !m);
    this.errors.set([]);
  }

  onSelect(event: Event): void {
    this.selected.set((describeSelection as (d: Detail) => string)((event as CustomEvent<Detail>).detail));
  }

  onError(event: Event): void {
    const { message } = (event as CustomEvent<Detail>).detail;
    this.errors.update((list) => [...list, message]);
  }
}
