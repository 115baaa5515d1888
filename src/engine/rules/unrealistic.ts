// A, R: absolute, all-at-once demands ("Mother to stop drinking", "no further incidents", 100% from a low start).
import { GUIDANCE } from '../guidance';
import { ABSOLUTE_NONE, ABSOLUTE_SUBSTANCE } from '../language';
import { findAll } from '../text';
import { cellsWith, type Rule, type RuleHit } from '../rule';

/** A plan for what happens if it does go wrong makes an absolute aim safe: "if mother has been drinking, ...". */
const FALLBACK = /\bif\s+(?:she|he|they|mum|mother|dad|father|[A-Z][a-z]+)\s+(?:has|have|had|is|are|does|do|cannot)\b/i;
const PERCENT = /\b(\d{1,3})\s?%/g;

/** The lowest starting point from which 100% can be the next step, as in the guidance's 80% example. */
const HIGH_START = 75;

function reachableHundred(percents: number[]): boolean {
  const below = [...new Set(percents.filter((p) => p < 100))];
  if (below.length === 0) return false;
  return below.length > 1 || below[0] >= HIGH_START;
}

/** Full attendance in words: "every day", "every school day", "full time", "5 days a week". */
const EVERY_DAY = /\b(?:every\s+(?:school\s+)?day|each\s+school\s+day|full[- ]time|(?:5|five)\s+days\s+a\s+week)\b/gi;

/** One starting percentage, below where 100% can be the next step, and no interim step beside it. */
function lowStartOnly(percents: number[]): boolean {
  const below = [...new Set(percents.filter((p) => p < 100))];
  return below.length === 1 && below[0] < HIGH_START;
}

export const unrealistic: Rule = {
  id: 'unrealistic',
  code: 'unrealistic',
  letters: ['A', 'R'],
  severity: 'warning',
  title: 'All-or-nothing demands',
  guidance: GUIDANCE.realistic,
  check(row) {
    const hits: RuleHit[] = [];
    const rowText = row.cells.map((c) => c.text).join(' ');
    const percents = [...rowText.matchAll(PERCENT)].map((m) => Number(m[1]));
    for (const cell of cellsWith(row, ['outcome', 'action', 'action_owner_when', 'owner_when', 'measure'])) {
      const substance = findAll(ABSOLUTE_SUBSTANCE, cell.text)[0];
      if (substance && !FALLBACK.test(cell.text)) {
        const tobacco = /smok|vap|cigarette/i.test(substance.text) && !/cannabis/i.test(substance.text);
        hits.push({
          cell,
          span: substance,
          message: tobacco
            ? 'For someone who smokes, stopping all at once is rarely realistic, and the plan fails if they cannot. Agree a step they can take, with support.'
            : 'For someone who depends on alcohol or drugs, stopping all at once is rarely realistic, and the plan fails if they cannot. Agree a step they can take, with support, and say how the child will be kept safe if they do drink.',
          // The row rewrite writes the commitment with the row's own people and substance.
        });
        continue;
      }
      for (const span of findAll(ABSOLUTE_NONE, cell.text)) {
        const hundred = /100/.test(span.text);
        // "At all times" with a plan for when it cannot hold ("if Mum has had a drink, Gran will come") is safe.
        if (!hundred && /\bat all times\b/i.test(span.text) && FALLBACK.test(rowText)) continue;
        // 100% is fine as the next step from a high start ("from 80% to 100%") or after interim steps
        // ("25% to 50% by half term"); straight to 100% from a low start is not.
        if (hundred && reachableHundred(percents)) continue;
        hits.push({
          cell,
          span,
          message: hundred
            ? 'Going straight to 100% sets the family up to fail. Start from where things are now and set a step they can reach first.'
            : /perfect/i.test(span.text)
              ? 'No one gets something perfect every day. Say what it will look like on most days, and a first step from where things are now.'
              : 'No family can promise that nothing will ever happen again. Say what people will do to keep the child safe, and what happens if it does.',
        });
        break;
      }
      // Every day, straight from a single low starting point ("attendance is 22%" ... "in school every day from
      // next Monday"), is 100% in other words.
      const everyDay = findAll(EVERY_DAY, cell.text)[0];
      if (everyDay && !hits.some((h) => h.cell === cell) && lowStartOnly(percents)) {
        hits.push({
          cell,
          span: everyDay,
          message:
            'Going straight to every day from a low start sets the family up to fail. Start from where things are now and set a step they can reach first.',
        });
      }
    }
    return hits;
  },
};
