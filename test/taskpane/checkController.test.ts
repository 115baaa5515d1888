// The Check tab's logic without the drawing: what a user would see listed, and what ends up in the document.
import { CheckController, groupByRow, matchesFilter } from '../../src/taskpane/checkController';
import { MemorySettingsStore, DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import { FakePlanDocument, fakeEngine, samplePlan } from './fakeDocument';

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
    expect(groups.map((g) => g.label)).toEqual(['Row 2', 'Row 4']);
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
    expect(doc.marks).toHaveLength(3);
    expect(doc.marks[0]).toMatchObject({ comment: true, author: 'A. Supervisor' });

    doc.tables[0][1][1] = 'Mum to walk Sam to school at 8.30 every weekday.'; // the user edits a cell
    await controller.check();
    expect(doc.marks.map((m) => m.findingId).sort()).toEqual(
      controller
        .cellFindings()
        .map((f) => f.id)
        .sort(),
    );
    expect(doc.marks).toHaveLength(2);

    await controller.clearMarks();
    expect(doc.marks).toHaveLength(0);
    expect(controller.getState().notice?.text).toMatch(/Removed 2 marks/);
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

  it('writes a supervisor summary with the action figures and the plan-level points', async () => {
    const { controller, doc } = await checked();
    const summary = controller.reviewerSummary();
    expect(summary).toMatch(/3 of 4 actions have no date or timescale/);
    expect(summary).toMatch(/Plan: The plan does not say when it will be reviewed/);
    await controller.insertSummary();
    expect(doc.summaries).toEqual([summary]);
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
    expect(groups.map((g) => g.label)).toEqual(['Table 1, row 4', 'Table 3, row 2']);
  });
});
