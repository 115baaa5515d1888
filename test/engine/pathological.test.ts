// Hostile cells (issue #16): every path through the engine is linear, so a 100,000-character cell of one
// word repeated is checked in milliseconds. Times are printed against the bench's budget, not asserted
// (a busy machine is not a defect); what is asserted is that each check finishes with findings that quote
// their own cell. `npm run bench` prints the worst time on a quiet run.
import fc from 'fast-check';
import { checkPlan, checkRow, type Finding } from '../../src/engine';
import { PATHOLOGICAL_UNITS, pathologicalCell } from '../support/pathological';
import { fuzzRuns } from '../support/fuzz';

const BUDGET_MS = 50;
const ALL_RULES_OFF = [
  'vague',
  'subjective',
  'action-as-outcome',
  'action-as-need',
  'no-measure',
  'self-report-only',
  'no-owner',
  'no-timescale',
  'open-timescale',
  'past-deadline',
  'unrealistic',
  'negative-framing',
  'too-many-actions',
  'jargon',
];
const times: Array<{ case: string; ms: number }> = [];

function timed<T>(name: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  times.push({ case: name, ms: Math.round(performance.now() - started) });
  return result;
}

function expectQuotesInside(findings: Finding[], cells: Record<number, string>) {
  for (const f of findings) expect(cells[f.column].slice(f.start, f.end)).toBe(f.quote);
}

afterAll(() => {
  const over = times.filter((t) => t.ms > BUDGET_MS);
  const worst = [...times].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(
    `Pathological cells: ${times.length} checked, ${over.length} over the ${BUDGET_MS} ms budget on this machine; ` +
      `slowest: ${worst.map((t) => `${t.case} ${t.ms} ms`).join(', ')}`,
  );
});

describe('pathological 100,000-character cells', () => {
  it.each(Object.entries(PATHOLOGICAL_UNITS))('checks a cell of "%s" repeated', (family, unit) => {
    const cell = pathologicalCell(unit);
    const findings = timed(family, () => checkRow({ outcome: cell, action_owner_when: cell }));
    expectQuotesInside(findings, { 0: cell, 1: cell });
  });

  it('reads a whitespace cell with every rule off (the plan-wide acronym scan once stalled here)', () => {
    const cell = pathologicalCell(' \t\n');
    const report = timed('whitespace, rules off', () =>
      checkPlan(
        [
          {
            rows: [
              ['Outcome', 'Who and by when', 'What needs to happen'],
              ['Kai will walk to school.', cell, cell],
            ],
          },
        ],
        {
          disabledRules: ALL_RULES_OFF,
        },
      ),
    );
    expect(report.tables[0].findings).toEqual([]);
  });

  it('marks the first 200 of 4,000 "ASAP"s in a cell of nothing else, each as an open timescale', () => {
    const cell = pathologicalCell('ASAP ', 20000);
    const findings = timed('ASAP x4000, counted', () => checkRow({ action_owner_when: cell }));
    const open = findings.filter((f) => f.code === 'open-timescale');
    expect(open).toHaveLength(200);
    expect(open.map((f) => f.quote)).toEqual(Array(200).fill('ASAP'));
    expect(open[199].start).toBe(199 * 5);
  });

  it('mixes of the families, at random lengths', () => {
    const units = Object.values(PATHOLOGICAL_UNITS);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...units), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1000, max: 100000 }),
        (mix, length) => {
          const cell = pathologicalCell(mix.join(''), length);
          const name = `${mix.map((u) => JSON.stringify(u.trim() || u)).join('+')} x${length}`;
          const findings = timed(name, () => checkRow({ outcome: cell, action: cell, owner: 'Mum' }));
          expectQuotesInside(findings, { 0: cell, 1: cell, 2: 'Mum' });
        },
      ),
      { numRuns: fuzzRuns(30) },
    );
  });
});
