// The jargon rule pinned down: the words each known acronym is spelled out as in its quick fix, the everyday
// abbreviations left alone, plurals, one finding an acronym a cell, professional terms, house style, acronyms
// the plan explains, and when a lone acronym in a full sentence is let off (Torbay: "overuse of acronyms").
// Asserted so that `npm run mutation:rule -- jargon` finds a change to any of it.
import { acronymsExplainedIn } from '../../src/engine/rules/jargon';
import { listedAs, seen } from './ruleTester';

const META = { rule: 'jargon', letters: [], severity: 'info' };
const SPELL_OUT = (acronym: string) =>
  `The family may not know what "${acronym}" means. Spell it out the first time it is used.`;
/** Short enough (under ten words) that a lone acronym is pointed out. */
const see = (what: string) => ({ action_owner_when: `Mum to see the ${what}.` });

describe('jargon', () => {
  it('is listed as plain-language advice (info, no letter)', () => {
    expect(listedAs('jargon')).toEqual({
      code: 'jargon',
      letters: [],
      severity: 'info',
      title: 'Acronyms and service terms',
    });
  });

  it('points out an acronym in a short cell, offering the words it stands for', () => {
    expect(seen('jargon', see('MARAC'))).toEqual([
      {
        ...META,
        role: 'action_owner_when',
        column: 0,
        quote: 'MARAC',
        start: 15,
        message: SPELL_OUT('MARAC'),
        fix: { kind: 'replace-span', text: 'Multi-Agency Risk Assessment Conference (MARAC)' },
      },
    ]);
  });

  it.each([
    ['CAMHS', 'Child and Adolescent Mental Health Services'],
    ['SENCO', 'Special Educational Needs Co-ordinator'],
    ['TAF', 'Team Around the Family'],
    ['CIN', 'Child in Need'],
    ['CP', 'Child Protection'],
    ['LAC', 'Looked After Child'],
    ['CLA', 'Child Looked After'],
    ['EHA', 'Early Help Assessment'],
    ['MASH', 'Multi-Agency Safeguarding Hub'],
    ['DV', 'domestic violence'],
    ['DA', 'domestic abuse'],
    ['SW', 'social worker'],
    ['HV', 'health visitor'],
    ['FSW', 'family support worker'],
    ['IFSW', 'intensive family support worker'],
    ['EWO', 'Education Welfare Officer'],
    ['SEN', 'special educational needs'],
    ['SEND', 'special educational needs and disabilities'],
    ['EHCP', 'Education, Health and Care Plan'],
    ['PEP', 'Personal Education Plan'],
    ['CAB', 'Citizens Advice'],
    ['AA', 'Alcoholics Anonymous'],
    ['LSPB', 'Local Safeguarding Partnership Board'],
    ['MARAC', 'Multi-Agency Risk Assessment Conference'],
    ['IDVA', 'Independent Domestic Violence Advocate'],
    ['YOT', 'Youth Offending Team'],
    ['ASD', 'autism spectrum disorder'],
    ['ADHD', 'attention deficit hyperactivity disorder'],
    ['CSE', 'child sexual exploitation'],
  ])('spells out %s as %j', (acronym, words) => {
    expect(seen('jargon', see(acronym)).map((f) => f.fix?.text)).toEqual([`${words} (${acronym})`]);
  });

  it('asks what an unknown acronym stands for', () => {
    expect(seen('jargon', see('XYZ')).map((f) => [f.message, f.fix?.text])).toEqual([
      [SPELL_OUT('XYZ'), '[what XYZ stands for] (XYZ)'],
    ]);
  });

  it('reads a plural as its acronym, quoting it as written', () => {
    expect(seen('jargon', see('FSWs')).map((f) => [f.quote, f.message, f.fix?.text])).toEqual([
      ['FSWs', SPELL_OUT('FSWs'), 'family support worker (FSWs)'],
    ]);
  });

  it.each([
    'OK',
    'TV',
    'UK',
    'GP',
    'AM',
    'PM',
    'NHS',
    'ID',
    'PE',
    'IT',
    'ICT',
    'DIY',
    'MMR',
    'PCV',
    'ASAP',
    'TBC',
    'TBA',
    'SMART',
    'II',
    'III',
    'IV',
    'RE',
  ])('leaves alone the everyday %s', (plain) => {
    expect(seen('jargon', see(plain))).toEqual([]);
  });

  it('needs two capitals: "Dr" is not an acronym', () => {
    expect(seen('jargon', see('Dr'))).toEqual([]);
  });

  it('points out an acronym once a cell, but again in the next cell, in every column it reads', () => {
    expect(seen('jargon', see('IDVA, then the IDVA')).map((f) => f.quote)).toEqual(['IDVA']);
    expect(
      seen('jargon', {
        need: 'CAMHS',
        outcome: 'CAMHS',
        action: 'CAMHS',
        owner: 'CAMHS',
        when: 'CAMHS',
        measure: 'CAMHS',
        context: 'CAMHS',
      }).map((f) => [f.role, f.column]),
    ).toEqual([
      ['need', 0],
      ['outcome', 1],
      ['action', 2],
      ['owner', 3],
      ['when', 4],
      ['measure', 5],
    ]);
    expect(seen('jargon', { owner_when: 'CAMHS', action_owner_when: 'CAMHS' }).map((f) => f.role)).toEqual([
      'owner_when',
      'action_owner_when',
    ]);
  });

  it('points out an acronym with a small letter inside, such as DfE', () => {
    expect(seen('jargon', { action_owner_when: 'Mum to call the DfE.' }).map((f) => [f.quote, f.fix?.text])).toEqual([
      ['DfE', '[what DfE stands for] (DfE)'],
    ]);
  });

  it('lets off a lone acronym in a cell of exactly ten words, not nine', () => {
    expect(seen('jargon', { action_owner_when: 'Mum to attend the MARAC meeting at the town hall.' })).toEqual([]);
    expect(
      seen('jargon', { action_owner_when: 'Mum to attend the MARAC meeting at town hall.' }).map((f) => f.quote),
    ).toEqual(['MARAC']);
  });

  it.each(['core group', 'section 47', 's47', 'disguised compliance', 'step down', 'threshold'])(
    'points out the professional term %j',
    (term) => {
      expect(seen('jargon', see(term)).map((f) => [f.quote, f.message])).toEqual([
        [term, `"${term}" is a professional term. Say in everyday words what it is and what will happen there.`],
      ]);
    },
  );

  it('points out an acronym that is also a professional term once, as an acronym', () => {
    expect(seen('jargon', see('ICPC')).map((f) => [f.quote, f.message])).toEqual([['ICPC', SPELL_OUT('ICPC')]]);
    expect(seen('jargon', see('RCPC')).map((f) => f.quote)).toEqual(['RCPC']);
    expect(seen('jargon', see('CIN review')).map((f) => f.quote)).toEqual(['CIN']);
    // One acronym, so a full sentence lets it off as it does any other (it was two findings, and so "overused").
    expect(
      seen('jargon', { action_owner_when: 'Mum to attend the ICPC at the town hall on 12/05/25 with Priya.' }),
    ).toEqual([]);
  });

  it('points out an acronym and a professional term elsewhere in the cell, either way round', () => {
    expect(seen('jargon', { action_owner_when: 'Mum to see the IDVA at the core group.' }).map((f) => f.quote)).toEqual(
      ['IDVA', 'core group'],
    );
    expect(
      seen('jargon', { action_owner_when: 'Mum to go to the core group with the IDVA.' }).map((f) => f.quote),
    ).toEqual(['IDVA', 'core group']);
  });

  it('points out "CIN review" as a professional term once the plan explains CIN', () => {
    expect(
      seen(
        'jargon',
        { action_owner_when: 'Mum to go to the CIN review.' },
        { surroundingText: 'Child in Need (CIN) plan' },
      ).map((f) => f.quote),
    ).toEqual(['CIN review']);
  });

  it('lets off one acronym in a full sentence of ten words or more, but not two', () => {
    expect(
      seen('jargon', { action_owner_when: 'Mum to attend the MARAC meeting at the town hall on 12/05/25 with Priya.' }),
    ).toEqual([]);
    expect(
      seen('jargon', {
        action_owner_when: 'Mum to attend the MARAC and the TAF meeting at the town hall on 12/05/25 with Priya.',
      }).map((f) => f.quote),
    ).toEqual(['MARAC', 'TAF']);
    expect(seen('jargon', { action_owner_when: 'Mum to attend the MARAC at the town hall.' })).toHaveLength(1);
  });

  it('points out a professional term, quoted as written, unless house style removes it', () => {
    expect(seen('jargon', { action_owner_when: 'Strategy meeting.' })).toEqual([
      {
        ...META,
        role: 'action_owner_when',
        column: 0,
        quote: 'Strategy meeting',
        start: 0,
        message:
          '"Strategy meeting" is a professional term. Say in everyday words what it is and what will happen there.',
        fix: undefined,
      },
    ]);
    expect(seen('jargon', see('Core Group'), { houseStyle: { removeWords: { jargon: ['core group'] } } })).toEqual([]);
  });

  it('lets off an acronym house style removes or explains', () => {
    expect(seen('jargon', see('IDVA'), { houseStyle: { removeWords: { jargon: ['IDVA'] } } })).toEqual([]);
    expect(seen('jargon', see('IDVA'), { houseStyle: { acronyms: { IDVA: 'advocate' } } })).toEqual([]);
  });
});

describe('acronyms the plan explains', () => {
  it.each([
    ['Child and Adolescent Mental Health Services (CAMHS)', ['CAMHS']],
    ['CAMHS (Child and Adolescent Mental Health Services)', ['CAMHS']],
    ['CAMHS  (mental health team)', ['CAMHS']],
    ['the worker (Priya Shah, FSW)', ['FSW']],
    ['(Priya Shah, FSW)', ['FSW']],
    ['Mum (MA)', []],
    ['TAF (meeting)', []],
    ['the family meeting (TAF)', ['TAF']],
    ['a (meeting) (TAF)', ['TAF']],
    ['Family  meeting (TAF)', ['TAF']],
    ['the worker (Priya  FSW)', []],
    ['CAMHS (mental health)', ['CAMHS']],
    ['CAMHS ( mental )', []],
    ['the family meeting (TAF meeting)', []],
    ['the family meeting (the TAF)', []],
    ['the social worker (SW)', ['SW']],
    ['SW (social worker)', ['SW']],
    ['Plan A (two words)', []],
    ['the Department for Education (DfE)', ['DfE']],
    ['(Department for Education, DfE)', ['DfE']],
    ['(Priya Shah, SW)', ['SW']],
    ['(Priya Shah, IDVA)', ['IDVA']],
    ['Mum (unclosed and CAMHS (Child and Adolescent Mental Health Services)', ['CAMHS']],
  ])('%j explains %j', (text, acronyms) => {
    expect([...acronymsExplainedIn(text)].sort()).toStrictEqual(acronyms);
  });
});
