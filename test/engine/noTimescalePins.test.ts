// The no-timescale rule pinned down: which cell an action with no date lands in (the when column, else the
// first action cell, else the owner), the two messages and quick fixes (an empty when cell, a when cell with
// no date in it), and what lets a row off: a date anywhere in its actions, "ongoing" (open-timescale says it
// better), nothing to do. Asserted so that `npm run mutation:rule -- noTimescale` finds a change to any of it.
import { listedAs, seen } from './ruleTester';

const META = { rule: 'no-timescale', letters: ['T'], severity: 'warning' };
const NO_WHEN = 'This does not say when. Give a date, or how often and until when, so the plan does not drift.';
const APPEND = { kind: 'append', text: ' This will be done by [dd/mm/yyyy].' };
const GP = 'Mum to take Ava to the GP.';

describe('no-timescale', () => {
  it('is listed as a timely (T) warning', () => {
    expect(listedAs('no-timescale')).toEqual({
      code: 'no-timescale',
      letters: ['T'],
      severity: 'warning',
      title: 'No date or timescale',
    });
  });

  it('asks an empty when cell for a date, offering "By [dd/mm/yyyy]" for the whole cell', () => {
    expect(seen('no-timescale', { action: GP, owner: 'Mum', when: '' })).toEqual([
      {
        ...META,
        role: 'when',
        column: 2,
        quote: '',
        start: 0,
        message: 'No date is given. When should this be done by, or how often will it happen?',
        fix: { kind: 'replace-cell', text: 'By [dd/mm/yyyy]' },
      },
    ]);
  });

  it('reads a when cell of spaces as empty', () => {
    expect(
      seen('no-timescale', { action: GP, owner: 'Mum', when: '  ' }).map((f) => [f.quote, f.message, f.fix?.kind]),
    ).toEqual([['  ', 'No date is given. When should this be done by, or how often will it happen?', 'replace-cell']]);
  });

  it('lands in a when cell with no date in it, with a sentence to add', () => {
    expect(seen('no-timescale', { action: GP, owner: 'Mum', when: 'Soon-ish' })).toEqual([
      { ...META, role: 'when', column: 2, quote: 'Soon-ish', start: 0, message: NO_WHEN, fix: APPEND },
    ]);
  });

  it('asks about a when cell with words in it even when nothing else is filled in', () => {
    expect(seen('no-timescale', { outcome: 'Ava is well', action: '', owner: '', when: 'Tuesday' })).toEqual([
      { ...META, role: 'when', column: 3, quote: 'Tuesday', start: 0, message: NO_WHEN, fix: APPEND },
    ]);
  });

  it('with no when column, lands in the action cell, or in the owner when that is all there is', () => {
    expect(seen('no-timescale', { action: GP, owner: 'Mum' })).toEqual([
      { ...META, role: 'action', column: 0, quote: GP, start: 0, message: NO_WHEN, fix: APPEND },
    ]);
    expect(
      seen('no-timescale', { outcome: 'Ava is well', action_owner_when: GP }).map((f) => [f.role, f.column]),
    ).toEqual([['action_owner_when', 1]]);
    expect(
      seen('no-timescale', { outcome: 'Ava is well', owner_when: 'Mum', action: '' }).map((f) => [f.role, f.column]),
    ).toEqual([['owner_when', 1]]);
    expect(
      seen('no-timescale', { outcome: 'Ava is well', owner: 'Mum' }).map((f) => [f.role, f.column, f.quote]),
    ).toEqual([['owner', 1, 'Mum']]);
  });

  it('with no when column, prefers the cell the action is written in to the owner before it', () => {
    const landsIn = (cells: Record<string, string>) => seen('no-timescale', cells).map((f) => [f.role, f.column]);
    expect(landsIn({ outcome: 'Ava is well.', action: GP })).toEqual([['action', 1]]);
    expect(landsIn({ owner: 'Mum', action: GP })).toEqual([['action', 1]]);
    expect(landsIn({ owner: 'Mum', action_owner_when: GP })).toEqual([['action_owner_when', 1]]);
    expect(landsIn({ owner: 'Mum', owner_when: 'Mum to ring the school.' })).toEqual([['owner_when', 1]]);
  });

  it('lets off a row with nothing to do, a date in the actions, or an open timescale', () => {
    expect(seen('no-timescale', { outcome: 'Ava is well', action: '', owner: '', when: '  ' })).toEqual([]);
    expect(seen('no-timescale', { action: 'Mum to take Ava to the GP by 01/05/25.', owner: 'Mum', when: '' })).toEqual(
      [],
    );
    expect(seen('no-timescale', { action: GP, owner: 'Mum', when: 'Ongoing' })).toEqual([]);
    expect(seen('no-timescale', { action: 'Mum to take Ava to the GP ASAP.', owner: 'Mum', when: '' })).toEqual([]);
  });

  it('does not ask a lone outcome with no action columns', () => {
    expect(seen('no-timescale', { outcome: 'Ava will see the GP.' })).toEqual([]);
  });

  it('reads a date still to be agreed at a meeting as no date: the meeting is when it is set', () => {
    expect(
      seen('no-timescale', {
        action: 'Nan to phone the SW if Leah is not home by 10pm.',
        owner: 'Nan',
        when: 'To be agreed at the next meeting',
      }).map((f) => [f.role, f.quote, f.message]),
    ).toEqual([
      [
        'when',
        'To be agreed at the next meeting',
        '"To be agreed at the next meeting" is not a date yet. Agree when this will be done by, or how often it will happen.',
      ],
    ]);
    expect(
      seen('no-timescale', {
        action: 'Nan to phone the SW if Leah is not home by 10pm.',
        owner: 'Nan',
        when: 'Start date to be agreed; weekly until the review on 19/02/2027',
      }),
    ).toEqual([]);
  });
});
