/**
 * Text from outside tipkit (an imported Gazette, a user's corpus, an FIR, a file name)
 * is made safe where it is printed, by one filter: terminal control sequences (CSI
 * such as cursor moves, OSC such as window titles and hidden hyperlinks, other ESC
 * sequences), the C0/C1 control characters other than tab and newline, a carriage
 * return that would overwrite its line, and the bidi controls that reorder what
 * follows them ("41 years" displayed as "14"). Nothing else of the text changes: an OSC
 * without its terminator loses only its ESC, so what follows it is still printed.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const CONTROLS =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]?|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;
/** Embeddings, overrides and isolates (U+202A-202E, U+2066-2069). */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
/** An SGR sequence (colour, weight), and the parameters tipkit's own styles write. */
const SGR = /\u001b\[([0-9;]*)m/g;
const OWN_SGR = new Set(
  ['', '0', '1', '2', '3', '4', '7', '9', '22', '23', '24', '27', '29', '39', '49'].concat(
    [30, 40, 90, 100].flatMap((base) => Array.from({ length: 8 }, (_, i) => String(base + i))),
  ),
);
/** What JSON.stringify leaves raw but a terminal acts on: DEL, the C1 controls, bidi controls. */
const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/** `text` with nothing that can move the cursor, hide a line or reorder what is shown. */
export function safeText(text: string): string {
  return text.replace(CONTROLS, '').replace(BIDI, '');
}

/**
 * A page tipkit rendered for a terminal: the colours its own styles wrote are kept,
 * everything `safeText` removes is removed (an imported text's colour codes included,
 * unless they are plain colours, which can neither move nor hide anything).
 */
export function safeTerminal(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(SGR)) {
    out += safeText(text.slice(last, match.index));
    if ((match[1] ?? '').split(';').every((param) => OWN_SGR.has(param))) out += match[0];
    last = match.index + match[0].length;
  }
  return out + safeText(text.slice(last));
}

/** JSON as printed: the characters a terminal would act on are written as \uXXXX, so the data is unchanged. */
export function safeJson(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `value` as tipkit prints JSON: indented, ending in a newline, made safe by safeJson. */
export function jsonText(value: unknown): string {
  return safeJson(`${JSON.stringify(value, null, 2)}\n`);
}

/** Plain data for an interactive view, every string in it made safe. */
export function safeStrings<T>(value: T): T {
  if (typeof value === 'string') return safeText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => safeStrings(item)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, safeStrings(item)])) as T;
  }
  return value;
}
