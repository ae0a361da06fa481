import type { TableSpec } from '../render/table.js';

/** Text of a cell as shown: tooltips and screen-reader-only text left out, white space collapsed. */
function cellText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll('[part~="tooltip"], .sr-only, [hidden]')) el.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The table of a widget that draws its own `<table part="table">` instead of calling `renderTable`
 * (e.g. the agent leaderboard): caption, header cells and body cells as shown.
 */
export function tableFromDom(root: ParentNode): TableSpec | null {
  const table = root.querySelector('table[part~="table"]');
  if (!table) return null;
  const head = table.querySelector('thead tr:last-child');
  const caption = table.querySelector('caption');
  return {
    caption: caption ? cellText(caption) : '',
    columns: head ? [...head.children].map(cellText) : [],
    rows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(cellText)),
  };
}
