// Learn: a trainer inserts a practice plan with the faults the guidance warns about, then walks a room
// through the findings one at a time, each beside a worked SMART version and the guidance it follows.
// Fully keyboard driven: N or → next, P or ← previous, A apply the suggestion, W use the worked
// version, G go to the words in the document.
import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  Card,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { PlanDocument } from '../document/PlanDocument';
import type { Finding, GuidanceRef, LayoutId, PlanTableSpec } from '../engine/types';
import { documentOrder, type CheckController, type CheckState } from './checkController';
import { GUIDANCE_TITLES } from './guidanceNames';
import { SuggestionEditor } from './SuggestionEditor';

/** The templates helper's practice plans (src/engine/practice.ts). */
export interface PracticePlan {
  id: string;
  title: string;
  layoutId: LayoutId;
  spec: PlanTableSpec;
  worked: Array<{ row: number; column: number; before: string; after: string; guidance: GuidanceRef }>;
}

type Worked = PracticePlan['worked'][number];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  card: { padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalS },
  keys: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  kbd: {
    fontFamily: tokens.fontFamilyMonospace,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: '0 4px',
  },
  step: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  quote: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontStyle: 'italic',
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteYellowBorderActive}`,
    overflowWrap: 'anywhere',
  },
  message: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  compare: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  worked: {
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase400,
  },
  source: { display: 'block', color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function same(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The worked example for a finding: same column, and the same "before" text (or the same row). */
export function workedFor(
  plan: PracticePlan,
  finding: Finding,
  cellText: string | undefined,
  headerRows = 1,
): Worked | undefined {
  const inColumn = plan.worked.filter((w) => w.column === finding.column);
  return (
    inColumn.find((w) => cellText !== undefined && same(w.before, cellText)) ??
    inColumn.find((w) => w.row === finding.row - headerRows) ??
    inColumn.find((w) => w.row === finding.row)
  );
}

/** A table already holding this practice plan (same header, same first row), e.g. the preview's sample. */
function existingPracticeTable(state: CheckState, spec: PlanTableSpec): number | undefined {
  const firstRow = spec.rows[0]?.map((c) => c.text ?? '') ?? [];
  const match = (state.read?.tables ?? []).find((t) => {
    const header = t.rows.findIndex(
      (row) => row.length === spec.header.length && row.every((cell, i) => same(cell, spec.header[i])),
    );
    const next = header >= 0 ? t.rows[header + 1] : undefined;
    return next !== undefined && next.length === firstRow.length && next.every((cell, i) => same(cell, firstRow[i]));
  });
  return match?.index;
}

/** The table the practice plan became: the last one whose header row is the plan's header. */
function practiceTableIndex(state: CheckState, spec: PlanTableSpec): number | undefined {
  const tables = state.read?.tables ?? [];
  const matches = tables.filter((t) =>
    t.rows
      .slice(0, 3)
      .some((row) => row.length === spec.header.length && row.every((cell, i) => same(cell, spec.header[i]))),
  );
  return matches[matches.length - 1]?.index;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return Boolean(
    target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="tablist"]'),
  );
}

export interface LearnTabProps {
  controller: CheckController;
  document: PlanDocument;
  state: CheckState;
  /** Tests pass plans directly; the pane loads them from the engine's practice module. */
  plans?: PracticePlan[];
}

export default function LearnTab({ controller, document, state, plans: givenPlans }: LearnTabProps) {
  const styles = useStyles();
  const root = React.useRef<HTMLDivElement>(null);
  const [plans, setPlans] = React.useState<PracticePlan[] | undefined>(givenPlans);
  const [loadError, setLoadError] = React.useState<string>();
  const [plan, setPlan] = React.useState<PracticePlan>();
  const [tableIndex, setTableIndex] = React.useState<number>();
  const [position, setPosition] = React.useState(0);
  const [applied, setApplied] = React.useState(0);
  const [working, setWorking] = React.useState(false);
  const [problem, setProblem] = React.useState<string>();

  React.useEffect(() => {
    if (givenPlans) return;
    import('../engine/practice')
      .then((module: { PRACTICE_PLANS?: PracticePlan[] }) => setPlans(module.PRACTICE_PLANS ?? []))
      .catch(() => setLoadError('The practice plans could not be loaded. The other tabs still work.'));
  }, [givenPlans]);

  const findings = React.useMemo(
    () =>
      plan === undefined
        ? []
        : controller
            .cellFindings()
            .filter((f) => tableIndex === undefined || f.table === tableIndex)
            .sort(documentOrder),
    // The state object changes whenever the findings do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [controller, state, plan, tableIndex],
  );
  const current = findings[Math.min(position, findings.length - 1)];
  const table = state.read?.tables.find((t) => t.index === current?.table);
  const headerRows = state.report?.tables.find((t) => t.table === current?.table)?.layout?.headerRows ?? 1;
  const worked =
    plan && current ? workedFor(plan, current, table?.rows[current.row]?.[current.column], headerRows) : undefined;
  const [suggestion, setSuggestion] = React.useState('');
  React.useEffect(() => setSuggestion(current?.suggestion?.text ?? ''), [current]);

  const start = async (chosen: PracticePlan) => {
    setWorking(true);
    setProblem(undefined);
    try {
      // The plan may be in the document already (the preview opens on one): practise on that copy
      // rather than insert a second, identical one.
      await controller.check('document');
      let index = existingPracticeTable(controller.getState(), chosen.spec);
      if (index === undefined) {
        await document.insertPlanTable(chosen.spec);
        await controller.check('document');
        index = practiceTableIndex(controller.getState(), chosen.spec);
      }
      setPlan(chosen);
      setTableIndex(index);
      setPosition(0);
      setApplied(0);
    } catch (error) {
      setProblem(
        `The practice plan could not be inserted: ${error instanceof Error ? error.message : String(error)}. Put the cursor outside any table and try again.`,
      );
    } finally {
      setWorking(false);
    }
  };

  const move = React.useCallback(
    (step: number) => setPosition((p) => Math.max(0, Math.min(findings.length, p + step))),
    [findings.length],
  );

  const applyText = React.useCallback(
    async (finding: Finding, text: string, wholeCell: boolean) => {
      if (!text.trim()) return;
      setWorking(true);
      const target: Finding = wholeCell ? { ...finding, suggestion: { kind: 'replace-cell', text } } : finding;
      await controller.apply(target, text);
      setApplied((n) => n + 1);
      // Stay at the same place: the list has lost this point, so the next one slides into it.
      setWorking(false);
    },
    [controller],
  );

  React.useEffect(() => {
    if (!plan) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return;
      if (!root.current || root.current.closest('[hidden]') || working) return; // tab hidden or busy
      const key = event.key.toLowerCase();
      if (key === 'n' || key === 'arrowright') move(1);
      else if (key === 'p' || key === 'arrowleft') move(-1);
      else if (key === 'a' && current?.suggestion) void applyText(current, suggestion, false);
      else if (key === 'w' && current && worked) void applyText(current, worked.after, true);
      else if (key === 'g' && current) void controller.select(current);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [plan, move, applyText, current, suggestion, worked, working, controller]);

  const keys = (
    <ul className={styles.keys} aria-label="Keyboard">
      <li>
        <kbd className={styles.kbd}>N</kbd> or <kbd className={styles.kbd}>→</kbd> next,{' '}
        <kbd className={styles.kbd}>P</kbd> or <kbd className={styles.kbd}>←</kbd> previous
      </li>
      <li>
        <kbd className={styles.kbd}>A</kbd> apply the suggestion, <kbd className={styles.kbd}>W</kbd> use the worked
        version
      </li>
      <li>
        <kbd className={styles.kbd}>G</kbd> show the words in the plan
      </li>
    </ul>
  );

  if (loadError) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{loadError}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!plans) return <Spinner size="small" label="Loading the practice plans…" />;

  if (!plan) {
    return (
      <div ref={root} className={styles.root}>
        <Subtitle1 as="h2">Practise with a plan</Subtitle1>
        <Body1>
          Insert a practice plan with the mistakes the guidance warns about, then go through them one at a time with a
          worked SMART version beside each. Good for training sessions on a big screen.
        </Body1>
        {problem && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
        {plans.length === 0 && <Body1>No practice plans are available in this version.</Body1>}
        {plans.map((p) => (
          <Card key={p.id} className={styles.card}>
            <Subtitle2 as="h3">{p.title}</Subtitle2>
            <Caption1>
              {p.spec.rows.length} rows, {p.worked.length} worked corrections
            </Caption1>
            <div className={styles.buttons}>
              <Button appearance="primary" disabled={working} onClick={() => void start(p)}>
                Insert practice plan
              </Button>
            </div>
          </Card>
        ))}
        {working && <Spinner size="small" label="Inserting and checking…" />}
        {keys}
      </div>
    );
  }

  const finished = position >= findings.length;

  return (
    <div ref={root} className={styles.root} aria-label="Practice demonstration">
      <Subtitle1 as="h2">{plan.title}</Subtitle1>
      {keys}
      {finished || !current ? (
        <Card className={styles.card}>
          <Subtitle2 as="h3">{findings.length === 0 ? 'Nothing left to correct' : 'End of the list'}</Subtitle2>
          <Body1 aria-live="polite">
            {applied > 0 ? `${applied} ${applied === 1 ? 'correction' : 'corrections'} made. ` : ''}
            {findings.length === 0
              ? 'Every row of the practice plan now reads as SMART.'
              : `${findings.length} ${findings.length === 1 ? 'point is' : 'points are'} still open: press P to go back.`}
          </Body1>
          <div className={styles.buttons}>
            {findings.length > 0 && <Button onClick={() => setPosition(0)}>Back to the first point</Button>}
            <Button onClick={() => setPlan(undefined)}>Choose another practice plan</Button>
          </div>
        </Card>
      ) : (
        <Card className={styles.card} aria-live="polite">
          <span className={styles.step}>
            Point {position + 1} of {findings.length} · row {Math.max(1, current.row - headerRows + 1)}
          </span>
          {current.quote.trim() && <blockquote className={styles.quote}>“{current.quote.trim()}”</blockquote>}
          <p className={styles.message}>{current.message}</p>
          <div className={styles.compare}>
            <div>
              {current.suggestion ? (
                <SuggestionEditor
                  value={suggestion}
                  onChange={setSuggestion}
                  label="Suggested rewrite"
                  disabled={working}
                />
              ) : (
                <Body1>No rewrite is suggested for this point: the author needs to add what is missing.</Body1>
              )}
            </div>
            {worked && (
              <div className={styles.worked}>
                <Subtitle2 as="h3">Worked SMART version</Subtitle2>
                <p>{worked.after}</p>
                <Caption1 className={styles.source}>
                  Follows {GUIDANCE_TITLES[worked.guidance.document]}, “{worked.guidance.section}”:{' '}
                  {worked.guidance.point}
                </Caption1>
              </div>
            )}
          </div>
          {!worked && (
            <Caption1 className={styles.source}>
              Follows {GUIDANCE_TITLES[current.guidance.document]}, “{current.guidance.section}”:{' '}
              {current.guidance.point}
            </Caption1>
          )}
          <div className={styles.buttons}>
            <Button disabled={position === 0} onClick={() => move(-1)}>
              Previous (P)
            </Button>
            <Button onClick={() => move(1)}>Next (N)</Button>
            {current.suggestion && (
              <Button
                appearance="primary"
                disabled={working}
                onClick={() => void applyText(current, suggestion, false)}
              >
                Apply suggestion (A)
              </Button>
            )}
            {worked && (
              <Button disabled={working} onClick={() => void applyText(current, worked.after, true)}>
                Use worked version (W)
              </Button>
            )}
            <Button onClick={() => void controller.select(current)}>Go to (G)</Button>
          </div>
        </Card>
      )}
    </div>
  );
}
