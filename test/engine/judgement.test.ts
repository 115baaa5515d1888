// Judgement a supervisor can trust (issue #11): vague actions never carry an outcome, services are not
// outcomes or needs, negative framing in every form, and no false alarms on school-year timescales,
// yes/no facts or owners named inside the provision. RuleTester style: flagged and clean rows, with the
// message, the cell, the severity and the SMART letters asserted.
import { checkPlan, checkRow, rewriteRowByRole } from '../../src/engine';
import { vagueActions, isSpecificAction, hasSpecificAction } from '../../src/engine/actions';
import { isYesNoFact } from '../../src/engine/concrete';
import { topicOf } from '../../src/engine/topics';
import { personIn } from '../../src/engine/rules/vague';
import { negativeFramingIn } from '../../src/engine/rules/negativeFraming';
import { ruleTester } from './ruleTester';
import { TORBAY_HEADER } from '../support/plans';

const SAFETY_PLAN = {
  outcome: 'Ellie and Max will be safe when Dad comes to the house.',
  action: 'Parents to engage with services. Social worker to monitor.',
  owner: 'Mum, Dad and Ms Cole (social worker)',
  when: 'By 18/12/2026',
};

describe('a safety plan whose only actions are vague', () => {
  it('is not clean, whatever its owner and date columns say', () => {
    const findings = checkRow(SAFETY_PLAN);
    const warnings = findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => [f.code, f.role, f.quote])).toEqual(
      expect.arrayContaining([
        ['vague', 'outcome', 'be safe'],
        ['vague', 'action', 'engage with'],
      ]),
    );
  });

  it('scores below 100 as a whole plan, and keeps its plan-level points', () => {
    const report = checkPlan(
      [
        {
          rows: [
            TORBAY_HEADER.slice(0, 4),
            [SAFETY_PLAN.outcome, SAFETY_PLAN.action, SAFETY_PLAN.owner, SAFETY_PLAN.when],
          ],
        },
      ],
      { planDate: '2026-12-01' },
    );
    expect(report.score.overall).toBeLessThan(100);
    expect(report.tables[0].findings.some((f) => f.code === 'vague' && f.column === 1)).toBe(true);
  });

  it('becomes clean of vague findings once the actions say what, who and how often', () => {
    const fixed = {
      ...SAFETY_PLAN,
      action:
        'Mum to ring 999 and take the children to Gran’s if Dad comes to the house. Ms Cole to visit every Tuesday and see each child on their own.',
    };
    expect(checkRow(fixed).filter((f) => f.code === 'vague')).toEqual([]);
  });
});

ruleTester('vague', {
  meta: { rule: 'vague', letters: ['S'], severity: 'warning' },
  flagged: [
    {
      cells: {
        outcome: 'Kai will be asleep by 8pm.',
        action: 'Support Mum with routines.',
        owner: 'Jo Evans',
        when: 'Weekly',
      },
      quote: 'Support',
      role: 'action',
      count: 1,
      message: 'Say what will actually be done, where, and how often.',
    },
    {
      cells: { action_owner_when: 'Parents to engage with services by 18/12/2026.' },
      quote: 'engage with',
      message: 'Say which service, what the parents will do there, and how often.',
    },
    {
      cells: { action_owner_when: 'Dad to engage with the alcohol service from 10/01/2027.' },
      message: 'Say which service, what Dad will do there, and how often.',
    },
    {
      cells: { action: 'Social worker to monitor the situation.', owner: 'Ms Kaur', when: 'Every 2 weeks' },
      quote: 'monitor',
      message: 'Say what will be looked at or counted, by whom, how often, and who they will tell',
    },
    {
      cells: { action: 'School to liaise with health.', owner_when: 'Mrs Patel, by 15/01/2027' },
      quote: 'liaise',
      message: 'Say who will contact whom, about what, and by when.',
    },
    {
      cells: { action: 'Progress will be monitored.', owner_when: 'Social worker, monthly' },
      quote: 'will be monitored',
      message: 'Say who will check progress, what they will look at, and when.',
    },
    {
      cells: { action_owner_when: 'Mr Hughes agrees to work with professionals from today.' },
      quote: 'work with',
      message: 'Say what Mr Hughes will actually do',
    },
    { cells: { action_owner_when: 'Keyworker to keep an eye on Leah, daily.' }, quote: 'keep an eye on' },
    { cells: { action_owner_when: 'Teacher to check in with Charlie.' }, quote: 'check in' },
    { cells: { action_owner_when: 'Social worker to signpost Mum, by 01/02/2027.' }, quote: 'signpost' },
    { cells: { action_owner_when: 'Dad to remain involved with the plan, by 01/02/2027.' }, quote: 'remain involved' },
    // The outcome judged on its own words once the actions do not carry it.
    {
      cells: {
        outcome: 'Charlie will be happier at school.',
        action_owner_when: 'Teacher to check in with Charlie weekly.',
      },
      quote: 'happier',
      role: 'outcome',
      message: 'is something we want for every child',
    },
    {
      cells: {
        outcome: 'Mum will be more confident.',
        action_owner_when: 'Social worker to support Mum weekly from 04/01/2027.',
      },
      quote: 'more confident',
      role: 'outcome',
    },
    // A doing word in a need or outcome is a vague action, not an aim for every child.
    {
      cells: { need: 'Mum needs more support with the children.' },
      quote: 'support',
      message: 'says how people will work',
    },
    {
      cells: { outcome: 'Family to engage with services.' },
      quote: 'engage with',
      message: 'Say which service or task',
    },
    // A change word names what could be counted for this row's topic.
    {
      cells: { outcome: 'Things will improve at bedtime.' },
      quote: 'improve',
      message:
        'says things will change but not how. Say what will be different and how everyone will see it. Here that could be the time asleep each night',
    },
    { cells: { outcome: 'Things will get better.' }, quote: 'better', message: /how everyone will see it\.$/ },
  ],
  clean: [
    // Names that contain a vague word are people and services, not actions.
    {
      cells: {
        outcome: 'Kai will be asleep by 8pm on 5 nights a week.',
        action: 'Family support worker to show Mum a bath, book and bed routine on Tuesday evenings.',
        owner: 'Jo Evans',
        when: 'Every Tuesday from 12/01/2027',
      },
    },
    { cells: { action_owner_when: 'Mum to go to the Women’s Aid support group every Monday from 11/01/2027.' } },
    // A vague word beside a concrete task: the task says what will be done.
    { cells: { action_owner_when: 'Ms Smith and Mum to meet weekly to support Ruby’s attendance, from 04/01/2027.' } },
    { cells: { action_owner_when: 'Mrs Hart to record the time Harvey is collected and monitor it daily.' } },
    { cells: { action_owner_when: 'Dad to help Ella with her homework every evening for 20 minutes.' } },
    {
      cells: {
        action_owner_when:
          'Nursery keyworker to support Leo with his listening games for 10 minutes daily from 06/01/2027.',
      },
    },
    // A general outcome carried by a specific action, with an owner and a date.
    {
      cells: {
        outcome: 'Ben will be happier.',
        action: 'Ms Green to visit Ben weekly and make a worry box with him.',
        owner: 'Ms Green',
        when: 'Weekly from 04/01/2027',
      },
    },
  ],
});

describe('vague actions, as facts for other parts of the engine', () => {
  it('finds one vague action per sentence, with offsets in the cell', () => {
    const text = 'Mum to attend the group on Mondays. Parents to engage with services. Social worker to monitor.';
    const found = vagueActions(text);
    expect(found.map((f) => [f.kind, f.text, text.slice(f.start, f.end)])).toEqual([
      ['engage', 'engage with', 'engage with'],
      ['monitor', 'monitor', 'monitor'],
    ]);
  });

  it('tells the kinds apart', () => {
    expect(vagueActions('Support Mum with routines.')[0].kind).toBe('support');
    expect(vagueActions('School to liaise with health.')[0].kind).toBe('liaise');
    expect(vagueActions('Progress will be reviewed.')[0].kind).toBe('review');
    expect(vagueActions('Dad to stay involved.')[0].kind).toBe('involved');
    expect(vagueActions('Mum to work with the attendance officer.')[0].kind).toBe('work-with');
  });

  it('reads a sentence as specific only with something to do, at least three words and no open timescale', () => {
    expect(isSpecificAction('Mum to attend the group.')).toBe(true);
    expect(isSpecificAction('Attend group.')).toBe(false);
    expect(isSpecificAction('Mum to attend the group as needed.')).toBe(false);
    expect(isSpecificAction('Parents to engage with services.')).toBe(false);
    expect(isSpecificAction('Gran will have the children overnight.')).toBe(true);
    expect(hasSpecificAction(['Parents to engage with services.', 'Social worker to monitor.'])).toBe(false);
    expect(hasSpecificAction(['Parents to engage with services. Dad to ring school each Friday.'])).toBe(true);
  });

  it('names people in messages as a family would read them', () => {
    expect(personIn('Mum')).toBe('Mum');
    expect(personIn('mum to')).toBe('Mum');
    expect(personIn('Parents')).toBe('the parents');
    expect(personIn('social worker')).toBe('the social worker');
    expect(personIn('Mr Hughes agrees')).toBe('Mr Hughes');
    expect(personIn('we')).toBe('we');
    expect(personIn('I')).toBe('I');
  });
});

ruleTester('action-as-outcome', {
  meta: { rule: 'action-as-outcome', letters: ['S'], severity: 'warning' },
  flagged: [
    {
      cells: { outcome: 'Dylan will receive six 1:1 sessions with the school counsellor.' },
      quote: 'will receive six 1:1 sessions',
      message: 'This is a service, not an outcome',
    },
    {
      cells: { outcome: 'Maya will have 10 hours a week of teaching assistant support.' },
      message: 'This is a service',
    },
    {
      cells: { outcome: 'Mum will have attended a parenting course by March 2027.' },
      quote: 'will have attended a parenting course',
    },
    { cells: { outcome: 'Dad will be offered a place on a fathers’ group.' }, quote: 'will be offered' },
    { cells: { outcome: 'Liam to be provided with a laptop.' }, quote: 'to be provided with' },
    { cells: { outcome: 'Kacey will be allocated a mentor.' }, quote: 'will be allocated' },
    { cells: { outcome: 'Jade will get weekly visits from the family support worker.' } },
    {
      cells: { outcome: 'Staff will prompt Ava to use her visual timetable daily.' },
      quote: 'Staff will prompt Ava to use her visual timetable daily.',
      message: 'This is a service',
    },
    { cells: { outcome: 'Referral to the speech and language service.' }, message: 'This is a task, not an outcome' },
  ],
  clean: [
    { cells: { outcome: 'Sam will have an EHCP in place by the summer term 2027.' } },
    { cells: { outcome: 'Liam will be given a laptop so that he can type a half page of work each week.' } },
    { cells: { outcome: 'Mia will have attended school on 95% of days by Easter.' } },
    { cells: { outcome: 'Dylan will be able to tell his teacher when he is upset, on most days by half term.' } },
  ],
});

ruleTester('action-as-need', {
  meta: { rule: 'action-as-need', letters: ['S'], severity: 'warning' },
  flagged: [
    { cells: { need: 'Evie needs a social worker.' }, quote: 'needs a social worker', message: 'names a service' },
    { cells: { need: 'Mohammed needs a referral to CAMHS.' } },
    { cells: { need: 'Mum needs to go on a parenting course.' }, quote: 'needs to go on a parenting course' },
    { cells: { need: 'The family needs Early Help support.' }, quote: 'needs Early Help support' },
    { cells: { need: 'Freddie needs speech and language therapy.' } },
    { cells: { need: 'Kyra would benefit from a referral to the young carers service.' } },
  ],
  clean: [
    { cells: { need: 'Freddie, aged 3, says fewer than 20 words and gets upset when he is not understood.' } },
    { cells: { need: 'Mum needs to know what to do when the twins will not settle at night.' } },
  ],
});

ruleTester('negative-framing', {
  meta: { rule: 'negative-framing', letters: ['R'], severity: 'warning' },
  flagged: [
    {
      cells: { outcome: 'Mum and Dad will not argue in front of the children.' },
      quote: 'will not argue',
      message: 'Say what they will do instead',
    },
    { cells: { outcome: 'Mum will never leave the children alone again.' }, quote: 'will never leave' },
    {
      cells: { action_owner_when: "Dad won't shout at Josh, from 04/01/2027." },
      quote: "won't shout",
      role: 'action_owner_when',
    },
    { cells: { outcome: 'Mr Carter is not to come to the house after drinking.' }, quote: 'is not to come' },
    { cells: { outcome: 'Connor must not bring friends back after 10pm.' }, quote: 'must not bring' },
    { cells: { outcome: 'Grandad will no longer smoke in the house.' }, quote: 'no longer smoke' },
    { cells: { outcome: 'Mum agrees not to let Mr Reid into the house.' }, quote: 'agrees not to' },
    { cells: { outcome: 'Lily will not be late for school.' }, quote: 'will not be late' },
    { cells: { outcome: 'Parents don’t smack Finn.' }, quote: 'don’t smack' },
    { cells: { outcome: 'Aaron will never carry a knife.' }, quote: 'will never carry' },
    // The earliest of a stop and a not is the one quoted.
    { cells: { outcome: 'Dad will stop hitting and will not shout.' }, quote: 'stop hitting', count: 1 },
    { cells: { outcome: 'Dad will not shout and must stop hitting.' }, quote: 'will not shout', count: 1 },
  ],
  clean: [
    { cells: { outcome: 'If Mum cannot take him, she will ring Gran by 8am.' } },
    { cells: { outcome: 'Kelly will not be exposed to any more violence.' } },
    { cells: { outcome: 'Paul will feel safe and will not be experiencing any more abuse.' } },
    { cells: { outcome: 'The family will no longer need the food bank by spring.' } },
    { cells: { outcome: 'Mum will tell school by 9am if Jo is not well enough to attend.' } },
    { cells: { outcome: 'The children will not be left alone; when Mum goes out, Nan will stay with them.' } },
    { cells: { outcome: 'Mum will not have to worry about the rent.' } },
    { cells: { need: 'Dad will not take his medication.' } },
  ],
});

describe('negativeFramingIn', () => {
  it('returns nothing for a positive goal and the span for a negated behaviour', () => {
    expect(negativeFramingIn('Dad will put Mia to bed without shouting.')).toBeUndefined();
    expect(negativeFramingIn('Dad will never hit the children.')).toEqual({
      start: 4,
      end: 18,
      text: 'will never hit',
    });
  });
});

describe('false alarms no longer raised', () => {
  it.each([
    ['by the end of the summer term 2027'],
    ['by the February half term'],
    ['before Easter 2027'],
    ['until the annual review'],
    ['Day 1–5'],
    ['on days 1-7'],
    ['at the next review'],
  ])('"%s" is a timescale', (when) => {
    const findings = checkRow({ action: 'Gran to take the children to school.', owner: 'Gran', when });
    expect(findings.filter((f) => f.code === 'no-timescale')).toEqual([]);
  });

  it.each([
    ['Mia will be registered with a GP.'],
    ['Sam will have an EHCP in place.'],
    ['Ella will have had her pre-school boosters.'],
    ['The family will be on the council housing register.'],
  ])('"%s" is a yes/no fact anyone can check', (outcome) => {
    expect(isYesNoFact(outcome)).toBe(true);
    expect(checkRow({ outcome }).filter((f) => f.code === 'no-measure')).toEqual([]);
  });

  it('does not read a hope as a yes/no fact', () => {
    expect(isYesNoFact('Mia will be happier.')).toBe(false);
    expect(isYesNoFact('Mum will have more confidence.')).toBe(false);
  });

  it.each([
    ['Daily phonics practice from a trained teaching assistant, every morning until July 2027.'],
    ['Ruby to spend 10 minutes with her keyworker at the start of every session.'],
    ['Twice-weekly sessions with a speech and language therapist from 04/01/2027.'],
  ])('"%s" names its owner inside the provision', (action) => {
    expect(
      checkRow({ outcome: 'Finley will read 40 words by July 2027.', action }).filter((f) => f.code === 'no-owner'),
    ).toEqual([]);
  });

  it('lets "at all times" off when the row plans for when it cannot hold', () => {
    const cells = {
      outcome: 'Lola will be looked after by a sober adult at all times.',
      action_owner_when: 'If Mum has had a drink, she will phone Gran, who will come within an hour, from 08/01/2027.',
    };
    expect(checkRow(cells).filter((f) => f.code === 'unrealistic')).toEqual([]);
    expect(checkRow({ outcome: cells.outcome }).filter((f) => f.code === 'unrealistic')).toHaveLength(1);
  });
});

describe('measure messages name what could be counted for the row', () => {
  it.each([
    ["Ayla's school attendance will be better.", 'school register'],
    ['Oliver will sleep better.', 'sleep diary'],
    ["Dad's drinking will reduce.", 'alcohol service'],
    ['Mum will keep health appointments for Finn.', 'appointments kept'],
    ['The house will be in a better state.', 'agreed list'],
    // The checker and the rewriter share one topic list: these are where the two used to read a row apart.
    ["Mum's cannabis use will reduce.", 'drug service'],
    ['Baby Rosa will put on weight.', 'growth chart'],
    ['Jade will go missing less often.', 'carers’ log'],
  ])('%s', (outcome, words) => {
    const messages = checkRow({
      outcome,
      action: 'Mum to follow the plan.',
      owner: 'Mum',
      when: 'From 04/01/2027',
      measure: 'Things will be better.',
    })
      .filter((f) => f.code === 'no-measure')
      .map((f) => f.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`Here that could be`);
    expect(messages[0]).toContain(words);
  });

  it('says nothing of a topic when the row has none', () => {
    expect(topicOf('Zzz will do the thing.').id).toBe('general');
    const [finding] = checkRow({ outcome: 'It will go well.' }).filter((f) => f.code === 'no-measure');
    expect(finding.message).toBe(
      'How will we know when this has happened? Add something we can count or see, such as how often or how many.',
    );
  });
});

describe('what each finding offers to put in place of the words it quotes', () => {
  const only = (code: string, cells: Parameters<typeof checkRow>[0]) => {
    const hits = checkRow(cells).filter((f) => f.code === code);
    expect(hits).toHaveLength(1);
    return hits[0];
  };

  it.each([
    [
      'Parents to engage with services by 01/02/2027.',
      'attend [which service] every [day of the week] to [what they will do there]',
    ],
    [
      'Social worker to monitor by 01/02/2027.',
      'check [what will be counted] every [how often] and tell [whom] if [what]',
    ],
    ['School to liaise with health by 01/02/2027.', 'phone [whom] about [what] by [dd/mm/yyyy]'],
    ['Progress will be reviewed by 01/02/2027.', '[who] will look at [what] on [dd/mm/yyyy]'],
    ['Dad to support Mum by 01/02/2027.', '[what they will do together] every [day of the week]'],
  ])('a vague action (%s)', (action, text) => {
    const finding = only('vague', { action_owner_when: action });
    expect(finding.suggestion).toEqual({
      kind: 'replace-span',
      text,
      modelledOn: {
        document: 'dcs',
        section: 'What does a SMART plan look like?',
        point: expect.stringContaining('how often'),
      },
    });
    expect(finding.guidance.document).toBe('dcs');
  });

  it('names the person only when they come just before the vague words', () => {
    const near = only('vague', { action_owner_when: 'Mum to engage with the family hub by 01/02/2027.' });
    expect(near.message).toBe(
      '"engage with" does not say what will be done, so no one can tell whether it has happened. Say which service, what Mum will do there, and how often.',
    );
    const far = only('vague', {
      action_owner_when:
        'Mum, once the children are settled in bed each evening and the house is quiet, to engage with the hub by 01/02/2027.',
    });
    expect(far.message).toContain('what they will do there');
  });

  it('a doing word in an outcome gets the doing-word reason', () => {
    expect(only('vague', { outcome: 'Dad will engage.' }).message).toBe(
      '"engage" says how people will work, not what will be done or what will change for the child. Say which service or task, who will do it and how often, and what will be different.',
    );
  });

  it('a service in an outcome, with offsets inside the cell', () => {
    const finding = only('action-as-outcome', { outcome: '  Dylan will receive six sessions.' });
    expect([finding.start, finding.end, finding.quote]).toEqual([8, 33, 'will receive six sessions']);
    expect(finding.message).toBe(
      'This is a service, not an outcome: it says what will be given or attended, not what will be different for the child. Write the change the service should bring, and keep the service in the actions.',
    );
    // No bracketed template in place of the words: the row rewrite writes the change for the child.
    expect(finding.suggestion).toBeUndefined();
  });

  it('a service in the second sentence of an outcome is left to the first sentence', () => {
    expect(
      checkRow({ outcome: 'Dylan will tell his teacher when he is upset. He will receive six sessions.' }).filter(
        (f) => f.code === 'action-as-outcome',
      ),
    ).toEqual([]);
  });

  it('negative framing leaves the behaviour to reach to the row rewrite, not a bracketed instruction', () => {
    expect(only('negative-framing', { outcome: 'Mum to stop smacking Leah.' }).suggestion).toBeUndefined();
    const rewrite = rewriteRowByRole({ outcome: 'Mum to stop smacking Leah.' });
    expect(rewrite?.cells[0]?.after).toMatch(/without smacking Leah/);
  });

  it('looks for a condition within the clause, not across the whole cell', () => {
    const filler = 'and the children are asleep upstairs in their own rooms with the landing light on '.repeat(3);
    expect(negativeFramingIn(`If Dad comes round ${filler.slice(0, 120)}Mum will not open the door.`)).toBeUndefined();
    expect(negativeFramingIn(`If Dad comes round ${filler}Mum will not open the door.`)?.text).toBe('will not open');
  });
});

describe('the reason a vague word in a need or outcome is given', () => {
  const reason = (outcome: string) =>
    checkRow({ outcome })
      .filter((f) => f.code === 'vague')
      .map((f) => f.message.replace(/^"[^"]+" /, ''))[0];
  const DOING = 'says how people will work, not what will be done or what will change for the child.';
  const CHANGE = 'says things will change but not how.';
  const AIM = 'is something we want for every child,';

  it.each([
    ['Mum will be supported.', DOING],
    ['Dad will make sure of it.', DOING],
    ['The children will be cared for.', DOING],
    ['The children will be looked after.', DOING],
    ['School will monitor.', DOING],
    ['Social worker to address it.', DOING],
    ['Things will be positive.', CHANGE],
    ['Zara will continue to develop.', CHANGE],
    ['Zara will develop well.', CHANGE],
    ['Zara will have improved.', CHANGE],
    ['Zara will be thriving.', AIM],
    ['Zara will be resilient.', AIM],
  ])('%s', (outcome, words) => {
    expect(reason(outcome)).toContain(words);
  });
});

describe('personIn', () => {
  it.each([
    ['MUM', 'Mum'],
    ['nan will', 'Nan'],
    ['Carers', 'the carers'],
    ['Health visitor', 'the health visitor'],
    ['family support worker to', 'the family support worker'],
    ['Priya Shah', 'Priya Shah'],
  ])('%s is named as %s', (owner, named) => {
    expect(personIn(owner)).toBe(named);
  });
});

describe('where the person named in a vague action is looked for', () => {
  const message = (text: string) => checkRow({ action_owner_when: text }).find((f) => f.code === 'vague')?.message;

  it('takes the person just before the vague words, not one after them', () => {
    expect(message('Engage with Mum by 01/02/2027.')).toContain('what they will do there');
    expect(message('Dad to engage with services by 01/02/2027.')).toContain('what Dad will do there');
  });

  it('reaches back 39 characters but not 40', () => {
    const gap = (n: number) => 'x'.repeat(n - 2);
    expect(message(`Dad ${gap(39)} engage with it by 01/02/2027.`)).toContain('what Dad will do there');
    expect(message(`Dad ${gap(41)} engage with it by 01/02/2027.`)).toContain('what they will do there');
  });
});

describe('vague: house style, suggestions and "regularly"', () => {
  const vagueOf = (cells: Parameters<typeof checkRow>[0], options: Parameters<typeof checkRow>[1] = {}) =>
    checkRow(cells, options).filter((f) => f.code === 'vague');

  it('adds and removes words from house style', () => {
    const options = { houseStyle: { addWords: { vague: ['grand'] }, removeWords: { vague: ['happy', 'be happy'] } } };
    expect(vagueOf({ outcome: 'Zara will be grand.' }, options).map((f) => f.quote)).toEqual(['grand']);
    expect(vagueOf({ outcome: 'Zara will be happy.' }, options)).toEqual([]);
    expect(vagueOf({ outcome: 'Zara will be happy.' }).map((f) => f.quote)).toEqual(['be happy']);
    expect(
      vagueOf({ outcome: 'Zara will be happy.' }, { houseStyle: { removeWords: { vague: ['be happy'] } } }).map(
        (f) => f.quote,
      ),
    ).toEqual(['happy']);
  });

  it('leaves the aim to the row rewrite (no bracketed instruction), citing the Practitioner’s Guide', () => {
    const [finding] = vagueOf({ outcome: 'Zara will thrive.' });
    expect(finding.suggestion).toBeUndefined();
    expect(finding.guidance).toMatchObject({ document: 'practitioners-guide', section: 'What is SMART? (Specific)' });
  });

  it('asks how often for "regularly", once per cell, unless the row says how often', () => {
    const [finding] = vagueOf({ action_owner_when: 'Dad to phone school regularly, by 01/02/2027.' });
    expect(finding).toMatchObject({
      quote: 'regularly',
      role: 'action_owner_when',
      message: '"regularly" does not say how often. Give a number the family can hold on to, such as every two weeks.',
      suggestion: { kind: 'replace-span', text: 'every [2] weeks' },
    });
    expect(vagueOf({ when: 'Regularly' }).map((f) => f.role)).toEqual(['when']);
    expect(vagueOf({ action_owner_when: 'Dad to phone school regularly, every Monday until 01/02/2027.' })).toEqual([]);
    expect(
      vagueOf({ action: 'Dad to phone school regularly.', owner: 'Dad', when: 'Every Monday until 01/02/2027' }),
    ).toEqual([]);
    // A cell already flagged for a vague action is not flagged twice.
    expect(vagueOf({ action_owner_when: 'Dad to engage with services regularly, by 01/02/2027.' })).toHaveLength(1);
  });
});

describe('help given in a stated dose (EHCP provision)', () => {
  const OUTCOME = 'Amir will read 20 words from the Year 2 list by 31/03/2027.';
  const vagueOf = (action: string) =>
    checkRow({ outcome: OUTCOME, action_owner_when: action }).filter((f) => f.code === 'vague');

  it('is specific when it says how long each time and how often', () => {
    const dosed = 'Mrs Khan (TA) will support Amir with reading for 20 minutes every morning until 31/03/2027.';
    expect(vagueOf(dosed)).toEqual([]);
    expect(isSpecificAction(dosed)).toBe(true);
    expect(vagueOf('Mrs Khan to help Amir with phonics for 15 minutes, three times a week.')).toEqual([]);
  });

  it('is still vague with only a frequency, only a length, or a verb other than help', () => {
    for (const action of [
      'Key worker to support Mum with routines every week until 31/03/2027.',
      'Mrs Khan (TA) to support Amir with reading for 20 minutes.',
      'Social worker to monitor the family for 30 minutes weekly.',
    ]) {
      expect([action, vagueOf(action).map((f) => f.role)]).toEqual([action, ['action_owner_when']]);
      expect(isSpecificAction(action)).toBe(false);
    }
  });
});

// Fixes found by the cold set (test/corpus/cold.jsonl); each row here is new, not from that set.
describe('a child’s age in brackets', () => {
  ruleTester('vague', {
    flagged: [
      { cells: { outcome: 'Owen (11) will be happier at home.' }, quote: 'happier' },
      { cells: { outcome: '"I want my life to be better." (Bea, 13)' }, quote: 'better' },
    ],
    clean: [{ cells: { outcome: 'Owen (11) will be at school by 8.50am on 9 days out of 10.' } }],
  });
  ruleTester('no-measure', {
    flagged: [{ cells: { outcome: 'Kacper (aged 9) will feel more settled at home.' } }],
    clean: [{ cells: { outcome: 'Kacper (aged 9) will sleep in his own bed on 5 nights a week.' } }],
  });
});

describe('negative framing the cold set found', () => {
  ruleTester('negative-framing', {
    flagged: [
      {
        cells: { outcome: 'Mr Doyle won’t lose his temper when the twins cry at night.' },
        quote: 'won’t lose his temper',
      },
      {
        cells: { outcome: '"I’m not going to smash things when I’m angry." (Dev, 14)' },
        quote: '’m not going to smash',
      },
      { cells: { outcome: 'Lena isn’t going to run off from the park again.' }, quote: 'isn’t going to run' },
      {
        cells: { outcome: 'There will be no more incidents of shouting at the children in the flat.' },
        quote: 'no more incidents of shouting',
      },
    ],
    clean: [
      { cells: { outcome: 'Mum will not lose her tenancy: her rent arrears will be paid off by 30/06/2027.' } },
      { cells: { outcome: 'Priti is going to walk to school with her brother every morning.' } },
      // The negation after "so (that)" gives the reason for a positive step, not the goal.
      { cells: { outcome: 'Dad will take a ten-minute walk when he feels angry, so that he does not shout at Ivy.' } },
      { cells: { outcome: '"I want to go to bed by 10 so I don’t miss the bus for college." (Sol, 16)' } },
    ],
  });
});

describe('universal aims and telling-about actions the cold set found', () => {
  ruleTester('vague', {
    flagged: [
      { cells: { outcome: 'Ronan will keep himself safe when he is out with friends.' }, quote: 'keep himself safe' },
      { cells: { outcome: 'The twins will stay safe at weekends.' }, quote: 'stay safe' },
      { cells: { need: 'Lacey needs to be safeguarded from people who want to exploit her.' }, quote: 'safeguarded' },
      { cells: { outcome: 'Ollie will become more independent at home.' }, quote: 'more independent' },
      {
        cells: {
          outcome: 'Dom will be home by 9pm on school nights.',
          action: 'Dom to be made aware of the risks of county lines.',
          owner_when: 'Youth worker, by 31/03/2027',
        },
        quote: 'be made aware of',
        role: 'action',
      },
      {
        cells: { action_owner_when: 'School to raise awareness of healthy eating with Mum by 01/03/2027.' },
        quote: 'raise awareness',
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'Ollie will make his own breakfast and pack his school bag on 4 mornings a week by July 2027.',
        },
      },
      {
        cells: {
          action_owner_when:
            'School nurse (Ms Adeyemi) to teach Dom about county lines in 3 lunchtime sessions in March 2027.',
        },
      },
    ],
  });
});

describe('services as needs, a parent’s word at each visit, and kept records (cold set)', () => {
  ruleTester('action-as-need', {
    flagged: [
      { cells: { need: 'Ayo needs short breaks and a sensory assessment.' } },
      { cells: { need: 'Gran needs respite care at weekends.' } },
    ],
    clean: [
      { cells: { need: 'Gran needs a short break from caring on Saturdays; she has had no night off since June.' } },
    ],
  });
  ruleTester('self-report-only', {
    flagged: [
      {
        cells: {
          outcome: 'Lola will have her inhaler with her every school day.',
          action_owner_when: 'Mum to pack Lola’s inhaler each morning from 11/01/2027.',
          measure: 'Mum will tell the health visitor at each home visit how Lola’s asthma has been.',
        },
        role: 'measure',
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'Lola will have her inhaler with her every school day.',
          action_owner_when: 'Mum to pack Lola’s inhaler each morning from 11/01/2027.',
          measure:
            'Mum will tell the health visitor at each visit, and the school office will log each day the inhaler is in Lola’s bag.',
        },
      },
    ],
  });
  ruleTester('no-measure', {
    flagged: [
      {
        cells: {
          outcome: 'Amy will go to Brownies each week.',
          action: 'Mum to walk Amy to Brownies every Tuesday at 6pm.',
          owner_when: 'Mum, from 12/01/2027 to 30/03/2027',
          measure: 'Amy will be more outgoing.',
        },
        role: 'measure',
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'Amy will go to Brownies each week.',
          action: 'Mum to walk Amy to Brownies every Tuesday at 6pm.',
          owner_when: 'Mum, from 12/01/2027 to 30/03/2027',
          measure: 'The Brownie leader’s register.',
        },
      },
      {
        cells: {
          outcome: 'Amy will go to Brownies each week.',
          action: 'Mum to walk Amy to Brownies every Tuesday at 6pm.',
          owner_when: 'Mum, from 12/01/2027 to 30/03/2027',
          measure: 'Attendance records kept by the Brownie leader.',
        },
      },
    ],
  });
});

describe('people named only as whom a task is done with or for (cold set)', () => {
  ruleTester('no-owner', {
    flagged: [
      {
        cells: { action_owner_when: 'Risk assessment to be completed with Mia and sent to the school by 29/01/2027.' },
        role: 'action_owner_when',
      },
      { cells: { action_owner_when: 'The contact arrangements to be explained to Dad within 5 working days.' } },
    ],
    clean: [
      { cells: { action_owner_when: 'Ms Grey (SW) to complete the risk assessment with Mia by 29/01/2027.' } },
      { cells: { action_owner_when: 'Risk assessment to be completed by the social worker with Mia by 29/01/2027.' } },
      {
        cells: {
          action: 'Risk assessment to be completed with Mia.',
          owner_when: 'Ms Grey (SW), by 29/01/2027',
        },
      },
    ],
  });
});

describe('a who-and-when column is not an action (cold set)', () => {
  it('does not read "who, how often, from when" as something to do', () => {
    expect(isSpecificAction('HV (Mo), fortnightly from 04/01/2027')).toBe(false);
    expect(isSpecificAction('Nursery, this half term')).toBe(false);
    expect(isSpecificAction('Mo (HV) to weigh Baby Ada fortnightly from 04/01/2027')).toBe(true);
    expect(hasSpecificAction(['Mo (HV) to support Mum with feeds.', 'HV (Mo), fortnightly from 04/01/2027'])).toBe(
      false,
    );
  });

  ruleTester('subjective', {
    flagged: [
      {
        cells: {
          outcome: 'Baby Ada’s bottles will be kept hygienic and her room tidy.',
          action: 'HV to support Mum with keeping the home.',
          owner_when: 'HV (Mo), fortnightly from 04/01/2027',
        },
        role: 'outcome',
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'Baby Ada’s bottles will be sterilised after every feed.',
          action: 'HV to show Mum how to use the steriliser at the first visit and check it at each visit.',
          owner_when: 'HV (Mo), fortnightly from 04/01/2027',
        },
      },
    ],
  });
});

describe('an outcome that is a state of mind (cold set)', () => {
  ruleTester('no-measure', {
    flagged: [
      {
        cells: {
          outcome: 'Dad will understand how his drinking affects Rhys.',
          action_owner_when: 'Dad to attend 8 weekly sessions at the alcohol service from 12/01/2027.',
        },
        role: 'outcome',
      },
      {
        cells: {
          outcome: 'Mum will be aware of the risks online.',
          action: 'Mum to go to the 4-week online safety course at the library.',
          owner_when: 'Mum, from 02/02/2027',
        },
        role: 'outcome',
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'Dad will be able to tell the social worker two ways his drinking has affected Rhys.',
          action_owner_when: 'Dad to attend 8 weekly sessions at the alcohol service from 12/01/2027.',
        },
      },
    ],
  });
});

describe('a frequency with no start or end does not carry a vague outcome (second cold set)', () => {
  ruleTester('vague', {
    flagged: [
      {
        cells: {
          outcome: 'Priya will cope better with changes at school.',
          action: 'Priya to see the learning mentor.',
          owner: 'Mr Shah (learning mentor)',
          when: 'Fortnightly',
        },
        role: 'outcome',
        quote: 'better',
        message: 'says things will change but not how',
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'Priya will cope better with changes at school.',
          action: 'Priya to see the learning mentor.',
          owner: 'Mr Shah (learning mentor)',
          when: 'Fortnightly from 11/01/2027 until the review on 22/03/2027',
        },
      },
    ],
  });
});

describe('a role written as its initials is someone responsible (second cold set)', () => {
  ruleTester('no-owner', {
    flagged: [
      {
        cells: { action_owner_when: "Leah's new bus pass to be applied for by 22/01/2027." },
        role: 'action_owner_when',
        message: 'does not say who will do it',
      },
    ],
    clean: [
      { cells: { action_owner_when: "PA (Sam) to apply for Leah's new bus pass by 22/01/2027." } },
      { cells: { action: "Apply for Leah's new bus pass and give it to her.", owner_when: 'PA, by 22/01/2027' } },
      { cells: { action: 'Ring the housing office about the move.', owner_when: 'SW, by 15/01/2027' } },
    ],
  });
});

describe('a worker to do something, or a child to receive a service, is not an outcome (second cold set)', () => {
  ruleTester('action-as-outcome', {
    flagged: [
      {
        cells: {
          outcome: 'HV to weigh Alfie every fortnight.',
          owner: 'HV (Sue)',
          when: 'From 04/01/2027 to 29/03/2027',
        },
        role: 'outcome',
        message: 'not an outcome',
      },
      {
        cells: {
          outcome: 'LAC nurse to see Jordan every 3 months.',
          owner: 'Pam (LAC nurse)',
          when: 'From 01/02/2027',
        },
        role: 'outcome',
      },
      {
        cells: {
          outcome: 'Mia to receive weekly tuition in maths.',
          action: 'Designated teacher to book a tutor.',
          owner_when: 'Mrs Green, by 15/01/2027',
        },
        role: 'outcome',
        message: 'This is a service, not an outcome',
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'Alfie will put on weight along his centile line (the 9th) by the end of March.',
          owner: 'HV (Sue)',
          when: 'Weighed every fortnight from 04/01/2027 to 29/03/2027',
        },
      },
      {
        cells: {
          outcome: 'Mia to get 7 out of 10 or more in her weekly maths quiz by Easter.',
          action: 'Designated teacher to book a weekly maths tutor.',
          owner_when: 'Mrs Green, by 15/01/2027',
        },
      },
    ],
  });
});

describe('negative framing in the to-do form and with DV (second cold set)', () => {
  ruleTester('negative-framing', {
    flagged: [
      {
        cells: { outcome: 'Kacey not to go into town after school with the older boys.' },
        role: 'outcome',
        quote: 'not to go',
        message: 'Say what they will do instead',
      },
      {
        cells: { outcome: 'No further DV in the family home.' },
        role: 'outcome',
        message: 'Say what they will do instead',
      },
    ],
    clean: [
      {
        cells: {
          action_owner_when: 'Mum to walk the long way round to school so as not to pass his flat, from 04/01/2027.',
        },
      },
      {
        cells: { action_owner_when: 'If Dad decides not to come to family time, he will text Mum by 9am that day.' },
      },
    ],
  });
});

describe('a to-do list written as one sentence counts each task (second cold set)', () => {
  ruleTester('too-many-actions', {
    flagged: [
      {
        cells: {
          action_owner_when:
            'Dad to take Sami to school, collect him at 3.15, cook tea each night, check his reading book, book the optician, ring the housing office, go to the GP about his back, and join the dads group on Saturdays, all from 11/01/2027.',
        },
        role: 'action_owner_when',
        message: 'which can overwhelm a family',
      },
    ],
    clean: [
      {
        cells: {
          action_owner_when:
            'Dad to take Sami to school on Mon, Tues, Weds, Thurs and Fri, and collect him at 3.15, from 11/01/2027.',
        },
      },
    ],
  });
});

describe('a markbook or a mock grade is something to count (second cold set)', () => {
  ruleTester('no-measure', {
    flagged: [
      {
        cells: {
          outcome: 'Ty will hand in 4 of every 5 English homeworks by Easter.',
          action: 'Ty to go to homework club every Tuesday from 12/01/2027.',
          owner: 'Ty; Mr Cole (English teacher)',
          measure: "Ty's attitude to English.",
        },
        role: 'measure',
        message: 'does not say what we will count or see',
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'Ty will hand in 4 of every 5 English homeworks by Easter.',
          action: 'Ty to go to homework club every Tuesday from 12/01/2027.',
          owner: 'Ty; Mr Cole (English teacher)',
          measure: "Homeworks handed in, from Mr Cole's markbook; his mock grade in March.",
        },
      },
    ],
  });
});

describe("a worker's own notes are evidence besides the parent's word (second cold set)", () => {
  const row = (measure: string) => ({
    outcome: 'Leo will be in bed by 7.30 on at least 5 nights a week by 26/02/2027.',
    action: 'Mum to start the bath at 6.45 each night from 11/01/2027.',
    owner: 'Mum',
    measure,
  });
  ruleTester('self-report-only', {
    flagged: [
      {
        cells: row('Mum will tell the FSW how the bedtimes have gone.'),
        role: 'measure',
        message: 'What a parent tells us matters',
      },
    ],
    clean: [{ cells: row("Mum will tell the FSW how the bedtimes have gone, alongside the FSW's own notes.") }],
  });
});

describe('time with a named worker names who gives it (second cold set)', () => {
  ruleTester('no-owner', {
    flagged: [
      {
        cells: {
          action: 'Break-time plan to be written with Jamie and shared with his carers.',
          when: 'By 22/01/2027',
        },
        role: 'action',
        message: 'does not say who will do it',
      },
    ],
    clean: [
      {
        cells: {
          action: '1:1 with Mr Dunn every Monday at 10am, 6 sessions, working on a plan for break times.',
          when: 'Mondays from 11/01/2027 for 6 weeks',
        },
      },
    ],
  });
});

describe('a date or venue to be confirmed is no timescale yet, and beside a date none is missing (second cold set)', () => {
  ruleTester('no-timescale', {
    flagged: [
      {
        cells: { action_owner_when: 'Core group meeting, date TBC. FSW (Ola) to arrange.' },
        role: 'action_owner_when',
        message: 'does not say when',
      },
    ],
    clean: [
      {
        cells: {
          action_owner_when:
            'Core group on Tues 19/01/2027 at 2pm, venue TBC. FSW (Ola) to send the venue to everyone by 12/01/2027.',
        },
      },
    ],
  });
});

describe('counting sessions does not measure an aim the actions do not carry (second cold set)', () => {
  const row = (outcome: string) => ({
    outcome,
    action: 'Callum to see the learning mentor.',
    owner: 'Mr Shah (learning mentor)',
    when: 'Fortnightly',
  });
  ruleTester('no-measure', {
    flagged: [
      {
        cells: row('Callum will be more confident at school.'),
        role: 'outcome',
        message: 'Counting the sessions will not show it',
      },
    ],
    clean: [{ cells: row('Callum will put his hand up to answer at least once in each lesson by Easter.') }],
  });
});

describe("someone's thing is not someone (second cold set)", () => {
  ruleTester('no-owner', {
    flagged: [
      {
        cells: {
          action: "Amir's bedroom to be checked each month and his views written up.",
          when: 'Monthly from 04/01/2027 to 28/06/2027',
        },
        role: 'action',
        message: 'does not say who will do it',
      },
    ],
    clean: [
      {
        cells: {
          action: "Amir's social worker to check his bedroom each month and write up his views.",
          when: 'Monthly from 04/01/2027 to 28/06/2027',
        },
      },
    ],
  });
});

describe('an outcome that only names a service (second cold set)', () => {
  const row = (outcome: string) => ({
    outcome,
    action: 'SW to refer Tom to the young carers project by 15/01/2027.',
    owner: 'SW (Helen P)',
  });
  ruleTester('action-as-outcome', {
    flagged: [
      {
        cells: row('Young carers group & 1:1 mentoring'),
        role: 'outcome',
        message: 'This is a service, not an outcome',
      },
    ],
    clean: [
      { cells: row('Tom will have one evening a week for himself, at the young carers group, by February half term.') },
      { cells: row('A support network of three adults Tom can ring after school.') },
    ],
  });
});

describe('"every fortnight" is a timescale, as "fortnightly" is (second cold set)', () => {
  ruleTester('no-timescale', {
    flagged: [
      {
        cells: { action: "Dad to ring school about Sami's reading.", owner: 'Dad', when: 'To be decided with Dad' },
        role: 'when',
        // A date still to set, among other words, is asked for as "TBC" is (cold9).
        message: '"To be decided with Dad" is not a date yet',
      },
    ],
    clean: [
      { cells: { action: "Dad to ring school about Sami's reading.", owner: 'Dad', when: 'Every fortnight' } },
      { cells: { action: "Dad to ring school about Sami's reading.", owner: 'Dad', when: 'Once a fortnight' } },
    ],
  });
});

describe('each bullet point needs its own timescale (second cold set)', () => {
  ruleTester('no-timescale', {
    flagged: [
      {
        cells: {
          action_owner_when:
            "- Nan to book Rhys's eye test by 29/01/2027\n- Uncle Rob to fix the lock on Rhys's bedroom door\n- SW to ring Rhys after each family time",
        },
        role: 'action_owner_when',
        quote: "Uncle Rob to fix the lock on Rhys's bedroom door",
        message: 'though others in the cell do',
        count: 1,
      },
    ],
    clean: [
      {
        cells: {
          action_owner_when:
            "- Nan to book Rhys's eye test by 29/01/2027\n- Uncle Rob to fix the lock on Rhys's bedroom door by 05/02/2027\n- SW to ring Rhys after each family time",
        },
      },
      {
        cells: {
          action_owner_when:
            "- Nan to book Rhys's eye test by 29/01/2027\n- If Nan is unwell, Uncle Rob will collect Rhys from school",
        },
      },
    ],
  });
});

describe('an arrangement the reader cannot see is not an action (second cold set)', () => {
  ruleTester('vague', {
    flagged: [
      {
        cells: { action_owner_when: 'Contact with Grandad to carry on as per the current arrangements.' },
        role: 'action_owner_when',
        quote: 'as per the current arrangements',
        message: 'does not say what will be done',
      },
      {
        cells: { action_owner_when: 'Other support to continue. Core group in 6 weeks.' },
        role: 'action_owner_when',
        message: 'does not say what will be done',
      },
    ],
    clean: [
      {
        cells: {
          action_owner_when:
            'Nan to take Amy to see Grandad every Sunday 2-4pm at his flat, as agreed on 14/12/2026, from 03/01/2027.',
        },
      },
    ],
  });
});

describe('a standard to keep up is defined only by chores with how often (second cold set)', () => {
  const row = (when: string) => ({
    outcome: 'The bathroom will be kept hygienic.',
    action: 'Dad to clean the bathroom sink, bath and toilet with bleach.',
    owner: 'Dad',
    when,
  });
  ruleTester('subjective', {
    flagged: [
      { cells: row('By 22/01/2027'), role: 'outcome', quote: 'hygienic', message: 'can mean different things' },
    ],
    clean: [{ cells: row('Every Saturday morning from 09/01/2027') }],
  });
});

describe('the one doing the action telling how it went is their own word (second cold set)', () => {
  const row = (measure: string) => ({
    outcome: 'Tom will go to college on at least 4 days a week by Easter.',
    action: 'Tom to set two alarms each school night.',
    owner: 'Tom; Ms Bee (PA)',
    when: 'From 11/01/2027',
    measure,
  });
  ruleTester('self-report-only', {
    flagged: [
      {
        cells: row('Tom lets Ms Bee know at each visit how many days he went in.'),
        role: 'measure',
        message: 'on its own it cannot show the plan is working',
      },
    ],
    clean: [
      { cells: row('Tom lets Ms Bee know at each visit how many days he went in; the college register.') },
      { cells: row('Ms Bee tells the IRO at each review how many days Tom went in, from the college register.') },
    ],
  });
});

describe('working together on a topic is not a task (second cold set)', () => {
  const row = (action: string) => ({
    outcome: "Ava's nursery attendance to improve.",
    action,
    owner: 'Mum; Mrs Lee (nursery manager)',
    when: 'This term',
  });
  ruleTester('vague', {
    flagged: [
      {
        cells: row("Nursery & Mum to work closely on Ava's attendance."),
        role: 'action',
        message: 'does not say what will be done',
      },
    ],
    clean: [
      { cells: row('Mum to walk Ava to nursery for 9am each weekday; Mrs Lee to ring Mum by 9.30 if Ava is not in.') },
    ],
  });
});

describe('"when appropriate" in the when column is as subjective as anywhere else (second cold set)', () => {
  const row = (when: string) => ({
    outcome: 'Sami will stay over at Dad’s flat on Saturday nights.',
    action: 'Dad to collect Sami from Nan’s at 5pm and bring him back by 10am on Sunday.',
    owner: 'Dad',
    when,
  });
  ruleTester('subjective', {
    flagged: [
      { cells: row('When appropriate'), role: 'when', quote: 'appropriate', message: 'can mean different things' },
    ],
    clean: [{ cells: row('Every other Saturday from 09/01/2027 until the review on 20/03/2027') }],
  });
});

describe('family time is not the family acting (second cold set)', () => {
  ruleTester('no-owner', {
    flagged: [
      {
        cells: { action_owner_when: 'Family time at the family centre to go ahead on Tuesdays from 12/01/2027.' },
        role: 'action_owner_when',
        message: 'does not say who will do it',
      },
    ],
    clean: [
      {
        cells: {
          action_owner_when: 'Family to meet the FGC coordinator at the family centre on Tuesday 12/01/2027 at 10am.',
        },
      },
    ],
  });
});

describe("each item of one person's list needs its own timescale (second cold set)", () => {
  ruleTester('no-timescale', {
    flagged: [
      {
        cells: {
          action_owner_when:
            'Dad to: ring the GP about his back by 15/01/2027; fit the stair gate at the top of the stairs; go to the dads group every Saturday from 16/01/2027.',
        },
        role: 'action_owner_when',
        quote: 'fit the stair gate at the top of the stairs',
        count: 1,
      },
    ],
    clean: [
      {
        cells: {
          action_owner_when:
            'Dad to: ring the GP about his back by 15/01/2027; fit the stair gate at the top of the stairs by 22/01/2027; go to the dads group every Saturday from 16/01/2027.',
        },
      },
    ],
  });
});

describe('vague actions in the many words plans use for them, with an owner and a date', () => {
  // A SMART outcome, so any finding comes from the action. Each action names who and when; what will be
  // done is the thing missing (DCS guidance: "when and how the support will be provided, how frequently").
  const row = (action: string) => ({
    outcome: 'Jay will go to school every day (at least 95% attendance by the end of the spring term).',
    action,
    owner: 'Mum',
    when: 'By 31/03/2027',
  });
  const vagueQuote = (action: string) =>
    checkRow(row(action), { planDate: '2027-01-01' })
      .filter((f) => f.code === 'vague' && f.role === 'action')
      .map((f) => [f.quote, f.severity, f.letters]);

  it.each([
    ['Mum to access services.', 'access services', 'engage'],
    ['Mum to participate in the support offered.', 'participate in the support', 'engage'],
    ['Mum to keep in touch with school.', 'keep in touch', 'liaise'],
    ['Social worker to follow up with the GP.', 'follow up', 'liaise'],
    ['Agencies to share information.', 'share information', 'liaise'],
    ['School to promote good attendance.', 'promote', 'support'],
    ['Mum to receive input from CAMHS.', 'receive input', 'support'],
    ['Dad to be a positive role model.', 'be a positive role model', 'support'],
    ['Social worker to complete direct work with Jay.', 'complete direct work', 'support'],
    ['Mum to consider a referral to CAMHS.', 'consider', 'think'],
    ['Mum to reflect on her parenting.', 'reflect on', 'think'],
    ['Mum to be aware of the risks.', 'be aware of', 'think'],
    ['Parents to cooperate with professionals.', 'cooperate with', 'engage'],
    ['Mum to address concerns about home conditions.', 'address', 'address'],
    ['Mum to make changes to the home.', 'make changes', 'address'],
    ['Mum to put strategies in place.', 'put strategies in place', 'address'],
    ['Mum to use the strategies she has learnt.', 'use the strategies', 'address'],
    ['Mum to manage her mental health.', 'manage her mental health', 'address'],
    ['Parents to set clear boundaries.', 'set clear boundaries', 'address'],
  ])('"%s" is vague: it says who and when but not what will be done', (action, quote, kind) => {
    expect(vagueActions(action).map((v) => [v.text, v.kind])).toEqual([[quote, kind]]);
    expect(vagueQuote(action)).toEqual([[quote, 'warning', ['S']]]);
  });

  it('asks a thinking action for the task and a dealing-with action for the task and how often', () => {
    const think = checkRow(row('Mum to consider a referral to CAMHS.')).find((f) => f.code === 'vague');
    expect(think?.message).toBe(
      '"consider" does not say what will be done, so no one can tell whether it has happened. Say what Mum will do, not only think about: the task, by when, and who will see it done.',
    );
    const address = checkRow(row('Mum to make changes to the home.')).find((f) => f.code === 'vague');
    expect(address?.message).toBe(
      '"make changes" does not say what will be done, so no one can tell whether it has happened. Say what will be done about it: the task, who will do it and how often.',
    );
  });

  it.each([
    'Mum to take part in the Freedom Programme every Tuesday.',
    'Social worker to complete a parenting assessment.',
    'Social worker to refer Mum to the dental access service.',
    'Mum to make a GP appointment for Jay.',
    'Mum to put a stair gate in place.',
    'Social worker to complete direct work with Jay about his worries, weekly.',
    'School support worker to give daily support to walk to school with Jay.',
    'FSW to help Mum apply to the Household Support Fund.',
    'Mum and the FSW to make changes to the kitchen: clear the floor and wash up after each meal.',
  ])('"%s" says what will be done, so it is not vague', (action) => {
    expect(vagueActions(action)).toEqual([]);
    expect(vagueQuote(action)).toEqual([]);
  });
});

describe('an outcome that says how someone will be, with nothing anyone could see', () => {
  const vagueOn = (outcome: string, more: Record<string, string> = {}) =>
    checkRow({ need: 'Worries about home life.', outcome, ...more }, { planDate: '2027-01-01' })
      .filter((f) => f.code === 'vague' && f.role === 'outcome')
      .map((f) => f.quote);

  it.each([
    ['Jay will flourish.', 'flourish'],
    ['Jay will make good progress.', 'make good progress'],
    ['Mum will have good mental health.', 'have good mental health'],
    ['Jay will be ready for school.', 'ready for school'],
    ['Mum will put the children first.', 'put the children first'],
    ['Jay will feel listened to.', 'feel listened to'],
    ['Mum will maintain her sobriety.', 'maintain her sobriety'],
    ['Jay will be able to manage his emotions.', 'manage his emotions'],
  ])('"%s" is a vague aim', (outcome, quote) => {
    expect(vagueOn(outcome)).toEqual([quote]);
  });

  it('says why, and what could be seen for the row\u2019s topic', () => {
    const [finding] = checkRow({ outcome: 'Jay will make good progress at school.' }).filter((f) => f.code === 'vague');
    expect(finding.message).toMatch(
      /^"make good progress at school" says how things will be, not what anyone will see happen\. Say what will be different that everyone could see, and how often\. Here that could be /,
    );
    expect(finding.severity).toBe('warning');
  });

  it.each([
    // Something to see, count or check.
    'Jay will be able to tell his teacher two things that help him calm down.',
    'Jay will have his own bed by 31/03/2027.',
    'Jay will be registered with a GP.',
    // The fault is another rule's: a judging word, a service as the outcome, a negative.
    'The home will be clean and tidy.',
    'Dad will be offered a place on a fathers\u2019 group.',
    'There will be no more shouting at bedtime.',
  ])('"%s" is not read as a vague aim', (outcome) => {
    expect(vagueOn(outcome)).toEqual([]);
  });

  it('is carried by actions that say what, who, how often and by when', () => {
    expect(
      vagueOn('Jay will feel listened to.', {
        action: 'Ms Shah (teacher) to meet Jay every Monday at 9am to go through his worry box, from 11/01/2027.',
        owner: 'Ms Shah',
        when: 'Every Monday from 11/01/2027 until 29/03/2027',
      }),
    ).toEqual([]);
  });
});

describe('a service or a meeting written where the change belongs', () => {
  const codesOn = (outcome: string) => [
    ...new Set(
      checkRow({ need: 'Worries about Jay.', outcome }, { planDate: '2027-01-01' })
        .filter((f) => f.role === 'outcome' && f.severity === 'warning')
        .map((f) => f.code),
    ),
  ];

  it.each([
    'Jay will have a CAMHS assessment.',
    'The family will have a family group conference.',
    'Jay will be referred to CAMHS.',
    'Mum will go on a parenting course.',
    'Jay will start play therapy.',
    'A referral will be made to the young carers service.',
    'Early Help assessment to be completed.',
    'A core group will be held monthly.',
    'TAF meetings every 6 weeks.',
  ])('"%s" is a service, not the change for the child (and not a vague aim)', (outcome) => {
    const codes = codesOn(outcome);
    expect(codes).toContain('action-as-outcome');
    expect(codes).not.toContain('vague');
  });

  it.each([
    'Leah will join in with group time at nursery for 10 minutes each morning.',
    'Jay will have a safety plan in place, written with his worker, by 29/01/2027.',
  ])('"%s" is a change anyone could see, not a service', (outcome) => {
    expect(codesOn(outcome)).not.toContain('action-as-outcome');
  });
});

describe('a service or help written where the need belongs', () => {
  const needCodes = (need: string) =>
    checkRow(
      { need, outcome: 'Jay will sleep in his own bed 5 nights out of 7 by 31/03/2027.' },
      { planDate: '2027-01-01' },
    )
      .filter((f) => f.role === 'need' && f.severity === 'warning')
      .map((f) => [f.code, f.quote]);

  it.each([
    ['Family require early help intervention.', 'require early help intervention'],
    ['Jay needs to be seen by a paediatrician.', 'needs to be seen by a paediatrician'],
    ['Jay needs 1:1 support in class.', 'needs 1:1 support'],
    ['Mum needs kinship allowance.', 'needs kinship allowance'],
    ['Jay needs an EHCP.', 'needs an EHCP'],
    ['Referral to CAMHS', 'Referral to CAMHS'],
    ['CAMHS input', 'CAMHS input'],
  ])('"%s" names a service, not what is happening for the child', (need, quote) => {
    expect(needCodes(need)).toContainEqual(['action-as-need', quote]);
  });

  it.each([
    'Poor school attendance.',
    'Domestic abuse at home.',
    'Lack of a support network.',
    'Mum struggles with therapy appointments.',
  ])('"%s" is a need, not a service', (need) => {
    expect(needCodes(need)).toEqual([]);
  });
});

describe('negative framing: avoiding, giving up, and rules of the house', () => {
  it.each([
    ['Jay will avoid getting into fights.', 'will avoid'],
    ['Mum will cease contact with Mr X.', 'cease contact'],
    ['No smoking in the house.', 'No smoking'],
    ['There will be no shouting at bedtime.', 'no shouting'],
  ])('"%s" says what to stop, not what to reach', (outcome, quote) => {
    expect(negativeFramingIn(outcome)?.text).toBe(quote);
  });

  it.each(['There is no evening meal most days.', 'Mum will cook a meal with no added salt.'])(
    '"%s" is not a behaviour to stop',
    (text) => {
      expect(negativeFramingIn(text)).toBeUndefined();
    },
  );
});

describe('an outcome of a few words and no verb', () => {
  const outcomeCodes = (outcome: string) =>
    checkRow({ outcome, action: 'SW visits', owner: 'SW', when: '4 wkly' }, { planDate: '2027-01-01' })
      .filter((f) => f.role === 'outcome' && f.severity === 'warning')
      .map((f) => [f.code, f.quote]);

  it('names a subject, not a change: a vague aim quoting the whole cell', () => {
    expect(outcomeCodes('Safe')).toContainEqual(['vague', 'Safe']);
    expect(outcomeCodes('Less shouting at home.')).toEqual(
      expect.arrayContaining([
        ['vague', 'Less shouting at home'],
        ['negative-framing', 'Less shouting'],
      ]),
    );
  });

  it('leaves a service named as the outcome to the service rule, and a counted label alone', () => {
    expect(outcomeCodes('Parenting course').map(([code]) => code)).not.toContain('vague');
    expect(outcomeCodes('95% attendance by 31/03/2027').map(([code]) => code)).not.toContain('vague');
  });
});

describe('services and progress in outcomes, in more words', () => {
  it('reads being on a service\u2019s books and a coordinator as a service, and "get to" a course as getting there', () => {
    const codes = (outcome: string) => checkRow({ outcome }).map((f) => f.code);
    expect(codes('Zoe to be open to CAMHS and have a care coordinator')).toContain('action-as-outcome');
    expect(
      codes('Demi will get to her college course (Tue, Wed, Thu) at least 3 days a week until 23/07/2027'),
    ).not.toContain('action-as-outcome');
  });

  it('reads "make expected progress" as a vague aim, whatever word stands before "progress"', () => {
    const quotes = checkRow({ outcome: 'Rhys to make expected progress in literacy in line with his peers' })
      .filter((f) => f.code === 'vague')
      .map((f) => f.quote);
    expect(quotes[0]).toMatch(/^make expected progress/);
  });
});

describe('a service named only as where a yes/no fact happens is not the outcome (cold4 lac-hpv)', () => {
  const row = (outcome: string) => ({
    outcome,
    action_owner_when: 'Mrs Kowalski to send back the consent form by 10/3/27',
  });
  ruleTester('action-as-outcome', {
    meta: { rule: 'action-as-outcome', letters: ['S'], severity: 'warning' },
    flagged: [
      {
        cells: row('Elif will have 6 sessions with the school nurse.'),
        role: 'outcome',
        message: 'This is a service, not an outcome',
      },
    ],
    clean: [
      { cells: row('Elif will have her HPV jab at the school session on 24/3/27.') },
      { cells: row('Elif will have her eye test during the health visit on 2/4/27.') },
    ],
  });
});

describe("a child's age with a description in brackets, and the words of an aim, are not something to count or see (cold4)", () => {
  ruleTester('vague', {
    meta: { rule: 'vague', letters: ['S'], severity: 'warning' },
    flagged: [
      {
        cells: {
          outcome: 'Dexter (8, autistic) will reach his full potential and enjoy life',
          action: 'Short breaks to continue',
          owner_when: 'CWD team, ongoing',
        },
        role: 'outcome',
        message: '"full potential" is something we want for every child',
      },
      {
        cells: {
          outcome: 'Mum and the kids to stay safe from Dad',
          action_owner_when: 'Police to be called if needed',
        },
        role: 'outcome',
        message: '"stay safe" is something we want for every child',
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'Dexter (8, autistic) will go swimming with his PA for an hour every Saturday',
          action_owner_when: 'Mum to agree the Saturday times with Zoltan (PA) by 5/3/27',
        },
      },
      {
        cells: {
          outcome: "Jenny's mum and dad will develop a plan about how they will manage their substance use by 1/4/27",
        },
      },
    ],
  });
});

describe('"work together" with nothing after it, and an age in brackets, which is no definition (cold4)', () => {
  ruleTester('vague', {
    meta: { rule: 'vague', letters: ['S'], severity: 'warning' },
    flagged: [
      {
        cells: {
          outcome: "Summer's wellbeing will improve",
          action: 'School and Mum to work together',
          owner: 'Mrs Dale (SENCo) and Mum',
          when: 'Half-termly from 1/3/27',
        },
        role: 'action',
        quote: 'work together',
        message: '"work together" does not say what will be done',
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'Summer will be in school every day, on time, by half term',
          action: 'School and Mum to work out a new morning routine together at the meeting on 1/3/27',
          owner: 'Mrs Dale (SENCo) and Mum',
          when: '1/3/27',
        },
      },
    ],
  });

  ruleTester('subjective', {
    meta: { rule: 'subjective', letters: ['S', 'M'], severity: 'warning' },
    flagged: [
      {
        cells: { outcome: 'Kofi (14) to live in an appropriate arrangement with suitable carers' },
        role: 'outcome',
        quote: 'appropriate',
        message: '"appropriate" can mean different things to the family and to professionals',
      },
    ],
    clean: [{ cells: { outcome: 'Kofi will have an appropriate (agreed with him and his mum) bedroom of his own' } }],
  });
});

/** A vague action with a named owner and a date: flagged in the action column, quoting the vague words. */
const flaggedAction = (action: string, owner: string, when: string, quote: string) => ({
  cells: { action, owner, when },
  role: 'action' as const,
  quote,
});

describe('readings from the fifth and sixth cold sets (social care elsewhere, EHCP, written agreements)', () => {
  ruleTester('vague', {
    meta: { rule: 'vague', letters: ['S'], severity: 'warning' },
    flagged: [
      flaggedAction('SW to facilitate family time for the twins.', 'Ms Rahman (SW)', 'By 30/4/27', 'facilitate'),
      flaggedAction(
        'IRO to keep the care plan under review.',
        'IRO (Mr Bell)',
        'Each review',
        'keep the care plan under review',
      ),
      flaggedAction(
        'Staff to hold Ellis\u2019s needs in mind.',
        'Year 9 team',
        'From 4/1/27',
        'hold Ellis\u2019s needs in mind',
      ),
      {
        cells: { action: 'Nan to keep the girls safe.', owner: 'Nan', when: 'From 4/1/27' },
        role: 'action',
        quote: 'keep the girls safe',
        message: '"keep the girls safe" does not say what will be done',
      },
      flaggedAction('Dad agrees to show respect to staff at the contact centre.', 'Dad', 'From 4/1/27', 'show respect'),
      flaggedAction('Ward staff to encourage Mum to visit.', 'Sister Lowe', 'From 4/1/27', 'encourage'),
      flaggedAction('Jay to be supported to build his confidence.', 'Mr Ade (mentor)', 'By 1/3/27', 'be supported'),
      {
        cells: {
          outcome: 'Risk to be reduced.',
          action: 'SW to keep an eye on things.',
        },
        role: 'outcome',
        quote: 'Risk to be reduced',
        message: '"Risk to be reduced" says things will change but not how.',
      },
    ],
    clean: [
      {
        cells: {
          action: 'Nan to collect the girls from school each day to keep them safe, from 4/1/27.',
          owner: 'Nan',
          when: 'Nightly from 4/1/27',
        },
      },
      {
        cells: {
          action: 'Ms Ward to chase the school place offer with admissions every Friday until a place is given.',
          owner: 'Ms Ward',
          when: 'Every Friday from 8/1/27',
        },
      },
    ],
  });

  ruleTester('action-as-need', {
    meta: { rule: 'action-as-need', letters: ['S'], severity: 'warning' },
    flagged: [
      { cells: { need: 'Theo needs a full-time 1:1 TA.' }, role: 'need' },
      { cells: { need: 'Ruby needs a GP.' }, role: 'need' },
      { cells: { need: 'Amelie needs an EHC plan.' }, role: 'need' },
      { cells: { need: 'Needs a taxi to school.' }, role: 'need' },
    ],
    clean: [{ cells: { need: 'Theo needs to be able to stay in class for a whole lesson.' } }],
  });

  ruleTester('action-as-outcome', {
    meta: { rule: 'action-as-outcome', letters: ['S'], severity: 'warning' },
    flagged: [
      { cells: { outcome: 'Noah will have Portage.' }, role: 'outcome' },
      { cells: { outcome: 'Riley will recieve 8 sessions with a reading tutor.' }, role: 'outcome' },
      { cells: { outcome: 'Care plan to be in place.' }, role: 'outcome' },
    ],
    clean: [
      {
        cells: {
          outcome: 'Jade will start the Level 2 hair and beauty course at Westfield College in September 2027.',
        },
      },
      { cells: { outcome: 'Harley will attend full-time by 26 March 2027.' } },
    ],
  });

  ruleTester('self-report-only', {
    meta: { rule: 'self-report-only', letters: ['M'], severity: 'warning' },
    flagged: [
      {
        cells: { outcome: 'Mason will keep his flat.', measure: 'Mason says the rent is paid.' },
        role: 'measure',
        quote: 'Mason says',
        message: 'What Mason tells us matters',
      },
      {
        cells: {
          outcome: 'I will go to bed by 10pm.',
          measure: 'I will keep a sleep diary and show it to my social worker.',
        },
        role: 'measure',
        message: 'What you tell us yourself matters',
      },
      {
        cells: {
          outcome: 'Mum will give Ava her inhaler twice a day.',
          measure: 'Mum ticks the chart and tells the asthma nurse.',
        },
        role: 'measure',
        message: 'What a parent tells us matters',
      },
    ],
    clean: [
      {
        cells: { outcome: 'Mason will keep his flat.', measure: 'Rent statement from the housing officer each month.' },
      },
      { cells: { outcome: 'Ava will sleep in her own bed.', measure: 'Nan writes down what Ava says each morning.' } },
    ],
  });
});
