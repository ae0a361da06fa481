/**
 * Readers of what a widget drew in its shadow root, for the Chromium tests: each throws when the root or the
 * element it reads is missing, so that no reader turns a missing element into a passing comparison.
 */
/** The shadow root of a widget; throws when it has none. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** `textContent` of every match of `selector` in the widget's shadow root. */
export const texts = (el: Element, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((t) => t.textContent);

/** `textContent` of every match, trimmed. */
export const trimmedTexts = (el: Element, selector: string) => texts(el, selector).map((t) => t?.trim());

/** The text of the first match with white space folded ('' when there is none). */
export const text = (el: Element, selector: string) =>
  shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The value labels of each `.panel` of a multi-panel bar chart, panel by panel. */
export const panelValues = (el: Element) =>
  [...shadow(el).querySelectorAll('.panel')].map((p) =>
    [...p.querySelectorAll('text.value')].map((t) => t.textContent),
  );

/** The widget's button whose text is exactly `label`; throws when there is none. */
export function button(el: Element, label: string): HTMLButtonElement {
  const found = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent === label);
  if (!found) throw new Error(`<${el.localName}> has no button "${label}"`);
  return found;
}

/** The cells' texts of each row of the widget's data table body. */
export const tableCells = (el: Element) =>
  [...shadow(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
