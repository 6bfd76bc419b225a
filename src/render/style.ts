import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

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
  return supportsColor ? supportsColor.level : 1;
}

/** A styling palette for one output stream. */
export interface Style {
  chalk: ChalkInstance;
  width: number;
}

export function styleFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Style {
  const width = stream.isTTY && stream.columns ? Math.max(40, Math.min(stream.columns, 100)) : 80;
  return { chalk: new Chalk({ level: colorLevel(env, Boolean(stream.isTTY)) }), width };
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

function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '').length;
}

/** Left column of fixed width, for label/value lists. */
export function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text + ' '.repeat(width - text.length);
}
