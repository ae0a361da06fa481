import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through CSSOM (`element.style.setProperty`) on every render, first
 * render included: `<div ${styleProps({ left: '4px' })}>`. Unlike lit's `styleMap`, whose first render
 * writes a `style` attribute that a Content-Security-Policy without 'unsafe-inline' blocks.
 * Properties set before and missing now are removed.
 */
class StylePropsDirective extends Directive {
  #set = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() goes on an element: <div ${styleProps({ … })}>');
  }

  render(_props: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.#set) if (!(name in props)) style.removeProperty(name);
    this.#set = new Set(Object.keys(props));
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    return noChange;
  }
}

/** Inline style properties set through CSSOM, safe under a strict Content-Security-Policy. */
export const styleProps = directive(StylePropsDirective);
