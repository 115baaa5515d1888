// The negative-framing rule pinned down: the columns it reads, the first of "stop ..." and "will not ..." quoted
// when a cell has both, what lets a "not" off (a condition within 200 characters before it, a purpose, a
// positive step beside it), and its id, letter, severity and message, so that
// `npm run mutation:rule -- negativeFraming` finds a change to any of it.
import { listedAs, seen } from './ruleTester';

const META = { rule: 'negative-framing', letters: ['R'], severity: 'warning', fix: undefined };
const POSITIVE_GOAL =
  'Families respond better to a positive goal than to being told to stop something. Say what they will do instead.';

describe('negative-framing', () => {
  it('is listed as a realistic (R) warning', () => {
    expect(listedAs('negative-framing')).toEqual({
      code: 'negative-framing',
      letters: ['R'],
      severity: 'warning',
      title: 'Stopping a behaviour instead of a goal to reach',
    });
  });

  it('flags the outcome, action and combined columns, but not the need or the measure', () => {
    expect(
      seen('negative-framing', {
        outcome: 'Dad will not shout at Mia.',
        action: 'Mum will stop shouting.',
        action_owner_when: 'Dad is not to hit Mia.',
        need: 'Mum will stop shouting.',
        measure: 'Dad will not shout.',
      }),
    ).toEqual([
      { ...META, role: 'outcome', column: 0, quote: 'will not shout', start: 4, message: POSITIVE_GOAL },
      { ...META, role: 'action', column: 1, quote: 'stop shouting', start: 9, message: POSITIVE_GOAL },
      { ...META, role: 'action_owner_when', column: 2, quote: 'is not to hit', start: 4, message: POSITIVE_GOAL },
    ]);
  });

  it('quotes whichever comes first when a cell both says stop and says not', () => {
    const quoted = (outcome: string) => seen('negative-framing', { outcome }).map((f) => [f.quote, f.start]);
    expect(quoted('Mum will not shout. Dad to stop smacking.')).toEqual([['will not shout', 4]]);
    expect(quoted('Dad to stop smacking. Mum will not shout.')).toEqual([['stop smacking', 7]]);
  });

  it('lets off a "not" beside a positive step, or one that is the purpose of a positive step', () => {
    expect(seen('negative-framing', { outcome: 'Dad will not shout; Nan will stay with them.' })).toEqual([]);
    expect(seen('negative-framing', { outcome: 'Nan will stay with them; Dad will not shout.' })).toEqual([]);
    expect(seen('negative-framing', { outcome: 'Mum will walk Ava so that she will not be late.' })).toEqual([]);
  });

  it('lets off a "not" in a condition reaching back 200 characters, and no further', () => {
    const after = (filler: number) => `If Dad is upset ${'x'.repeat(filler)} he will not shout.`;
    expect(seen('negative-framing', { outcome: after(180) })).toEqual([]);
    expect(seen('negative-framing', { outcome: after(181) }).map((f) => [f.quote, f.start])).toEqual([
      ['will not shout', 201],
    ]);
  });
});

describe('negative-framing in formal words (cold3)', () => {
  const NEGATIVE =
    'Families respond better to a positive goal than to being told to stop something. Say what they will do instead.';
  const quotes = (outcome: string) => seen('negative-framing', { outcome }).map((f) => [f.quote, f.start]);

  it('reads ceasing all of a thing, refraining and having to avoid as stopping', () => {
    expect(seen('negative-framing', { outcome: 'Mum to cease all contact with Jason' })).toEqual([
      {
        rule: 'negative-framing',
        letters: ['R'],
        severity: 'warning',
        role: 'outcome',
        column: 0,
        quote: 'cease all contact',
        start: 7,
        message: NEGATIVE,
        fix: undefined,
      },
    ]);
    expect(quotes('I, Gavin, agree to refrain from using physical chastisement on Kayne')).toEqual([
      ['refrain from', 19],
    ]);
    expect(quotes('Mollie & Kayne must avoid the canal path')).toEqual([['must avoid', 15]]);
  });

  it('lets off refraining held to the times it matters, and avoiding as a reason', () => {
    expect(quotes('Mum will refrain from drinking alcohol during the times she has sole care of Tony')).toEqual([]);
    expect(quotes('Mollie will walk home by the road in order to avoid the canal path')).toEqual([]);
  });

  it('reads the absence of an event, no one doing it, not any more, a ban, abstaining and putting an end to as stopping (cold4)', () => {
    expect(seen('negative-framing', { need: 'x', outcome: 'No further harmful sexual behaviour from Riley.' })).toEqual(
      [{ ...META, role: 'outcome', column: 1, quote: 'No further harmful', start: 0, message: POSITIVE_GOAL }],
    );
    expect(quotes('Bodhi not to have any more meltdowns at school')).toEqual([['not to have any more meltdowns', 6]]);
    expect(quotes('Zero incidents of Caelan being found with drugs')).toEqual([['Zero incidents', 0]]);
    expect(quotes('Neither parent will speak badly of the other in front of Autumn')).toEqual([
      ['Neither parent will speak', 0],
    ]);
    expect(quotes("Lexi's dental appointments will not be missed anymore")).toEqual([
      ['will not be missed anymore', 27],
    ]);
    expect(quotes('Caelan is banned from having friends round')).toEqual([['banned from having', 10]]);
    expect(quotes('Warren to abstain from gambling')).toEqual([['abstain from', 10]]);
    expect(quotes('Parents to put an end to the arguing in front of Lexi.')).toEqual([['put an end to', 11]]);
  });

  it('lets off a limit, a decision and the same words inside a condition (cold4)', () => {
    expect(quotes('Cruz will get no more than 4 red cards a week by Easter')).toEqual([]);
    expect(quotes('No further action after the assessment on 3/3/27')).toEqual([]);
    expect(quotes('If no one is to be home by 4pm, Nan will collect Autumn')).toEqual([]);
  });
});
