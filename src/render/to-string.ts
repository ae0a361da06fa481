import { nothing, noChange, type TemplateResult } from 'lit';
import { at } from '../model/at.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML/SVG content and attribute values. */
export function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function isTemplateResult(value: unknown): value is TemplateResult {
  return typeof value === 'object' && value !== null && 'strings' in value && 'values' in value;
}

function valueToString(value: unknown): string {
  if (value === null || value === undefined || value === nothing || value === noChange || value === false) return '';
  if (isTemplateResult(value)) return templateToString(value);
  if (Array.isArray(value)) return value.map(valueToString).join('');
  if (typeof value === 'object' && typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function') {
    return Array.from(value as Iterable<unknown>, valueToString).join('');
  }
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- lit renders any other value with String() too
  return escapeText(String(value));
}

/**
 * Serialises a lit template to a static markup string without a DOM (Node, snapshots, the server
 * renderer). Supports child and attribute bindings; event (`@`) and property (`.`) bindings are
 * dropped and boolean (`?`) bindings become present/absent attributes. Directives are not supported.
 */
export function templateToString(result: TemplateResult): string {
  const { strings, values } = result;
  let out = at(strings, 0);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const next = at(strings, i + 1);
    const binding = /\s([.?@]?)([^\s"'>/=]+)=(["']?)$/.exec(out);
    if (binding) {
      const [whole, prefix, name, quote] = binding;
      out = out.slice(0, out.length - whole.length);
      const rest = quote ? next.slice(1) : next;
      if (prefix === '@' || prefix === '.') {
        out += rest;
      } else if (prefix === '?') {
        out += (value ? ` ${name}` : '') + rest;
      } else if (value === nothing || value === null || value === undefined) {
        out += rest;
      } else {
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- as lit writes an attribute value
        out += ` ${name}="${escapeText(String(value))}"` + rest;
      }
    } else {
      out += valueToString(value) + next;
    }
  }
  return out;
}
