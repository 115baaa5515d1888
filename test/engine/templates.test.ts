import { LAYOUTS, checkPlan, detectLayout } from '../../src/engine';
import { PRACTICE_PLANS, SAMPLE_PLAN } from '../../src/engine/practice';
import { addWeeks, buildTemplate } from '../../src/engine/templates';

describe('templates', () => {
  it.each(LAYOUTS.map((l) => [l.id, l] as const))(
    '%s: header, details with a review 6 weeks on, prompts, tag',
    (id, layout) => {
      const spec = buildTemplate(id, { planDate: '2025-03-03', children: 'Ava, 6', rows: 2 });
      expect(spec.header).toEqual(layout.columns.map((c) => c.header));
      expect(spec.rows).toHaveLength(2);
      expect(spec.rows.every((r) => r.length === layout.columns.length && r.every((c) => c.prompt && !c.text))).toBe(
        true,
      );
      expect(spec.details).toEqual(
        expect.arrayContaining([
          { label: 'Review date', value: '14/04/2025' },
          { label: 'Child or children', value: 'Ava, 6' },
        ]),
      );
      expect(spec.tag).toBe(`smart-plan:template:${id}`);
      expect(spec.signatures).toEqual(layout.signatures);
    },
  );

  it.each(LAYOUTS.map((l) => [l.id] as const))(
    '%s: an empty template is recognised and only prompts "to complete"',
    (id) => {
      const spec = buildTemplate(id, { rows: 3 });
      const rows = [spec.header, ...spec.rows.map((r) => r.map(() => ''))];
      expect(detectLayout(rows)?.layoutId).toBe(id);
      const report = checkPlan([{ rows }]);
      expect(report.tables[0].findings.map((f) => [f.code, f.severity])).toEqual([
        ['to-complete', 'info'],
        ['to-complete', 'info'],
        ['to-complete', 'info'],
      ]);
      expect(report.planFindings).toEqual([]);
    },
  );

  it('counts six weeks across a month end', () => {
    expect(addWeeks('2025-01-25', 6)).toBe('2025-03-08');
  });
});

describe('practice plans', () => {
  it.each(PRACTICE_PLANS.map((p) => [p.id, p] as const))(
    '%s: every worked cell was flagged, and the worked plan checks clean',
    (_, plan) => {
      const rows = [plan.spec.header, ...plan.spec.rows.map((r) => r.map((c) => c.text ?? ''))];
      const flagged = checkPlan([{ rows }]).tables[0].findings.filter((f) => f.severity !== 'info');
      const flaggedRows = new Set(flagged.map((f) => f.row - 1));
      for (const w of plan.worked) {
        expect(rows[w.row + 1][w.column]).toBe(w.before);
        expect(flaggedRows.has(w.row)).toBe(true);
      }
      const fixed = rows.map((r) => [...r]);
      for (const w of plan.worked) fixed[w.row + 1][w.column] = w.after;
      // Worked versions are finished rows (no [gaps]), so nothing but tips may remain.
      const left = checkPlan([{ rows: fixed }]).tables[0].findings.filter((f) => f.severity !== 'info');
      expect(left.filter((f) => f.code !== 'placeholder')).toEqual([]);
    },
  );

  it('opens the preview on a plan with faults to find', () => {
    expect(PRACTICE_PLANS).toContain(SAMPLE_PLAN);
    expect(SAMPLE_PLAN.spec.rows.length).toBeGreaterThanOrEqual(3);
  });
});

describe('templates inserted in Word', () => {
  it('reads the prompts Word shows as text as empty cells, not as plan text to judge', () => {
    const spec = buildTemplate('torbay', { rows: 2 });
    const rows = [spec.header, ...spec.rows.map((r) => r.map((c) => c.prompt ?? ''))];
    const findings = checkPlan([{ rows }]).tables[0].findings;
    expect(findings.every((f) => f.code === 'to-complete')).toBe(true);
  });
});
