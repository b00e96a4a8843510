/*
 * <bpmn-diagram>: a read-only BPMN diagram drawn with bpmn-js's NavigatedViewer, with zoom buttons
 * and a legend. The server sets the model (property "xml"), the texts (property "labels", keyed as
 * LABEL_KEYS below) and space-separated element IDs in the attributes "completed", "flows",
 * "current" and "overdue"; each ID gets a marker class (bf-completed, bf-taken, bf-current,
 * bf-overdue) on its SVG element, which the styles below colour, the legend with the same colours.
 *
 * The first view fits the diagram but never goes below MIN_SCALE, where labels stop being
 * readable; what does not fit is reached by dragging, and the view starts at the current step.
 * The element reflects the scale in the attribute "zoom"; when the diagram is drawn it carries
 * the attribute "rendered" and fires "diagram-rendered".
 */
import { LitElement, css, html, nothing, unsafeCSS } from 'lit';
import type { PropertyValues } from 'lit';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import diagramCss from 'bpmn-js/dist/assets/diagram-js.css?inline';
import bpmnCss from 'bpmn-js/dist/assets/bpmn-js.css?inline';

const MARKERS: Record<string, string> = {
  completed: 'bf-completed',
  flows: 'bf-taken',
  current: 'bf-current',
  overdue: 'bf-overdue',
};

/**
 * Step names are drawn at 13 px instead of bpmn-js's 12 px, so that at MIN_SCALE, the lowest
 * scale of the first view, they are still 11 px. The labels beside events, gateways and flows
 * keep their 11 px: the models place them in boxes measured for that size, larger ones wrap
 * and run into each other.
 */
const TEXT = { defaultStyle: { fontSize: 13 }, externalStyle: { fontSize: 11 } };
const MIN_SCALE = 0.85;
/** Room around the diagram, in diagram units, so that edge labels are not cut off. */
const MARGIN = 20;
const MIN_HEIGHT = 200;
const MAX_HEIGHT_OF_WINDOW = 0.7;

type Labels = Record<string, string>;
type Box = { x: number; y: number; width: number; height: number };

export class BpmnDiagram extends LitElement {
  static properties = {
    xml: { type: String },
    labels: { type: Object },
    completed: { type: String },
    flows: { type: String },
    current: { type: String },
    overdue: { type: String },
    scale: { state: true },
  };

  static styles = [
    unsafeCSS(diagramCss),
    unsafeCSS(bpmnCss),
    css`
      :host {
        display: block;
        background: #fff;
        border: 1px solid var(--lumo-contrast-20pct, #ccc);
        border-radius: var(--lumo-border-radius-m, 4px);
        --bf-done: #2e7d32;
        --bf-done-fill: #e8f5e9;
        --bf-now: #1565c0;
        --bf-now-fill: #bbdefb;
        --bf-late: #c62828;
        --bf-late-fill: #ffcdd2;
      }
      .bar {
        display: flex; flex-wrap: wrap; align-items: center; gap: var(--lumo-space-s, 0.5rem);
        padding: var(--lumo-space-xs, 0.25rem) var(--lumo-space-s, 0.5rem);
        border-bottom: 1px solid var(--lumo-contrast-10pct, #eee);
        font-size: var(--lumo-font-size-s, 0.875rem); color: var(--lumo-body-text-color, #222);
      }
      button {
        font: inherit; min-height: 2.25rem; padding: 0 0.75rem; cursor: pointer;
        border: 1px solid var(--lumo-contrast-30pct, #bbb); border-radius: var(--lumo-border-radius-m, 4px);
        background: var(--lumo-contrast-5pct, #f5f5f5); color: var(--lumo-primary-text-color, #1565c0);
      }
      button:hover { background: var(--lumo-primary-color-10pct, #e3f2fd); }
      button:focus-visible { outline: 2px solid var(--lumo-primary-color, #1565c0); outline-offset: 1px; }
      .zoom { min-width: 3.5em; text-align: center; font-variant-numeric: tabular-nums; }
      .hint { color: var(--lumo-secondary-text-color, #666); }
      .legend { display: flex; flex-wrap: wrap; gap: var(--lumo-space-m, 1rem); margin-left: auto; }
      .legend span::before {
        content: ''; display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em;
        vertical-align: -0.1em; border: 2px solid; border-radius: 2px;
      }
      .legend .completed::before { border-color: var(--bf-done); background: var(--bf-done-fill); }
      .legend .current::before { border-color: var(--bf-now); background: var(--bf-now-fill); }
      .legend .untouched::before { border-color: #000; background: #fff; }
      .legend .overdue::before { border-color: var(--bf-late); background: var(--bf-late-fill); }
      .canvas { width: 100%; height: 420px; cursor: grab; }
      .canvas:active { cursor: grabbing; }
      .error { color: var(--lumo-error-text-color, #c00); padding: 1em; }
      .bf-completed:not(.djs-connection) .djs-visual > :nth-child(1) {
        stroke: var(--bf-done) !important; fill: var(--bf-done-fill) !important;
      }
      .bf-taken .djs-visual > path { stroke: var(--bf-done) !important; stroke-width: 3px !important; }
      .bf-current .djs-visual > :nth-child(1) {
        stroke: var(--bf-now) !important; fill: var(--bf-now-fill) !important; stroke-width: 4px !important;
      }
      .bf-overdue .djs-visual > :nth-child(1) {
        stroke: var(--bf-late) !important; fill: var(--bf-late-fill) !important; stroke-width: 4px !important;
      }
    `,
  ];

  declare xml: string;
  declare labels: Labels;
  declare completed: string;
  declare flows: string;
  declare current: string;
  declare overdue: string;
  declare scale: number;

  private viewer?: NavigatedViewer;
  private resizes?: ResizeObserver;
  private error = '';

  render() {
    const t = (key: string) => this.labels?.[key] ?? key;
    const button = (id: string, action: () => void) =>
      html`<button id=${id} type="button" title=${t(id + '.aria')} aria-label=${t(id + '.aria')}
        @click=${action}>${t(id)}</button>`;
    return html`
      <div class="bar" role="toolbar" aria-label=${t('toolbar')}>
        ${button('zoom-in', () => this.stepZoom(1))}
        ${button('zoom-out', () => this.stepZoom(-1))}
        ${button('zoom-fit', () => this.fit())}
        ${button('zoom-actual', () => this.actualSize())}
        <span class="zoom" aria-live="polite" title=${t('zoom')}>${this.scale ? Math.round(this.scale * 100) + '%' : ''}</span>
        <span class="hint">${t('hint')}</span>
        <span class="legend" role="list" aria-label=${t('legend')}>
          <span role="listitem" class="completed">${t('completed')}</span>
          <span role="listitem" class="current">${t('current')}</span>
          <span role="listitem" class="untouched">${t('untouched')}</span>
          ${this.overdue?.trim() ? html`<span role="listitem" class="overdue">${t('overdue')}</span>` : nothing}
        </span>
      </div>
      <div class="canvas"></div>
      ${this.error ? html`<div class="error">${this.error}</div>` : nothing}`;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) {
      void this.draw();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizes?.disconnect();
    this.viewer?.destroy();
    this.viewer = undefined;
  }

  protected firstUpdated() {
    // a plain wheel scrolls the page as everywhere else; Ctrl + wheel (and a touchpad's pinch) zooms
    this.renderRoot.querySelector('.canvas')!.addEventListener('wheel', (e) => {
      const wheel = e as WheelEvent;
      if (!wheel.ctrlKey && !wheel.metaKey) {
        wheel.stopPropagation();
      }
    }, { capture: true });
  }

  protected updated(changed: PropertyValues) {
    if (['xml', ...Object.keys(MARKERS)].some((p) => changed.has(p))) {
      void this.draw();
    }
  }

  private async draw() {
    if (!this.xml) {
      return;
    }
    this.removeAttribute('rendered');
    const container = this.renderRoot.querySelector('.canvas') as HTMLElement;
    if (!this.viewer) {
      this.viewer = new NavigatedViewer({ container, textRenderer: TEXT });
      this.listen(container);
    }
    try {
      await this.viewer.importXML(this.xml);
    } catch (e) {
      this.error = String(e);
      this.requestUpdate();
      return;
    }
    const registry = this.viewer.get('elementRegistry') as any;
    for (const [attribute, marker] of Object.entries(MARKERS)) {
      const ids = String((this as any)[attribute] ?? '').split(/\s+/).filter((id) => id && registry.get(id));
      ids.forEach((id) => this.canvas().addMarker(id, marker));
    }
    this.firstView(container);
    this.setAttribute('rendered', '');
    this.dispatchEvent(new CustomEvent('diagram-rendered'));
  }

  private listen(container: HTMLElement) {
    (this.viewer!.get('eventBus') as any).on('canvas.viewbox.changed', (e: { viewbox: { scale: number } }) => {
      this.scale = e.viewbox.scale;
      this.setAttribute('zoom', e.viewbox.scale.toFixed(3));
    });
    this.resizes = new ResizeObserver(() => this.canvas().resized());
    this.resizes.observe(container);
  }

  /** Fit, but not below MIN_SCALE; the canvas is as tall as that needs, within the window. */
  private firstView(container: HTMLElement) {
    const diagram = this.diagramBox();
    const width = container.clientWidth;
    const byWidth = Math.min(1, Math.max(MIN_SCALE, width / diagram.width));
    const height = Math.min(diagram.height * byWidth, window.innerHeight * MAX_HEIGHT_OF_WINDOW);
    container.style.height = `${Math.max(MIN_HEIGHT, Math.round(height))}px`;
    this.canvas().resized();
    const scale = Math.max(MIN_SCALE, this.fitScale());
    const focus = this.currentElement();
    this.show(scale, focus ? { x: focus.x + focus.width / 2, y: focus.y + focus.height / 2 } : undefined);
  }

  private stepZoom(direction: number) {
    (this.viewer?.get('zoomScroll') as any)?.stepZoom(direction);
  }

  private fit() {
    if (this.viewer) {
      this.show(this.fitScale());
    }
  }

  private actualSize() {
    this.viewer && this.canvas().zoom(1, 'auto');
  }

  /** The scale at which the whole diagram, with its margin, fits the canvas; never above 1:1. */
  private fitScale() {
    const { outer } = this.canvas().viewbox();
    const diagram = this.diagramBox();
    return Math.min(1, outer.width / diagram.width, outer.height / diagram.height);
  }

  /**
   * Shows the diagram at the given scale, centred on the focus point (diagram units) but never
   * scrolled past the diagram's edges; without a focus the diagram is centred.
   */
  private show(scale: number, focus?: { x: number; y: number }) {
    const { outer } = this.canvas().viewbox();
    const diagram = this.diagramBox();
    const width = outer.width / scale;
    const height = outer.height / scale;
    const centre = focus ?? { x: diagram.x + diagram.width / 2, y: diagram.y + diagram.height / 2 };
    this.canvas().viewbox({
      x: within(centre.x - width / 2, diagram.x, diagram.x + diagram.width - width),
      y: within(centre.y - height / 2, diagram.y, diagram.y + diagram.height - height),
      width,
      height,
    });
  }

  private diagramBox(): Box {
    const { inner } = this.canvas().viewbox();
    return { x: inner.x - MARGIN, y: inner.y - MARGIN, width: inner.width + 2 * MARGIN, height: inner.height + 2 * MARGIN };
  }

  private currentElement(): Box | undefined {
    const registry = this.viewer!.get('elementRegistry') as any;
    const ids = String(this.current ?? '').split(/\s+/).filter((id) => id && registry.get(id));
    return ids.length ? registry.get(ids[0]) : undefined;
  }

  private canvas(): any {
    return this.viewer!.get('canvas');
  }
}

/** value, kept between low and high; when the range is empty (the diagram fits) its middle. */
function within(value: number, low: number, high: number) {
  return high < low ? (low + high) / 2 : Math.min(high, Math.max(low, value));
}

customElements.define('bpmn-diagram', BpmnDiagram);
