// One card per plan row: the row as the user counts it, each point with the column it is in (by the
// column's own header words), its quick fix, and the row's one rewrite, editable cell by cell.
import * as React from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { RowRewrite } from '../engine/rewrite/types';
import type { Finding, Severity } from '../engine/types';
import { findPlaceholders } from './placeholders';
import { gapReason, columnName, type RowGroup, type TableShape } from './checkController';
import { GUIDANCE_TITLES, SEVERITY_LABELS } from './guidanceNames';
import { LETTER_NAMES } from './reviewerSummary';
import { SuggestionEditor } from './SuggestionEditor';
import { plural } from './wording';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  // Looks like the outline card it stands for, without the card's own workings.
  placeholder: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  subtitle: typographyStyles.subtitle2,
  caption: typographyStyles.caption1,
  heading: { margin: 0 },
  preview: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: 'anywhere',
  },
  points: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  point: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  top: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  column: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteYellowBorderActive}`,
    fontStyle: 'italic',
    overflowWrap: 'anywhere',
  },
  why: {
    '& > summary': { cursor: 'pointer', color: tokens.colorBrandForegroundLink, width: 'fit-content' },
    '& > summary:focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  source: { display: 'block', color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  rewrite: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  reason: { color: tokens.colorNeutralForeground2 },
});

const SEVERITY_COLOURS: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

/** What the buttons on a card do; one object for every card, so unchanged cards are not drawn again. */
export interface RowActions {
  onGoTo(finding: Finding): void;
  onApply(finding: Finding, text: string): void;
  onApplyRewrite(rewrite: RowRewrite, edited: Record<number, string>): void;
  onIgnore(finding: Finding): void;
  onIgnoreRule(finding: Finding): void;
}

export interface RowCardProps {
  group: RowGroup;
  shapes: Map<number, TableShape>;
  ruleTitles: Map<string, string>;
  busy?: boolean;
  actions: RowActions;
}

function RowHeading({ group, id }: { group: RowGroup; id: string }) {
  const styles = useStyles();
  return (
    <>
      <Subtitle2 as="h3" id={id} className={styles.heading}>
        {group.label}
        {group.preview && <Caption1 className={styles.preview}>{group.preview}</Caption1>}
      </Subtitle2>
      <Caption1>{plural(group.findings.length, 'point', 'points')} in this row</Caption1>
    </>
  );
}

export const RowCard = React.memo(function RowCard({ group, shapes, ruleTitles, busy, actions }: RowCardProps) {
  const styles = useStyles();
  const headingId = React.useId();
  return (
    <Card className={styles.card} role="article" aria-labelledby={headingId} data-row={group.key} appearance="outline">
      <RowHeading group={group} id={headingId} />
      <ul className={styles.points} aria-label={`Points in ${group.label.toLowerCase()}`}>
        {group.findings.map((finding) => (
          <PointItem
            key={`${finding.id}:${finding.suggestion?.text ?? ''}`}
            finding={finding}
            column={columnName(finding, shapes)}
            ruleTitle={ruleTitles.get(finding.rule)}
            busy={busy}
            onGoTo={actions.onGoTo}
            onApply={actions.onApply}
            onIgnore={actions.onIgnore}
            onIgnoreRule={actions.onIgnoreRule}
          />
        ))}
      </ul>
      {group.rewrite && (
        <RewriteEditor
          key={group.rewrite.id}
          rewrite={group.rewrite}
          shapes={shapes}
          busy={busy}
          onApply={actions.onApplyRewrite}
        />
      )}
    </Card>
  );
});

/**
 * About how tall a row's card is in a 320-340 px pane (measured in Chromium: within a tenth for the
 * sample plan's rows), so a placeholder takes the card's room and the list hardly moves when the card
 * replaces it (the browser's scroll anchoring absorbs the rest).
 */
export function estimatedCardHeight(group: RowGroup): number {
  const points = group.findings.reduce((sum, f) => sum + (f.suggestion ? 420 : 280), 0);
  const rewrite = group.rewrite ? 220 + group.rewrite.cells.length * 160 : 0;
  return 100 + points + rewrite;
}

/**
 * A row not yet near view: its heading and how many points it has, in a plain box of about its card's
 * height. It becomes the card as it scrolls near (see CheckTab), so it is marked busy meanwhile.
 */
export interface RowPlaceholderProps {
  group: RowGroup;
  /** Starts watching the placeholder for coming near view; returns how to stop. */
  watch?: (element: HTMLElement) => () => void;
}

export const RowPlaceholder = React.memo(function RowPlaceholder({ group, watch }: RowPlaceholderProps) {
  // Plain elements with the card's type styles: a long plan has many of these, drawn in one go.
  const styles = useStyles();
  const headingId = React.useId();
  const box = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => (box.current && watch ? watch(box.current) : undefined), [watch]);
  return (
    <div
      ref={box}
      className={styles.placeholder}
      role="article"
      aria-labelledby={headingId}
      aria-busy="true"
      data-row-placeholder={group.key}
      style={{ minHeight: `${estimatedCardHeight(group)}px` }}
    >
      <h3 id={headingId} className={mergeClasses(styles.heading, styles.subtitle)}>
        {group.label}
        {group.preview && <span className={mergeClasses(styles.caption, styles.preview)}>{group.preview}</span>}
      </h3>
      <span className={styles.caption}>{plural(group.findings.length, 'point', 'points')} in this row</span>
    </div>
  );
});

interface PointItemProps {
  finding: Finding;
  column: string;
  ruleTitle?: string;
  busy?: boolean;
  onGoTo(finding: Finding): void;
  onApply(finding: Finding, text: string): void;
  onIgnore(finding: Finding): void;
  onIgnoreRule(finding: Finding): void;
}

function PointItem({ finding, column, ruleTitle, busy, onGoTo, onApply, onIgnore, onIgnoreRule }: PointItemProps) {
  const styles = useStyles();
  const [text, setText] = React.useState(finding.suggestion?.text ?? '');
  const messageId = React.useId();
  const reasonId = React.useId();
  const quote = finding.quote.trim();
  const gaps = finding.suggestion ? findPlaceholders(text).length : 0;
  const letters = finding.letters.map((l) => LETTER_NAMES[l]).join(', ');

  return (
    <li
      className={styles.point}
      aria-labelledby={messageId}
      data-finding-id={finding.id}
      data-cell={`${finding.table}-${finding.row}-${finding.column}`}
    >
      <div className={styles.top}>
        <Badge appearance="filled" color={SEVERITY_COLOURS[finding.severity]}>
          {SEVERITY_LABELS[finding.severity].badge}
        </Badge>
        {letters && <Caption1>{letters}</Caption1>}
      </div>
      <Caption1 className={styles.column}>In “{column}”</Caption1>
      {quote && <blockquote className={styles.quote}>“{quote}”</blockquote>}
      <Body1 id={messageId}>{finding.message}</Body1>
      <details className={styles.why}>
        <summary>Why this matters</summary>
        <Body1>{finding.guidance.point}</Body1>
        <Caption1 className={styles.source}>
          {GUIDANCE_TITLES[finding.guidance.document] ?? finding.guidance.document}: “{finding.guidance.section}”
        </Caption1>
      </details>
      {finding.suggestion && <SuggestionEditor value={text} onChange={setText} disabled={busy} label="Quick fix" />}
      {finding.suggestion?.modelledOn && (
        <Caption1 className={styles.source}>
          Modelled on {GUIDANCE_TITLES[finding.suggestion.modelledOn.document]}, “
          {finding.suggestion.modelledOn.section}”
        </Caption1>
      )}
      <div className={styles.buttons}>
        <Button size="small" disabled={busy} onClick={() => onGoTo(finding)} aria-describedby={messageId}>
          Go to
        </Button>
        {finding.suggestion && (
          <Button
            size="small"
            appearance="primary"
            disabled={busy || !text.trim() || gaps > 0}
            onClick={() => onApply(finding, text)}
            aria-describedby={gaps > 0 ? reasonId : messageId}
          >
            Apply
          </Button>
        )}
        <Button size="small" disabled={busy} onClick={() => onIgnore(finding)} aria-describedby={messageId}>
          Ignore
        </Button>
        <Button
          size="small"
          appearance="subtle"
          disabled={busy}
          onClick={() => onIgnoreRule(finding)}
          title={`Stop checking for this everywhere${ruleTitle ? `: ${ruleTitle}` : ''}`}
        >
          Ignore rule
        </Button>
      </div>
      <GapReason id={reasonId} gaps={gaps} />
    </li>
  );
}

/** Why Apply waits: the gaps still to fill in, if any. */
function GapReason({ id, gaps }: { id: string; gaps: number }) {
  const styles = useStyles();
  if (gaps === 0) return null;
  return (
    <Caption1 id={id} className={styles.reason}>
      {gapReason(gaps)}
    </Caption1>
  );
}

interface RewriteEditorProps {
  rewrite: RowRewrite;
  shapes: Map<number, TableShape>;
  busy?: boolean;
  onApply(rewrite: RowRewrite, edited: Record<number, string>): void;
}

/** The row's rewrite: one editor per changed cell; Apply waits until every gap is filled. */
function RewriteEditor({ rewrite, shapes, busy, onApply }: RewriteEditorProps) {
  const styles = useStyles();
  const [edited, setEdited] = React.useState<Record<number, string>>(() =>
    Object.fromEntries(rewrite.cells.map((cell) => [cell.column, cell.after])),
  );
  const headingId = React.useId();
  const reasonId = React.useId();
  const gaps = rewrite.cells.reduce((sum, cell) => sum + findPlaceholders(edited[cell.column] ?? '').length, 0);
  const empty = rewrite.cells.some((cell) => !(edited[cell.column] ?? '').trim());
  return (
    <section className={styles.rewrite} aria-labelledby={headingId}>
      <Subtitle2 as="h4" id={headingId} className={styles.heading}>
        Rewrite of the whole row
      </Subtitle2>
      <Body1>{rewrite.summary}</Body1>
      {rewrite.cells.map((cell) => (
        <SuggestionEditor
          key={cell.column}
          label={columnName({ table: rewrite.table, column: cell.column }, shapes)}
          value={edited[cell.column] ?? ''}
          disabled={busy}
          onChange={(value) => setEdited((all) => ({ ...all, [cell.column]: value }))}
        />
      ))}
      <Caption1 className={styles.source}>
        Modelled on {GUIDANCE_TITLES[rewrite.modelledOn.document] ?? rewrite.modelledOn.document}, “
        {rewrite.modelledOn.section}”
      </Caption1>
      <div className={styles.buttons}>
        <Button
          size="small"
          appearance="primary"
          disabled={busy || gaps > 0 || empty}
          aria-describedby={gaps > 0 ? reasonId : headingId}
          onClick={() => onApply(rewrite, edited)}
        >
          Apply rewrite
        </Button>
      </div>
      <GapReason id={reasonId} gaps={gaps} />
    </section>
  );
}
