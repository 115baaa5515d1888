// Random and hostile text never breaks the engine, and every span it reports lies inside its cell.
import fc from 'fast-check';
import { checkPlan, checkRow, type Role } from '../../src/engine';
import { fuzzRuns } from '../support/fuzz';

const HOSTILE = [
  '',
  ' ',
  '\u0000\u0007\u001b[31m',
  '\u202eongoing\u202c',
  'مرحبا ongoing ASAP',
  '👶🏽 Mum to stop drinking 🍺 by 01/02/25',
  'a'.repeat(5000),
  '((((((((((',
  '\\\\\\',
  '<w:t>ASAP</w:t>',
];
const hostileText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
const ROLES: Role[] = [
  'need',
  'outcome',
  'action',
  'owner',
  'when',
  'owner_when',
  'action_owner_when',
  'measure',
  'achieved',
];

describe('hostile text', () => {
  it('never throws on a row, and spans quote their cell', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ROLES), hostileText, { maxKeys: 5 }), (cells) => {
        const values = Object.values(cells);
        for (const f of checkRow(cells)) {
          const cell = values[f.column];
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(cell.length);
          expect(cell.slice(f.start, f.end)).toBe(f.quote);
        }
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('never throws on ragged tables', () => {
    fc.assert(
      fc.property(fc.array(fc.array(hostileText, { maxLength: 6 }), { maxLength: 6 }), (body) => {
        const rows = [['Outcome', 'Who and by when', 'What needs to happen'], ...body];
        const report = checkPlan([{ rows }]);
        for (const f of report.tables[0].findings) expect(rows[f.row][f.column].slice(f.start, f.end)).toBe(f.quote);
      }),
      { numRuns: fuzzRuns(200) },
    );
  });

  it('handles a 100,000-character cell', () => {
    const huge = 'Mum will be more confident and happier regularly '.repeat(2000);
    const findings = checkRow({ outcome: huge, action_owner_when: huge });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.end).toBeLessThanOrEqual(huge.length);
  });
});
