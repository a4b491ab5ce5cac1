/// The stylesheet inlined in every HTML page: system fonts (Cyrillic and Kazakh letters
/// come with them), verdict colours that also tell apart in grey print by their words, and
/// print rules that keep a service's table on one page.
enum HTMLStyle {
    static let css = """
        :root { --ink: #1f2328; --muted: #59636e; --rule: #d1d9e0; --paper: #ffffff; --shade: #f6f8fa;
          --max: #1a7f37; --max-bg: #dafbe1; --min: #8a5a00; --min-bg: #fff4c2; --inc: #8250df; --inc-bg: #f6ecff;
          --non: #cf222e; --non-bg: #ffebe9; --na: #59636e; --na-bg: #eef1f4; --err: #82071e; --err-bg: #ffe1e1; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--shade); color: var(--ink);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
        header.page { background: var(--paper); border-bottom: 1px solid var(--rule); padding: 20px 32px; }
        h1 { margin: 0; font-size: 24px; }
        .subtitle { margin: 2px 0 0; color: var(--muted); }
        main { display: flex; flex-direction: column; gap: 18px; max-width: 1200px; margin: 0 auto; padding: 24px 32px; }
        main > section { background: var(--paper); border: 1px solid var(--rule); border-radius: 8px; padding: 16px 20px; }
        section.file { border-left: 6px solid var(--c); }
        section.totals { order: -1; }
        h2 { margin: 0 0 4px; font-size: 18px; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; }
        h3 { margin: 0 0 6px; font-size: 16px; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; }
        h4 { margin: 12px 0 4px; font-size: 15px; }
        .path, code, pre { font-family: ui-monospace, "SF Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        .path { font-size: 15px; font-weight: 600; overflow-wrap: anywhere; }
        .who { margin: 0; color: var(--muted); }
        .who b { color: var(--ink); font-weight: 600; white-space: nowrap; }
        .badge { display: inline-block; padding: 0 10px; border: 1px solid var(--c); border-radius: 999px;
          background: var(--bg); color: var(--c); font-size: 13px; font-weight: 600; line-height: 22px; white-space: nowrap; }
        .v-maximal, .v-compliant { --c: var(--max); --bg: var(--max-bg); }
        .v-minimal { --c: var(--min); --bg: var(--min-bg); }
        .v-incomplete { --c: var(--inc); --bg: var(--inc-bg); }
        .v-noncompliant { --c: var(--non); --bg: var(--non-bg); }
        .v-not_assessed { --c: var(--na); --bg: var(--na-bg); }
        .v-error { --c: var(--err); --bg: var(--err-bg); }
        article.service { margin-top: 16px; }
        .service-id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted); }
        table { width: 100%; border-collapse: collapse; font-size: 14px; table-layout: fixed; }
        table.auto { table-layout: auto; font-size: 13px; }
        table.auto th, table.auto td { padding: 4px 6px; }
        table.auto th { vertical-align: bottom; }
        table.auto th.num { white-space: normal; }
        abbr { text-decoration: none; }
        section.summary { overflow-x: auto; }
        td.nowrap { white-space: nowrap; }
        tfoot th { color: var(--ink); border-top: 2px solid var(--rule); border-bottom: 0; }
        col.indicator { width: 31%; } col.value { width: 10%; } col.threshold { width: 11%; } col.level { width: 18%; }
        th { text-align: left; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--rule); padding: 4px 8px; }
        td { border-bottom: 1px solid var(--rule); padding: 5px 8px; vertical-align: top; }
        tr:last-child td { border-bottom: 0; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .level { color: var(--c); font-weight: 600; white-space: nowrap; }
        .l-maximal, .l-meets { --c: var(--max); }
        .l-minimal { --c: var(--min); }
        .l-missing { --c: var(--inc); }
        .l-noncompliant { --c: var(--non); }
        td.done { color: var(--muted); }
        .note { margin: 0; color: var(--muted); font-style: italic; }
        .problems ol { margin: 0; padding-left: 22px; }
        .problems li { margin: 0 0 8px; }
        .where { font-weight: 600; white-space: nowrap; }
        .errors h4 { color: var(--err); }
        .warnings h4 { color: var(--inc); }
        pre { margin: 4px 0 0; padding: 6px 10px; background: var(--shade); border: 1px solid var(--rule);
          border-radius: 6px; font-size: 13px; line-height: 1.4; overflow-x: auto; }
        .caret { color: var(--err); font-weight: 700; }
        .counts { display: flex; flex-wrap: wrap; gap: 8px 18px; margin: 6px 0 0; padding: 0; list-style: none; }
        .counts li { display: flex; align-items: center; gap: 6px; font-weight: 600; }
        .counts li.plain { font-weight: 400; color: var(--muted); }
        @media print {
          body { background: var(--paper); font-size: 10.5pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          header.page { padding: 0 0 8px; }
          main { max-width: none; padding: 8px 0 0; gap: 12px; }
          main > section { border-radius: 0; padding: 10px 12px; break-inside: auto; }
          article.service, .problems li { break-inside: avoid; }
          h2, h3, h4, .who { break-after: avoid; }
          .who { break-inside: avoid; }
          table { font-size: 9pt; }
          col.indicator { width: 28%; } col.value { width: 10%; } col.threshold { width: 11%; } col.level { width: 20%; }
          pre { white-space: pre-wrap; overflow-wrap: anywhere; }
        }

        """
}
