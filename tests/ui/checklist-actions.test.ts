import { describe, expect, it } from 'vitest';
import { checklistActions } from '../../src/ui/checklist-actions.js';

const moves = (input: string, key = {}, at = 5) =>
  checklistActions(input, key, at, 40, 10).map((a) => (a.kind === 'move' ? a.to : a.kind));

describe('browse keys', () => {
  it('counts every key of a burst: "jjj" moves three items, "jjx" moves two and ticks', () => {
    expect(moves('jjj')).toEqual([6, 7, 8]);
    expect(moves('jjx')).toEqual([6, 7, 'toggle']);
    expect(moves('kkkkkkkkkk')).toEqual([4, 3, 2, 1, 0, 0, 0, 0, 0, 0]);
  });

  it('moves by screen and to the ends', () => {
    expect(moves('', { pageDown: true })).toEqual([15]);
    expect(moves('', { pageUp: true })).toEqual([0]);
    expect(moves('', { home: true })).toEqual([0]);
    expect(moves('', { end: true })).toEqual([39]);
    expect(moves('g')).toEqual([0]);
    expect(moves('G')).toEqual([39]);
    expect(moves('', { downArrow: true }, 39)).toEqual([39]);
  });

  it('does nothing on Esc while browsing, and quits on q or Ctrl-C', () => {
    expect(moves('', { escape: true })).toEqual([]);
    expect(moves('q')).toEqual(['quit']);
    expect(moves('c', { ctrl: true })).toEqual(['quit']);
  });

  it('hands the rest of a burst to the note once n is pressed', () => {
    expect(moves('jnjj')).toEqual([6, 'note']);
    expect(moves('?')).toEqual(['help']);
  });
});
