// The subjective rule pinned down: the first judging word in each cell it reads, quoted as written; the need,
// and an outcome of several statements the row does not count or measure, let off when its actions are SMART; "age-appropriate" left to no-measure; a
// definition in the cell; house style words added and removed. Asserted so that
// `npm run mutation:rule -- subjective` finds a change to any of it.
import { listedAs, seen } from './ruleTester';

const DIFFERENT = (word: string) =>
  `"${word}" can mean different things to the family and to professionals. Spell out exactly what is expected, so everyone can tell when it has happened.`;
const META = { rule: 'subjective', letters: ['S', 'M'], severity: 'warning', fix: undefined };
/** An action with a doer, a date and a frequency: SMART enough that the row's need and outcome are let off. */
const SMART_ACTION = {
  action: 'Mum to keep the home appropriate every Saturday from 03/05/25 to 28/06/25.',
  owner: 'Mum (parent)',
  when: 'Every Saturday from 03/05/25 to 28/06/25',
};

describe('subjective', () => {
  it('is listed as a specific and measurable (S, M) warning', () => {
    expect(listedAs('subjective')).toEqual({
      code: 'subjective',
      letters: ['S', 'M'],
      severity: 'warning',
      title: 'Words that depend on who judges',
    });
  });

  it('flags the judging word in each column it reads, quoted as written', () => {
    expect(
      seen('subjective', {
        need: 'The home is not clean and tidy.',
        outcome: 'Ava will have appropriate clothes.',
        action: 'Mum to keep the home clean and tidy.',
        owner: 'Mum',
        when: 'Every week from 01/05/25',
        measure: 'Appropriate checks',
      }),
    ).toEqual([
      { ...META, role: 'need', column: 0, quote: 'clean and tidy', start: 16, message: DIFFERENT('clean and tidy') },
      { ...META, role: 'outcome', column: 1, quote: 'appropriate', start: 14, message: DIFFERENT('appropriate') },
      { ...META, role: 'action', column: 2, quote: 'clean and tidy', start: 21, message: DIFFERENT('clean and tidy') },
      { ...META, role: 'measure', column: 5, quote: 'Appropriate', start: 0, message: DIFFERENT('Appropriate') },
    ]);
    expect(
      seen('subjective', {
        owner_when: 'Mum, at an appropriate time',
        action_owner_when: 'Mum to dress Ava appropriately',
      }).map((f) => [f.role, f.quote, f.start]),
    ).toEqual([
      ['owner_when', 'appropriate', 11],
      ['action_owner_when', 'appropriately', 17],
    ]);
  });

  it('lets off the need, and an outcome of several statements, when the actions are SMART', () => {
    expect(
      seen('subjective', {
        need: 'The home is not clean and tidy.',
        outcome: 'Ava will have her own bedroom. The home will be appropriate for her.',
        action: 'Mum to hoover the lounge every Saturday from 03/05/25 to 28/06/25.',
        owner: 'Mum (parent)',
        when: 'Every Saturday from 03/05/25 to 28/06/25',
      }),
    ).toEqual([]);
  });

  it('does not let off an outcome of one statement, one the row counts or measures, or the measure', () => {
    const actions = {
      action: 'Mum to hoover the lounge every Saturday from 03/05/25 to 28/06/25.',
      owner: 'Mum (parent)',
      when: 'Every Saturday from 03/05/25 to 28/06/25',
    };
    const flagged = (cells: Record<string, string>) => seen('subjective', cells).map((f) => [f.role, f.quote]);
    expect(flagged({ outcome: 'The home will be appropriate for Ava.', ...actions })).toEqual([
      ['outcome', 'appropriate'],
    ]);
    expect(
      flagged({ outcome: 'Ava will have her own room. The home will be appropriate on 6 of 6 visits.', ...actions }),
    ).toEqual([['outcome', 'appropriate']]);
    expect(
      flagged({
        outcome: 'Ava will have her own room. The home will be appropriate for her.',
        ...actions,
        measure: 'Lounge hoovered and appropriate at 6 of 6 Saturday visits by the social worker by 28/06/25.',
      }),
    ).toEqual([
      ['outcome', 'appropriate'],
      ['measure', 'appropriate'],
    ]);
  });

  it('lets off the need and outcome when the actions are SMART, but not the action itself', () => {
    expect(
      seen('subjective', {
        need: 'The home is not clean and tidy.',
        outcome: 'Ava will have her own room. The home will be appropriate for her.',
        ...SMART_ACTION,
      }).map((f) => [f.role, f.quote]),
    ).toEqual([['action', 'appropriate']]);
  });

  it('leaves "age-appropriate" to no-measure, but still flags a judging word after it', () => {
    expect(seen('subjective', { outcome: 'Ava will have age appropriate toys.' })).toEqual([]);
    expect(seen('subjective', { outcome: 'Ava will have age  appropriate toys.' })).toEqual([]);
    expect(
      seen('subjective', { outcome: 'Ava will have age-appropriate toys and appropriate clothes.' }).map((f) => [
        f.quote,
        f.start,
      ]),
    ).toEqual([['appropriate', 39]]);
  });

  it('lets off a kept standard in the need only where chores with how often define it', () => {
    const need = 'The home is not clean and tidy.';
    const outcome = 'Ava will have her own room. The home will be appropriate for her.';
    const dated = { action: 'Mum to hoover the lounge by 28/06/25.', owner: 'Mum (parent)', when: '28/06/25' };
    expect(seen('subjective', { need, outcome, ...dated }).map((f) => [f.role, f.quote])).toEqual([
      ['need', 'clean and tidy'],
    ]);
    expect(seen('subjective', { need, outcome: 'The home will be tidy.', ...SMART_ACTION }).map((f) => f.role)).toEqual(
      ['action'],
    );
  });

  it('never lets off an action, however many statements it has', () => {
    expect(
      seen('subjective', {
        outcome: 'Ava will have her own room. The home will be safe for her.',
        action: 'Mum to hoover the lounge every Saturday from 03/05/25. She will dress Ava appropriately.',
        owner: 'Mum (parent)',
        when: 'Every Saturday from 03/05/25 to 28/06/25',
      }).map((f) => [f.role, f.quote]),
    ).toEqual([['action', 'appropriately']]);
  });

  it('quotes the first judging word in a cell, whichever reading finds it', () => {
    const first = (outcome: string) => seen('subjective', { outcome }).map((f) => f.quote);
    expect(first('Kerry will be a good mother and keep the home appropriate.')).toEqual(['good mother']);
    expect(first('The home will be appropriate and Kerry a good mother.')).toEqual(['appropriate']);
    expect(first('Home will be calmer, with good routines.')).toEqual(['calmer']);
    expect(first('Good routines will make home calmer.')).toEqual(['Good routines']);
  });

  it('reads a good or better parent, and a change of mood, but not a course named for calm', () => {
    const quotes = (outcome: string) => seen('subjective', { outcome }).map((f) => [f.quote, f.start]);
    expect(quotes('Kerry will be a good mother.')).toEqual([['good mother', 16]]);
    expect(quotes('Jon will be a better father.')).toEqual([['better father', 14]]);
    expect(quotes('Tea time will be calmer.')).toEqual([['calmer', 17]]);
    expect(quotes('Bedtime will be less chaotic.')).toEqual([['less chaotic', 16]]);
    expect(quotes('Mornings will be more relaxed and more peaceful.')).toEqual([['more relaxed', 17]]);
    expect(quotes('Dad will go to the Calmer Dads group.')).toEqual([]);
    expect(quotes('Dad will buy a good coat for Jon.')).toEqual([]);
  });

  it('lets off a cell that defines the word', () => {
    expect(seen('subjective', { outcome: 'Ava will have appropriate clothes, meaning clean and fitting.' })).toEqual(
      [],
    );
  });

  it('follows house style: a word removed is not flagged, a word added is', () => {
    expect(
      seen(
        'subjective',
        { outcome: 'The home will be tidy.' },
        { houseStyle: { removeWords: { subjective: ['tidy'] } } },
      ),
    ).toEqual([]);
    expect(
      seen(
        'subjective',
        { outcome: 'The home will be spotless.' },
        { houseStyle: { addWords: { subjective: ['spotless'] } } },
      ).map((f) => [f.quote, f.message]),
    ).toEqual([['spotless', DIFFERENT('spotless')]]);
  });

  it('reads a sensible time and an attitude as judged, but not a time set by the clock', () => {
    expect(
      seen('subjective', { outcome: 'Leah will be home at a sensible time on school nights.' }).map((f) => f.quote),
    ).toEqual(['sensible']);
    expect(
      seen('subjective', { outcome: 'Tyler will show a positive attitude to his lessons.' }).map((f) => f.quote),
    ).toEqual(['positive attitude']);
    expect(seen('subjective', { outcome: 'Leah will be home by 9pm on school nights.' })).toEqual([]);
  });
});
