// The vague rule pinned down (issue #11): where "regularly" is asked about and what lets it off, the reason
// given for a doing word however it is spaced or hyphenated, and which quick fix "regularly" gets. The message,
// the cell, the words quoted, the rule's id, letter and severity are asserted, so that `npm run mutation`
// finds a change to any of them.
import { checkRow } from '../../src/engine';
import { personIn } from '../../src/engine/rules/vague';
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

  it('is let off by how long, given anywhere in the actions or the measure', () => {
    expect(vagueOf({ action_owner_when: 'Ava to see her gran regularly for 6 weeks from 01/02/2027.' })).toEqual([]);
    expect(
      vagueOf({ action_owner_when: 'Ava to see her gran regularly.', measure: 'Visits logged for 6 weeks.' }),
    ).toEqual([]);
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
