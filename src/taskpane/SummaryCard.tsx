// The first thing after a check: how SMART the plan is overall and letter by letter, how many points
// there are of each kind, and what applies to the plan as a whole.
import * as React from 'react';
import { Badge, Body1, Caption1, Card, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, PlanScore, Severity } from '../engine/types';
import type { PointCounts, RowGroup } from './checkController';
import { SEVERITY_LABELS } from './guidanceNames';
import { LETTER_NAMES, missingFactLines } from './reviewerSummary';
import { plural } from './wording';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  overall: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  big: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
  },
  letters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(5, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
  },
  letter: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: '2px',
    listStyle: 'none',
    minWidth: 0,
  },
  letterName: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
    overflowWrap: 'anywhere',
  },
  letterMark: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightBold },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  figures: { color: tokens.colorNeutralForeground2 },
  // Our own bar, not Fluent's: in Windows high contrast the browser repaints backgrounds, so the filled
  // part keeps its system colour (Highlight) and the track its outline, and 0 and 91 still look different.
  track: {
    width: '100%',
    height: '6px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground6,
    overflow: 'hidden',
    '@media (forced-colors: active)': {
      forcedColorAdjust: 'none',
      backgroundColor: 'Canvas',
      outline: '1px solid CanvasText',
    },
  },
  fill: {
    height: '100%',
    '@media (forced-colors: active)': { backgroundColor: 'Highlight !important' },
  },
  good: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  middling: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  poor: { backgroundColor: tokens.colorPaletteRedBackground3 },
});

const COUNT_COLOURS: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

function verdict(overall: number): string {
  if (overall >= 90) return 'Clear and SMART';
  if (overall >= 70) return 'Nearly there';
  if (overall >= 40) return 'Needs some work';
  return 'Needs a lot of work';
}

export interface SummaryCardProps {
  score: PlanScore;
  /** The points left to deal with (ignored and switched-off ones are not counted), counted once for the pane. */
  counts: PointCounts;
  planFindings: Finding[];
  /** The rows with points, for "no clear date in rows 1, 2 and 5". */
  groups: RowGroup[];
  /** A fresh template with its prompts still in: no score, since nothing has been written yet. */
  notFilledIn?: boolean;
}

export function SummaryCard({ score, counts, planFindings, groups, notFilledIn }: SummaryCardProps) {
  const styles = useStyles();

  if (notFilledIn) {
    return (
      <Card className={styles.card} data-testid="check-summary" aria-label="Summary of the check">
        <Subtitle2 as="h2">Not filled in yet</Subtitle2>
        <Body1>
          This plan still shows the template&apos;s prompts, so there is nothing to score yet. Type over the grey
          prompts, then choose Check plan again.
        </Body1>
        {planFindings.length > 0 && <PlanPoints findings={planFindings} />}
      </Card>
    );
  }

  return (
    <Card className={styles.card} data-testid="check-summary" aria-label="Summary of the check">
      <div className={styles.overall}>
        <span className={styles.big}>{score.overall}</span>
        <Body1>out of 100: {verdict(score.overall)}</Body1>
      </div>
      <ul className={styles.letters} aria-label="Score for each SMART letter">
        {score.letters.map((letter) => (
          <li key={letter.letter} className={styles.letter}>
            <span className={styles.letterMark} aria-hidden="true">
              {letter.letter}
            </span>
            <div
              className={styles.track}
              role="meter"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={letter.score}
              aria-label={`${LETTER_NAMES[letter.letter]}: ${letter.score} out of 100`}
              data-score={letter.score}
            >
              <div
                className={`${styles.fill} ${letter.score >= 70 ? styles.good : letter.score >= 40 ? styles.middling : styles.poor}`}
                style={{ width: `${letter.score}%` }}
              />
            </div>
            <span className={styles.letterName} aria-hidden="true">
              {letter.score}
            </span>
          </li>
        ))}
      </ul>
      <Caption1 className={styles.figures}>
        {score.letters.map((l) => `${l.letter}: ${LETTER_NAMES[l.letter].split(' ')[0]}`).join(' · ')}
      </Caption1>
      <Body1 data-testid="summary-count">
        {counts.total === 0
          ? 'No points to look at.'
          : counts.plan === 0
            ? `${plural(counts.total, 'point', 'points')}, in ${plural(counts.rows, 'row', 'rows')}.`
            : counts.cells === 0
              ? `${plural(counts.plan, 'point', 'points')} about the plan as a whole.`
              : `${plural(counts.total, 'point', 'points')}: ${counts.cells} in ${plural(counts.rows, 'row', 'rows')} and ${counts.plan} about the plan as a whole.`}
      </Body1>
      <div className={styles.counts}>
        {(['error', 'warning', 'info'] as Severity[]).map((severity) => (
          <Badge key={severity} appearance="tint" color={COUNT_COLOURS[severity]} size="large">
            {counts.bySeverity[severity]}{' '}
            {counts.bySeverity[severity] === 1 ? SEVERITY_LABELS[severity].one : SEVERITY_LABELS[severity].many}
          </Badge>
        ))}
      </div>
      {missingFactLines(groups).map((line) => (
        <Caption1 key={line} className={styles.figures}>
          {line}
        </Caption1>
      ))}
      {planFindings.length > 0 && <PlanPoints findings={planFindings} />}
    </Card>
  );
}

function PlanPoints({ findings }: { findings: Finding[] }) {
  const styles = useStyles();
  return (
    <>
      <Subtitle2 as="h3">The plan as a whole</Subtitle2>
      <ul className={styles.list}>
        {findings.map((finding) => (
          <li key={finding.id}>
            <Body1>{finding.message}</Body1>
          </li>
        ))}
      </ul>
    </>
  );
}
