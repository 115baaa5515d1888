// The first thing after a check: how SMART the plan is overall and letter by letter, how many points
// there are of each kind, and what applies to the plan as a whole.
import * as React from 'react';
import { Badge, Body1, Caption1, Card, ProgressBar, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, PlanScore, Severity } from '../engine/types';
import { SEVERITY_LABELS } from './guidanceNames';
import { LETTER_NAMES } from './reviewerSummary';

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
  /** The findings left to deal with, for the counts (ignored and switched-off ones are not counted). */
  findings: Finding[];
  planFindings: Finding[];
}

export function SummaryCard({ score, findings, planFindings }: SummaryCardProps) {
  const styles = useStyles();
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of [...findings, ...planFindings]) counts[finding.severity] += 1;

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
            <ProgressBar
              value={letter.score / 100}
              thickness="large"
              color={letter.score >= 70 ? 'success' : letter.score >= 40 ? 'warning' : 'error'}
              aria-label={`${LETTER_NAMES[letter.letter]}: ${letter.score} out of 100`}
            />
            <span className={styles.letterName}>{letter.score}</span>
          </li>
        ))}
      </ul>
      <Caption1 className={styles.figures}>
        {score.letters.map((l) => `${l.letter}: ${LETTER_NAMES[l.letter].split(' ')[0]}`).join(' · ')}
      </Caption1>
      <div className={styles.counts}>
        {(['error', 'warning', 'info'] as Severity[]).map((severity) => (
          <Badge key={severity} appearance="tint" color={COUNT_COLOURS[severity]} size="large">
            {counts[severity]} {counts[severity] === 1 ? SEVERITY_LABELS[severity].one : SEVERITY_LABELS[severity].many}
          </Badge>
        ))}
      </div>
      {score.actions > 0 && (
        <Caption1 className={styles.figures}>
          Of {score.actions} {score.actions === 1 ? 'action' : 'actions'}: {score.actionsWithOwner} name who,{' '}
          {score.actionsWithTimescale} say when, {score.actionsWithMeasure} say how progress will be known.
        </Caption1>
      )}
      {planFindings.length > 0 && (
        <>
          <Subtitle2 as="h3">The plan as a whole</Subtitle2>
          <ul className={styles.list}>
            {planFindings.map((finding) => (
              <li key={finding.id}>
                <Body1>{finding.message}</Body1>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
