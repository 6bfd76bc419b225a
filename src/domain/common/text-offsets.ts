import { lastAtOrBefore } from './sorted.js';

/** A position as tip cite reports it: 1-based line, and 1-based column counted in code points. */
export interface LineCol {
  line: number;
  col: number;
}

/**
 * Offsets into one text, converted between the two ways they are counted: UTF-16 code
 * units (JavaScript strings, mdast) and Unicode code points (what tip cite reports, so that
 * a character outside the BMP counts once), and either of them to line and column.
 */
export class TextOffsets {
  /** Length of the text, in code points. */
  readonly length: number;
  private readonly units: number;
  private readonly lineStarts: number[] = [0];
  /** UTF-16 offset of the second half of each surrogate pair. */
  private readonly lowSurrogates: number[] = [];
  /** Code-point offset of each surrogate pair, in the same order. */
  private readonly pairs: number[] = [];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    for (const match of text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)) {
      this.pairs.push(match.index - this.lowSurrogates.length);
      this.lowSurrogates.push(match.index + 1);
    }
    this.units = text.length;
    this.length = this.codePoint(text.length);
  }

  /** The code-point offset of a UTF-16 offset. */
  codePoint(unit: number): number {
    return unit - (lastAtOrBefore(this.lowSurrogates, unit - 1) + 1);
  }

  /** The UTF-16 offset of a code-point offset; past the end, the text's end. */
  unit(codePoint: number): number {
    return Math.min(codePoint + lastAtOrBefore(this.pairs, codePoint - 1) + 1, this.units);
  }

  /** Line and column of a UTF-16 offset. */
  lineCol(unit: number): LineCol {
    const line = lastAtOrBefore(this.lineStarts, unit);
    return { line: line + 1, col: this.codePoint(unit) - this.codePoint(this.lineStarts[line] ?? 0) + 1 };
  }

  /** Line and column of a code-point offset. */
  lineColOfCodePoint(codePoint: number): LineCol {
    const line = lastAtOrBefore(this.lineStarts, this.unit(codePoint));
    return { line: line + 1, col: codePoint - this.codePoint(this.lineStarts[line] ?? 0) + 1 };
  }
}
