/**
 * The numbered and lettered paragraphs of a section's text, as the pinpoints tipkit
 * uses: "(1) …", "1. …" and "1) …" are (1); "(a) …" and "a) …" are (a); a bullet before
 * the marker is ignored. A letter paragraph after a numbered one belongs to it, as
 * (1)(a); a roman "(i)" after a letter belongs to the letter, unless it is the letter
 * that follows (h). Urdu texts number them (۱) and letter them (الف).
 */
import { westernDigits } from '../common/urdu.js';

export interface Paragraph {
  /** The pinpoint chain, e.g. ["(1)", "(a)"]; empty for text before the first marker. */
  path: string[];
  text: string;
}

const MARKER =
  /^(?:[-*•]\s+)?(?:\((\d{1,3}|[\u0660-\u0669\u06F0-\u06F9]{1,3}|[a-z]{1,4}|الف|ب|ج|د)\)|(\d{1,3}|[a-z])[.)])\s/u;
/** Urdu statute texts letter their clauses (الف), (ب), (ج), (د): (a) to (d). */
const URDU_LETTERS = new Map([
  ['الف', 'a'],
  ['ب', 'b'],
  ['ج', 'c'],
  ['د', 'd'],
]);
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

/** Splits a section body (paragraphs separated by a blank line) into its pinpointed paragraphs. */
export function splitParagraphs(body: string): Paragraph[] {
  const out: Paragraph[] = [];
  let number: string | undefined;
  let letter: string | undefined;
  for (const text of body.split('\n\n').filter(Boolean)) {
    const match = MARKER.exec(text);
    const written = match?.[1] ?? match?.[2];
    // Urdu and Arabic-Indic digits number paragraphs as Western ones do.
    const mark = written && (URDU_LETTERS.get(written) ?? westernDigits(written));
    if (!mark) {
      out.push({ path: [], text });
      continue;
    }
    const id = `(${mark})`;
    if (/^\d/.test(mark)) {
      number = id;
      letter = undefined;
      out.push({ path: [id], text });
    } else if (ROMAN.test(mark) && letter && !follows(letter, mark)) {
      out.push({ path: [...(number ? [number] : []), letter, id], text });
    } else {
      letter = id;
      out.push({ path: [...(number ? [number] : []), id], text });
    }
  }
  return out;
}

/** Whether `mark` is the letter after the one in `letter`: (h) then (i) is a letter, not a roman one. */
function follows(letter: string, mark: string): boolean {
  const previous = letter.slice(1, -1);
  return previous.length === 1 && mark.length === 1 && mark.charCodeAt(0) === previous.charCodeAt(0) + 1;
}
