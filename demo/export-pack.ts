// The regulator view's "export regulator pack" button: one zip with a CSV per widget of the
// regulator dashboard (UTF-8 with BOM, header block with definition version, filters, as-of time and
// SHA-256) plus pack.json, downloaded through an object URL — the page only calls the element's API.
import type { CkDashboard } from '../src/elements/dashboard/dashboard.js';

const button = document.getElementById('export-pack') as HTMLButtonElement | null;
const status = document.getElementById('export-pack-status');

button?.addEventListener('click', () => void exportPack());

async function exportPack(): Promise<void> {
  await customElements.whenDefined('ck-dashboard');
  const dashboard = document.getElementById('regulator-dashboard') as CkDashboard;
  const zh = document.documentElement.lang.startsWith('zh');
  button.disabled = true;
  try {
    const file = await dashboard.exportAll('zip');
    const url = URL.createObjectURL(
      file.content instanceof Blob ? file.content : new Blob([file.content], { type: file.mimeType }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = file.filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    if (status) status.textContent = zh ? `已导出 ${file.filename}` : `Exported ${file.filename}`;
  } catch (error) {
    if (status)
      status.textContent =
        (zh ? '导出失败：' : 'Export failed: ') + (error instanceof Error ? error.message : String(error));
  } finally {
    button.disabled = false;
  }
}
