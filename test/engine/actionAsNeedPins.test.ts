// The action-as-need rule pinned down: a service named in the need column, quoted from where it starts, with
// its id, letter, severity and message; the same words in another column are not its business. Asserted so
// that `npm run mutation:rule -- actionAsNeed` finds a change to any of it.
import { listedAs, seen } from './ruleTester';

describe('action-as-need', () => {
  it('is listed as a specific (S) warning', () => {
    expect(listedAs('action-as-need')).toEqual({
      code: 'action-as-need',
      letters: ['S'],
      severity: 'warning',
      title: 'A service written as a need',
    });
  });

  it('flags a referral written in the need column, and only there', () => {
    expect(
      seen('action-as-need', {
        outcome: 'Ava needs a referral to CAMHS.',
        need: 'Ava needs a referral to CAMHS.',
      }),
    ).toEqual([
      {
        rule: 'action-as-need',
        letters: ['S'],
        severity: 'warning',
        role: 'need',
        column: 1,
        quote: 'needs a referral',
        start: 4,
        message:
          'This names a service, which is an action rather than a need, and the family may not know what the service does. Say what is happening for the child that it should help with, and move the referral to the actions.',
        fix: undefined,
      },
    ]);
  });

  it('leaves alone a need that says what is happening for the child', () => {
    expect(seen('action-as-need', { need: 'Ava wets the bed most nights.' })).toEqual([]);
  });
});

describe('action-as-need, a service as one item of what is needed (cold3)', () => {
  const quotes = (need: string) => seen('action-as-need', { need }).map((f) => [f.quote, f.start]);

  it('finds the service wherever it stands in the list', () => {
    expect(quotes('Family need IFSS and a referral to Families First')).toEqual([['need IFSS and a referral', 7]]);
    expect(quotes('Abdi needs a solicitor and an age assessment')).toEqual([['needs a solicitor', 5]]);
    expect(quotes('Teddy needs a funded nursery place and Portage')).toEqual([['needs a funded nursery place', 6]]);
    expect(quotes('Uncle Dev needs kinship allowance & a support group')).toEqual([
      ['needs kinship allowance & a support group', 10],
    ]);
  });

  it('finds a placement asked for, and a service said to be required', () => {
    expect(quotes('Demi needs to be accommodated under s20 or put in a B&B')).toEqual([
      ['needs to be accommodated', 5],
    ]);
    expect(quotes('Parenting assessment required')).toEqual([['assessment required', 10]]);
  });

  it('leaves alone a need that only mentions a service, or what the child needs to do', () => {
    expect(quotes('The CAMHS waiting list is 18 weeks and Zoe has no one to talk to about her panic attacks')).toEqual(
      [],
    );
    expect(quotes('Kai needs to understand why the assessment is happening')).toEqual([]);
    expect(quotes('Sam needs a safe place to sleep')).toEqual([]);
  });

  it('finds a worker, short breaks or transport as what is needed, and a referral said to be needed (cold4)', () => {
    const MESSAGE =
      'This names a service, which is an action rather than a need, and the family may not know what the service does. Say what is happening for the child that it should help with, and move the referral to the actions.';
    expect(seen('action-as-need', { need: 'Dexter requires SEN transport to and from school.' })).toEqual([
      {
        rule: 'action-as-need',
        letters: ['S'],
        severity: 'warning',
        role: 'need',
        column: 0,
        quote: 'requires SEN transport',
        start: 7,
        message: MESSAGE,
        fix: undefined,
      },
    ]);
    const quoted = (need: string) => seen('action-as-need', { need }).map((f) => f.quote);
    expect(quoted('Family would benefit from a Family Help lead practitioner.')).toEqual([
      'would benefit from a Family Help lead practitioner',
    ]);
    expect(quoted('Dexter needs overnight short breaks at Maple Lodge.')).toEqual(['needs overnight short breaks']);
    expect(quoted('Referral into Family Help needed due to concerns at home.')).toEqual([
      'Referral into Family Help needed',
    ]);
    expect(quoted('Mum needs to get to the hospital twice a week and has no car.')).toEqual([]);
  });
});

describe('a need that is only a service\u2019s name', () => {
  const quotes = (need: string) => seen('action-as-need', { need }).map((f) => [f.quote, f.role, f.start]);

  it.each([
    'Referral',
    'CAMHS input',
    'Early help intervention',
    'Counselling',
    'Play therapy',
    'Parenting course',
    'Freedom programme',
    'Weekly sessions',
    'Respite',
    'Short breaks',
    'Mentoring',
    'Tuition',
    'Parenting support',
    '1:1 support',
    'Early help support',
    'Family support',
    'FSW support',
    'CAMHS support',
    '- Referral to CAMHS -',
    'Referral from school',
    'Referral with consent',
    'Short breaks for Ava',
    'Counselling at school',
    'Speech and language therapy',
  ])('"%s" is flagged, quoting the whole cell', (need) => {
    expect(quotes(need)).toEqual([[need, 'need', 0]]);
  });

  it.each([
    'Ava is waiting for a referral',
    'Mum has had counselling before',
    'The family were offered respite',
    'Mum does the Freedom programme',
    'Mum can not get to tuition',
    'Dad misses therapy',
    'Ava struggles in sessions',
    'Mum feels therapy',
    'Ava goes to counselling',
    'Ava gets respite',
    'Mum will do a course',
    'Mum would like counselling',
    'Mum could use respite',
    'Mum did a course',
    'Ava was in therapy',
    'Mum and Dad are in counselling',
    'Long standing worries about home and school and therapy',
    'Referral to the service that works with young people who have been harmed online and their families',
    'Worries about sleep',
  ])('"%s" is not a bare service name', (need) => {
    expect(quotes(need)).toEqual([]);
  });
});

describe('a bare service name, however it is written', () => {
  const quoted = (need: string) => seen('action-as-need', { need }).map((f) => f.quote);

  it.each(['• Referral', '(Respite)', 'Parenting  support', 'Short  breaks', 'CAMHS  input', 'A b c d counselling'])(
    '"%s" is still a service name',
    (need) => {
      expect(quoted(need)).toEqual([need]);
    },
  );

  it.each(['A b c d e counselling', 'Parents struggle with sessions', 'Parents get respite', 'Children feel therapy'])(
    '"%s" is not a bare service name',
    (need) => {
      expect(quoted(need)).toEqual([]);
    },
  );
});

describe('action-as-need: a referral after another step, an allocated worker, a piece of work (cold7)', () => {
  const quoted = (need: string) => seen('action-as-need', { need }).map((f) => f.quote);

  it.each([
    ['Keira needs to be assessed and referred to the carers hub.', 'needs to be assessed and referred'],
    ['The children need an allocated social worker.', 'need an allocated social worker'],
    ['Tom needs to complete life story work with his carers.', 'needs to complete life story work'],
    ['Ellis needs to do victim awareness work.', 'needs to do victim awareness work'],
  ])('reads "%s" as a service', (need, quote) => {
    expect(quoted(need)).toEqual([quote]);
  });

  it.each([
    'Tom needs to do his school work at the kitchen table.',
    'Amy needs to do more work on her spellings.',
    'Dad needs to find paid work near home.',
  ])('leaves the person\'s own work alone: "%s"', (need) => {
    expect(quoted(need)).toEqual([]);
  });
});
