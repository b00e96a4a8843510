/*
 * <bpmn-diagram>: a read-only BPMN diagram drawn with bpmn-js's Viewer. The server sets the
 * model (property "xml") and space-separated element IDs in the attributes "completed", "flows",
 * "current" and "overdue"; each ID gets a marker class (bf-completed, bf-taken, bf-current,
 * bf-overdue) on its SVG element, which the styles below colour. When the diagram is drawn the
 * element carries the attribute "rendered" and fires "diagram-rendered".
 */
import { LitElement, css, html, unsafeCSS } from 'lit';
import type { PropertyValues } from 'lit';
import Viewer from 'bpmn-js/lib/Viewer';
import diagramCss from 'bpmn-js/dist/assets/diagram-js.css?inline';
import bpmnCss from 'bpmn-js/dist/assets/bpmn-js.css?inline';

const MARKERS: Record<string, string> = {
  completed: 'bf-completed',
  flows: 'bf-taken',
  current: 'bf-current',
  overdue: 'bf-overdue',
};

export class BpmnDiagram extends LitElement {
  static properties = {
    xml: { type: String },
    completed: { type: String },
    flows: { type: String },
    current: { type: String },
    overdue: { type: String },
  };

  static styles = [
    unsafeCSS(diagramCss),
    unsafeCSS(bpmnCss),
    css`
      :host {
        display: block;
        position: relative;
        background: #fff;
        border: 1px solid var(--lumo-contrast-20pct, #ccc);
        border-radius: var(--lumo-border-radius-m, 4px);
      }
      .canvas { width: 100%; height: var(--bpmn-diagram-height, 420px); }
      .error { color: var(--lumo-error-text-color, #c00); padding: 1em; }
      .bf-completed:not(.djs-connection) .djs-visual > :nth-child(1) {
        stroke: #2e7d32 !important; fill: #e8f5e9 !important;
      }
      .bf-taken .djs-visual > path { stroke: #2e7d32 !important; stroke-width: 3px !important; }
      .bf-current .djs-visual > :nth-child(1) {
        stroke: #1565c0 !important; fill: #bbdefb !important; stroke-width: 4px !important;
      }
      .bf-overdue .djs-visual > :nth-child(1) {
        stroke: #c62828 !important; fill: #ffcdd2 !important; stroke-width: 4px !important;
      }
    `,
  ];

  declare xml: string;
  declare completed: string;
  declare flows: string;
  declare current: string;
  declare overdue: string;

  private viewer?: Viewer;
  private error = '';

  render() {
    return html`<div class="canvas"></div>${this.error ? html`<div class="error">${this.error}</div>` : ''}`;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) {
      void this.draw();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.viewer?.destroy();
    this.viewer = undefined;
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
    if (!this.viewer) {
      this.viewer = new Viewer({ container: this.renderRoot.querySelector('.canvas') as HTMLElement });
    }
    try {
      await this.viewer.importXML(this.xml);
    } catch (e) {
      this.error = String(e);
      this.requestUpdate();
      return;
    }
    const canvas = this.viewer.get('canvas') as any;
    const registry = this.viewer.get('elementRegistry') as any;
    canvas.zoom('fit-viewport', 'auto');
    // fit-viewport leaves no margin: end events and labels at the edges would be cut off
    const inner = canvas.viewbox().inner;
    canvas.viewbox({ x: inner.x - 30, y: inner.y - 30, width: inner.width + 60, height: inner.height + 60 });
    for (const [attribute, marker] of Object.entries(MARKERS)) {
      const ids = String((this as any)[attribute] ?? '').split(/\s+/).filter((id) => id && registry.get(id));
      ids.forEach((id) => canvas.addMarker(id, marker));
    }
    this.setAttribute('rendered', '');
    this.dispatchEvent(new CustomEvent('diagram-rendered'));
  }
}

customElements.define('bpmn-diagram', BpmnDiagram);
