// smart-plan eval <corpus.jsonl> [--json]: the scores of ../shared/corpus/README.md.
import { checkRow } from '../engine';
import { corpusFromArgs, type CorpusItem } from './corpus';

export interface EvalResult {
  items: number;
  verdict: {
    tp: number;
    fp: number;
    tn: number;
    fn: number;
    precision: number;
    recall: number;
    f1: number;
    specificity: number;
    balancedAccuracy: number;
  };
  codes: Record<string, { expected: number; found: number; recall: number; judged: number; falseAlarms: number }>;
  missed: Array<{ id: string; code: string }>;
  falseAlarms: Array<{ id: string; code: string }>;
  wrongVerdicts: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluate(items: CorpusItem[]): EvalResult {
  let tp = 0,
    fp = 0,
    tn = 0,
    fn = 0;
  const codes: EvalResult['codes'] = {};
  const code = (name: string) => (codes[name] ??= { expected: 0, found: 0, recall: 0, judged: 0, falseAlarms: 0 });
  const missed: EvalResult['missed'] = [];
  const falseAlarms: EvalResult['falseAlarms'] = [];
  const wrongVerdicts: string[] = [];
  for (const item of items) {
    const findings = checkRow(item.cells);
    const reported = new Set(findings.map((f) => f.code as string));
    const flagged = findings.some((f) => f.severity === 'warning' || f.severity === 'error');
    if (item.smart === false) {
      if (flagged) tp++;
      else {
        fn++;
        wrongVerdicts.push(item.id);
      }
    }
    if (item.smart === true) {
      if (flagged) {
        fp++;
        wrongVerdicts.push(item.id);
      } else tn++;
    }
    for (const expected of item.issues) {
      code(expected).expected++;
      if (reported.has(expected)) code(expected).found++;
      else missed.push({ id: item.id, code: expected });
    }
    const mustNot = new Set(item.absent);
    if (item.smart === true) for (const name of reported) mustNot.add(name);
    for (const name of new Set([...item.absent, ...(item.smart === true ? reported : [])])) {
      code(name).judged++;
      if (reported.has(name) && mustNot.has(name)) {
        code(name).falseAlarms++;
        falseAlarms.push({ id: item.id, code: name });
      }
    }
  }
  for (const entry of Object.values(codes)) entry.recall = ratio(entry.found, entry.expected);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const specificity = ratio(tn, tn + fp);
  return {
    items: items.length,
    verdict: {
      tp,
      fp,
      tn,
      fn,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      specificity,
      balancedAccuracy: (recall + specificity) / 2,
    },
    codes,
    missed,
    falseAlarms,
    wrongVerdicts,
  };
}

export async function run(args: string[]): Promise<number> {
  const items = corpusFromArgs('eval', args, 'smart-plan eval <corpus.jsonl> [--json]');
  if (typeof items === 'number') return items;
  const result = evaluate(items);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const v = result.verdict;
  const pct = (x: number) => x.toFixed(3);
  const out = [
    `${result.items} items`,
    `verdict: precision ${pct(v.precision)}  recall ${pct(v.recall)}  F1 ${pct(v.f1)}  specificity ${pct(v.specificity)}  balanced accuracy ${pct(v.balancedAccuracy)}`,
    `         (${v.tp} not-SMART flagged, ${v.fn} missed; ${v.tn} SMART left clean, ${v.fp} flagged)`,
    '',
    'code                 recall          false alarms',
    ...Object.entries(result.codes)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([name, c]) =>
          `${name.padEnd(20)} ${c.expected ? `${pct(c.recall)} (${c.found}/${c.expected})` : '  -  '.padEnd(5)}`.padEnd(
            37,
          ) + `${c.falseAlarms}/${c.judged}`,
      ),
  ];
  if (result.wrongVerdicts.length) out.push('', `wrong verdicts: ${result.wrongVerdicts.join(', ')}`);
  if (result.missed.length) out.push(`missed: ${result.missed.map((m) => `${m.id} ${m.code}`).join(', ')}`);
  if (result.falseAlarms.length)
    out.push(`false alarms: ${result.falseAlarms.map((m) => `${m.id} ${m.code}`).join(', ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
