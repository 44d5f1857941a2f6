// The report's stylesheet, inlined so the file needs nothing else.
export const REPORT_CSS = `
:root { --ink: #1d2327; --muted: #5f6b73; --line: #d9dee2; --bg: #f6f7f8; --kept: #1d2327; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--bg); }
header.top, main { max-width: 1100px; margin: 0 auto; padding: 0 20px; }
header.top { padding-top: 18px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 24px 0 8px; }
.meta, .note { color: var(--muted); margin: 4px 0; }
.note.sampling { background: #fff7d6; border: 1px solid #ecd98b; color: #5b4a00; padding: 6px 10px; border-radius: 4px; }
section.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 14px 0; }
#chart text { font-size: 12px; fill: var(--ink); } #chart text.count { fill: var(--muted); }
#chart .bar { cursor: pointer; } #chart .bar:hover rect { opacity: .8; }
.totals { display: flex; flex-wrap: wrap; gap: 18px; margin: 6px 0 0; padding: 0; list-style: none; }
.totals li b { font-size: 18px; display: block; }
form#filters { display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: end; }
form#filters label { display: flex; flex-direction: column; font-size: 13px; color: var(--muted); }
form#filters input, form#filters select { font: inherit; padding: 3px 6px; min-width: 9em; }
form#filters button { font: inherit; padding: 4px 10px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; color: var(--muted); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.rejected td { color: #8a1f11; }
.pager { display: flex; gap: 10px; align-items: center; margin: 8px 0; color: var(--muted); }
.pager button { font: inherit; }
article.page { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: 14px 0; padding: 12px 16px; }
article.page h3 { font-size: 16px; margin: 0 0 6px; word-break: break-all; }
article.page.rejected { border-color: #e0a39a; }
.status { font-size: 12px; padding: 1px 6px; border-radius: 3px; background: #e5efe6; color: #1d5a2b; margin-left: 6px; }
.rejected .status { background: #f8e1dd; color: #8a1f11; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0 10px; font-size: 14px; }
dl.fields dt { color: var(--muted); } dl.fields dd { margin: 0; }
.blocks { border-top: 1px solid var(--line); padding-top: 8px; }
.blk { margin: 0 0 8px; padding-left: 10px; border-left: 3px solid transparent; white-space: pre-wrap; }
.blk.kept { border-left-color: #9bc7a4; }
.blk.removed { border-left-color: var(--c); color: var(--c); }
.blk.removed del { text-decoration: line-through; text-decoration-color: var(--c); }
.blk .rule { display: inline-block; font-size: 11px; color: #fff; background: var(--c); border-radius: 3px; padding: 0 5px; margin-left: 6px; white-space: nowrap; }
body.hide-removed .blk.removed { display: none; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 12px; font-size: 12px; margin-top: 6px; }
.legend span::before { content: ""; display: inline-block; width: 10px; height: 10px; background: var(--c); margin-right: 4px; border-radius: 2px; }
.reject-msg { color: #8a1f11; }
[hidden] { display: none !important; }
`;
