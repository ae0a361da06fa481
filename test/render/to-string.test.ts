import { describe, expect, it } from 'vitest';
import { html, nothing, svg } from 'lit';
import { templateToString } from '../../src/render/to-string.js';

describe('templateToString', () => {
  it('serialises nested templates, arrays and attribute bindings', () => {
    const items = ['a', 'b'];
    const out = templateToString(svg`<g class=${'x'}>${items.map((i) => svg`<text x=${1.5}>${i}</text>`)}</g>`);
    expect(out).toBe('<g class="x"><text x="1.5">a</text><text x="1.5">b</text></g>');
  });

  it('escapes text and attribute values (backend strings stay text)', () => {
    const name = '<img src=x onerror=alert(1)>';
    expect(templateToString(html`<td title=${name}>${name}</td>`)).toBe(
      '<td title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;</td>',
    );
  });

  it('drops event and property bindings, handles boolean bindings and nothing', () => {
    const out = templateToString(
      html`<button @click=${() => 1} .value=${3} ?disabled=${true} ?hidden=${false} title=${nothing}>x</button>`,
    );
    expect(out).toBe('<button disabled>x</button>');
  });
});
