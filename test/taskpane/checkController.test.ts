// The Check tab's logic without the drawing: what a user would see listed, and what ends up in the document.
import { CheckController, groupByRow, isNotFilledIn, matchesFilter } from '../../src/taskpane/checkController';
import type { PlanReport } from '../../src/engine/types';
import type { EngineApi } from '../../src/taskpane/engineAdapter';
import { MemorySettingsStore, DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import { FakePlanDocument, fakeEngine, samplePlan } from './fakeDocument';
import { proposing } from '../support/rewrites';

async function checked(doc = new FakePlanDocument(samplePlan()), store = new MemorySettingsStore()) {
  const controller = new CheckController(doc, store, fakeEngine);
  await controller.init();
  await controller.check('document');
  return { controller, doc, store };
}

describe('CheckController', () => {
  it('lists findings grouped by row in document order, with the row quoted', async () => {
    const { controller } = await checked();
    const groups = controller.groups();
    // Rows as the user counts them: the first row under the header is row 1.
    expect(groups.map((g) => g.label)).toEqual(['Row 1', 'Row 3']);
    expect(groups[0].preview).toBe('Sam goes to school every day.');
    expect(groups[0].findings.map((f) => f.quote)).toEqual(['regularly', 'ongoing']);
    expect(controller.planFindings().map((f) => f.code)).toEqual(['no-review-date']);
  });

  it('filters by SMART letter and by severity', async () => {
    const { controller } = await checked();
    const timely = controller.groups({ letters: ['T'], severities: [] }).flatMap((g) => g.findings);
    expect(timely.map((f) => f.quote)).toEqual(['ongoing']);
    const tips = controller.groups({ letters: [], severities: ['info'] }).flatMap((g) => g.findings);
    expect(tips.map((f) => f.quote)).toEqual(['appropriate']);
    const finding = timely[0];
    expect(matchesFilter(finding, { letters: ['S', 'M'], severities: [] })).toBe(false);
  });

  it('applies an edited rewrite into the cell and re-checks, so the point goes away', async () => {
    const { controller, doc } = await checked();
    const ongoing = controller.cellFindings().find((f) => f.quote === 'ongoing')!;
    await controller.apply(ongoing, 'every week until 30 June');
    expect(doc.tables[0][1][2]).toBe('every week until 30 June');
    expect(doc.applied[0].tracked).toBe(false);
    expect(controller.cellFindings().map((f) => f.quote)).not.toContain('ongoing');
    expect(controller.getState().notice?.text).toMatch(/applied/i);
  });

  it('makes every Apply a tracked change in reviewer mode, and says so when the host cannot track', async () => {
    const { controller, doc } = await checked(
      undefined,
      new MemorySettingsStore({ ...DEFAULT_SETTINGS, reviewerMode: true }),
    );
    await controller.apply(controller.cellFindings()[0], '3 times a week');
    expect(doc.applied[0].tracked).toBe(true);

    doc.caps = { ...doc.caps, trackedChanges: false, limitations: ['This Word cannot track changes.'] };
    const fresh = new CheckController(
      doc,
      new MemorySettingsStore({ ...DEFAULT_SETTINGS, reviewerMode: true }),
      fakeEngine,
    );
    await fresh.init();
    await fresh.check();
    await fresh.apply(fresh.cellFindings()[0], 'safe and warm');
    expect(doc.applied[1].tracked).toBe(false);
    expect(fresh.getState().notice?.text).toMatch(/not as a tracked change/);
  });

  it('remembers an ignored finding in the document, so a new pane does not show it again', async () => {
    const { controller, doc } = await checked();
    const regularly = controller.cellFindings().find((f) => f.quote === 'regularly')!;
    await controller.ignore(regularly);
    expect(doc.state.ignored).toEqual([regularly.id]);
    expect(controller.cellFindings()).not.toContainEqual(regularly);

    const reopened = new CheckController(doc, new MemorySettingsStore(), fakeEngine);
    await reopened.init();
    await reopened.check();
    expect(reopened.cellFindings().map((f) => f.quote)).toEqual(['ongoing', 'appropriate']);
    await reopened.forgetIgnored();
    expect(reopened.cellFindings()).toHaveLength(3);
    expect(doc.state.ignored).toEqual([]);
  });

  it('switches a rule off in the settings when the user ignores the rule', async () => {
    const { controller, store } = await checked();
    await controller.ignoreRule('no-measure');
    expect((await store.load()).disabledRules).toEqual(['no-measure']);
    expect(controller.cellFindings().map((f) => f.rule)).not.toContain('no-measure');
  });

  it('marks everything once, refreshes the marks on re-check without duplicates, and clears exactly ours', async () => {
    const { controller, doc } = await checked(
      undefined,
      new MemorySettingsStore({ ...DEFAULT_SETTINGS, authorName: 'A. Supervisor' }),
    );
    await controller.markAll();
    // Three points in cells and the plan-level one (no review date), which the document puts on the first table.
    expect(doc.marks).toHaveLength(4);
    expect(doc.marks.filter((m) => m.table === -1)).toHaveLength(1);
    expect(doc.marks[0]).toMatchObject({ comment: true, author: 'A. Supervisor' });

    doc.tables[0][1][1] = 'Mum to walk Sam to school at 8.30 every weekday.'; // the user edits a cell
    await controller.check();
    expect(doc.marks.map((m) => m.findingId).sort()).toEqual(
      [...controller.cellFindings(), ...controller.planFindings()].map((f) => f.id).sort(),
    );
    expect(doc.marks).toHaveLength(3);

    await controller.clearMarks();
    expect(doc.marks).toHaveLength(0);
    expect(controller.getState().notice?.text).toMatch(/Removed 3 marks/);
  });

  it('numbers findings by the document\u2019s own table numbers when checking the table at the cursor', async () => {
    const doc = new FakePlanDocument([
      ...samplePlan(),
      [
        ['Outcome', 'When'],
        ['Keep going', 'ongoing'],
      ],
    ]);
    doc.cursorTable = 1;
    const controller = new CheckController(doc, new MemorySettingsStore(), fakeEngine);
    await controller.init();
    await controller.check('selection');
    const [finding] = controller.cellFindings();
    expect(finding.table).toBe(1);
    await controller.select(finding);
    expect(doc.selected[0].table).toBe(1);
  });

  it('says what happened when reading fails, and keeps the last results', async () => {
    const { controller, doc } = await checked();
    doc.failNextRead = new Error('Word is busy');
    await controller.check();
    const state = controller.getState();
    expect(state.error).toMatch(/Word is busy/);
    expect(state.error).toMatch(/last check/);
    expect(controller.cellFindings()).toHaveLength(3);
  });

  it('writes a supervisor summary that names the rows, in plain words, with the plan-level points', async () => {
    const { controller, doc } = await checked();
    const summary = controller.reviewerSummary();
    expect(summary).toMatch(/^No clear date in row 1\.$/m);
    expect(summary).toMatch(/^Nothing to measure progress by in row 1\.$/m);
    expect(summary).toMatch(/Plan as a whole: The plan does not say when it will be reviewed\.$/m);
    expect(summary).not.toMatch(/\.\.|no-measure|open-timescale|no measure \(/);
    expect(summary).toMatch(/1 point to put right and 1 point to improve, in 2 rows\./);
    await controller.insertSummary();
    expect(doc.summaries).toEqual([summary]);
    expect(doc.summaryOptions).toEqual([{ tracked: false }]);
  });

  it('inserts the summary as a tracked insertion in reviewer mode, where the host can track', async () => {
    const { controller, doc } = await checked(
      undefined,
      new MemorySettingsStore({ ...DEFAULT_SETTINGS, reviewerMode: true, markOnCheck: false }),
    );
    await controller.insertSummary();
    expect(doc.summaryOptions).toEqual([{ tracked: true }]);
  });

  it('groups several tables under table and row labels', () => {
    const base = {
      id: 'x',
      rule: 'r',
      code: 'vague' as const,
      letters: ['S' as const],
      severity: 'warning' as const,
      role: null,
      start: 0,
      end: 1,
      quote: 'x',
      message: 'm',
      guidance: { document: 'dcs' as const, section: 's', point: 'p' },
    };
    const groups = groupByRow([
      { ...base, id: 'b', table: 2, row: 1, column: 0 },
      { ...base, id: 'a', table: 0, row: 3, column: 1 },
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Table 1, row 3', 'Table 3, row 1']);
  });

  it('counts the same points everywhere: rows plus the plan as a whole', async () => {
    const { controller } = await checked();
    const counts = controller.counts();
    expect(counts).toMatchObject({ cells: 3, rows: 2, plan: 1, total: 4 });
    expect(counts.bySeverity.error + counts.bySeverity.warning + counts.bySeverity.info).toBe(counts.total);
    await controller.ignore(controller.cellFindings()[0]);
    expect(controller.counts()).toMatchObject({ cells: 2, plan: 1, total: 3 });
  });

  it('applying one quick fix leaves every other point and mark in place', async () => {
    const { controller, doc } = await checked();
    await controller.markAll();
    const before = controller.cellFindings().map((f) => f.id);
    const ongoing = controller.cellFindings().find((f) => f.quote === 'ongoing')!;
    await controller.apply(ongoing, 'every week until 30 June');
    const after = controller.cellFindings().map((f) => f.id);
    expect(after).toEqual(before.filter((id) => id !== ongoing.id));
    expect(controller.planFindings()).toHaveLength(1);
    expect(doc.marks.map((m) => m.findingId).sort()).toEqual([...after, controller.planFindings()[0].id].sort());
  });

  it('in reviewer mode, Check marks the document too, unless the reviewer turns that off', async () => {
    const { doc } = await checked(undefined, new MemorySettingsStore({ ...DEFAULT_SETTINGS, reviewerMode: true }));
    expect(doc.marks).toHaveLength(4); // three cell points and the plan-level one

    const plain = await checked(undefined, new MemorySettingsStore(DEFAULT_SETTINGS));
    expect(plain.doc.marks).toHaveLength(0);

    const off = await checked(
      undefined,
      new MemorySettingsStore({ ...DEFAULT_SETTINGS, reviewerMode: true, markOnCheck: false }),
    );
    expect(off.doc.marks).toHaveLength(0);
  });

  it('reads a plan whose only points are "to complete" as not filled in yet', async () => {
    const prompts: EngineApi = {
      ...fakeEngine,
      checkPlan: (tables, options) => {
        const report = fakeEngine.checkPlan(tables, options) as PlanReport;
        const finding = {
          ...report.planFindings[0],
          id: 'c',
          code: 'to-complete' as const,
          table: 0,
          row: 1,
          column: 0,
        };
        return {
          ...report,
          tables: [{ ...report.tables[0], findings: [finding] }],
          score: { ...report.score, overall: 100 },
        };
      },
    };
    const doc = new FakePlanDocument([
      [
        ['Outcome', 'When'],
        ['', ''],
      ],
    ]);
    const controller = new CheckController(doc, new MemorySettingsStore(), prompts);
    await controller.init();
    await controller.check();
    expect(controller.notFilledIn()).toBe(true);
    expect(controller.reviewerSummary()).toMatch(/not filled in yet/);
    expect(controller.reviewerSummary()).not.toMatch(/100/);
    const { controller: filled } = await checked();
    expect(filled.notFilledIn()).toBe(false);
    expect(isNotFilledIn(undefined)).toBe(false);
  });

  it('offers one rewrite per row and applies it only when every gap is filled', async () => {
    const doc = new FakePlanDocument(samplePlan());
    const controller = new CheckController(doc, new MemorySettingsStore(), proposing(fakeEngine));
    await controller.init();
    await controller.check();
    const [first, second] = controller.groups();
    expect(first.rewrite?.id).toBe('rw:1');
    expect(second.rewrite).toBeUndefined();

    await controller.applyRewrite(first.rewrite!);
    expect(doc.tables[0][1][1]).toBe('Mum to walk Sam to school regularly.');
    expect(controller.getState().notice?.text).toMatch(/^Fill in the gap first/);

    await controller.applyRewrite(first.rewrite!, { 1: 'Mum to walk Sam to school every weekday at 8.30am.' });
    expect(doc.tables[0][1].slice(1)).toEqual([
      'Mum to walk Sam to school every weekday at 8.30am.',
      'Every weekday until the review on 30 June',
    ]);
    expect(controller.groups().map((g) => g.label)).toEqual(['Row 3']);
    expect(controller.cellFindings().map((f) => f.quote)).toEqual(['appropriate']);
  });
});

describe('the plan date', () => {
  it('is left to the engine (the plan’s own date, then today) unless the user set one', async () => {
    const seen: Array<string | undefined> = [];
    const engine = {
      ...fakeEngine,
      checkPlan: (tables: never, options: { planDate?: string }) => {
        seen.push(options.planDate);
        return fakeEngine.checkPlan(tables, options as never);
      },
    } as unknown as EngineApi;
    const unset = new CheckController(new FakePlanDocument(samplePlan()), new MemorySettingsStore(), engine);
    await unset.init();
    await unset.check('document');
    const set = new CheckController(
      new FakePlanDocument(samplePlan()),
      new MemorySettingsStore({ ...DEFAULT_SETTINGS, planDate: '2026-11-01' }),
      engine,
    );
    await set.init();
    await set.check('document');
    expect(seen).toEqual([undefined, '2026-11-01']);
  });
});
