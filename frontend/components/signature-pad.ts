/*
 * <signature-pad>: a canvas to sign on with mouse, pen or finger. The server asks for the drawing
 * with exportPng(), which answers a PNG data URL, or '' while nothing has been drawn (so that a
 * blank pad is never saved); clear() wipes it. Each stroke sets the attribute "inked".
 */
import { LitElement, css, html } from 'lit';

export class SignaturePad extends LitElement {
  static styles = css`
    :host {
      display: inline-block;
      border: 1px dashed var(--lumo-contrast-40pct, #999);
      border-radius: var(--lumo-border-radius-m, 4px);
      background: #fff;
      touch-action: none;
    }
    canvas {
      display: block;
      cursor: crosshair;
    }
  `;

  private drawing = false;
  private inked = false;

  render() {
    return html`<canvas width="480" height="160"
      @pointerdown=${this.start} @pointermove=${this.move} @pointerup=${this.end} @pointerleave=${this.end}></canvas>`;
  }

  private get canvas(): HTMLCanvasElement {
    return this.renderRoot.querySelector('canvas') as HTMLCanvasElement;
  }

  private point(e: PointerEvent): [number, number] {
    const box = this.canvas.getBoundingClientRect();
    return [((e.clientX - box.left) * this.canvas.width) / box.width, ((e.clientY - box.top) * this.canvas.height) / box.height];
  }

  private start(e: PointerEvent) {
    this.drawing = true;
    this.canvas.setPointerCapture(e.pointerId);
    const context = this.canvas.getContext('2d')!;
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#111';
    context.beginPath();
    context.moveTo(...this.point(e));
  }

  private move(e: PointerEvent) {
    if (!this.drawing) {
      return;
    }
    const context = this.canvas.getContext('2d')!;
    context.lineTo(...this.point(e));
    context.stroke();
    if (!this.inked) {
      this.inked = true;
      this.setAttribute('inked', '');
    }
  }

  private end() {
    this.drawing = false;
  }

  /** The drawing as a PNG data URL; '' when nothing has been drawn. */
  exportPng(): string {
    return this.inked ? this.canvas.toDataURL('image/png') : '';
  }

  clear() {
    this.canvas.getContext('2d')!.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.inked = false;
    this.removeAttribute('inked');
  }
}

customElements.define('signature-pad', SignaturePad);
