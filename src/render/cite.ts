import type { CitedText } from '../domain/cite/modes.js';
import { renderCiteMarkdown } from './cite-md.js';
import { renderCiteReport } from './cite-text.js';
import type { Style } from './style.js';

/** `tip cite <file>` in the format asked for: md, the text linked to the exported pages; text, the list. */
export function renderCited(cited: CitedText, options: { base?: string; style: Style }): string {
  if (!cited.links) return renderCiteReport(cited.report, options.style);
  return renderCiteMarkdown(
    cited.text,
    cited.report,
    cited.links,
    options.base === undefined ? {} : { base: options.base },
  );
}
