// What a practitioner gets when they start a plan from a template, and what a trainer gets from the
// practice plans. The examples here are our own; nothing is read from the guidance at test time.
import { checkPlan, detectLayout, LAYOUTS, type LayoutId, type PlanTableSpec } from '../../src/engine';
import { PRACTICE_PLANS, SAMPLE_PLAN } from '../../src/engine/practice';
import { buildTemplate, todayIso } from '../../src/engine/templates';

const detail = (spec: PlanTableSpec, label: string) => spec.details.find((d) => d.label === label);

/** The table as the checker reads it once inserted: header, then the cells as the user sees them typed. */
const asRead = (spec: PlanTableSpec) => [spec.header, ...spec.rows.map((r) => r.map((c) => c.text ?? ''))];

describe('each layout as a template', () => {
  it('Torbay asks who, what, when, where, which and why, and is signed by the parents and the child', () => {
    const spec = buildTemplate('torbay', { planDate: '2025-06-02' });
    expect(spec.header).toEqual([
      'Desired outcome',
      'What needs to happen?',
      'Who will be responsible?',
      'When does it need to be done?',
      'How will we know we have made progress?',
    ]);
    const checklist = detail(spec, 'Checklist')?.value ?? '';
    for (const word of ['who', 'what', 'when', 'where', 'which', 'why'])
      expect(checklist).toMatch(new RegExp(`\\b${word}\\b`));
    expect(checklist).toMatch(/parents and the child/);
    expect(spec.signatures).toEqual(expect.arrayContaining(['Parent or carer', 'Child or young person']));
  });

  it.each([
    ['childs-care-plan', ['Assessed need', 'Outcome', 'Actions to be undertaken, by whom and by when', 'Achieved?']],
    [
      'smart-planning-guidance',
      [
        'What outcome do we want to achieve \u2013 what will look different for the child',
        'What needs to happen and what would help',
        'Who will take action, and by when',
      ],
    ],
  ] as Array<[LayoutId, string[]]>)('%s has the guidance\u2019s columns and no signature block', (id, header) => {
    const spec = buildTemplate(id);
    expect(spec.header).toEqual(header);
    expect(spec.signatures).toBeUndefined();
  });

  it('the DCS plan leaves room for the family\u2019s aspirations and the gaps in services', () => {
    const spec = buildTemplate('dcs');
    expect(spec.details.map((d) => d.label)).toContain('Family\u2019s aspirations: what would be different for us');
    expect(detail(spec, 'Family\u2019s aspirations: what would be different for us')?.prompt).toBeTruthy();
    expect(spec.header).toContain('Gaps in services and the risk this poses');
    expect(spec.header.some((h) => /child\u2019s and family\u2019s view/.test(h))).toBe(true);
  });

  it('the Wakefield safety plan scales 0 to 10 and keeps what must change apart from the actions', () => {
    const spec = buildTemplate('wakefield');
    expect(spec.header).toContain('Scale now (0 to 10)');
    const change = spec.header.indexOf('What needs to change?');
    expect(spec.rows[0][change].prompt).toMatch(/not an action/);
  });

  it.each(LAYOUTS.map((l) => [l.id] as const))('%s: the review date falls 6 weeks after the plan date', (id) => {
    expect(detail(buildTemplate(id, { planDate: '2025-12-01' }), 'Review date')?.value).toBe('12/01/2026');
    expect(detail(buildTemplate(id, { planDate: '2024-02-01' }), 'Plan date')?.value).toBe('01/02/2024');
    expect(detail(buildTemplate(id, { planDate: '2024-02-01' }), 'Review date')?.value).toBe('14/03/2024');
  });

  it('dates the plan today when no plan date is given, and prompts for the children when none are named', () => {
    const spec = buildTemplate('childs-care-plan');
    const [y, m, d] = todayIso().split('-');
    expect(detail(spec, 'Plan date')?.value).toBe(`${d}/${m}/${y}`);
    expect(detail(spec, 'Child or children')).toEqual({ label: 'Child or children', prompt: expect.any(String) });
  });

  it('starts with 3 rows, and keeps any number asked for between 1 and 50', () => {
    expect(buildTemplate('torbay').rows).toHaveLength(3);
    expect(buildTemplate('torbay', { rows: 8 }).rows).toHaveLength(8);
    expect(buildTemplate('torbay', { rows: 0 }).rows).toHaveLength(1);
    expect(buildTemplate('torbay', { rows: 400 }).rows).toHaveLength(50);
  });

  it.each(LAYOUTS.map((l) => [l.id, l] as const))(
    '%s: every empty cell carries its column\u2019s question',
    (id, layout) => {
      const spec = buildTemplate(id, { rows: 2 });
      for (const row of spec.rows) expect(row.map((c) => c.prompt)).toEqual(layout.columns.map((c) => c.prompt));
      expect(spec.title).toBe(layout.name);
      expect(layout.source.document).toBeTruthy();
    },
  );
});

describe('an inserted template, round trip through the checker', () => {
  it.each(LAYOUTS.map((l) => [l.id] as const))(
    '%s: recognised as its own layout, with "to complete" tips and no warnings',
    (id) => {
      const rows = asRead(buildTemplate(id, { rows: 2 }));
      expect(detectLayout(rows)?.layoutId).toBe(id);
      const findings = checkPlan([{ rows }]).tables[0].findings;
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(new Set(findings.map((f) => f.code))).toEqual(new Set(['to-complete']));
    },
  );

  it('a Torbay template filled in with SMART rows of our own checks clean', () => {
    const spec = buildTemplate('torbay', { rows: 1 });
    const rows = [
      spec.header,
      [
        'Jaden will be at school on time every day, so that his attendance rises from 78% to 90% by 18/07/2025.',
        'Mr [name] (learning mentor) to meet Jaden and his dad every Friday morning to look at the week\u2019s register together.',
        'Mr [name] (learning mentor) and Dad',
        'Every Friday from 07/03/2025 until 18/07/2025',
        'The school register, checked at each Friday meeting; Jaden says at the review what has helped him.',
      ],
    ];
    // The rows keep an author's [gap] ("Mr [name]") on purpose: only the placeholder reminder may remain.
    const left = checkPlan([{ rows }]).tables[0].findings.filter((f) => f.severity !== 'info');
    expect(left.filter((f) => f.code !== 'placeholder')).toEqual([]);
  });
});

describe('practice plans', () => {
  const allText = (plan: (typeof PRACTICE_PLANS)[number]) =>
    plan.spec.rows.flatMap((r) => r.map((c) => c.text ?? '')).join('\n');

  it('include a Child\u2019s Care Plan and a Torbay plan, each in its layout\u2019s columns', () => {
    const layouts = PRACTICE_PLANS.map((p) => p.layoutId);
    expect(layouts).toEqual(expect.arrayContaining(['childs-care-plan', 'torbay']));
    for (const plan of PRACTICE_PLANS) {
      expect(detectLayout(asRead(plan.spec))?.layoutId).toBe(plan.layoutId);
      expect(plan.spec.rows.every((r) => r.every((c) => c.text !== undefined && c.prompt === undefined))).toBe(true);
    }
  });

  it('the Torbay plan shows the handbook\u2019s common errors for a trainer to correct', () => {
    const torbay = PRACTICE_PLANS.find((p) => p.layoutId === 'torbay')!;
    const text = allText(torbay);
    for (const fault of [
      /stop drinking/i,
      /no further incidents/i,
      /\bongoing\b/i,
      /\bASAP\b/,
      /stop hitting/i,
      /CAMHS/,
    ]) {
      expect(text).toMatch(fault);
    }
    const codes = new Set(checkPlan([{ rows: asRead(torbay.spec) }]).tables[0].findings.map((f) => f.code));
    for (const code of ['action-as-outcome', 'no-measure', 'open-timescale', 'negative-framing', 'jargon']) {
      expect(codes).toContain(code);
    }
  });

  it('between them they show vague words, service terms as a need, and unrealistic aims', () => {
    const codes = new Set(
      PRACTICE_PLANS.flatMap((p) => checkPlan([{ rows: asRead(p.spec) }]).tables[0].findings.map((f) => f.code)),
    );
    for (const code of ['subjective', 'action-as-need', 'unrealistic']) expect(codes).toContain(code);
    const text = PRACTICE_PLANS.map(allText).join('\n');
    expect(text).toMatch(/appropriate/);
    expect(text).toMatch(/clean and tidy/);
  });

  it.each(PRACTICE_PLANS.map((p) => [p.id, p] as const))(
    '%s: the checker flags every cell a worked example corrects, and the corrected plan checks clean',
    (_, plan) => {
      const rows = asRead(plan.spec);
      const flagged = checkPlan([{ rows }]).tables[0].findings.filter((f) => f.severity !== 'info');
      for (const w of plan.worked) {
        expect(flagged.some((f) => f.row === w.row + 1)).toBe(true);
        expect(w.guidance.section).toBeTruthy();
      }
      const fixed = rows.map((r) => [...r]);
      for (const w of plan.worked) fixed[w.row + 1][w.column] = w.after;
      // Worked cells keep the author's [gaps] on purpose: only the placeholder reminder may remain.
      const remaining = checkPlan([{ rows: fixed }]).tables[0].findings.filter((f) => f.severity !== 'info');
      expect(remaining.filter((f) => f.code !== 'placeholder')).toEqual([]);
    },
  );

  it('worked versions are finished rows with no [gap] in them (issue #14: they show what a finished row reads like)', () => {
    const gaps = PRACTICE_PLANS.flatMap((p) => p.worked.flatMap((w) => w.after.match(/\[[^\]]+\]/g) ?? []));
    expect(gaps).toEqual([]);
  });

  it('the preview opens on a Child\u2019s Care Plan with faults to find', () => {
    expect(SAMPLE_PLAN.layoutId).toBe('childs-care-plan');
    const warnings = checkPlan([{ rows: asRead(SAMPLE_PLAN.spec) }]).tables[0].findings.filter(
      (f) => f.severity !== 'info',
    );
    expect(warnings.length).toBeGreaterThanOrEqual(5);
  });
});
