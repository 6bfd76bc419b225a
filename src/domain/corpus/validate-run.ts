import { join } from 'node:path';
import { DataError } from '../common/errors.js';
import { validateCorpus, type ValidationReport } from './validate.js';
import { corpusLabel, corpusToValidate } from './which.js';

/**
 * `tip validate [dir]`: the corpus named (the folder given, --data, a corpus in the working
 * folder, or the bundled one, with the user's library overlaid on the bundled one only), validated.
 */
export function validateChosen(request: {
  dir?: string;
  data?: string;
  cwd: string;
  libraryDir: () => string | undefined;
}): { report: ValidationReport; library?: string } {
  const choice = corpusToValidate(request.dir, request.data, request.cwd);
  // The library is overlaid on the bundled corpus only; any other corpus stands alone.
  const library = choice.source === 'bundled' ? request.libraryDir() : undefined;
  return { report: validateCorpus(choice.root, library, choice.source), ...(library ? { library } : {}) };
}

/** The error an invalid corpus ends the command with: how many problems, and where (the report in its details). */
export function invalidCorpus(report: ValidationReport, library: string | undefined): DataError {
  // A library file is named itself: the corpus folder would point the user at tipkit's package.
  const places = [
    ...new Set(
      report.issues.map((issue) =>
        library && issue.file.startsWith(join(library, 'laws').split('\\').join('/')) ? issue.file : report.root,
      ),
    ),
  ];
  const more = places.length > 3 ? ` and ${places.length - 2} other places` : '';
  const count = `${report.issues.length} problem${report.issues.length === 1 ? '' : 's'}`;
  return new DataError(
    `${count} (${corpusLabel(report.source)}${report.library ? ', with your library' : ''}) in ${places.slice(0, more ? 2 : 3).join(', ')}${more}`,
    { details: report },
  );
}
