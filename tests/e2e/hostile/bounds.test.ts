/**
 * Hostile input that tries the cost of fuzzy matching and the limits of typed names (issue
 * 23 §4): a name of 100,000 letters anywhere tipkit looks one up, filters naming values
 * that do not exist, and queries that are empty. The bound itself is proved by counting
 * (tests/domain/citations/edit-distance.test.ts); these rows hold each command to it.
 */
import { expect } from 'vitest';
import type { CliResult } from '../../helpers.js';
import { BECAUSE, runHostileRows, says, word, type Row } from './rows.js';

const LONG = word(100_000);
/** The cap, named in the message, and the message no longer than a screen whatever was typed. */
const capped =
  (what: RegExp) =>
  ({ stderr }: CliResult): void => {
    expect(stderr).toMatch(/is 100,000 characters long; tipkit reads/);
    expect(stderr).toMatch(what);
    expect(stderr.length).toBeLessThan(1000);
  };
const short = ({ stderr }: CliResult): void => expect(stderr.length).toBeLessThan(1500);

const typedNames: Row[] = [
  { name: 'show, 100,000 letters: the cap', args: ['show', LONG], exit: 3, check: capped(/citations of up to 300/) },
  {
    name: 'show, 301 letters: the cap',
    args: ['show', word(301)],
    exit: 3,
    check: says(/301 characters long; tipkit reads citations of up to 300/),
  },
  {
    name: 'show, 300 letters: read, and compared within the bound',
    args: ['show', word(300)],
    exit: 3,
    check: says(/is not a citation tipkit can resolve/),
  },
  {
    name: 'show, twelve citations longer than the cap together still show twelve pages',
    args: ['show', ...Array<string>(12).fill('Prevention of Trafficking in Persons Act s.3')],
    exit: 0,
    check: ({ stdout }) => expect(stdout.match(/^─{40}$/gm)).toHaveLength(11),
  },
  {
    name: 'show --json, 100,000 letters',
    args: ['show', LONG, '--json'],
    exit: 3,
    check: ({ stdout }) => expect(JSON.parse(stdout).error.message).toMatch(/100,000 characters long/),
  },
  { name: 'cases show, 100,000 letters: the cap', args: ['cases', 'show', LONG], exit: 3, check: capped(/case ids/) },
  {
    name: 'cases show, a case id 300 letters long: suggestions within the bound',
    args: ['cases', 'show', word(300)],
    exit: 3,
    check: says(/no case matches/),
  },
  { name: 'cases --law, 100,000 letters', args: ['cases', '--law', LONG], exit: 3, check: capped(/citations/) },
  {
    name: 'cases --provision, 100,000 letters',
    args: ['cases', '--provision', LONG],
    exit: 3,
    check: capped(/citations/),
  },
  { name: 'checklist, a 100,000-letter offence', args: ['checklist', LONG], exit: 3, check: capped(/offence names/) },
  {
    name: 'search --law, 100,000 letters',
    args: ['search', 'debt', '--law', LONG],
    exit: 3,
    check: capped(/citations/),
  },
  {
    name: 'export --only, 100,000 letters',
    args: ['export', '--format', 'json', '--only', LONG],
    exit: 3,
    check: capped(/citations/),
  },
  {
    name: 'cite, an Act named by 100,000 letters on stdin',
    args: ['cite'],
    input: `u/s 3 of the ${LONG} Act, 2018 and u/s 3 PTPA`,
    exit: 0,
    process: BECAUSE.stdin,
    check: ({ stdout }) => expect(stdout).toContain('ptpa-2018:s3'),
  },
];

const filters: Row[] = [
  {
    name: 'cases, unknown --tag lists the tags, nearest first',
    args: ['cases', '--tag', 'bondage'],
    exit: 2,
    check: says(/no tag is called "bondage"[\s\S]*Tags: debt-bondage, /),
  },
  {
    name: 'cases, unknown --court lists the court codes, nearest first',
    args: ['cases', '--court', 'lhx'],
    exit: 2,
    check: says(/no court is called "lhx"[\s\S]*Court codes: lhc, /),
  },
  { name: 'cases, unknown --tag, JSON', args: ['cases', '--tag', 'nope', '--json'], exit: 2 },
  { name: 'cases, 100,000-letter --tag', args: ['cases', '--tag', LONG], exit: 2, check: short },
  { name: 'cases, 100,000-letter --court', args: ['cases', '--court', LONG], exit: 2, check: short },
  {
    name: 'cases, a tag of the case format that no case has',
    args: ['cases', '--tag', 'slavery'],
    exit: 0,
    check: ({ stdout }) => expect(stdout).toContain('No cases match'),
  },
  { name: 'cases, a word of a court name', args: ['cases', '--court', 'Multan'], exit: 0 },
  {
    name: 'search, whitespace only',
    args: ['search', ' \t '],
    exit: 2,
    check: says(/the search query is empty[\s\S]*tip search "debt bondage"/),
  },
];

runHostileRows('hostile inputs (bounds)', [...typedNames, ...filters], 20);
