type Level = 0 | 1 | 2 | 3;

/**
 * Colour depth for output: FORCE_COLOR wins, then NO_COLOR, then whether the stream
 * is a terminal. Decided here, once, so every renderer agrees.
 */
export function colorLevel(env: NodeJS.ProcessEnv, isTTY: boolean): Level {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const depth = Number.parseInt(force, 10);
    return depth >= 1 && depth <= 3 ? (depth as Level) : 1;
  }
  if (env.NO_COLOR) return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  const term = env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit' ? 3 : /256/.test(env.TERM ?? '') ? 2 : 1;
  return term;
}

type Paint = (text: string) => string;

/** The few styles tipkit uses; plain identity functions when colour is off. */
export interface Palette {
  bold: Paint;
  dim: Paint;
  yellow: Paint;
  green: Paint;
  highlight: Paint;
}

/** A palette and a line width for one output stream. */
export interface Style {
  paint: Palette;
  width: number;
}

const plain: Paint = (text) => text;
export const PLAIN: Palette = { bold: plain, dim: plain, yellow: plain, green: plain, highlight: plain };

/** Chalk is imported only when colour is on: piped and NO_COLOR output never pays for it. */
export async function styleFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Promise<Style> {
  const width = stream.isTTY && stream.columns ? Math.max(40, Math.min(stream.columns, 100)) : 80;
  const level = colorLevel(env, Boolean(stream.isTTY));
  if (level === 0) return { paint: PLAIN, width };
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level });
  return {
    width,
    paint: { bold: chalk.bold, dim: chalk.dim, yellow: chalk.yellow, green: chalk.green, highlight: chalk.bold.yellow },
  };
}

/** Wraps prose to `width`, indenting every line. */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + visibleLength(word) > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** Wraps `text` after a first-line `prefix`, continuing at `indent` columns. */
export function hang(prefix: string, text: string, width: number, indent: number): string {
  // A placeholder stands in for the part of the prefix beyond the indent, so the first line fits too.
  const placeholder = 'x'.repeat(Math.max(0, visibleLength(prefix) - indent));
  return prefix + wrap(placeholder + text, width, ' '.repeat(indent)).slice(indent + placeholder.length);
}

function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '').length;
}

/** Left column of fixed width, for label/value lists. */
export function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text + ' '.repeat(width - text.length);
}

/** A titled block of a page, or nothing when it has no lines. */
export function section(title: string, body: string[], style: Style): string[] {
  return body.length === 0 ? [] : ['', style.paint.bold(title), ...body];
}

/** "1 case", "3 cases". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
