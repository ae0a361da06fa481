/**
 * Dispatches a pointer event on a chart's frame at (x, y) in the coordinates of the chart's SVG
 * (its viewBox is its pixel size), as a real pointer over that spot of the drawing would.
 */
export function pointerAt(frame: HTMLElement, type: 'pointermove' | 'pointerleave' | 'click', x = 0, y = 0): void {
  const svg = frame.querySelector('svg.chart') ?? frame;
  const box = svg.getBoundingClientRect();
  const init = { clientX: box.left + x, clientY: box.top + y, bubbles: true, composed: true };
  frame.dispatchEvent(
    type === 'click' ? new MouseEvent('click', init) : new PointerEvent(type, { ...init, pointerType: 'mouse' }),
  );
}

/** The last vertex `[x, y]` of an SVG path drawn with M/L commands. */
export function lastVertex(path: Element): [number, number] {
  const pairs = (path.getAttribute('d') ?? '').split(/[ML]/).filter(Boolean);
  const [x, y] = pairs[pairs.length - 1]!.split(',').map(Number);
  return [x!, y!];
}
