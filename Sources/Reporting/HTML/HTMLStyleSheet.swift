/// The report's one inline style sheet: system fonts, sizes in `rem` so the page reflows at
/// 150 % zoom, RAG colours that are always paired with words, and an A4 print layout that
/// keeps its colours and starts each major section on a new page.
enum HTMLStyleSheet {
  static let css: StaticString = """
    :root {
      --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; --band: #f3f5f7; --accent: #1f4e79;
      --red: #b3261e; --amber: #b45f06; --green: #2e7d32; --blue: #1f5fa8; --grey: #6e7781;
      --bau: #5b4b8a; --notstarted: #8c959f; --unknown: #3d444d;
    }
    * { box-sizing: border-box; }
    html { font-size: 100%; -webkit-text-size-adjust: 100%; }
    body {
      margin: 0; color: var(--ink); background: #fff; line-height: 1.45;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
        "Liberation Sans", sans-serif;
      -webkit-print-color-adjust: exact; print-color-adjust: exact;
    }
    main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
    header.masthead { border-bottom: 0.25rem solid var(--accent); margin-bottom: 1rem; }
    h1 { font-size: 1.75rem; margin: 0 0 0.25rem; color: var(--accent); }
    h2 {
      font-size: 1.35rem; margin: 2.25rem 0 0.75rem; padding-bottom: 0.25rem;
      border-bottom: 1px solid var(--rule); color: var(--accent);
    }
    h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
    p { margin: 0.5rem 0; }
    .meta { color: var(--muted); margin: 0 0 0.75rem; }
    nav.contents ol { margin: 0.25rem 0 0; padding-left: 1.25rem; columns: 2; }
    a { color: var(--accent); }
    .cards {
      display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: 0.75rem;
      margin: 1rem 0; padding: 0;
    }
    .card {
      list-style: none; border: 1px solid var(--rule); border-radius: 0.375rem;
      padding: 0.6rem 0.8rem; background: var(--band);
    }
    .card .number { display: block; font-size: 1.6rem; font-weight: 650; }
    .card .what { color: var(--muted); font-size: 0.9rem; }
    .verdict { font-weight: 600; }
    .verdict.failed { color: var(--red); }
    .verdict.passed { color: var(--green); }
    table.data {
      width: 100%; border-collapse: collapse; margin: 0.5rem 0 1.25rem; font-size: 0.9rem;
    }
    table.data caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
    table.data th, table.data td {
      border: 1px solid var(--rule); padding: 0.3rem 0.45rem; text-align: left;
      vertical-align: top; overflow-wrap: break-word;
    }
    table.narrow { width: auto; min-width: 22rem; }
    table.coverage tbody th { width: 8rem; }
    .nowrap { white-space: nowrap; }
    table.data thead th { background: var(--band); }
    table.data tbody th { font-weight: 600; }
    table.data td.number, table.data th.number { text-align: right; }
    table.numbers td { text-align: right; }
    .figure-pair { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; }
    figure { margin: 0.5rem 0 1.25rem; break-inside: avoid; }
    figcaption { font-weight: 600; margin-bottom: 0.25rem; }
    svg.chart { width: 100%; height: auto; max-width: 40rem; display: block; }
    svg.chart text { font-family: inherit; font-size: 13px; fill: var(--ink); text-anchor: middle; }
    svg.chart text.start { text-anchor: start; }
    svg.chart text.end { text-anchor: end; }
    svg.chart text.value { font-weight: 600; }
    svg.chart .axis { stroke: var(--muted); stroke-width: 1; }
    svg.chart .asof { stroke: var(--red); stroke-width: 2; stroke-dasharray: 4 3; }
    svg.chart .lag { stroke: var(--red); stroke-width: 2; opacity: 0.45; }
    svg.chart .dot { fill: var(--red); }
    svg.chart .bar { fill: var(--accent); }
    svg.chart .rag-red, .badge.rag-red, .swatch.rag-red { fill: var(--red); background: var(--red); }
    svg.chart .rag-amber, .badge.rag-amber, .swatch.rag-amber { fill: var(--amber); background: var(--amber); }
    svg.chart .rag-green, .badge.rag-green, .swatch.rag-green { fill: var(--green); background: var(--green); }
    svg.chart .rag-complete, .badge.rag-complete, .swatch.rag-complete { fill: var(--blue); background: var(--blue); }
    svg.chart .rag-not-due, .badge.rag-not-due, .swatch.rag-not-due { fill: var(--grey); background: var(--grey); }
    svg.chart .rag-bau, .badge.rag-bau, .swatch.rag-bau { fill: var(--bau); background: var(--bau); }
    svg.chart .rag-not-started, .badge.rag-not-started, .swatch.rag-not-started {
      fill: var(--notstarted); background: var(--notstarted);
    }
    svg.chart .rag-unknown, .badge.rag-unknown, .swatch.rag-unknown { fill: var(--unknown); background: var(--unknown); }
    svg.chart .sev-error { fill: var(--red); }
    svg.chart .sev-warning { fill: var(--amber); }
    svg.chart .sev-info { fill: var(--blue); }
    .badge {
      display: inline-block; color: #fff; border-radius: 0.25rem; padding: 0 0.35rem;
      font-size: 0.8rem; font-weight: 600; white-space: nowrap;
    }
    .sev { font-weight: 600; white-space: nowrap; }
    .sev-error { color: var(--red); }
    .sev-warning { color: var(--amber); }
    .sev-info { color: var(--blue); }
    .gap { color: var(--red); font-weight: 600; display: block; }
    .ok { color: var(--green); font-weight: 600; display: block; }
    .overdue { color: var(--red); font-weight: 600; }
    .waived { color: var(--muted); }
    tr.waived td, tr.waived th { background: var(--band); }
    ul.actions { list-style: none; margin: 0; padding: 0; }
    ul.actions li { margin: 0 0 0.35rem; }
    ul.actions li:last-child { margin-bottom: 0; }
    .ref { font-weight: 600; }
    .muted, .none { color: var(--muted); font-weight: normal; }
    .swatch {
      display: inline-block; width: 0.8em; height: 0.8em; border-radius: 0.15em;
      vertical-align: -0.05em; margin-right: 0.35em;
    }
    .priority { font-weight: 600; color: var(--red); }
    code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
      font-size: 0.85em; }
    footer { margin-top: 3rem; color: var(--muted); font-size: 0.85rem;
      border-top: 1px solid var(--rule); padding-top: 0.5rem; }
    @media (max-width: 48rem) { .figure-pair { grid-template-columns: 1fr; } }
    @page { size: A4; margin: 14mm 12mm 16mm; }
    @media print {
      body { font-size: 10pt; }
      main { max-width: none; padding: 0; }
      nav.contents { display: none; }
      section.major { break-before: page; }
      section.major:first-of-type { break-before: auto; }
      h2, h3, caption { break-after: avoid; }
      table.data { font-size: 8.5pt; }
      thead { display: table-header-group; }
      tr, figure, .card { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
      .figure-pair { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
    }
    """
}
