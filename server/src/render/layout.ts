import { html, raw, type HtmlValue } from "./html";

export interface PageOptions {
  /** The document title (also the browser tab). */
  title: string;
  /** The page's main content; the layout wraps it in `<main id="innehall">`. */
  body: HtmlValue;
  /** Above main, e.g. navigation or a sign-out form. */
  header?: HtmlValue;
  /** Below main. */
  footer?: HtmlValue;
  /** Extra CSS appended to the shared stylesheet. */
  css?: string;
}

/**
 * Colours: body text #1a1a1a on white (17:1), muted #4d4d4d (8.6:1), links #0a4a8a (9:1), the draft
 * banner #7a1f00 on #fff1e6 (8.8:1): all above WCAG AA's 4.5:1.
 */
const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1a1a1a;background:#fff;line-height:1.5}
body{margin:0}
main,.site-header,.site-footer{max-width:72rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.8rem;line-height:1.2;margin:1.5rem 0 .5rem}
h2{font-size:1.35rem;margin:2rem 0 .5rem;border-bottom:2px solid #d0d7de;padding-bottom:.2rem}
h3{font-size:1.1rem;margin:1.5rem 0 .4rem}
a{color:#0a4a8a}
a:focus,button:focus,input:focus,summary:focus{outline:3px solid #b35c00;outline-offset:2px}
.skip{position:absolute;left:-10000px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip:focus{left:1rem}
.muted{color:#4d4d4d}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem;max-width:100%}
caption{text-align:left;font-weight:600;padding:.3rem 0;caption-side:top}
th,td{border:1px solid #aeb6bf;padding:.25rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eef1f4}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.level{display:inline-block;padding:0 .4rem;border-radius:.25rem;white-space:nowrap;border:1px solid #44546a}
.level-none{background:#fff;color:#1a1a1a}
figure{margin:1rem 0 1.5rem}
figure svg{max-width:100%;height:auto}
figcaption{font-weight:600;margin:.3rem 0}
.draft{border:3px solid #7a1f00;background:#fff1e6;color:#7a1f00;padding:.5rem 1rem;font-weight:700;margin:1rem 0}
.site-footer{border-top:1px solid #d0d7de;margin-top:2rem;padding-top:.5rem;font-size:.85rem}
img,svg{max-width:100%}
pre,code{overflow-wrap:anywhere}
.table-scroll{overflow-x:auto;max-width:100%}
@media screen and (max-width:40rem){
  h1{font-size:1.45rem}
  table.stack,table.stack caption,table.stack tbody,table.stack tr,table.stack th,table.stack td{display:block;width:100%}
  table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
  table.stack tr{border:1px solid #aeb6bf;border-radius:.25rem;margin:0 0 .75rem;padding:.25rem .5rem}
  table.stack th,table.stack td{border:0;padding:.15rem 0;text-align:left;white-space:normal}
  table.stack tbody th{font-size:1rem}
  table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
}
@media print{
  @page{size:A4;margin:18mm 15mm}
  html{font-size:10pt}
  .skip,.no-print,nav{display:none}
  main,.site-header,.site-footer{max-width:none;padding:0}
  a{color:inherit;text-decoration:none}
  h2{break-after:avoid}
  table,figure{break-inside:avoid}
  thead{display:table-header-group}
  tr{break-inside:avoid}
  .level,thead th,.draft{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  table{width:100%}
  th,td{overflow-wrap:anywhere}
  .num,.level{white-space:normal}
  table.stack td[data-label]::before{content:none}
}
`.trim();

/** A whole HTML document in Swedish: inline CSS with a print stylesheet for A4, a skip link, no external requests. */
export function page(options: PageOptions): string {
  return html`<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
<style>${styles(options.css)}</style>
</head>
<body>
<a class="skip" href="#innehall">Hoppa till innehållet</a>
${options.header ? html`<header class="site-header">${options.header}</header>` : ""}
<main id="innehall">
${options.body}
</main>
${options.footer ? html`<footer class="site-footer">${options.footer}</footer>` : ""}
</body>
</html>
`.value;
}

/** The shared stylesheet plus a page's own; CSS comes from code, but must never close the style element. */
function styles(extra: string | undefined) {
  const css = extra ? `${CSS}\n${extra}` : CSS;
  if (/<\/style/i.test(css)) throw new Error("CSS must not contain </style");
  return raw(css);
}
