// The action-as-outcome rule pinned down: a service or task where the change belongs, its id, letter,
// severity, Settings title and message; a service named on its own with no verb; what lets an outcome off.
// Asserted so that `npm run mutation:rule -- actionAsOutcome` finds a change to any of it.
import { listedAs, seen } from './ruleTester';

const SERVICE =
  'This is a service, not an outcome: it says what will be given or attended, not what will be different for the child. Write the change the service should bring, and keep the service in the actions.';

describe('action-as-outcome', () => {
  it('is listed as a specific (S) warning', () => {
    expect(listedAs('action-as-outcome')).toEqual({
      code: 'action-as-outcome',
      letters: ['S'],
      severity: 'warning',
      title: 'An action written as an outcome',
    });
  });

  const quotes = (outcome: string) => seen('action-as-outcome', { outcome }).map((f) => [f.quote, f.message]);

  it.each([
    'FSW support',
    'Parenting course',
    'Freedom programme',
    'Young carers group',
    'Weekly session',
    'Weekly sessions',
    'Home visit',
    'Home visits',
    'CAMHS referral',
    'Counselling',
    'Play therapy',
    'Mentoring',
    'Maths tuition',
    'Respite',
    'SALT input',
    'Early intervention',
    'Care package',
    'SEN provision',
    'Parenting classes',
    'Assessment',
    'TAF meeting',
    'TAF meetings',
    'Family conference',
    'Monthly core group',
    'One two three four five six seven eight nine course',
  ])('"%s", a service named with no verb, is the service and not the change', (outcome) => {
    expect(quotes(outcome)).toEqual([[outcome, SERVICE]]);
  });

  it.each([
    'A support network',
    'Support plan',
    'A  support  network around Mum',
    'One two three four five six seven eight nine ten course',
    'Parents get a course',
    'Parents gets a course',
    'Ava feel the course',
    'Ava feels the course',
    'Ava know the course',
    'Ava knows the course',
    'Ava goes to group',
  ])('"%s" is not a bare service name', (outcome) => {
    expect(quotes(outcome)).toEqual([]);
  });

  it('reads an empty outcome as nothing at all', () => {
    expect(seen('action-as-outcome', { outcome: ' ' })).toEqual([]);
  });
});

describe('action-as-outcome: a placement made for the child', () => {
  it('reads "will be placed at" a provision as a service done to the child', () => {
    expect(
      seen('action-as-outcome', {
        outcome: 'Kofi will be placed at the pupil referral unit.',
        action_owner_when: 'Head of year to send the paperwork by 5/2/27',
      }).map((f) => [f.role, f.quote, f.message]),
    ).toEqual([['outcome', 'will be placed', SERVICE]]);
  });

  it('leaves the change a placement should bring alone', () => {
    expect(
      seen('action-as-outcome', {
        outcome: 'Kofi will spend four mornings a week in lessons at the pupil referral unit by 5/3/27.',
      }),
    ).toEqual([]);
  });
});

describe('action-as-outcome: seen by a service, taught, a plan reviewed, advice received (cold7)', () => {
  const quoted = (outcome: string) => seen('action-as-outcome', { outcome }).map((f) => f.quote);

  it.each([
    ['Rosie will be seen by the paediatrician.', 'will be seen by the paediatrician'],
    ['Mum and Dad to be taught about safe sleep.', 'to be taught'],
    ['The care plan will be reviewed.', 'plan will be reviewed'],
    ['Ashton will receive careers guidance.', 'will receive careers guidance'],
  ])('reads "%s" as a service', (outcome, quote) => {
    expect(quoted(outcome)).toEqual([quote]);
  });

  it.each([
    'Rosie will be seen by staff to use her calm words at lunch on 4 of 5 days.',
    'Ashton will follow the guidance on his inhaler every morning.',
  ])('leaves a change anyone can see alone: "%s"', (outcome) => {
    expect(quoted(outcome)).toEqual([]);
  });
});

describe('action-as-outcome: what lets a service or an appointment off (cold7)', () => {
  const quoted = (outcome: string) => seen('action-as-outcome', { outcome }).map((f) => f.quote);

  it.each([
    'Sian will attend every antenatal appointment until the birth.',
    'Dad will attend all his hospital appointments at the liver clinic.',
    'Ruby to attend her diabetes clinics each term.',
  ])('reads going to one\'s own health appointments as what the person will do: "%s"', (outcome) => {
    expect(quoted(outcome)).toEqual([]);
  });

  it('still reads attending a course as a service', () => {
    expect(quoted('Dad will attend every session of the parenting course.')).toEqual([
      'Dad will attend every session of the parenting course.',
    ]);
  });

  it('lets a service off when the same sentence says what the person will then show, in a way anyone can check', () => {
    expect(
      quoted(
        'Mum will have finished the Freedom Programme and can name to her worker four signs of a controlling partner.',
      ),
    ).toEqual([]);
    expect(quoted('Jo will have completed the course and uses the star chart at home on 5 days a week.')).toEqual([]);
  });

  it('does not let it off for knowing, or for a date alone', () => {
    expect(quoted('Ionut will have had his assessment and will know the name of his worker by 30 June 2027.')).toEqual([
      'will have had his assessment',
    ]);
    expect(quoted('Mum will have finished the Freedom Programme and will use what she learnt.')).toEqual([
      'will have finished the Freedom Programme',
    ]);
  });
});

describe('action-as-outcome and action-as-need: a timetable arranged, full-time help (cold8)', () => {
  it('reads staying on a reduced timetable as provision, not a change', () => {
    expect(seen('action-as-outcome', { outcome: 'Ava to stay on a part-time timetable.' }).map((f) => f.quote)).toEqual(
      ['to stay on a part-time timetable'],
    );
    expect(seen('action-as-outcome', { outcome: 'Ava will be in lessons for 4 full days a week by 1/3/27.' })).toEqual(
      [],
    );
  });

  it('reads full-time or part-time help as a service named as the need', () => {
    expect(seen('action-as-need', { need: 'Ava needs part-time 1:1 help.' }).map((f) => f.quote)).toEqual([
      'needs part-time 1:1 help',
    ]);
  });
});

describe('action-as-outcome: the change said beside a service, word by word', () => {
  const quoted = (outcome: string) => seen('action-as-outcome', { outcome }).map((f) => f.quote);

  it.each([
    'Mum will have finished the course and then can name three signs of a controlling partner.',
    'Mum will have finished the course and  then  names three signs of a controlling partner.',
    'Mum will have finished the course and is able to name three signs of a controlling partner.',
    'Mum will have finished the course and is  able  to  name three signs of a controlling partner.',
    'Both parents will have finished the course and are able to show two calm-down steps.',
    'Both parents will have finished the course and are  able  to  show two calm-down steps.',
    'Mum will have finished the course and  will  describe three signs of a controlling partner.',
  ])('lets off "%s"', (outcome) => {
    expect(quoted(outcome)).toEqual([]);
  });

  it('judges only what is said after the service, not a date before the "and"', () => {
    expect(quoted('Jo will receive 6 sessions of counselling from 1/2/27 and uses what she learns.')).toEqual([
      'will receive 6 sessions',
    ]);
  });
});

describe('action-as-outcome: a service named alone, however it is spaced', () => {
  it('reads a six-word service name with double spaces as a service', () => {
    expect(
      seen('action-as-outcome', { outcome: 'Weekly  sessions  with  the  school  counsellor' }).map((f) => f.quote),
    ).toEqual(['Weekly  sessions  with  the  school  counsellor']);
  });

  it('reads a one-character outcome as nothing at all', () => {
    expect(seen('action-as-outcome', { outcome: '-' })).toEqual([]);
  });
});
