import { UsageError } from '../common/errors.js';
import type { CorpusAccess } from '../corpus/access.js';
import type { Corpus } from '../corpus/model.js';
import { buildChecklist, labeller, listOffences, type Checklist, type OffenceSummary } from './build.js';
import type { CaseFile } from './case-file.js';
import type { Aggravating, Facts, Purpose, VictimAge } from './facts.js';
import type { OpenedSession } from './session.js';

/** What `tip checklist` was asked for, as its flags give it. */
export interface ChecklistRequest {
  corpora: CorpusAccess;
  data?: string;
  offence?: string;
  victim: VictimAge;
  'victim-woman'?: boolean;
  'cross-border'?: boolean;
  aggravating?: Aggravating[];
  purpose?: Purpose[];
  'forged-documents'?: boolean;
  interactive?: boolean;
  save?: string;
  resume?: string;
  /** Set when the output is printed (--format, --output or --json), not shown to tick off. */
  printing: boolean;
  /** Both stdin and stdout are a terminal. */
  tty: boolean;
}

/** A checklist as printed: with the progress, changes and ticks of a resumed case file. */
export type PrintedChecklist = Checklist &
  Partial<Pick<OpenedSession, 'progress' | 'changes'>> & { states?: OpenedSession['session']['items'] };

/** What `tip checklist` does: list the offences, open a case file to tick off, or print a checklist. */
export type ChecklistPlan =
  | { kind: 'list'; offences: OffenceSummary[] }
  | { kind: 'interact'; file: CaseFile; checklist: Checklist; label: (id: string) => string }
  | { kind: 'print'; checklist: PrintedChecklist; label: (id: string) => string; opened?: OpenedSession };

/**
 * `tip checklist`: reads the corpus, refuses --interactive without a terminal or a file to
 * keep the ticks in, then lists the offences, or builds the checklist for the facts (from a
 * case file when one is saved or resumed) and says whether it is ticked off or printed.
 */
export async function planChecklist(request: ChecklistRequest): Promise<ChecklistPlan> {
  const corpus = await request.corpora.load(request.data);
  if (request.interactive && !request.tty) {
    throw new UsageError('--interactive needs a terminal', {
      suggestions: [
        'Print the checklist instead: tip checklist <offence> --format md',
        'Report on a saved one: tip checklist --resume <file> --format md',
      ],
    });
  }
  if (request.interactive && !request.save && !request.resume) {
    throw new UsageError('--interactive needs a file to keep the ticks in', {
      suggestions: [
        'tip checklist trafficking --interactive --save case-014.yaml',
        'tip checklist --resume case-014.yaml',
      ],
    });
  }
  if (!request.offence && !request.resume) return { kind: 'list', offences: listOffences(corpus) };
  const label = labeller(corpus);
  const file = request.save || request.resume ? await caseFile(corpus, request) : undefined;
  const checklist = file?.checklist ?? buildChecklist(corpus, request.offence ?? '', factsOf(request));
  if (file && (request.interactive || (request.resume && request.tty && !request.printing))) {
    return { kind: 'interact', file, checklist, label };
  }
  const opened = file?.opened;
  if (!opened) return { kind: 'print', checklist, label };
  const printed = { ...checklist, progress: opened.progress, changes: opened.changes, states: opened.session.items };
  return { kind: 'print', checklist: printed, label, opened };
}

async function caseFile(corpus: Corpus, request: ChecklistRequest): Promise<CaseFile> {
  const { openCaseFile } = await import('./case-file.js');
  const { offence, resume } = request;
  if (resume) return openCaseFile(corpus, { resume, ...(offence ? { offence } : {}) });
  return openCaseFile(corpus, { save: request.save ?? '', offence: offence ?? '', facts: factsOf(request) });
}

/** The facts as the flags give them. */
function factsOf(request: ChecklistRequest): Facts {
  return {
    victim: request.victim,
    victim_woman: request['victim-woman'] === true,
    cross_border: request['cross-border'] === true,
    aggravating: request.aggravating ?? [],
    purpose: request.purpose ?? [],
    forged_documents: request['forged-documents'] === true,
  };
}
