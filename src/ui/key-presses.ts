import type { Key } from 'ink';
import { safeText } from '../render/controls.js';

/** One key, as ink's useInput reports a key read alone. */
export interface KeyPress {
  input: string;
  key: Key;
}

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** A character a terminal sends for one key (Enter, Tab, Backspace, Ctrl with a letter), kept by split. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /([\u0000-\u001f\u007f])/u;

/**
 * The keys in one read of the terminal. ink splits escape sequences (arrows, PgDn) from
 * what surrounds them, but reports everything else that arrives in one read as a single
 * string: a burst of Backspaces ("\x7f\x7f\x7f"), two Tabs, a word and its Enter, which a
 * handler would take as text. Each control character is taken out as the key it is, with
 * the flags ink gives it when it arrives alone; the text between stays one piece, as a paste.
 */
export function keyPresses(input: string, key: Key): KeyPress[] {
  if (input.length <= 1 || !CONTROL.test(input)) return [{ input, key }];
  return input
    .split(CONTROL)
    .filter(Boolean)
    .map((piece) => (CONTROL.test(piece) ? controlKey(piece) : { input: piece, key: NO_KEY }));
}

/** A control character as ink reports it alone (its parse-keypress and useInput). */
function controlKey(char: string): KeyPress {
  switch (char) {
    case '\r':
      return { input: '\r', key: { ...NO_KEY, return: true } };
    case '\t':
      return { input: '', key: { ...NO_KEY, tab: true } };
    case '\b':
      return { input: '', key: { ...NO_KEY, backspace: true } };
    case '\u007f':
      return { input: '', key: { ...NO_KEY, delete: true } };
    case '\u001b':
      return { input: '', key: { ...NO_KEY, escape: true, meta: true } };
    default: {
      const code = char.charCodeAt(0);
      // Ctrl-A to Ctrl-Z (and Ctrl-@) come as the letter with ctrl set; \n and the four
      // separators after Ctrl-Z come as themselves, text no handler should keep.
      if (code <= 0x1a && char !== '\n')
        return { input: String.fromCharCode(code + 96), key: { ...NO_KEY, ctrl: true } };
      return { input: char, key: NO_KEY };
    }
  }
}

/** What a keypress adds to typed text: a line break or tab as a space, no control character. */
export function typedText(input: string): string {
  return safeText(input.replace(/[\r\n\t]/g, ' '));
}
