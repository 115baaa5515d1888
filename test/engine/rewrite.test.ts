// The row rewriter (issue #13), in the manner of ESLint's RuleTester: a row before, the whole row after.
// Then the properties every rewrite must keep: it re-checks clean but for its own gaps, keeps the row's
// names and numbers, asks for few gaps, and never gives two rows the same words.
import { readFileSync } from 'fs';
import path from 'path';
import { checkPlan, checkRow, findGaps, rewriteRowByRole, type Role } from '../../src/engine';
import { CHILDS_HEADER } from '../support/plans';

type Cells = Partial<Record<Role, string>>;

/** The row after the rewrite: cells the rewrite leaves alone come back as they were. */
function rewritten(cells: Cells, taken?: Set<string>): Cells | null {
  const rewrite = rewriteRowByRole(cells, {}, taken);
  if (!rewrite) return null;
  const after: Cells = { ...cells };
  Object.keys(cells).forEach((role, column) => {
    const changed = rewrite.cells.find((c) => c.column === column);
    if (changed) after[role as Role] = changed.after;
  });
  return after;
}

function rewriteTester(cases: { rewrites: Array<{ before: Cells; after: Cells }>; leaves: Cells[] }): void {
  it.each(cases.rewrites.map((c) => [Object.values(c.before).join(' | '), c] as const))('rewrites: %s', (_, c) => {
    expect(rewritten(c.before)).toEqual(c.after);
  });
  it.each(cases.leaves.map((c) => [Object.values(c).join(' | '), c] as const))(
    'leaves a SMART row alone: %s',
    (_, c) => {
      expect(rewriteRowByRole(c)).toBeNull();
    },
  );
}

describe('row rewrites', () => {
  rewriteTester({
    rewrites: [
      {
        // A general aim becomes the topic's need and outcome; the action gains a date, not a made-up one.
        before: {
          need: 'Ava needs to be healthy.',
          outcome: "Ava's health needs will be met.",
          action_owner_when: 'Mum to take Ava to the dentist.',
        },
        after: {
          need: 'Ava needs to be registered with a dentist and to have any treatment due.',
          outcome:
            'Ava will be registered with a dentist, with healthy teeth and any treatment due completed. We will know it is working from the dental appointments Ava has been to, against those booked.',
          action_owner_when: 'Mum to take Ava to the dentist by [dd/mm/yyyy].',
        },
      },
      {
        // An absolute demand becomes a commitment with a fallback for the child; cannabis stays cannabis.
        before: { outcome: 'Grandad to stop using cannabis when he looks after Mason.' },
        after: {
          outcome:
            'Grandad agrees to work on his cannabis use with [cannabis support service], going to every session offered until the next review, and not to use cannabis while caring for Mason. If he has been using, [named adult] will look after Mason. We will know it is working from the sessions Grandad attends, confirmed by the drug service, and any day someone else had to care for Mason because Grandad had been using.',
        },
      },
      { before: { when: 'ASAP' }, after: { when: 'By [dd/mm/yyyy]' } },
      {
        // Speech is its own topic: "talk better" never gets a school-attendance outcome.
        before: {
          need: 'Maya has delayed speech.',
          outcome: 'Maya will talk better.',
          action_owner_when: 'Mum to take Maya to speech therapy.',
        },
        after: {
          need: 'Maya has delayed speech.',
          outcome:
            'Maya will use [the words or sentences agreed with the speech therapist] at home and at nursery or school, practising with mum each day.',
          action_owner_when: 'Mum to take Maya to speech therapy by [dd/mm/yyyy].',
        },
      },
      {
        // Contact with a parent is counted as contact sessions; "in contact with school" is not contact.
        before: { outcome: 'Sam will have contact with his dad.' },
        after: {
          outcome:
            'Sam will have contact with his dad. We will know it is working from the contact sessions that took place as planned, and what Sam says about them.',
        },
      },
      {
        before: { outcome: 'Mum will keep in contact with school.' },
        after: {
          outcome:
            "Mum will keep in contact with school. We will know it is working from the child's attendance and late marks from the school register, compared with the figure when the plan started.",
        },
      },
      {
        // Weak evidence picks no topic: a father speaking calmly is not about speech therapy.
        before: {
          outcome:
            'Dad will speak calmly to Zoe when he is cross, and will take ten minutes in the garden if he feels he is losing his temper.',
        },
        after: {
          outcome:
            'Dad will speak calmly to Zoe when he is cross, and will take ten minutes in the garden if he feels he is losing his temper. We will know it is working from what workers see and record about Zoe at each visit.',
        },
      },
      {
        // No topic: the row's own outcome stays, gains who will see it and how often, and the measure
        // goes into the row's own measure column rather than onto the end of the outcome.
        before: { outcome: 'Leo will feel better.', measure: '', action_owner_when: 'Social worker to visit.' },
        after: {
          outcome:
            'Leo will feel better. The adults caring for Leo and [named worker] will note what they see each week and go through it together at each review.',
          measure: 'What workers see and record about Leo at each visit.',
          action_owner_when: 'Social worker to visit every [2] weeks until [dd/mm/yyyy].',
        },
      },
      {
        // A capitalised common word at a sentence start is not a name: the child is Leo, not "Things".
        before: { outcome: 'Things will improve for Leo.' },
        after: {
          outcome:
            'Leo will show [the change agreed for Leo] by the next review. The adults caring for Leo and [named worker] will note what they see each week and go through it together at each review.',
        },
      },
      {
        // Being happy at school is wellbeing: school is where the feeling is, not attendance.
        before: { outcome: 'Oliver will be happy at school.' },
        after: {
          outcome:
            'Oliver will be able to put their feelings into words and name [the people or things that help]. We will know it is working from what Oliver says about their feelings at each session, on a feelings scale, alongside what home and school see.',
        },
      },
      {
        before: { outcome: 'Sam will enjoy going to school.' },
        after: {
          outcome:
            'Sam will enjoy going to school. We will know it is working from what Sam says about their feelings at each session, on a feelings scale, alongside what home and school see.',
        },
      },
      {
        // The behaviour to reach, not the one to stop, with what will be seen at home.
        before: { outcome: 'Mum to stop smacking Ollie.' },
        after: {
          outcome:
            "Mum will manage Ollie's behaviour with calm words and agreed consequences, without smacking Ollie. We will know it is working from what the worker sees at home visits and what Ollie says about home, beside mum's own account.",
        },
      },
      {
        // "ASAP" asks for a date, not a frequency; nobody named, so the author names them.
        before: { action_owner_when: 'Referral to be made ASAP.' },
        after: { action_owner_when: '[named worker] to make the referral for the child by [dd/mm/yyyy].' },
      },
      {
        // School "regularly" is every school day; a parent's word is checked against the register.
        before: {
          outcome: "Improve Noah's school attendance",
          action: 'Noah to attend school regularly',
          owner: 'Mum',
          when: 'Ongoing',
          measure: 'Mum will tell us things are better.',
        },
        after: {
          outcome: "Improve Noah's school attendance",
          action: 'Noah to attend school every school day.',
          owner: 'Mum',
          when: 'Every school day until [dd/mm/yyyy]',
          measure: 'Mum will tell us things are better. This will be checked against the school register for Noah.',
        },
      },
      {
        // A service written as a need: the need says what we want to understand, the referral is the first step.
        before: { need: 'Isla needs to be referred to CAMHS.' },
        after: {
          need: 'We need to understand [what is troubling Isla] and help Isla with it. The first step agreed is for Isla to be referred to Child and Adolescent Mental Health Services (CAMHS).',
        },
      },
      {
        // The row's own need is kept; the outcome is about sleep, and so is what will be counted.
        before: {
          need: 'Finn is often tired at school and goes to bed after midnight.',
          outcome: 'Finn will be more settled.',
          action_owner_when: 'Health visitor to support Mum with bedtimes - ongoing.',
        },
        after: {
          need: 'Finn is often tired at school and goes to bed after midnight.',
          outcome:
            'Finn will be in bed by [bedtime] on school nights, following the routine agreed with mum. We will know it is working from a sleep diary of the nights Finn was in bed by the agreed time, checked at each visit.',
          action_owner_when:
            'Health visitor to meet Mum to plan and practise bedtimes together every [2] weeks until [dd/mm/yyyy].',
        },
      },
    ],
    leaves: [
      {
        outcome:
          'Finn will be in bed by 8pm on at least five school nights a week, recorded in a sleep diary that Ms Khan (health visitor) checks every Friday until the review on 20/03/2026.',
      },
      {
        need: 'Kian misses school on Mondays and Tuesdays; his attendance this term is 71%.',
        outcome: "Kian's attendance will rise to 85% by the end of the spring term.",
        action_owner_when:
          'Dad to walk Kian to school every Monday and Tuesday from 12/01/2026. Mr Ellis (attendance officer) to share the register with the social worker every Friday until the review on 27/03/2026.',
      },
    ],
  });
});

// Rows written for these tests, with the faults the guidance warns about (none copied from it).
const ROWS: Cells[] = [
  {
    need: 'Ava needs to be healthy.',
    outcome: "Ava's health needs will be met.",
    action_owner_when: 'Mum to take Ava to the dentist.',
  },
  { outcome: 'Dad to stop drinking.' },
  { outcome: 'Grandad to stop using cannabis when he looks after Mason.' },
  { when: 'ASAP' },
  { when: 'As soon as possible' },
  { when: 'ongoing' },
  { outcome: 'Mum to stop smacking Ollie.' },
  { action_owner_when: 'Referral to be made ASAP.' },
  { need: 'Isla needs to be referred to CAMHS.' },
  {
    outcome: 'There will be no more domestic abuse.',
    action_owner_when: 'Dad to attend the Caring Dads course. Mum to call the police if Dad comes to the house.',
  },
  { outcome: 'The flat will be clean and tidy for Rosa.' },
  { outcome: 'Make sure Theo reaches his potential.' },
  { outcome: 'Zoe will have 100% attendance by half term.' },
  {
    need: 'Harvey needs to be stimulated.',
    outcome: 'Harvey will develop well.',
    action_owner_when: 'Harvey to go to the stay and play group at Oak Children\u2019s Centre.',
  },
  { outcome: 'Complete the worry diary.' },
  { outcome: 'Leah to engage with services.' },
  { outcome: "Jack's feelings to be monitored." },
  {
    need: 'Mum needs help with money.',
    outcome: 'Mum will get all appropriate benefits.',
    action_owner_when: 'Family support worker to refer Mum to the Debt Advice Service.',
  },
  {
    outcome: 'Ensure the children are properly supervised.',
    action: 'Monitor',
    owner: 'All professionals',
    when: 'Ongoing',
    measure: 'Through core groups',
  },
  {
    outcome: 'Tom will be happier at home.',
    action: 'CAMHS referral',
    owner: '',
    when: 'ASAP',
    measure: 'Mum says he is fine.',
  },
  {
    outcome: 'There will be no further missing episodes.',
    action: 'Carers to tell the police if Jade goes missing.',
    owner: 'Carers',
    when: 'Ongoing',
    measure: 'No missing episodes.',
  },
  {
    need: 'Ethan needs anger management.',
    outcome: 'Ethan to behave appropriately.',
    action_owner_when: 'School to support.',
  },
];

const CORPUS = readFileSync(path.join(__dirname, '..', 'corpus', 'own-examples.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; cells: Cells; smart: boolean | null });

const warnings = (cells: Cells) => checkRow(cells).filter((f) => f.severity !== 'info');
const flagged = [...ROWS, ...CORPUS.map((i) => i.cells)].filter((c) => warnings(c).length > 0);

/** Plausible values an author might type into each gap. */
function fill(text: string): string {
  return text.replace(/\[([^[\]\n]{1,60})\]/g, (_m, label: string) => {
    if (/dd\/mm|date/i.test(label)) return '14/09/2026';
    if (/^\d+%?$/.test(label)) return label;
    if (/worker|professional|adult|parent|name/i.test(label)) return 'Ann Lee (family support worker)';
    if (/service/i.test(label)) return 'the Harbour Centre';
    if (/bedtime/i.test(label)) return '7.30pm';
    return 'the three jobs on the kitchen chart';
  });
}

const factsOf = (text: string) => [
  ...new Set([
    ...(text.match(/\b[A-Z][a-z]{2,}\b/g) ?? []).filter(
      (w) => !/^(?:The|This|There|When|Make|Ensure|Complete|Improve|Monitor|Through|Ongoing|All)$/.test(w),
    ),
    ...(text.match(/\d+(?:[./:]\d+)*/g) ?? []),
  ]),
];

describe('properties of every rewrite', () => {
  const results = flagged.map((cells) => ({ cells, after: rewritten(cells) as Cells }));

  it('rewrites every row the checker flags', () => {
    expect(results.filter((r) => r.after === null)).toEqual([]);
  });

  it.each(results.map((r) => [Object.values(r.cells).join(' | '), r] as const))(
    're-checks clean but for its gaps, left or filled: %s',
    (_, r) => {
      const left = warnings(r.after).filter((f) => f.code !== 'placeholder');
      expect(left.map((f) => `${f.code}: ${f.quote}`)).toEqual([]);
      const filled = Object.fromEntries(Object.entries(r.after).map(([k, v]) => [k, fill(v ?? '')])) as Cells;
      expect(warnings(filled).map((f) => `${f.code}: ${f.quote}`)).toEqual([]);
    },
  );

  it('keeps at least 90% of the names, numbers and dates of each row', () => {
    for (const r of results) {
      const before = factsOf(Object.values(r.cells).join(' '));
      const after = Object.values(r.after).join(' ').toLowerCase();
      const kept = before.filter((f) => after.includes(f.toLowerCase()));
      expect({ row: r.cells, kept: kept.length >= 0.9 * before.length }).toEqual({ row: r.cells, kept: true });
    }
  });

  it('asks for at most three gaps a row, two or fewer in the middle row, none nested', () => {
    const counts = results.map((r) => Object.values(r.after).reduce((n, v) => n + findGaps(v ?? '').length, 0));
    expect(Math.max(...counts)).toBeLessThanOrEqual(3);
    const sorted = [...counts].sort((a, b) => a - b);
    expect(sorted[Math.floor((sorted.length - 1) / 2)]).toBeLessThanOrEqual(2);
    for (const r of results) for (const v of Object.values(r.after)) expect(v).not.toMatch(/\[[^\]]*\[/);
  });

  it('never writes an instruction inside a gap', () => {
    for (const r of results)
      for (const v of Object.values(r.after))
        for (const gap of findGaps(v ?? '')) expect(gap.label).not.toMatch(/\b(?:e\.g\.|say|write|add|what you)\b/i);
  });

  it('gives no two rows the same words, even for the same fault', () => {
    const taken = new Set<string>();
    const asap = rewritten({ when: 'ASAP' }, taken);
    const soon = rewritten({ when: 'As soon as possible' }, taken);
    expect(asap).not.toEqual(soon);
    expect(warnings(soon as Cells).filter((f) => f.code !== 'placeholder')).toEqual([]);
  });

  it('leaves every SMART row of the examples untouched', () => {
    for (const item of CORPUS.filter((i) => i.smart === true)) expect(rewriteRowByRole(item.cells)).toBeNull();
  });
});

describe('checkPlan and the placeholder rule', () => {
  it('fills report.rewrites, one per row that is not SMART, answering that row\u2019s findings', () => {
    const report = checkPlan([
      {
        rows: [
          CHILDS_HEADER,
          ['Ava needs to be healthy.', "Ava's health needs will be met.", 'Mum to take Ava to the dentist.', ''],
          [
            'Ava has toothache and is not registered with a dentist.',
            'Ava will be registered with a dentist and have her treatment completed.',
            'Mum to register Ava with Bright Smile Dental by 16/01/2026 and take her to every appointment. The health visitor to check at her visit on 30/01/2026 that a first appointment has happened.',
            '',
          ],
        ],
      },
    ]);
    expect(report.rewrites?.map((r) => r.row)).toEqual([1]);
    const ids = new Set(report.tables[0].findings.filter((f) => f.row === 1).map((f) => f.id));
    expect(report.rewrites?.[0].resolves.length).toBeGreaterThan(0);
    for (const id of report.rewrites?.[0].resolves ?? []) expect(ids.has(id)).toBe(true);
    expect(report.rewrites?.[0].summary).toMatch(/^This rewrite /);
  });

  it('flags a gap left in the document: fill in or remove', () => {
    const found = checkRow({ when: 'By [dd/mm/yyyy]' }).filter((f) => f.code === 'placeholder');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', quote: '[dd/mm/yyyy]' })]);
    expect(found[0].message).toMatch(/fill in or remove/);
  });
});

describe('quick fixes beside the row rewrite', () => {
  const suggestions = (cells: Cells) => checkRow(cells).flatMap((f) => (f.suggestion ? [f.suggestion.text] : []));

  it('"ASAP" asks for a date, never a frequency', () => {
    expect(suggestions({ action_owner_when: 'Social worker to make the referral ASAP.' })).toContain('by [dd/mm/yyyy]');
    expect(suggestions({ action_owner_when: 'Social worker to make the referral ASAP.' }).join()).not.toMatch(/every/);
  });

  it('school "regularly" means every school day', () => {
    expect(
      suggestions({ outcome: 'Noah will attend school regularly.', owner: 'Mum', when: 'By 01/02/2026' }),
    ).toContain('every school day');
  });

  it('no fixed measure sentence, and no instruction in brackets, on any row', () => {
    for (const cells of flagged)
      for (const text of suggestions(cells)) {
        expect(text).not.toMatch(/e\.g\.|what you will see|what we will count|\[Child\]/);
        expect(text).not.toMatch(/\[[^\]]*\[/);
      }
  });
});

describe('vague actions become something anyone could see done', () => {
  const rewriteOf = (cells: Cells) => rewriteRowByRole(cells)?.cells.map((c) => `${c.role}: ${c.after}`) ?? [];

  it('names the service to go to and what the social worker will check, keeping the date', () => {
    const after = rewriteOf({
      outcome: 'Lily will be safe at home.',
      action_owner_when: 'Parents to engage with services. Social worker to monitor. By 18/12/2026.',
    });
    const actions = after.find((line) => line.startsWith('action_owner_when'));
    expect(actions).toBe(
      'action_owner_when: Parents to go to every session offered by [named service]. Social worker to visit and check Lily, recording what is seen against this plan. By 18/12/2026.',
    );
  });

  it('keeps what the help is about, with no gap, and the contact by phone', () => {
    expect(
      rewriteOf({
        outcome: 'Jo will attend school every day.',
        action: 'School to liaise with Mum',
        owner: 'School',
        when: 'Weekly',
      }),
    ).toContain('action: School to phone Mum to share what has changed.');
    expect(
      rewriteOf({
        outcome: 'Finn will be more settled.',
        action_owner_when: 'Health visitor to support Mum with bedtimes - ongoing.',
      }).join('\n'),
    ).toContain('Health visitor to meet Mum to plan and practise bedtimes together');
  });

  it('re-checks with no vague action left', () => {
    const cells: Cells = {
      outcome: 'Lily will be safe at home.',
      action_owner_when: 'Parents to engage with services. Social worker to monitor. By 18/12/2026.',
    };
    const rewrite = rewriteRowByRole(cells)!;
    const after = { ...cells };
    for (const cell of rewrite.cells) after[cell.role as keyof Cells] = cell.after;
    expect(checkRow(after).filter((f) => f.code === 'vague')).toEqual([]);
  });
});

describe('thinking and dealing-with actions become a task', () => {
  const outcome = 'Jay will go to school every day (at least 95% attendance by the end of the spring term).';
  const actionAfter = (action: string) =>
    rewriteRowByRole({ outcome, action, owner: 'Mum', when: 'By 31/03/2027' })?.cells.find((c) => c.role === 'action')
      ?.after;

  it('keeps what is to change as the purpose of a task only the author can name', () => {
    expect(actionAfter('Mum to make changes to the home.')).toBe(
      'Mum to carry out [the task agreed] to make changes to the home.',
    );
    expect(actionAfter('Address concerns about home conditions.')).toBe(
      'Carry out [the task agreed] to address concerns about home conditions.',
    );
  });

  it('turns thinking into a conversation with a named worker, keeping what it is about', () => {
    expect(actionAfter('Mum to reflect on her parenting.')).toBe(
      'Mum to talk with [named worker] about her parenting.',
    );
  });

  it('re-checks with no vague action left', () => {
    for (const action of ['Mum to make changes to the home.', 'Mum to reflect on her parenting.']) {
      const after = actionAfter(action)!;
      expect(
        checkRow({ outcome, action: after, owner: 'Mum', when: 'By 31/03/2027' }).filter((f) => f.code === 'vague'),
      ).toEqual([]);
    }
  });
});
