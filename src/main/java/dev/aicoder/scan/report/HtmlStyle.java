package dev.aicoder.scan.report;

/** The inline stylesheet and script of {@link HtmlReport}. */
final class HtmlStyle {

    static final String CSS = """
            :root{--bg:#f6f7fb;--fg:#1d2433;--muted:#6b7385;--card:#fff;--line:#e3e6ee;--code:#0f1420}
            *{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);
            font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
            header{background:linear-gradient(120deg,#1d2240,#3b2f7a);color:#fff;padding:28px 40px}
            header h1{margin:4px 0;font-size:24px;word-break:break-all}.brand{opacity:.75;font-size:13px;
            letter-spacing:.08em;text-transform:uppercase}.meta{opacity:.8;font-size:13px}
            header code{background:rgba(255,255,255,.15);padding:1px 6px;border-radius:4px}
            main{max-width:1180px;margin:0 auto;padding:24px 28px 60px}
            .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:12px}
            .card{background:var(--card);border-radius:10px;padding:14px 16px;box-shadow:0 1px 2px rgba(0,0,0,.06);
            border-top:4px solid #5b5fc7}.card .value{font-size:28px;font-weight:700}.card .label{color:var(--muted);
            font-size:13px}.card.critical{border-color:#b3124a}.card.high{border-color:#e5532d}
            .card.medium{border-color:#f0a500}.card.low{border-color:#2f80c2}.card.info,.card.muted{border-color:#8a94a6}
            .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px;margin-top:14px}
            .panel{background:var(--card);border-radius:10px;padding:14px 18px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
            .panel h2,.toolbar h2{font-size:15px;margin:0 0 10px}.donut{width:150px;float:left;margin-right:14px}
            .donut-total{font-size:7px;font-weight:700;fill:var(--fg)}.legend{list-style:none;margin:8px 0;padding:0}
            .legend li{font-size:13px;margin:3px 0}.legend span{display:inline-block;width:10px;height:10px;
            border-radius:2px;margin-right:6px}.bars{width:100%;font-size:11px}.bars text{fill:var(--fg)}
            .skipped{color:var(--muted);font-size:13px}.findings{margin-top:22px}
            .toolbar{display:flex;justify-content:space-between;align-items:center;flex-wrap:wrap}
            .filters label{margin-left:12px;font-size:13px;color:var(--muted);cursor:pointer}
            details.file{background:var(--card);border-radius:10px;margin:10px 0;box-shadow:0 1px 2px rgba(0,0,0,.06)}
            details.file>summary{padding:12px 16px;cursor:pointer;font-weight:600;display:flex;
            justify-content:space-between}.path{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:13px;
            word-break:break-all}.count{background:#eceff4;border-radius:10px;padding:0 9px;font-size:12px}
            .finding{border-top:1px solid var(--line);padding:12px 16px}.finding.is-suppressed{opacity:.55}
            .head{display:flex;gap:10px;align-items:center}.title{font-weight:600}.where{margin-left:auto;
            color:var(--muted);font-size:12px}.badge{color:#fff;border-radius:4px;padding:1px 7px;font-size:11px;
            text-transform:uppercase;font-weight:700}.badge.critical{background:#b3124a}.badge.high{background:#e5532d}
            .badge.medium{background:#f0a500}.badge.low{background:#2f80c2}.badge.info{background:#8a94a6}
            .message{margin:6px 0}.code{background:var(--code);color:#e6e9f0;border-radius:8px;padding:10px 12px;
            overflow-x:auto;font:12.5px/1.45 ui-monospace,SFMono-Regular,Menlo,monospace;margin:8px 0}
            .ln{display:inline-block;width:3.5em;color:#6c7693;user-select:none}.tags{font-size:12px;color:var(--muted)}
            .tags a{color:#5b5fc7}.why{margin-top:6px;font-size:13px}.why summary{cursor:pointer;color:#5b5fc7}
            .empty{font-size:18px;text-align:center;padding:30px}.muted{color:var(--muted)}
            .warnings{margin-top:20px;font-size:13px;color:#8a5300}footer{margin-top:30px;color:var(--muted);
            font-size:12px;text-align:center}.hidden{display:none}
            .compliance{background:var(--card);border-radius:10px;padding:14px 18px;margin-top:22px;
            box-shadow:0 1px 2px rgba(0,0,0,.06)}.compliance h2{font-size:15px;margin:0 0 6px}
            .compliance table{border-collapse:collapse;width:100%;font-size:13px}.compliance th{text-align:left;
            color:var(--muted);font-weight:600}.compliance td,.compliance th{border-top:1px solid var(--line);
            padding:6px 8px;vertical-align:top}.compliance a{color:#5b5fc7}.compliance tr.fail td:nth-child(2){
            color:#e5532d;font-weight:700}.compliance tr.pass td:nth-child(2){color:#2e8b57;font-weight:700}
            .compliance tr.not_checked td:nth-child(2){color:var(--muted)}
            """;

    static final String SCRIPT = """
            document.querySelectorAll('.filters input').forEach(function(box){box.addEventListener('change',apply)});
            function apply(){var on={};document.querySelectorAll('.filters input').forEach(function(b){
            on[b.dataset.sev]=b.checked});document.querySelectorAll('article.finding').forEach(function(a){
            a.classList.toggle('hidden',!on[a.dataset.sev])})}apply();
            """;

    private HtmlStyle() {
    }
}
