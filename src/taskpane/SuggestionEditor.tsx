// The suggested rewrite, editable before it is applied. Each `[gap]` is a fact only the author knows:
// Tab selects the next one so the author types over it; the gaps still to fill are listed beneath.
import * as React from 'react';
import { Button, Caption1, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { findPlaceholders, nextPlaceholder, previousPlaceholder } from './placeholders';

const useStyles = makeStyles({
  gaps: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    marginTop: tokens.spacingVerticalXS,
  },
  gap: {
    minWidth: 'auto',
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightRegular,
    ':hover': { backgroundColor: tokens.colorPaletteYellowBackground3, color: tokens.colorNeutralForeground1 },
  },
  ready: { color: tokens.colorPaletteGreenForeground1 },
});

export interface SuggestionEditorProps {
  value: string;
  onChange(value: string): void;
  label?: string;
  disabled?: boolean;
}

export function SuggestionEditor({ value, onChange, label = 'Suggested rewrite', disabled }: SuggestionEditorProps) {
  const styles = useStyles();
  const area = React.useRef<HTMLTextAreaElement>(null);
  const gaps = findPlaceholders(value);

  const selectRange = (start: number, end: number) => {
    const element = area.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(start, end);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
    const element = event.currentTarget;
    // Past the last gap (or before the first), Tab moves focus on as usual: no keyboard trap.
    const target = event.shiftKey
      ? previousPlaceholder(value, element.selectionStart)
      : nextPlaceholder(
          value,
          element.selectionEnd === element.selectionStart ? element.selectionStart : element.selectionEnd,
        );
    if (!target || (target.start === element.selectionStart && target.end === element.selectionEnd)) return;
    event.preventDefault();
    element.setSelectionRange(target.start, target.end);
  };

  return (
    <Field
      label={label}
      hint={gaps.length > 0 ? 'Replace each [gap] with what you know. Tab jumps to the next gap.' : undefined}
    >
      <Textarea
        ref={area}
        value={value}
        disabled={disabled}
        resize="vertical"
        rows={Math.min(6, Math.max(2, Math.ceil(value.length / 38)))}
        onChange={(_, data) => onChange(data.value)}
        onKeyDown={onKeyDown}
      />
      <div className={styles.gaps}>
        {gaps.length > 0 ? (
          <>
            <Caption1>{gaps.length === 1 ? '1 gap to fill:' : `${gaps.length} gaps to fill:`}</Caption1>
            {gaps.map((gap) => (
              <Button
                key={`${gap.start}-${gap.label}`}
                size="small"
                appearance="subtle"
                className={styles.gap}
                disabled={disabled}
                aria-label={`Fill in [${gap.label}]`}
                onClick={() => selectRange(gap.start, gap.end)}
              >
                [{gap.label}]
              </Button>
            ))}
          </>
        ) : (
          <Caption1 className={styles.ready}>Ready to apply.</Caption1>
        )}
      </div>
    </Field>
  );
}
