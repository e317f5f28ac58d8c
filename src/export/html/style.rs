//! The report's one stylesheet: readable on a screen, and on A4 paper without a
//! table, chart or short section split across pages, with table headers repeated.

/// The CSS inlined into every report. A table keeps 2px of the width free for
/// its outer border, which a printed page otherwise clips; on a narrow screen a
/// wide table scrolls in its own box (`.wide`), never the page.
pub const STYLE: &str = "
body { font-family: system-ui, sans-serif; color: #111; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; overflow-wrap: break-word; }
h1 { margin-bottom: 0.2rem; }
h2 { margin-top: 1.5rem; border-bottom: 2px solid #3b528b; }
h3 { margin: 1rem 0 0.3rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; max-width: calc(100% - 2px); }
.wide { overflow-x: auto; }
th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #e8e8ee; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
td.number, td.date, .nowrap, th { white-space: nowrap; }
.flag { font-weight: bold; }
svg { max-width: 100%; height: auto; margin: 0.5rem 0 1rem; }
svg text { font-family: system-ui, sans-serif; font-size: 12px; fill: #111; }
.summary { border: 2px solid #3b528b; padding: 0.5rem 1rem 0.2rem; }
.summary table { width: 100%; }
.summary h2 { margin-top: 0.3rem; border: none; }
.index { font-size: 1.4rem; margin: 0.3rem 0; }
.index strong { font-size: 2.2rem; }
.sides { font-size: 0.9rem; color: #333; }
.pair { display: flex; flex-wrap: wrap; gap: 0 2.5rem; }
.pair > div { flex: 1 1 18rem; }
.pair ol { margin-top: 0.2rem; padding-left: 1.5rem; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  .summary { break-after: page; }
  .wide { overflow: visible; }
  thead { display: table-header-group; }
  table, svg, tr, li, .habit-notes { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
";
