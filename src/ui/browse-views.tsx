import { Box, Text } from 'ink';
import { BROWSE_HELP, QUESTIONS } from './browse-keys.js';

/** `rows` lines of `text` from `scroll` on (held so that the last screen stays full), each cut to the width. */
export function ScrolledLines({ text, scroll, rows }: { text: string; scroll: number; rows: number }) {
  const lines = text.split('\n');
  const height = Math.max(1, rows);
  const from = Math.min(scroll, Math.max(0, lines.length - height));
  return (
    <Box flexDirection="column" height={height}>
      {lines.slice(from, from + height).map((line, i) => (
        // An empty Text takes no row: a blank line is a space, so the page keeps its lines.
        <Text key={i} wrap="truncate">
          {line || ' '}
        </Text>
      ))}
    </Box>
  );
}

/** `?`: every key, the keys in a column as wide as the widest, and two spaces before what they do. */
export function HelpScreen({ width }: { width: number }) {
  const column = Math.max(...BROWSE_HELP.map(([keys]) => keys.length)) + 2;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>tip browse: keys</Text>
      {BROWSE_HELP.map(([keys, what], i) => (
        <Text key={i}>
          {keys.padEnd(column)}
          {what}
        </Text>
      ))}
      <Text dimColor>Any key to go back.</Text>
    </Box>
  );
}

/** The facts `c` asks, one at a time; those answered are dimmed. */
export function FactsForm({ width, step }: { width: number; step: number }) {
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>Start the offence checklist: the facts so far (Esc to leave)</Text>
      {QUESTIONS.map((question, i) => (
        <Text key={question.ask} dimColor={i < step} wrap="wrap">
          {`${i === step ? '› ' : '  '}${question.ask}`}
        </Text>
      ))}
    </Box>
  );
}
