/*
 * <budget-chart>: a budget year's versions as two Apache ECharts bar charts, side by side when
 * there is room: the sections' totals in each version (grouped bars, one colour per version),
 * and each version's split by kind (stacked bars, one colour per kind). The server sets the
 * property "data":
 *   { versions: [{key, label}], bySection: [{key, label, amounts: {VERSION: 万元}}],
 *     byKind: [{key, label, amounts}], labels: {bySection, byKind, unit, empty} }
 * A version a group has no figure in is drawn as no bar, not as 0; a reader who sees no sections
 * (the bureau) gets the kind split alone. The charts are drawn as SVG; when they are drawn the
 * element carries the attribute "rendered" and fires "chart-rendered".
 */
import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);

type Version = { key: string; label: string };
type Total = { key: string; label: string; amounts: Record<string, number> };
type ChartData = {
  versions: Version[];
  bySection: Total[];
  byKind: Total[];
  labels: Record<string, string>;
};

/** A figure as 万元 with two decimals and the thousands separator, as the pages write it. */
function wan(value: unknown, unit: string) {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n)
    ? `${n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${unit}`
    : '—';
}

export class BudgetChart extends LitElement {
  static properties = {
    data: { type: Object },
  };

  static styles = css`
    :host { display: block; }
    .charts {
      display: grid; gap: var(--lumo-space-m, 1rem);
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
    }
    .chart {
      height: 380px; min-width: 0; background: #fff;
      border: 1px solid var(--lumo-contrast-20pct, #ccc); border-radius: var(--lumo-border-radius-m, 4px);
    }
    .empty { color: var(--lumo-secondary-text-color, #666); padding: var(--lumo-space-m, 1rem); }
  `;

  declare data: ChartData;

  private charts: echarts.ECharts[] = [];
  private resizes?: ResizeObserver;

  render() {
    const labels = this.data?.labels ?? {};
    if (this.data && !this.data.versions.length) {
      return html`<div class="empty">${labels.empty}</div>`;
    }
    // the bureau sees the unit as a whole: no sections, no chart of them
    const sections = this.data?.bySection?.length
      ? html`<div class="chart" id="by-section" role="img" aria-label=${labels.bySection ?? nothing}></div>`
      : nothing;
    return html`
      <div class="charts">
        ${sections}
        <div class="chart" id="by-kind" role="img" aria-label=${labels.byKind ?? nothing}></div>
      </div>`;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.draw();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizes?.disconnect();
    this.resizes = undefined;
    this.charts.forEach((c) => c.dispose());
    this.charts = [];
  }

  protected updated(changed: PropertyValues) {
    if (changed.has('data')) {
      this.draw();
    }
  }

  private draw() {
    const bySection = this.renderRoot.querySelector('#by-section') as HTMLElement | null;
    const byKind = this.renderRoot.querySelector('#by-kind') as HTMLElement | null;
    if (!this.data) {
      return;
    }
    this.removeAttribute('rendered');
    this.resizes?.disconnect();
    this.charts.forEach((c) => c.dispose());
    this.charts = [];
    if (!byKind) {
      // nothing to draw yet: the notice says so
      this.setAttribute('rendered', '');
      return;
    }
    const unit = this.data.labels.unit ?? '';
    this.charts = [this.drawKinds(byKind, unit)];
    if (bySection) {
      this.charts.push(this.drawSections(bySection, unit));
    }
    // the page's layout settles after the first draw (the drawer, the grid below): follow the boxes
    this.resizes = new ResizeObserver(() => this.charts.forEach((c) => c.resize()));
    [bySection, byKind].forEach((el) => el && this.resizes!.observe(el));
    this.setAttribute('rendered', '');
    this.dispatchEvent(new CustomEvent('chart-rendered'));
  }

  /** Each version's total split by kind, one stacked bar per version. */
  private drawKinds(container: HTMLElement, unit: string) {
    const { versions, labels } = this.data;
    const chart = echarts.init(container, undefined, { renderer: 'svg' });
    chart.setOption({
      ...this.frame(labels.byKind, unit),
      xAxis: { type: 'category', data: versions.map((v) => v.label) },
      series: this.data.byKind.map((k) => ({
        name: k.label,
        type: 'bar',
        stack: 'kinds',
        data: versions.map((v) => k.amounts[v.key] ?? null),
      })),
    });
    return chart;
  }

  /** The sections' totals, grouped by section, one bar per version. */
  private drawSections(container: HTMLElement, unit: string) {
    const { versions, labels } = this.data;
    const chart = echarts.init(container, undefined, { renderer: 'svg' });
    // the unit's ceilings have no sections: a version no section has a figure in gets no empty slot among the bars
    const sectionVersions = versions.filter((v) => this.data.bySection.some((s) => s.amounts[v.key] !== undefined));
    chart.setOption({
      ...this.frame(labels.bySection, unit),
      xAxis: {
        type: 'category',
        data: this.data.bySection.map((s) => s.label),
        axisLabel: { interval: 0, rotate: this.data.bySection.length > 3 ? 30 : 0 },
      },
      series: sectionVersions.map((v) => ({
        name: v.label,
        type: 'bar',
        data: this.data.bySection.map((s) => s.amounts[v.key] ?? null),
      })),
    });
    return chart;
  }

  /** What both charts share: the title, the page's font, tooltips and the value axis in 万元, the legend below. */
  private frame(title: string | undefined, unit: string) {
    return {
      // ECharts measures its labels with the font it is told; the page's own (a CJK one) keeps legends from overlapping
      textStyle: { fontFamily: getComputedStyle(this).fontFamily },
      title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => wan(v, unit) },
      legend: { bottom: 0, itemGap: 16 },
      grid: { left: 56, right: 16, top: 48, bottom: 56, containLabel: true },
      yAxis: { type: 'value', name: unit, axisLabel: { formatter: (v: number) => v.toLocaleString('zh-CN') } },
    };
  }
}

customElements.define('budget-chart', BudgetChart);
