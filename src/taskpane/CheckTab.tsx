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
import { FindingCard } from './FindingCard';
import { SEVERITY_LABELS } from './guidanceNames';
import { LETTER_NAMES } from './reviewerSummary';
import { SummaryCard } from './SummaryCard';
import { TableReadings } from './TableReadings';
import type { PlanDocument } from '../document/PlanDocument';

// Loaded when the tab first draws, so the first download stays small (it brings the .docx reader only on use).
const CompareCard = React.lazy(() => import('./CompareCard'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXS, alignItems: 'center' },
  filterButton: { minWidth: '32px', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0 },
  groupHeading: { margin: 0 },
  preview: { display: 'block', color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
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

  const cellFindings = controller.cellFindings();
  const planFindings = controller.planFindings();
  const shown = cellFindings.filter((f) => matchesFilter(f, filter));
  const groups = controller.groups(filter);
  const ruleTitles = new Map(controller.rules.map((r) => [r.id, r.title]));
  const filtering = filter.letters.length + filter.severities.length > 0;

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
            {capabilities.limitations.join(' ')} Everything else works as usual.
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
          <SummaryCard score={report.score} findings={cellFindings} planFindings={planFindings} />

          <TableReadings controller={controller} state={state} />
          {state.read.notes.map((note) => (
            <Caption1 key={note}>{note}</Caption1>
          ))}

          {settings.reviewerMode && (
            <Card className={styles.empty} aria-label="Summary for the supervisor">
              <Subtitle2 as="h2">Summary for supervision</Subtitle2>
              <pre className={styles.summaryText}>{controller.reviewerSummary()}</pre>
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

          <Caption1 aria-live="polite">
            {cellFindings.length === 0
              ? ''
              : filtering
                ? `Showing ${shown.length} of ${cellFindings.length} points.`
                : `${cellFindings.length} ${cellFindings.length === 1 ? 'point' : 'points'} in ${groups.length} ${groups.length === 1 ? 'row' : 'rows'}.`}
          </Caption1>

          {cellFindings.length === 0 && (
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

          {groups.map((group) => (
            <section key={group.key} className={styles.group} aria-label={group.label}>
              <Subtitle2 as="h3" className={styles.groupHeading}>
                {group.label}
                {group.preview && <Caption1 className={styles.preview}>{group.preview}</Caption1>}
              </Subtitle2>
              {group.findings.map((finding) => (
                <FindingCard
                  key={`${finding.id}:${finding.suggestion?.text ?? ''}`}
                  finding={finding}
                  ruleTitle={ruleTitles.get(finding.rule)}
                  busy={busy}
                  onGoTo={(f) => controller.select(f)}
                  onApply={(f, text) => controller.apply(f, text)}
                  onIgnore={(f) => controller.ignore(f)}
                  onIgnoreRule={(f) => controller.ignoreRule(f.rule)}
                />
              ))}
            </section>
          ))}

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
