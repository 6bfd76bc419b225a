/**
 * A small glob matcher for the patterns documentation repositories use: `*` and `?`
 * within a path segment, `**` across segments, `[abc]` classes and `{md,mdx}`
 * alternatives (not nested). Paths are '/'-separated; a pattern is matched whole.
 */

/** True when `text` holds a character that makes it a glob rather than a path. */
export function isGlob(text: string): boolean {
  return /[*?[{]/.test(text);
}

/** The regular expression a glob stands for. */
export function globRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      // "**/" matches zero or more whole segments; a trailing "**" everything below.
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:[^/]*(?:/|$))*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const body = glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${glob
          .slice(i + 1, close)
          .split(',')
          .map((alt) => alt.replace(/[.+^$()|\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
          .join('|')})`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** The leading segments of a glob with no pattern characters: the folder to walk. */
export function globBase(glob: string): string {
  const segments = glob.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isGlob(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/') || (glob.startsWith('/') ? '/' : '.');
}
