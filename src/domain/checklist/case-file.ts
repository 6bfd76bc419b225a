/**
 * Starting or resuming a case checklist: what `tip checklist --save` and `--resume` do
 * before anything is shown. Loaded only on those paths (it brings the file schema and the
 * YAML writer with it).
 */
import { UsageError } from '../common/errors.js';
import type { Corpus } from '../corpus/model.js';
import { buildChecklist, type Checklist } from './build.js';
import type { Facts } from './facts.js';
import { newSession, openSession, saveSession, type OpenedSession, type Session } from './session.js';

export type CaseFileRequest = { resume: string; offence?: string } | { save: string; offence: string; facts: Facts };

export interface CaseFile {
  path: string;
  checklist: Checklist;
  session: Session;
  /** Present when an existing file was resumed. */
  opened?: OpenedSession;
  /** Saves the session over the file this case file opened or created. */
  save: (session: Session) => void;
}

/** Opens a saved checklist (`resume`) or creates a new file (`save`; never over an existing one). */
export function openCaseFile(corpus: Corpus, request: CaseFileRequest): CaseFile {
  if ('resume' in request) {
    if (request.offence) {
      throw new UsageError('give an offence or --resume, not both: a saved checklist keeps its own offence and facts');
    }
    const opened = openSession(corpus, request.resume);
    return {
      path: request.resume,
      checklist: opened.checklist,
      session: opened.session,
      opened,
      save: saver(request.resume),
    };
  }
  const checklist = buildChecklist(corpus, request.offence, request.facts);
  const session = newSession(checklist);
  saveSession(request.save, session, { fresh: true });
  return { path: request.save, checklist, session, save: saver(request.save) };
}

function saver(path: string): (session: Session) => void {
  return (session) => saveSession(path, session, { fresh: false });
}
