import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledCorpus, tempDir, tip } from '../helpers.js';

const cache = tempDir();
const functions = join(cache, 'tipkit', 'autocomplete', 'functions');

/**
 * Runs the generated bash completion for a command line. bash-completion's two helpers
 * are stubbed: they only trim colons, which tip's space-separated commands never have.
 */
function complete(words: string[]): string[] {
  const script = [
    '_get_comp_words_by_ref() { :; }',
    '__ltrim_colon_completions() { :; }',
    `source ${JSON.stringify(join(functions, 'bash', 'tip.bash'))}`,
    `COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')}); COMP_CWORD=${words.length - 1}`,
    '_tip_autocomplete; printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  return result.stdout.split('\n').filter(Boolean).sort();
}

describe('shell completion (oclif autocomplete plugin)', () => {
  beforeAll(async () => {
    const result = await tip(['autocomplete', '--refresh-cache'], { env: { XDG_CACHE_HOME: cache } });
    expect(result.status).toBe(0);
  });

  it('completes commands in bash', () => {
    expect(complete(['tip', 'ex'])).toEqual(['export']);
    expect(complete(['tip', 'c'])).toEqual(expect.arrayContaining(['cases', 'checklist', 'cite']));
  });

  it('completes flags in bash', () => {
    expect(complete(['tip', 'export', '--f'])).toEqual(['--flavor', '--force', '--format']);
    expect(complete(['tip', 'validate', '--'])).toEqual(expect.arrayContaining(['--format', '--json', '--data']));
  });

  it('completes instrument ids as values of --law and --only in zsh', () => {
    const zsh = readFileSync(join(functions, 'zsh', '_tip'), 'utf8');
    const ids = bundledCorpus()
      .instruments.map((i) => i.id)
      .sort()
      .join(' ');
    expect(zsh).toContain(`law options:(${ids})`);
    expect(zsh).toContain(`only options:(${ids} cases)`);
    expect(zsh).toContain('"export[Export the corpus');
  });

  it('the hinted flags still accept names and other corpora: completion does not restrict them', async () => {
    expect((await tip(['search', 'bail', '--law', 'PTPA', '--json'])).status).toBe(0);
    expect((await tip(['cases', '--law', 'PPC', '--json'])).status).toBe(0);
  });
});
