// The Check tab: check the plan, read the summary, work through the findings row by row.
import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  Card,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Switch,
  ToggleButton,
  Field,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Severity, SmartLetter } from '../engine/types';
import {
  LETTERS,
  SEVERITIES,
  matchesFilter,
  type CheckController,
  type CheckState,
  type FindingFilter,
} from './checkController';
import { SEVERITY_LABELS } from './guidanceNames';
import { LETTER_NAMES } from './reviewerSummary';
import { RowCard, RowPlaceholder, type RowActions } from './RowCard';
import { SummaryCard } from './SummaryCard';
import { TableReadings } from './TableReadings';
import type { PlanDocument } from '../document/PlanDocument';

import { plural, sentence } from './wording';

/**
 * Row cards drawn with the summary, at once: a card with its editors is one to three screens tall. Every
 * other row starts as a light placeholder of about its height (its heading and number of points) and
 * becomes its card as it comes within a screen or so of view, so a 200-row plan shows its first cards
 * quickly and the scroll bar is still the whole list's.
 */
export const FIRST_ROWS = 2;
/** How far beyond the visible part of the list rows are drawn, so scrolling meets cards, not placeholders. */
const DRAW_AHEAD = '900px 0px';

// Loaded when the tab first draws, so the first download stays small (it brings the .docx reader only on use).
const CompareCard = React.lazy(() => import('./CompareCard'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXS, alignItems: 'center' },
  filterButton: { minWidth: '32px', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  cards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  summaryText: {
    whiteSpace: 'pre-wrap',
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
  },
  empty: { padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalS },
  noticeText: { whiteSpace: 'normal' },
});

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** The element that scrolls the list (the tab's panel), for seeing which rows are near view. */
function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  return element.closest<HTMLElement>('[role="tabpanel"]');
}

/**
 * Which rows are drawn as cards: the first few at once, the others once they come near view (kept drawn
 * after, so nothing typed into a card is lost). Without IntersectionObserver every row is drawn.
 */
function useRowsNearView(reset: unknown, hasRows: boolean) {
  const canWait = typeof IntersectionObserver !== 'undefined';
  const [near, setNear] = React.useState<ReadonlySet<string>>(() => new Set());
  // The other rows' placeholders come just after the first cards are on screen, so those show sooner.
  const [restDrawn, setRestDrawn] = React.useState(!canWait);
  const observer = React.useRef<IntersectionObserver | null>(null);

  // A new document starts afresh.
  React.useEffect(() => setNear(new Set()), [reset]);
  React.useEffect(
    () => () => {
      observer.current?.disconnect();
      observer.current = null;
    },
    [],
  );
  React.useEffect(() => {
    if (!canWait) return;
    if (!hasRows) {
      setRestDrawn(false);
      return;
    }
    if (restDrawn) return;
    // After the next frame is painted: requestAnimationFrame runs just before it, the timer after it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setRestDrawn(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [canWait, hasRows, restDrawn]);
  // Each placeholder asks to be watched while it is on the page; one observer watches them all.
  const watch = React.useCallback((element: HTMLElement) => {
    if (!observer.current) {
      observer.current = new IntersectionObserver(
        (entries) => {
          const coming = entries.filter((e) => e.isIntersecting).map((e) => e.target as HTMLElement);
          if (coming.length === 0) return;
          for (const target of coming) observer.current?.unobserve(target);
          setNear((keys) => new Set([...keys, ...coming.map((t) => t.dataset.rowPlaceholder ?? '')]));
        },
        { root: scrollingAncestor(element), rootMargin: DRAW_AHEAD },
      );
    }
    const current = observer.current;
    current.observe(element);
    return () => current.unobserve(element);
  }, []);

  return {
    /** Whether the row is drawn as its card. */
    asCard: (key: string, index: number) => !canWait || index < FIRST_ROWS || near.has(key),
    /** How many rows are drawn at all (cards and placeholders). */
    rowsDrawn: restDrawn ? Infinity : FIRST_ROWS,
    watch,
  };
}

export interface CheckTabProps {
  controller: CheckController;
  state: CheckState;
  /** The plan, for "Compare with the previous plan". */
  document?: PlanDocument;
}

export function CheckTab({ controller, state, document }: CheckTabProps) {
  const styles = useStyles();
  const [filter, setFilter] = React.useState<FindingFilter>({ letters: [], severities: [] });
  const [onlyCursorTable, setOnlyCursorTable] = React.useState(false);
  const busy = state.status === 'busy';
  const { report, settings, capabilities } = state;

  // Everything below is derived from the state; worked out once per state, not once per render (the
  // controller keeps each list while what it comes from is unchanged, so unchanged rows keep their cards).
  const view = React.useMemo(() => {
    const cellFindings = controller.cellFindings();
    return {
      cellFindings,
      planFindings: controller.planFindings(),
      shown: cellFindings.filter((f) => matchesFilter(f, filter)),
      groups: controller.groups(filter),
      allGroups: filter.letters.length + filter.severities.length > 0 ? controller.groups() : undefined,
      counts: controller.counts(),
      shapes: controller.shapes(),
      notFilledIn: controller.notFilledIn(),
      summary: state.settings.reviewerMode ? controller.reviewerSummary() : '',
    };
    // The state object changes whenever any of these can.
  }, [controller, state, filter]);
  const { cellFindings, planFindings, shown, groups, counts, shapes, notFilledIn } = view;
  const ruleTitles = React.useMemo(() => new Map(controller.rules.map((r) => [r.id, r.title])), [controller]);
  // The same functions for every render, so a card whose row has not changed is not drawn again.
  const actions = React.useMemo<RowActions>(
    () => ({
      onGoTo: (f) => controller.select(f),
      onApply: (f, text) => controller.apply(f, text),
      onApplyRewrite: (rewrite, edited) => controller.applyRewrite(rewrite, edited),
      onIgnore: (f) => controller.ignore(f),
      onIgnoreRule: (f) => controller.ignoreRule(f.rule),
    }),
    [controller],
  );
  const filtering = filter.letters.length + filter.severities.length > 0;
  const { asCard, rowsDrawn, watch } = useRowsNearView(controller, groups.length > 0);

  const copySummary = async () => {
    try {
      await navigator.clipboard.writeText(controller.reviewerSummary());
      controller.setNotice({ intent: 'success', text: 'Summary copied. Paste it wherever you need it.' });
    } catch {
      controller.setNotice({
        intent: 'warning',
        text: 'Copying is blocked here. Select the summary text and copy it with Ctrl+C instead.',
      });
    }
  };

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => controller.check(onlyCursorTable ? 'selection' : 'document')}
        >
          Check plan
        </Button>
        <Switch
          label="Only the table my cursor is in"
          checked={onlyCursorTable}
          onChange={(_, data) => setOnlyCursorTable(data.checked)}
        />
        <Switch
          label="Reviewer mode"
          checked={settings.reviewerMode}
          onChange={(_, data) => controller.updateSettings({ reviewerMode: data.checked })}
        />
        {settings.reviewerMode && (
          <Switch
            label="Mark the document when I check"
            checked={settings.markOnCheck}
            onChange={(_, data) => controller.updateSettings({ markOnCheck: data.checked })}
          />
        )}
      </div>

      {busy && state.progress && (
        <Field validationMessage={state.progress.label} validationState="none" aria-live="polite">
          <ProgressBar value={state.progress.value} aria-label={state.progress.label} />
        </Field>
      )}

      {capabilities && capabilities.limitations.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody className={styles.noticeText}>
            <MessageBarTitle>In this version of Word</MessageBarTitle>
            {sentence(capabilities.limitations.join(' '))} Everything else works as usual.
          </MessageBarBody>
        </MessageBar>
      )}

      {state.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.noticeText}>{state.error}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => controller.dismissNotice()}>
              Close
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {state.notice && (
        <MessageBar intent={state.notice.intent} layout="multiline" role="status">
          <MessageBarBody className={styles.noticeText}>{state.notice.text}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => controller.dismissNotice()}>
              Close
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {state.houseStyleErrors.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.noticeText}>
            Your house style has a problem, so the check runs without it. See Settings.
          </MessageBarBody>
        </MessageBar>
      )}

      {!report && !busy && (
        <Card className={styles.empty}>
          <Subtitle2 as="h2">Check your plan</Subtitle2>
          <Body1>
            Choose <strong>Check plan</strong> to see which parts are not yet SMART: specific, measurable, achievable,
            realistic and timely. To check one table, put your cursor in it and switch on “Only the table my cursor is
            in”.
          </Body1>
        </Card>
      )}

      {report && state.read && state.read.tables.length === 0 && (
        <Card className={styles.empty}>
          <Subtitle2 as="h2">No plan table found</Subtitle2>
          <Body1>
            {state.scope === 'selection'
              ? 'Your cursor is not in a table. Click inside a plan table and check again, or check the whole document.'
              : 'This document has no tables. Insert a plan table from the Templates tab, then check again.'}
          </Body1>
        </Card>
      )}

      {report && state.read && state.read.tables.length > 0 && (
        <>
          <SummaryCard
            score={report.score}
            counts={counts}
            planFindings={planFindings}
            groups={view.allGroups ?? groups}
            notFilledIn={notFilledIn}
          />

          <TableReadings controller={controller} state={state} />
          {state.read.notes.map(sentence).map((note) => (
            <Caption1 key={note}>{note}</Caption1>
          ))}

          {settings.reviewerMode && (
            <Card className={styles.empty} aria-label="Summary for the supervisor">
              <Subtitle2 as="h2">Summary for supervision</Subtitle2>
              <pre className={styles.summaryText}>{view.summary}</pre>
              <div className={styles.row}>
                <Button size="small" disabled={busy} onClick={() => controller.insertSummary()}>
                  Insert at top of plan
                </Button>
                <Button size="small" onClick={copySummary}>
                  Copy summary
                </Button>
              </div>
            </Card>
          )}

          <div className={styles.row}>
            <Button disabled={busy || cellFindings.length === 0} onClick={() => controller.markAll()}>
              Mark all in document
            </Button>
            <Button disabled={busy} onClick={() => controller.clearMarks()}>
              Clear marks
            </Button>
          </div>

          {cellFindings.length > 0 && (
            <div role="group" aria-label="Filter the findings">
              <div className={styles.filters}>
                <Caption1>Show:</Caption1>
                {LETTERS.map((letter: SmartLetter) => (
                  <ToggleButton
                    key={letter}
                    size="small"
                    className={styles.filterButton}
                    checked={filter.letters.includes(letter)}
                    aria-label={`Only ${LETTER_NAMES[letter]}`}
                    title={LETTER_NAMES[letter]}
                    onClick={() => setFilter({ ...filter, letters: toggle(filter.letters, letter) })}
                  >
                    {letter}
                  </ToggleButton>
                ))}
              </div>
              <div className={styles.filters}>
                {SEVERITIES.map((severity: Severity) => (
                  <ToggleButton
                    key={severity}
                    size="small"
                    checked={filter.severities.includes(severity)}
                    onClick={() => setFilter({ ...filter, severities: toggle(filter.severities, severity) })}
                  >
                    {SEVERITY_LABELS[severity].badge}
                  </ToggleButton>
                ))}
                {filtering && (
                  <Button size="small" appearance="subtle" onClick={() => setFilter({ letters: [], severities: [] })}>
                    Show all
                  </Button>
                )}
              </div>
            </div>
          )}

          <Caption1 aria-live="polite" data-testid="list-count">
            {cellFindings.length === 0
              ? ''
              : filtering
                ? `Showing ${shown.length} of ${plural(counts.cells, 'point', 'points')} in the rows.`
                : `${plural(counts.cells, 'point', 'points')} in ${plural(counts.rows, 'row', 'rows')}.`}
          </Caption1>

          {cellFindings.length === 0 && !notFilledIn && (
            <Card className={styles.empty}>
              <Subtitle2 as="h2">Nothing to change in the tables</Subtitle2>
              <Body1>
                Every row checked reads as SMART. If you edit the plan, choose Check plan again.
                {planFindings.length > 0 ? ' The points about the plan as a whole are listed above.' : ''}
              </Body1>
            </Card>
          )}

          {cellFindings.length > 0 && shown.length === 0 && (
            <Body1>
              Nothing matches these filters.{' '}
              <Button size="small" appearance="transparent" onClick={() => setFilter({ letters: [], severities: [] })}>
                Show all points
              </Button>
            </Body1>
          )}

          <div className={styles.cards}>
            {groups
              .slice(0, rowsDrawn)
              .map((group, index) =>
                asCard(group.key, index) ? (
                  <RowCard
                    key={group.key}
                    group={group}
                    shapes={shapes}
                    ruleTitles={ruleTitles}
                    busy={busy}
                    actions={actions}
                  />
                ) : (
                  <RowPlaceholder key={group.key} group={group} watch={watch} />
                ),
              )}
          </div>

          {state.ignored.length > 0 && (
            <div className={styles.row}>
              <Caption1>
                {state.ignored.length} {state.ignored.length === 1 ? 'point is' : 'points are'} ignored in this
                document.
              </Caption1>
              <Button size="small" appearance="subtle" onClick={() => controller.forgetIgnored()}>
                Show ignored again
              </Button>
            </div>
          )}
        </>
      )}
      {document && (
        <React.Suspense fallback={null}>
          <CompareCard
            document={document}
            planDate={settings.planDate}
            author={settings.authorName}
            keepMarks={() => (controller.getState().marked ? controller.cellFindings() : [])}
          />
        </React.Suspense>
      )}
    </div>
  );
}
