/**
 * How provisions are numbered: sections (acts), rules, or articles (treaties). Here, below
 * the corpus, so that reading a citation needs no corpus type; which designator each kind of
 * instrument uses, and how each is written, is the corpus's (corpus/ids.ts).
 */
export type Designator = 's' | 'r' | 'art';
