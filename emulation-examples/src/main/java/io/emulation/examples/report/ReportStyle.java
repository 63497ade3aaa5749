package io.emulation.examples.report;

/** The report's style sheet, inlined: system fonts only, so nothing is fetched. */
final class ReportStyle {
  static final String CSS = """
      body{font-family:"Noto Sans","DejaVu Sans","Segoe UI",Roboto,Arial,sans-serif;margin:0;\
      color:#1d2733;background:#f6f8fa;line-height:1.4}
      header{background:#7a1b1b;color:#fff;padding:18px 28px}
      header h1{margin:0 0 4px;font-size:26px}
      header .theme{margin:0;font-style:italic;font-size:17px}
      header .meta{margin:6px 0 0;opacity:.85;font-size:13px}
      nav{background:#fff;border-bottom:1px solid #d8dee4;padding:8px 28px;font-size:14px}
      nav a{margin-right:14px;color:#7a1b1b}
      main{padding:8px 28px 40px;max-width:1180px}
      section{background:#fff;border:1px solid #d8dee4;border-radius:6px;padding:10px 18px;\
      margin:16px 0}
      h2{font-size:20px;margin:6px 0 12px;color:#7a1b1b}
      .cards{display:flex;flex-wrap:wrap;gap:12px}
      .card{border:1px solid #d8dee4;border-radius:6px;padding:10px 16px;min-width:150px;\
      background:#fbfcfd}
      .card .number{display:block;font-size:30px;font-weight:700;color:#1b4f8a}
      .card .label{font-size:13px;color:#57606a}
      .headline{font-size:19px;font-weight:600;margin:14px 0}
      table{border-collapse:collapse;margin:10px 0;font-size:14px}
      th,td{border:1px solid #d8dee4;padding:3px 8px;text-align:left;vertical-align:top}
      th{background:#eef1f4}
      td.num,td.total,td.rank{text-align:right;font-variant-numeric:tabular-nums}
      td.id,.id{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:13px}
      .charts{display:flex;flex-wrap:wrap;gap:20px}
      figure{margin:0;flex:1 1 420px}
      figcaption{font-size:13px;color:#57606a;text-align:center}
      svg{width:100%;height:auto;max-width:640px}
      svg text{font-size:13px;fill:#1d2733}
      svg text.value{font-weight:700}
      table.funnel{display:inline-table;margin-right:18px;min-width:420px}
      table.funnel caption{font-weight:600;text-align:left;padding:4px 0}
      tr.granted td{font-weight:700;background:#eaf5ea}
      details{margin:4px 0}
      summary{cursor:pointer}
      details.unit>summary{font-weight:600;font-size:16px;padding:4px 0}
      details.participant pre{background:#f6f8fa;border:1px solid #d8dee4;padding:8px;\
      white-space:pre-wrap;font-size:12.5px}
      .note{font-size:13px;color:#57606a}
      h3,h4{margin:10px 0 4px}
      """;

  private ReportStyle() {}
}
