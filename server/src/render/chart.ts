import * as echarts from "echarts";
import { formatNumber } from "./format";
import { html, raw, type Html } from "./html";
import { table, type TableOptions } from "./table";

export type ChartOption = echarts.EChartsOption;

export interface ChartOptions {
  /** Unique within the page: names the SVG's style classes so charts on one page never clash. */
  id: string;
  /** The figure caption, e.g. "Samverkande system per nivå 2024–2025". */
  title: string;
  /** What the chart shows in one or two sentences: the SVG's aria-label. */
  description: string;
  /** An Apache ECharts option; animation is always off. */
  option: ChartOption;
  /** The chart's data as a table: its text alternative, shown under the chart. */
  data: TableOptions;
  width?: number;
  height?: number;
}

const ID = /^[a-z][a-z0-9-]*$/;

type Axis = Record<string, unknown> & { type?: string; axisLabel?: Record<string, unknown> };

/**
 * Value axes label their numbers the Swedish way (1 500 000, 0,5) unless the chart gives its own
 * formatter: ECharts' default writes 1,500,000.
 */
function swedishValueAxes(option: ChartOption): ChartOption {
  const fix = (axis: unknown): unknown => {
    if (Array.isArray(axis)) return axis.map(fix);
    const a = axis as Axis | undefined;
    if (!a || a.type !== "value" || a.axisLabel?.formatter) return axis;
    return { ...a, axisLabel: { ...a.axisLabel, formatter: (value: number) => formatNumber(value) } };
  };
  return { ...option, xAxis: fix(option.xAxis), yAxis: fix(option.yAxis) } as ChartOption;
}

/**
 * A chart rendered to SVG on the server by Apache ECharts (no DOM, no browser, no network), inside a
 * figure with a caption, role="img" + aria-label on the SVG and the data as a table. The same input
 * gives the same bytes: ECharts numbers its style classes with process-wide counters, so they are renamed after `id`.
 */
export function chart(options: ChartOptions): Html {
  if (!ID.test(options.id)) throw new Error(`chart id must match ${ID}: ${options.id}`);
  const width = options.width ?? 640;
  const height = options.height ?? 320;
  const instance = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  let svg: string;
  try {
    instance.setOption({
      animation: false,
      textStyle: { fontFamily: "system-ui, sans-serif", color: "#1a1a1a" },
      ...swedishValueAxes(options.option),
    });
    svg = instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
  const classes = new Map<string, string>();
  svg = svg
    .replace(/\bzr\d+-cls-\d+\b/g, (name) => {
      if (!classes.has(name)) classes.set(name, `${options.id}-${classes.size}`);
      return classes.get(name)!;
    })
    .replace(/^<svg /, html`<svg role="img" aria-label="${options.description}" `.value);
  return html`<figure class="chart" id="${options.id}"><figcaption>${options.title}</figcaption>${raw(svg)}${table(options.data)}</figure>`;
}
