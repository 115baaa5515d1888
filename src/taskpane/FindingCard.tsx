// One finding: the words at fault, what is wrong, why (the guidance, on request), the rewrite to edit,
// and what the user can do about it.
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Finding, Severity } from '../engine/types';
import { GUIDANCE_TITLES, SEVERITY_LABELS } from './guidanceNames';
import { LETTER_NAMES } from './reviewerSummary';
import { SuggestionEditor } from './SuggestionEditor';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  top: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteYellowBorderActive}`,
    fontStyle: 'italic',
    overflowWrap: 'anywhere',
  },
  why: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  source: { display: 'block', color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const SEVERITY_COLOURS: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export interface FindingCardProps {
  finding: Finding;
  ruleTitle?: string;
  busy?: boolean;
  onGoTo(finding: Finding): void;
  onApply(finding: Finding, text: string): void;
  onIgnore(finding: Finding): void;
  onIgnoreRule(finding: Finding): void;
}

export function FindingCard({ finding, ruleTitle, busy, onGoTo, onApply, onIgnore, onIgnoreRule }: FindingCardProps) {
  const styles = useStyles();
  const [text, setText] = React.useState(finding.suggestion?.text ?? '');
  const messageId = React.useId();
  const quote = finding.quote.trim();

  return (
    <Card
      className={styles.card}
      role="article"
      aria-labelledby={messageId}
      data-finding-id={finding.id}
      appearance="outline"
    >
      <div className={styles.top}>
        <Badge appearance="filled" color={SEVERITY_COLOURS[finding.severity]}>
          {SEVERITY_LABELS[finding.severity].badge}
        </Badge>
        {finding.letters.map((letter) => (
          <Tooltip key={letter} content={LETTER_NAMES[letter]} relationship="description">
            <Badge appearance="outline" color="brand" aria-label={LETTER_NAMES[letter]}>
              {letter}
            </Badge>
          </Tooltip>
        ))}
      </div>
      {quote && <blockquote className={styles.quote}>“{quote}”</blockquote>}
      <Body1 id={messageId}>{finding.message}</Body1>
      <Accordion collapsible className={styles.why}>
        <AccordionItem value="why">
          <AccordionHeader size="small">Why this matters</AccordionHeader>
          <AccordionPanel>
            <Body1>{finding.guidance.point}</Body1>
            <Caption1 className={styles.source}>
              {GUIDANCE_TITLES[finding.guidance.document] ?? finding.guidance.document}: “{finding.guidance.section}”
            </Caption1>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {finding.suggestion && <SuggestionEditor value={text} onChange={setText} disabled={busy} />}
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
            disabled={busy || !text.trim()}
            onClick={() => onApply(finding, text)}
            aria-describedby={messageId}
          >
            Apply
          </Button>
        )}
        <Button size="small" disabled={busy} onClick={() => onIgnore(finding)} aria-describedby={messageId}>
          Ignore
        </Button>
        <Tooltip
          content={`Stop checking for this everywhere${ruleTitle ? `: ${ruleTitle}` : ''}`}
          relationship="description"
        >
          <Button size="small" appearance="subtle" disabled={busy} onClick={() => onIgnoreRule(finding)}>
            Ignore rule
          </Button>
        </Tooltip>
      </div>
    </Card>
  );
}
