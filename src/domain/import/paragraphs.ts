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

/**
 * Splits a section body (paragraphs separated by a blank line) into its pinpointed
 * paragraphs. Only markers that follow in printed order are read as pinpoints: (1) then
 * (2), (a) then (b) (a clause or two may be omitted); a "(12)" that a line break put at a
 * paragraph's start after (1) is text of the paragraph it is in, so no sub-section is
 * made up that the text does not print.
 */
export function splitParagraphs(body: string): Paragraph[] {
  const out: Paragraph[] = [];
  let number: string | undefined;
  let letter: string | undefined;
  let roman: string | undefined;
  for (const text of body.split('\n\n').filter(Boolean)) {
    const match = MARKER.exec(text);
    const written = match?.[1] ?? match?.[2];
    // Urdu and Arabic-Indic digits number paragraphs as Western ones do.
    const mark = written && (URDU_LETTERS.get(written) ?? westernDigits(written));
    const current = [...(number ? [number] : []), ...(letter ? [letter] : []), ...(roman ? [roman] : [])];
    // A paragraph with no marker is the section's (a closing sentence, a proviso it cannot place).
    if (!mark) {
      out.push({ path: [], text });
      continue;
    }
    const id = `(${mark})`;
    if (/^\d/.test(mark)) {
      if (Number(mark) !== Number(number?.slice(1, -1) ?? 0) + 1) {
        out.push({ path: current, text });
        continue;
      }
      number = id;
      letter = undefined;
      roman = undefined;
      out.push({ path: [id], text });
    } else if (ROMAN.test(mark) && letter && !follows(letter, mark, 1)) {
      roman = id;
      out.push({ path: [...(number ? [number] : []), letter, id], text });
    } else if (letter ? follows(letter, mark, 3) : /^[a-z]{1,2}$/.test(mark)) {
      letter = id;
      roman = undefined;
      out.push({ path: [...(number ? [number] : []), id], text });
    } else {
      out.push({ path: current, text });
    }
  }
  return out;
}

/** Whether `mark` is a letter up to `within` after the one in `letter`: (h) then (i) is a letter, not a roman one. */
function follows(letter: string, mark: string, within: number): boolean {
  const previous = letter.slice(1, -1);
  const step = mark.charCodeAt(0) - previous.charCodeAt(0);
  return previous.length === 1 && mark.length === 1 && step >= 1 && step <= within;
}
