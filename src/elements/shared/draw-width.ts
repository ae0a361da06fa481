import { LaggingWidth } from './lagging-width.js';

/**
 * The width a chart whose height follows its content is drawn at: `LaggingWidth` (the widget's width, one
 * animation frame after it changes) read as `width`.
 */
export class DrawWidthController extends LaggingWidth {
  /** Width to draw at (0 until the first frame after the widget was measured). */
  get width(): number {
    return this.value;
  }
}
