/**
 * Treaty databases publish one text in several languages, one after the other, in one
 * file. The copies are told apart where the numbering starts again, and by the words
 * each uses; tipkit imports the English one and says which it left out.
 */
import type { Block } from './read.js';

export interface Copy {
  language: string;
  /** The lines the copy runs over, for the report. */
  from: number;
  to: number;
  imported: boolean;
}

const STOPWORDS: Record<string, readonly string[]> = {
  English: ['the', 'of', 'and', 'to', 'shall', 'in', 'or', 'any', 'be', 'by', 'which', 'with'],
  French: ['le', 'la', 'les', 'des', 'et', 'du', 'est', 'une', 'aux', 'dans', 'pour', 'sont'],
  Spanish: ['el', 'los', 'las', 'del', 'y', 'que', 'por', 'una', 'con', 'para', 'sus', 'lo'],
};

/** The language a stretch of text is mostly in, by its script and its commonest words. */
export function languageOf(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return 'unknown';
  const share = (pattern: RegExp) => (letters.match(pattern)?.length ?? 0) / letters.length;
  if (share(/\p{Script=Arabic}/gu) > 0.3) return /[ےٹڈڑںھ]/u.test(text) ? 'Urdu' : 'Arabic';
  if (share(/\p{Script=Cyrillic}/gu) > 0.3) return 'Russian';
  if (share(/\p{Script=Han}/gu) > 0.3) return 'Chinese';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = Object.entries(STOPWORDS).map(([language, list]) => ({
    language,
    score: words.filter((w) => list.includes(w)).length,
  }));
  const best = scores.sort((a, b) => b.score - a.score)[0];
  return best && best.score > 0 ? best.language : 'unknown';
}

/**
 * The English copy of a text that holds more than one. A copy starts where the first
 * number printed comes round again; the copy before it may end with the other copy's
 * title and preamble, which are cut off by their language.
 */
export function englishCopy(blocks: readonly Block[]): { blocks: Block[]; copies: Copy[] } {
  // The numbering comes round again: a low number after a higher one, some sections on.
  const starts = [0];
  let previous = 0;
  blocks.forEach((block, i) => {
    const number = Number.parseInt(block.number ?? '', 10);
    if (Number.isNaN(number)) return;
    if (number <= 2 && number < previous && i - (starts.at(-1) ?? 0) > 1) starts.push(i);
    previous = number;
  });
  if (starts.length === 1) return { blocks: [...blocks], copies: [] };
  const copies = starts.map((start, c) => {
    const part = blocks.slice(start, starts[c + 1] ?? blocks.length);
    return { part, language: languageOf(part.map((b) => b.body).join(' ')) };
  });
  // Copies are told apart by their language: numbering that starts again in one language is not a second copy.
  if (new Set(copies.map((c) => c.language)).size === 1) return { blocks: [...blocks], copies: [] };
  const chosen = Math.max(
    0,
    copies.findIndex((c) => c.language === 'English'),
  );
  const kept = trimForeignTail(copies[chosen]?.part ?? [], 'English');
  return {
    blocks: kept,
    copies: copies.map((c, i) => ({
      language: c.language,
      from: c.part[0]?.line ?? 0,
      to: (copies[i + 1]?.part[0]?.line ?? Infinity) - 1,
      imported: i === chosen,
    })),
  };
}

/** A copy loses what follows its last section in another language: the next copy's title, preamble, first article. */
function trimForeignTail(blocks: readonly Block[], language: string): Block[] {
  const part = [...blocks];
  while (part.length > 1 && !part.at(-1)?.number && languageOf(part.at(-1)?.body ?? '') !== language) part.pop();
  const last = part.at(-1);
  if (!last) return [];
  const paragraphs = last.body.split('\n\n');
  let keep = paragraphs.length;
  while (keep > 1 && languageOf(paragraphs[keep - 1] ?? '') !== language) keep--;
  return [...part.slice(0, -1), { ...last, body: paragraphs.slice(0, keep).join('\n\n') }];
}
