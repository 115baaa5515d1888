// The vague rule pinned down (issue #11): where "regularly" is asked about and what lets it off, the reason
// given for a doing word however it is spaced or hyphenated, and which quick fix "regularly" gets. The message,
// the cell, the words quoted, the rule's id, letter and severity are asserted, so that `npm run mutation`
// finds a change to any of them.
import { checkRow } from '../../src/engine';
import { isStateAim, personIn } from '../../src/engine/rules/vague';
import type { Role } from '../../src/engine';
import { listedAs, seen } from './ruleTester';

const vagueOf = (cells: Partial<Record<Role, string>>) => checkRow(cells).filter((f) => f.code === 'vague');
const REGULARLY =
  '"regularly" does not say how often. Give a number the family can hold on to, such as every two weeks.';

describe('"regularly"', () => {
  it.each<Role>(['outcome', 'action', 'owner_when', 'action_owner_when', 'when', 'measure'])(
    'is asked about in the %s column',
    (role) => {
      const findings = vagueOf({ [role]: 'Ava to see her gran regularly.' });
      expect(
        findings.map((f) => [f.rule, f.letters, f.severity, f.role, f.column, f.quote, f.start, f.message]),
      ).toEqual([['vague', ['S'], 'warning', role, 0, 'regularly', 20, REGULARLY]]);
      expect(findings[0].suggestion).toEqual({
        kind: 'replace-span',
        text: 'every [2] weeks',
        modelledOn: expect.objectContaining({ document: expect.any(String) }),
      });
    },
  );

  it.each<Role>(['need', 'owner'])('is not asked about in the %s column', (role) => {
    expect(vagueOf({ [role]: 'Ava to see her gran regularly.' })).toEqual([]);
  });

  it('is let off by how often, not by how long, nor by how often the progress column checks', () => {
    expect(vagueOf({ action_owner_when: 'Ava to see her gran regularly, every Sunday from 07/02/2027.' })).toEqual([]);
    expect(vagueOf({ action_owner_when: 'Ava to see her gran regularly.', when: 'Fortnightly' })).toEqual([]);
    expect(
      vagueOf({ action_owner_when: 'Ava to see her gran regularly for 6 weeks from 01/02/2027.' }).map((f) => f.quote),
    ).toEqual(['regularly']);
    expect(
      vagueOf({ action_owner_when: 'Ava to see her gran regularly.', measure: 'Visits logged weekly.' }).map(
        (f) => f.quote,
      ),
    ).toEqual(['regularly']);
  });

  it('is not let off by how long something has gone on in the need', () => {
    expect(
      vagueOf({
        need: 'Ava has not seen her gran for 6 weeks.',
        action_owner_when: 'Ava to see her gran regularly.',
      }).map((f) => [f.role, f.quote]),
    ).toEqual([['action_owner_when', 'regularly']]);
  });

  it('at school means every school day; anything else, a number of weeks', () => {
    const fix = (outcome: string) => vagueOf({ outcome }).map((f) => f.suggestion?.text);
    expect(fix('Noah will attend school regularly.')).toEqual(['every school day']);
    expect(fix('Noah will go to his school regularly.')).toEqual(['every school day']);
    expect(fix('Noah will attend school and see the nurse regularly.')).toEqual(['every [2] weeks']);
  });
});

describe('a doing word in an outcome', () => {
  const DOING =
    'says how people will work, not what will be done or what will change for the child. Say which service or task, who will do it and how often, and what will be different.';

  it.each([
    ['The children will be looked-after.', 'looked-after'],
    ['Mum will be  supported.', 'be  supported'],
  ])('gets the doing-word reason however it is spaced: %j', (outcome, quote) => {
    expect(vagueOf({ outcome }).map((f) => [f.quote, f.message])).toEqual([[quote, `"${quote}" ${DOING}`]]);
  });
});

describe('a change word in an outcome with no topic to suggest a measure', () => {
  it('gets the change reason and nothing more', () => {
    expect(vagueOf({ outcome: 'Things will be positive.' }).map((f) => f.message)).toEqual([
      '"positive" says things will change but not how. Say what will be different and how everyone will see it.',
    ]);
  });
});

describe('the person named in a vague action', () => {
  it.each([
    ['Dad agree', 'Dad'],
    ['Dad is to', 'Dad'],
    ['Dad is  to', 'Dad'],
    ['Mum and Dad', 'Mum'],
    ['Mum and  Dad', 'Mum'],
    // A name that ends like "we" or "I" is a name.
    ['Dani', 'Dani'],
    // A first name alone is a name, not a role.
    ['Priya', 'Priya'],
  ])('%j is named as %j', (owner, named) => {
    expect(personIn(owner)).toBe(named);
  });
});

describe('a vague action in the "who and when" column', () => {
  it('is flagged there, with what to say instead', () => {
    expect(
      vagueOf({ owner_when: 'Social worker to monitor, by 01/02/2027.' }).map((f) => [
        f.role,
        f.column,
        f.quote,
        f.message,
      ]),
    ).toEqual([
      [
        'owner_when',
        0,
        'monitor',
        '"monitor" does not say what will be done, so no one can tell whether it has happened. Say what will be looked at or counted, by whom, how often, and who they will tell if it is not happening.',
      ],
    ]);
  });

  it('names a first name given just before it', () => {
    expect(vagueOf({ action_owner_when: 'Priya to engage with the hub by 01/02/2027.' }).map((f) => f.message)).toEqual(
      [
        '"engage with" does not say what will be done, so no one can tell whether it has happened. Say which service, what Priya will do there, and how often.',
      ],
    );
  });
});

describe('how far back the person is looked for', () => {
  const message = (gap: number) =>
    vagueOf({ action_owner_when: `Dad ${'x'.repeat(gap - 2)} engage with it by 01/02/2027.` })[0].message;

  it('names a person 39 characters before the vague words, but not 40', () => {
    expect(message(39)).toContain('what Dad will do there');
    expect(message(40)).toContain('what they will do there');
  });
});

describe('vague, as listed and beside other findings', () => {
  it('is listed as a specific (S) warning about vague aims', () => {
    expect(listedAs('vague')).toEqual({ code: 'vague', letters: ['S'], severity: 'warning', title: 'Vague aims' });
  });

  it('lets off "regularly" in an outcome that says how often itself', () => {
    expect(vagueOf({ outcome: 'Ava will see her gran regularly, every Saturday.' })).toEqual([]);
  });

  it('asks about "regularly" in one cell when another cell of the row has a vague aim', () => {
    expect(
      vagueOf({
        outcome: 'Ava will be happy.',
        action_owner_when: 'Mum to take Ava to see her gran regularly.',
      }).map((f) => [f.role, f.quote]),
    ).toEqual([
      ['outcome', 'be happy'],
      ['action_owner_when', 'regularly'],
    ]);
  });
});

describe('a number that is part of a name', () => {
  it('does not make an aim countable: "GCP2 scores to improve" still says no amount (cold3 gcp-improve)', () => {
    expect(seen('vague', { outcome: 'GCP2 scores to improve' })).toEqual([
      {
        rule: 'vague',
        letters: ['S'],
        severity: 'warning',
        role: 'outcome',
        column: 0,
        quote: 'improve',
        start: 15,
        message:
          '"improve" says things will change but not how. Say what will be different and how everyone will see it.',
        fix: undefined,
      },
    ]);
    expect(seen('vague', { outcome: 'ASQ-3 to improve' }).map((f) => f.quote)).toEqual(['improve']);
  });

  it('leaves a number with a space after a name as a count ("PE 3 times a week")', () => {
    expect(seen('vague', { outcome: 'Ava will be happier, doing PE 3 times a week' })).toEqual([]);
  });
});

describe('"support", "help" and "reviewed" that say what, who or when (cold3)', () => {
  const quotes = (action_owner_when: string) => vagueOf({ action_owner_when }).map((f) => f.quote);

  it('reads "support" and "help" naming a plan, a worker or a giver as a name, not a way of acting', () => {
    expect(
      quotes('Kath (adoption support SW) to run the training at school on 21/4/27 and agree an exit card plan.'),
    ).toEqual([]);
    expect(quotes('Mum to advertise and interview with help from the direct payments adviser (Sue Hart).')).toEqual([]);
    expect(quotes('Apply for DLA for Elliot. Who: Mum, with the support of the welfare rights officer.')).toEqual([]);
  });

  it('reads help to do a named act as that act, but not help to cope, manage or engage', () => {
    expect(quotes('Head of Year (Mr Adams) to help Connor pick a club by 26/3/27')).toEqual([]);
    expect(quotes('Head of Year (Mr Adams) to help Connor with his choices by 26/3/27')).toEqual(['help']);
    expect(quotes('FSW to support Mum to manage her anger, weekly from 1/3/27')).toEqual(['support']);
  });

  it('reads a review by a named person on a named day as a meeting, but not a review by a deadline', () => {
    expect(quotes('Plan to be reviewed by the SW (Alaw) with Megan and Dad at school on 21/4/27 at 3.30pm.')).toEqual(
      [],
    );
    expect(vagueOf({ action_owner_when: 'Plan to be reviewed by the SW by 31/3/27.' })).toEqual([
      expect.objectContaining({
        rule: 'vague',
        severity: 'warning',
        role: 'action_owner_when',
        column: 0,
        quote: 'to be reviewed',
        start: 5,
        message:
          '"to be reviewed" does not say what will be done, so no one can tell whether it has happened. Say who will check progress, what they will look at, and when.',
      }),
    ]);
  });
});

describe('ways of working that name only a topic (cold3)', () => {
  const quotes = (action_owner_when: string) => vagueOf({ action_owner_when }).map((f) => f.quote);

  it('reads what is monitored, liaised about or promoted as a topic, not a task', () => {
    expect(quotes('SW to monitor home conditions & school to monitor attendance by 31/3/27')).toEqual(['monitor']);
    expect(quotes('Dad to liaise with school re Harley’s attendance by end of Feb')).toEqual(['liaise']);
    expect(quotes('Youth worker (Cal) to promote positive activities, Thursdays from 4.3.27')).toEqual(['promote']);
  });

  it('keeps a task that a way of working leads to', () => {
    expect(quotes('FSW to support Mum to attend sessions at the family hub, Tuesdays from 2/3/27')).toEqual([]);
  });

  it('reads watching and reporting whatever worries the watcher as no task', () => {
    expect(quotes('School to keep an eye on Harley’s presentation and report to SW, daily from 1/3/27')).toEqual([
      'keep an eye on',
    ]);
    expect(quotes('School to count Harley’s lates each week and report the number to the SW')).toEqual([]);
  });

  it('reads "address", "cooperate with" and help only said to be given as vague, "address" asking what will be done about it', () => {
    expect(vagueOf({ action: 'Mum to address her alcohol use', owner: 'Mum', when: 'by 30/4/27' })).toEqual([
      expect.objectContaining({
        rule: 'vague',
        severity: 'warning',
        role: 'action',
        column: 0,
        quote: 'address',
        start: 7,
        message:
          '"address" does not say what will be done, so no one can tell whether it has happened. Say what will be done about it: the task, who will do it and how often.',
      }),
    ]);
    expect(quotes('I agree to cooperate fully with Children’s Services.')).toEqual(['cooperate fully with']);
    expect(quotes('Specialist input from SALT to be provided annually')).toEqual(['input from SALT to be provided']);
  });

  it('does not read an address as "address"', () => {
    expect(quotes('SW to see Mum at her home address on 3/4/27 and give the school her new address.')).toEqual([]);
    expect(quotes('Letter to be sent to Mum’s address by 3/4/27')).toEqual([]);
  });
});

describe('meeting needs, the universal aim in verb form (cold3 gcp-good-enough)', () => {
  it('is vague in an action, and no longer carries a subjective outcome', () => {
    const cells = {
      outcome: 'Parents to provide good enough care',
      action: 'Parents to meet the children’s basic needs',
      owner_when: 'Parents, with immediate effect',
    };
    expect(vagueOf(cells).map((f) => [f.role, f.column, f.quote, f.start, f.severity, f.message])).toEqual([
      [
        'action',
        1,
        'meet the children’s basic needs',
        11,
        'warning',
        '"meet the children’s basic needs" does not say what will be done, so no one can tell whether it has happened. Say what the parents will actually do, where, and how often.',
      ],
    ]);
    expect(checkRow(cells).map((f) => f.code)).toContain('subjective');
  });

  it('leaves alone meeting someone about needs', () => {
    expect(
      vagueOf({ action: 'SW to meet Mum at the family hub on 3/4/27 to go through the needs assessment' }),
    ).toEqual([]);
  });
});

describe('vague aims read from how an outcome is worded', () => {
  const stateQuote = (outcome: string) =>
    vagueOf({ outcome }).map((f) => [f.quote, f.role, f.column, f.severity, f.letters]);
  const STATE =
    'says how things will be, not what anyone will see happen. Say what will be different that everyone could see, and how often.';

  it.each([
    ['Ava will be kind to her brother', 'be kind to her brother'],
    ['Ava will feel listened to', 'feel listened to'],
    ['Ava will become calmer at bedtime', 'become calmer at bedtime'],
    ['Ava will remain with her nan', 'remain with her nan'],
    ['Ava will have friendships', 'have friendships'],
    ['Ava will experience family life', 'experience family life'],
    ['Ava will know her history', 'know her history'],
    ['Ava will achieve her goals', 'achieve her goals'],
    ['Ava will reach her milestones', 'reach her milestones'],
    ['Ava will make good choices', 'make good choices'],
    ['Ava will make decisions', 'make decisions'],
    ['Ava will make friends', 'make friends'],
    ['Ava will make some improvements', 'make some improvements'],
    ['Ava will develop socially', 'develop socially'],
    ['The family will function', 'function'],
    ['Ava will cope', 'cope'],
    ['Ava will flourish', 'flourish'],
    ['Mum will parent consistently', 'parent consistently'],
    ['Mum will demonstrate change', 'demonstrate change'],
    ['Mum will prioritise Ava', 'prioritise Ava'],
    ['Mum will put Ava first', 'put Ava first'],
    ['Ava will get on with Sam', 'get on with Sam'],
    ['Parents will communicate', 'communicate'],
    ['Ava will live with Dad', 'live with Dad'],
    ['Ava will enjoy school', 'enjoy school'],
    ['Ava will grow as a reader', 'grow as a reader'],
    ['Mum will maintain change', 'maintain change'],
    ['Ava will understand her feelings', 'understand her feelings'],
    ['Ava will manage her worries', 'manage her worries'],
    ['Ava shall regulate herself', 'regulate herself'],
    ['Ava to express herself', 'express herself'],
    ['Ava should recognise her strengths', 'recognise her strengths'],
    ['Ava must accept help', 'accept help'],
    ['Ava will trust adults', 'trust adults'],
    ['Ava will settle', 'settle'],
    ['Ava will adjust to nursery', 'adjust to nursery'],
    ['Ava will adapt', 'adapt'],
    ['Ava will progress', 'progress'],
    ['Ava will succeed', 'succeed'],
    ['Ava will benefit', 'benefit'],
    ['Ava will continue to cope', 'cope'],
    ['Ava will start to be able to cope', 'cope'],
    ['Ava will begin to trust adults', 'trust adults'],
    ['Ava will learn to cope', 'cope'],
  ])('"%s": the state is the vague aim', (outcome, quote) => {
    expect(stateQuote(outcome)).toEqual([[quote, 'outcome', 0, 'warning', ['S']]]);
    expect(vagueOf({ outcome })[0].message.startsWith(`"${quote}" ${STATE}`)).toBe(true);
  });

  it.each([
    ['Ava will cope and her mum will rest', 'cope'],
    ['Ava will cope by the summer', 'cope'],
    ['Ava will cope so Mum can work', 'cope'],
    ['Ava will cope because her nan helps', 'cope'],
    ['Ava will cope when Dad leaves', 'cope'],
    ['Ava will cope; Mum will rest', 'cope'],
    ['Ava will cope: Mum will rest', 'cope'],
  ])('"%s" ends the state where the clause ends', (outcome, quote) => {
    expect(stateQuote(outcome)[0]?.[0]).toBe(quote);
  });

  it.each([
    'Ava will be given a place',
    'Ava will be seen weekly',
    'Ava will be made welcome',
    'Ava will be kept warm',
    'Ava will be left with Nan',
    'Ava will be taken to school',
    'Ava will be shown round',
    'Ava will be known to the team',
    'Ava will be done with it',
    'Ava will be told the plan',
    'There will be no shouting',
    'Ava will be in receipt of benefits',
    'Ava will be at school on time',
    'Ava will be on the bus at 8',
    'Ava will be home by 9',
    'Ava will be back by 9',
    'Ava will be up by 7',
    'Ava will be out of bed by 7',
    'Ava will be in school each day',
    'Ava will be in education',
    'Ava will be in bed by 8',
    'Ava will be in college',
    'Ava will be in nursery',
    'Ava will be in work',
    'Ava will be in class',
    'Ava will be in lessons',
    'Ava will be supported',
  ])('"%s" is not read as a state', (outcome) => {
    expect(vagueOf({ outcome }).filter((f) => f.message.includes('says how things will be'))).toEqual([]);
  });

  it('is not read beside a judging word, a service, or a house style that lets the word off', () => {
    expect(vagueOf({ outcome: 'Ava will feel appropriate' }).map((f) => f.quote)).not.toContain('feel appropriate');
    expect(vagueOf({ outcome: 'Ava will have a mentor' })).toEqual([]);
    const style = { houseStyle: { removeWords: { vague: ['cope'] } } };
    expect(checkRow({ outcome: 'Ava will cope' }, style).filter((f) => f.code === 'vague')).toEqual([]);
    expect(
      checkRow({ outcome: 'Ava will cope' }, { houseStyle: { removeWords: { vague: ['grand'] } } }).length,
    ).toBeGreaterThan(0);
  });

  it('is told apart from a listed aim for the row rewrite', () => {
    const [state] = vagueOf({ outcome: 'Ava will cope' });
    const [listed] = vagueOf({ outcome: 'Ava will be happy' });
    expect(isStateAim(state)).toBe(true);
    expect(isStateAim(listed)).toBe(false);
    expect(isStateAim({ rule: 'no-measure', message: state.message })).toBe(false);
  });

  it('reads a few words with no verb as a subject, not a change, up to six words', () => {
    expect(stateQuote('Safe at home')).toEqual([['Safe at home', 'outcome', 0, 'warning', ['S']]]);
    expect(stateQuote('Calm, safe, loved, settled and happy')).not.toEqual([]);
    expect(vagueOf({ outcome: 'Safe and calm at home with her mum every day' }).map((f) => f.quote)).not.toContain(
      'Safe and calm at home with her mum every day',
    );
    expect(vagueOf({ outcome: 'Ava walks to school' })).toEqual([]);
    expect(vagueOf({ outcome: 'Parenting course' })).toEqual([]);
  });
});

describe('thinking and dealing-with actions: their quick fixes', () => {
  it.each([
    ['Mum to consider a referral.', 'consider', '[what they will do] by [dd/mm/yyyy]'],
    ['Mum to make changes.', 'make changes', '[what they will do] every [how often]'],
  ])('"%s"', (action, quote, text) => {
    const [finding] = vagueOf({ action });
    expect(finding.quote).toBe(quote);
    expect(finding.suggestion).toMatchObject({ kind: 'replace-span', text });
  });
});

describe('a verbless outcome, pinned word by word', () => {
  const whole = (outcome: string) =>
    vagueOf({ outcome })
      .filter((f) => f.message.includes('says how things will be'))
      .map((f) => [f.quote, f.start]);

  it.each([
    'will',
    'shall',
    'to',
    'be',
    'is',
    'are',
    'was',
    'were',
    'can',
    'could',
    'has',
    'have',
    'had',
    'does',
    'do',
    'did',
    'should',
    'must',
    'may',
    'get',
    'gets',
    'goes',
    'feel',
    'feels',
    'know',
    'knows',
    'attend',
    'attends',
    'say',
    'says',
    'tell',
    'tells',
    'eat',
    'eats',
    'sleep',
    'sleeps',
    'want',
    'wants',
    'need',
    'needs',
  ])('"Quiet %s home" holds a verb, so it is not read as a bare subject', (verb) => {
    expect(whole(`Quiet ${verb} home`)).toEqual([]);
  });

  it.each(['walks to', 'cycled at', 'sits in', 'stayed on', 'joins with', 'shows up', 'tidied off'])(
    '"Ava %s ..." reads the -s or -ed word before a preposition as a verb',
    (words) => {
      expect(whole(`Ava ${words} home`)).toEqual([]);
    },
  );

  it('quotes the cell without its spaces or closing stops, up to six words', () => {
    expect(whole(' Safe!!')).toEqual([['Safe', 1]]);
    expect(whole('Home calm and quiet and kind')).toEqual([['Home calm and quiet and kind', 0]]);
    expect(whole('Home calm and quiet and kind too')).toEqual([]);
    expect(whole('Home  calm')).toEqual([['Home  calm', 0]]);
  });

  it.each(['Weekly visits', 'Core group', 'Family conference', 'Parenting programme', 'Mentoring', 'Group work'])(
    '"%s" names a service, left to the service rule',
    (outcome) => {
      expect(whole(outcome)).toEqual([]);
    },
  );

  it('reads a state however it is spaced', () => {
    expect(vagueOf({ outcome: 'Ava  will  continue  to  be  able  to  cope' }).map((f) => f.quote)).toEqual(['cope']);
    expect(vagueOf({ outcome: 'Ava will start  to cope' }).map((f) => f.quote)).toEqual(['cope']);
  });
});

describe('vague actions: when, a wish and names are not what is done (cold4)', () => {
  const BOUNDARIES =
    '"reinforce boundaries" does not say what will be done, so no one can tell whether it has happened. Say what will be done about it: the task, who will do it and how often.';

  it('reads "during home visits" as when the vague thing happens, not as a task (cold4 vague-reinforce-boundaries)', () => {
    const cells = {
      action_owner_when:
        'Keyworker (Saoirse) to reinforce boundaries and routines with Mum during home visits, every Tuesday from 2/3/27',
    };
    expect(vagueOf(cells).map((f) => [f.rule, f.letters, f.severity, f.role, f.column, f.quote, f.message])).toEqual([
      ['vague', ['S'], 'warning', 'action_owner_when', 0, 'reinforce boundaries', BOUNDARIES],
    ]);
    // A visit that is itself the action is still a task.
    expect(vagueOf({ action_owner_when: 'SW (Kwame) to visit Mum weekly from 2/3/27 to support her' })).toEqual([]);
  });

  it('reads "make sure" as a wish, like "ensure" (cold4 vague-oversee)', () => {
    expect(
      vagueOf({
        action: 'Team manager to oversee the case and make sure things move forward',
        owner: 'TM (Carl)',
        when: 'monthly from March 2027',
      }).map((f) => [f.role, f.quote]),
    ).toEqual([['action', 'oversee']]);
  });

  it('does not read a service\'s own name ("Family Help") or a named piece of work as a vague verb (cold4)', () => {
    expect(
      vagueOf({
        action_owner_when:
          'Family Help lead practitioner (Dionne) to hold the Team Around the Family meeting at Ashby Road school on Thurs 25 March 2027, 3.30pm',
      }),
    ).toEqual([]);
    expect(vagueOf({ action_owner_when: "School nurse to do the 'my safe adults' work with Paris on 9/3/27" })).toEqual(
      [],
    );
    // "help" as a verb is still read.
    expect(
      vagueOf({ action_owner_when: 'Family Help practitioner to help the family, fortnightly from 1/3/27' }).map(
        (f) => f.quote,
      ),
    ).toEqual(['help']);
  });
});

describe('effort, a way of working and a direction of change as the outcome (cold7)', () => {
  const quoted = (cells: Partial<Record<Role, string>>) => vagueOf(cells).map((f) => [f.role, f.quote]);

  it.each([
    ['Dad will try harder with bedtimes.', 'try harder'],
    ['Carers to use a therapeutic approach with Bella.', 'therapeutic approach'],
    ['A smooth transition to secondary school.', 'smooth transition'],
    ["Tayo's diabetes to be managed in school.", 'be managed'],
    ['Niamh is gaming safely.', 'safely'],
  ])('reads "%s" as a vague aim', (outcome, quote) => {
    expect(quoted({ outcome, owner: 'Dad', when: 'by 26/2/27' })).toEqual([['outcome', quote]]);
  });

  it('says a direction of change has no start and no end point', () => {
    const [finding] = vagueOf({ outcome: 'Shouting at home will reduce.', owner: 'Mum', when: 'by 26/2/27' });
    expect([finding.quote, finding.message]).toEqual([
      'reduce',
      '"reduce" says which way things should move, but not from where or how far. Say where things are now and where they should be, in a number anyone can check. Here that could be what the worker sees at home visits and what the child says about home.',
    ]);
    expect(isStateAim({ rule: finding.rule, message: finding.message })).toBe(true);
  });

  it('leaves a direction of change with its numbers alone', () => {
    expect(
      quoted({
        outcome: 'Shouting at home will reduce from most evenings to no more than 1 evening a week by 26/2/27.',
        owner: 'Mum',
      }),
    ).toEqual([]);
    expect(quoted({ outcome: 'Dad will try the new bedtime routine on 5 nights a week.', owner: 'Dad' })).toEqual([]);
  });

  it('reads "keep under review" with nothing between as a vague action', () => {
    expect(quoted({ action: 'Keep under review.', owner: 'SW', when: 'by 26/2/27' })).toEqual([
      ['action', 'Keep under review'],
    ]);
  });

  it('does not count "post-16" as a number to measure by', () => {
    expect(quoted({ outcome: 'Leon to have a positive plan post-16.', owner: 'Leon', when: 'by 26/2/27' })).toEqual([
      ['outcome', 'positive'],
    ]);
  });
});

describe('vague actions written as effort, as making sure of nothing, or with no service named (cold8)', () => {
  const quoted = (cells: Partial<Record<Role, string>>) => vagueOf(cells).map((f) => [f.role, f.quote]);

  it.each([
    ['Mum to make sure.', 'make sure'],
    ['Dad will ensure this.', 'ensure'],
    ['I will try my best to be a better dad.', 'try my best'],
    ['Gran to try harder with mornings.', 'try harder'],
    ['I will keep all my appointments.', 'keep all my appointments'],
    ['Class team: various interventions.', 'various interventions'],
    ['Staff to get to know Ollie and what he likes.', 'get to know'],
    ['Mum to be honest with the social worker about visitors.', 'be honest'],
    ['HV to montior weight.', 'montior'],
    ['Head of year to put support in place.', 'put support in place'],
    ['A new school place to be looked into.', 'looked into'],
  ])('reads "%s" as a vague action', (action, quote) => {
    expect(quoted({ action, owner: 'Mum', when: 'by 26/2/27' })).toEqual([['action', quote]]);
  });

  it.each([
    'Mum to make sure Ollie is at the school gate by 8.45am every school day.',
    'Dad will go to all his appointments at the liver clinic, the next on 12/1/27.',
    'I will take my inhaler to every PE lesson.',
  ])('leaves a specific action alone: "%s"', (action) => {
    expect(quoted({ action, owner: 'Mum', when: 'by 26/2/27' })).toEqual([]);
  });
});

describe('vague actions and aims that name a quality, a provision or the universal aim (cold8)', () => {
  const quoted = (cells: Partial<Record<Role, string>>) => vagueOf(cells).map((f) => [f.role, f.quote]);

  it.each([
    ['Gran to provide good enough care.', 'provide good enough care'],
    ['Family worker to sort.', 'sort'],
    ['Family worker to sort it out.', 'sort it out'],
    ['Dad to behave well at handover.', 'behave well'],
    ['Parents will reinforce the school rules at home.', 'reinforce the school rules'],
    ['Noah will have access to a calm corner.', 'have access to'],
  ])('reads "%s" as a vague action', (action, quote) => {
    expect(quoted({ action, owner: 'Dad', when: 'by 26/2/27' })).toEqual([['action', quote]]);
  });

  it.each([
    'Nan to provide care for him on Tuesdays after school.',
    'Mum to sort the school uniform every Sunday evening.',
  ])('leaves "%s" alone', (action) => {
    expect(quoted({ action, owner: 'Dad', when: 'by 26/2/27' })).toEqual([]);
  });

  it('reads meeting needs as the universal aim in an outcome too', () => {
    expect(quoted({ outcome: "Dad will meet Kai's needs.", owner: 'Dad' })).toEqual([['outcome', "meet Kai's needs"]]);
  });
});

describe('no-owner: "family" before a thing names no one', () => {
  it('asks who for a task whose only "family" is the family safety words', () => {
    expect(
      checkRow({ action_owner_when: 'The children to be told the family safety words.' })
        .filter((f) => f.code === 'no-owner')
        .map((f) => f.role),
    ).toEqual(['action_owner_when']);
    expect(
      checkRow({ action_owner_when: 'Family to learn the safety words by 3/3/27.' }).filter(
        (f) => f.code === 'no-owner',
      ),
    ).toEqual([]);
  });
});
