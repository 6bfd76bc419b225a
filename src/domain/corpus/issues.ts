/** One problem found in a corpus file, positioned for `file:line:col` output. */
export interface Issue {
  file: string;
  line: number;
  col: number;
  message: string;
}

/** `file:line:col: message`, the form editors and CI annotations understand. */
export function formatIssue(issue: Issue): string {
  return `${issue.file}:${issue.line}:${issue.col}: ${issue.message}`;
}
