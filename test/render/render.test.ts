import { describe, expect, it } from "vitest";
import { chart } from "../../server/src/render/chart";
import { formatInteger, formatKronor, formatLongDate, formatPercent } from "../../server/src/render/format";
import { escapeHtml, html, raw } from "../../server/src/render/html";
import { page } from "../../server/src/render/layout";
import { LEVEL_COLOURS, LEVEL_OUTLINE, levelBadge } from "../../server/src/render/levels";
import { table } from "../../server/src/render/table";

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("html", () => {
  it("escapes interpolated text but not Html, and drops null/false", () => {
    const name = `<script>alert("x")</script> & 'y'`;
    expect(html`<p title="${name}">${name}${null}${false}${raw("<b>ok</b>")}${[1, html`<i>${"<"}</i>`]}</p>`.value).toBe(
      `<p title="${escapeHtml(name)}">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;<b>ok</b>1<i>&lt;</i></p>`,
    );
  });
});

describe("format", () => {
  it("writes Swedish dates, numbers and kronor", () => {
    expect(formatLongDate("2025-03-01")).toBe("1 mars 2025");
    expect(formatLongDate("2024-12-31")).toBe("31 december 2024");
    expect(formatInteger(1234567)).toBe("1\u00a0234\u00a0567");
    expect(formatInteger(-12)).toBe("−12");
    expect(formatKronor(123456)).toBe("1\u00a0234,56\u00a0kr");
    expect(formatKronor(5)).toBe("0,05\u00a0kr");
    expect(formatPercent(0.755)).toBe("76\u00a0%");
  });
});

describe("levels", () => {
  it("every level colour pair meets WCAG AA contrast, and the chart outline 3:1 on white", () => {
    for (const colour of LEVEL_COLOURS) expect(contrast(colour.background, colour.text)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(LEVEL_OUTLINE, "#ffffff")).toBeGreaterThanOrEqual(3);
  });

  it("a badge writes the ordinal and the name, not colour alone", () => {
    expect(levelBadge({ ordinal: 4, name: "Gemensam lösning" }).value).toContain(">4 Gemensam lösning</span>");
    expect(levelBadge({ ordinal: 9, name: "X" }).value).toContain(LEVEL_COLOURS[5].background);
    expect(levelBadge(null).value).toContain("–");
  });
});

describe("table", () => {
  it("has a caption, column headers and row headers with scope", () => {
    const out = table({ caption: "Kostnad", columns: [{ header: "Kommun" }, { header: "Belopp", numeric: true }], rows: [["Åmål", 3]] }).value;
    expect(out).toBe(
      `<table><caption>Kostnad</caption><thead><tr><th scope="col">Kommun</th><th scope="col" class="num">Belopp</th></tr></thead><tbody><tr><th scope="row">Åmål</th><td class="num">3</td></tr></tbody></table>`,
    );
    expect(table({ caption: "Tom", columns: [{ header: "A" }, { header: "B" }], rows: [], empty: "Inget." }).value).toContain(`<td colspan="2">Inget.</td>`);
  });

  it("labels each cell with its column's header when it stacks on a phone", () => {
    const out = table({ caption: "Kostnad", className: "cost", stack: true, columns: [{ header: "Kommun" }, { header: "Belopp", numeric: true }], rows: [["Åmål", 3]] }).value;
    expect(out).toContain(`<table class="cost stack">`);
    expect(out).toContain(`<th scope="row">Åmål</th><td class="num" data-label="Belopp">3</td>`);
  });
});

describe("chart", () => {
  const make = () =>
    chart({
      id: "nivaer",
      title: "System per nivå",
      description: "Stapeldiagram: två system på nivå 4, ett på nivå 5.",
      option: { xAxis: { type: "category", data: ["4 Gemensam lösning", "5 Gemensam lösning och information"] }, yAxis: { type: "value" }, series: [{ type: "bar", data: [2, 1] }] },
      data: {
        caption: "System per nivå",
        columns: [{ header: "Nivå" }, { header: "Antal", numeric: true }],
        rows: [
          ["4", 2],
          ["5", 1],
        ],
      },
    }).value;

  it("renders SVG on the server with a text alternative", () => {
    const out = make();
    expect(out).toMatch(/^<figure class="chart" id="nivaer"><figcaption>System per nivå<\/figcaption><svg role="img" aria-label="Stapeldiagram: två system på nivå 4, ett på nivå 5\." /);
    expect(out).toContain("<path");
    expect(out).toContain(">4 Gemensam lösning</text>");
    expect(out).toContain(`class="nivaer-0"`);
    expect(out).toContain(`<th scope="row">5</th><td class="num">1</td>`);
    expect(out).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it("gives identical bytes for identical input", () => {
    expect(make()).toBe(make());
  });
});

describe("page", () => {
  it("is a Swedish document with a skip link, inline CSS and an A4 print stylesheet", () => {
    const out = page({ title: "Rapport <1>", body: html`<h1>Rubrik</h1>` });
    expect(out).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(out).toContain("<title>Rapport &lt;1&gt;</title>");
    expect(out).toContain(`<a class="skip" href="#innehall">Hoppa till innehållet</a>`);
    expect(out).toContain(`<main id="innehall">\n<h1>Rubrik</h1>\n</main>`);
    expect(out).toContain("@page{size:A4");
    expect(out).not.toMatch(/<link|<script|src=/);
  });
});
