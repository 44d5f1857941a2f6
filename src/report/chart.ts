// The summary chart: removed blocks per rule as horizontal bars, in inline SVG (no script, no network).
import { escapeHtml } from './escape.js';

const WIDTH = 760;
const LABEL = 230;
const ROW = 24;
const BAR = 16;

export function removalChart(removed: Record<string, number>, colours: Map<string, string>): string {
  const rows = [...colours.keys()].map((rule) => [rule, removed[rule]] as const);
  if (rows.length === 0) return '<p class="empty">No blocks were removed.</p>';
  const max = rows.reduce((m, [, n]) => Math.max(m, n), -Infinity);
  const height = rows.length * ROW + 8;
  const room = WIDTH - LABEL - 70;
  const bars = rows
    .map(([rule, n], i) => {
      const y = 4 + i * ROW;
      const w = Math.max(2, Math.round((n / max) * room));
      return (
        `<g class="bar" data-rule="${escapeHtml(rule)}">` +
        `<text x="${LABEL - 8}" y="${y + BAR - 3}" text-anchor="end">${escapeHtml(rule)}</text>` +
        `<rect x="${LABEL}" y="${y}" width="${w}" height="${BAR}" rx="2" fill="${colours.get(rule)}"><title>${escapeHtml(rule)}: ${n}</title></rect>` +
        `<text x="${LABEL + w + 6}" y="${y + BAR - 3}" class="count">${n}</text></g>`
      );
    })
    .join('');
  return `<svg id="chart" role="img" aria-label="Removed blocks per rule" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">${bars}</svg>`;
}
