/** How every view (terminal, browse, the exported site) marks the document a query cites. */
export const EXACT_LABEL = 'cited: exact match';
