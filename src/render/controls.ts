/**
 * Terminal control sequences (CSI such as colours and cursor moves, OSC such as window
 * titles and hyperlinks, other ESC sequences) and the C0/C1 control characters other
 * than tab, newline and carriage return. Text that came from outside tipkit (an FIR, a
 * typed citation) passes through this before it reaches a terminal or a Markdown file,
 * so it can neither move the cursor nor hide a line.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const CONTROLS =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]?|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/* eslint-enable no-control-regex */

export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}
