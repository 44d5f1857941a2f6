// One colour per removal rule, the same in the chart, the legend and the struck-through blocks. Rules are ranked
// by how many blocks they removed (ties by name), so the same corpus always gets the same colours.
const PALETTE = [
  '#c0392b', '#1f6fb2', '#d35400', '#23834a', '#7d3c98', '#8c564b', '#c2185b', '#5d6d7e', '#9a8c00', '#0f8a9d',
  '#393b79', '#ad494a', '#637939', '#8c6d31', '#843c39', '#7b4173',
];

export function ruleColours(removed: Record<string, number>): Map<string, string> {
  const ranked = Object.entries(removed).sort(([ra, a], [rb, b]) => b - a || (ra < rb ? -1 : ra > rb ? 1 : 0));
  return new Map(ranked.map(([rule], i) => [rule, PALETTE[i % PALETTE.length]]));
}
