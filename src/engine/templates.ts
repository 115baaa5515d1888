// Ready plan tables in the guidance's layouts. A template starts with a header row, a plan details
// block and empty rows whose cells prompt with the guidance's own questions.
import { layoutById, LAYOUTS } from './layouts';
import type { LayoutId, PlanTableSpec } from './types';

export interface TemplateOptions {
  /** ISO yyyy-mm-dd; today when not given. */
  planDate?: string;
  children?: string;
  /** Empty rows to start with (default 3). */
  rows?: number;
}

/** Smart Planning Guidance: review at most every 3 months, and every 6 weeks as good practice. */
export const REVIEW_WEEKS = 6;

export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function addWeeks(iso: string, weeks: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(y, m - 1, d + weeks * 7, 12);
  return todayIso(date);
}

/** dd/mm/yyyy, as plans write dates. */
export function ukDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The questions each layout asks before a plan is signed off (Torbay's checklist, in short). */
const CHECKLIST: Partial<Record<LayoutId, string>> = {
  torbay:
    'Before signing: does each part say who, what, when, where, which and why? Can each part be measured? Have the parents and the child had their say?',
  wakefield:
    'Before the meeting ends: is every child included, and is the plan written from the child\u2019s point of view?',
  dcs: 'Write it with the family, in their words, and check the child\u2019s and family\u2019s view of progress at every review.',
};

/** Plans this wide are inserted in a landscape section. */
export const LANDSCAPE_FROM_COLUMNS = 6;

export function buildTemplate(layoutId: LayoutId, options: TemplateOptions = {}): PlanTableSpec {
  const layout = layoutById(layoutId);
  const planDate = options.planDate ?? todayIso();
  const reviewDate = addWeeks(planDate, REVIEW_WEEKS);
  const values: Record<string, string | undefined> = {
    'Child or children': options.children,
    'Plan date': ukDate(planDate),
    'Review date': ukDate(reviewDate),
  };
  const details: PlanTableSpec['details'] = layout.details.map((label) =>
    values[label]
      ? { label, value: values[label] }
      : { label, prompt: label === 'Child or children' ? 'Names and ages' : 'In the family\u2019s own words' },
  );
  if (CHECKLIST[layoutId]) details.push({ label: 'Checklist', value: CHECKLIST[layoutId] });
  const rowCount = Math.max(1, Math.min(options.rows ?? 3, 50));
  return {
    layoutId,
    title: layout.name,
    details,
    header: layout.columns.map((c) => c.header),
    rows: Array.from({ length: rowCount }, () => layout.columns.map((c) => ({ prompt: c.prompt }))),
    ...(layout.signatures ? { signatures: layout.signatures } : {}),
    tag: `smart-plan:template:${layoutId}`,
    // Six columns and more do not fit across a portrait A4 page without breaking words.
    ...(layout.columns.length >= LANDSCAPE_FROM_COLUMNS ? { orientation: 'landscape' as const } : {}),
  };
}

export const TEMPLATE_LAYOUTS = LAYOUTS;
