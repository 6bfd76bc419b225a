import { validateCorpus, type ValidationReport } from './validate.js';
import { corpusToValidate } from './which.js';

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
