// How each table was read ("Table 2: read as outcome blocks: 2 outcomes"), and a small form to correct it
// when the checker guessed wrong: the table's shape, and what each column or label stands for. The
// correction is kept in the document, so the plan reads the same way next time and for colleagues.
import * as React from 'react';
import { Button, Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { labelRole } from '../engine/detect';
import { readingLine } from '../engine/shapes';
import type { Role, TableAnalysis, TableOverride } from '../engine/types';
import type { CheckController, CheckState } from './checkController';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalXS },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type ShapeChoice = 'auto' | 'header-row' | 'label-column' | 'not-a-plan';

const SHAPE_NAMES: Record<ShapeChoice, string> = {
  auto: 'Let the checker decide',
  'header-row': 'Headings along the top row',
  'label-column': 'Labels down the left side',
  'not-a-plan': 'Not a plan: leave it out',
};

/** Roles in words a practitioner uses; "none" leaves the column or label out of the plan. */
const ROLE_NAMES: Array<[Role | 'none', string]> = [
  ['need', 'What we are worried about (need)'],
  ['outcome', 'What will be different (outcome)'],
  ['action', 'What will be done (action)'],
  ['owner', 'Who'],
  ['when', 'When'],
  ['owner_when', 'Who and when'],
  ['action_owner_when', 'What, who and when'],
  ['measure', 'How we will know (measure)'],
  ['achieved', 'Achieved, filled in at review (not checked)'],
  ['context', 'Background, such as strengths (not checked)'],
  ['none', 'Not part of the plan'],
];

interface Item {
  index: number;
  text: string;
  role: Role | 'none';
}

/** The headings or labels the user can give roles to, for the shape chosen. */
function itemsFor(shape: ShapeChoice, analysis: TableAnalysis, rows: string[][]): Item[] {
  const layout = analysis.layout;
  if (shape === 'header-row') {
    const headerRow = layout && !layout.labels ? Math.max(0, layout.headerRows - 1) : 0;
    return (rows[headerRow] ?? []).flatMap((text, index) => {
      if (!text.trim()) return [];
      const found = layout && !layout.labels ? layout.columns.find((c) => c.column === index)?.role : labelRole(text);
      return [{ index, text: text.trim(), role: found ?? 'none' }];
    });
  }
  if (shape === 'label-column') {
    const column = layout?.labelColumn ?? 0;
    return rows.flatMap((row, index) => {
      const text = row[column] ?? '';
      if (!text.trim() || row.length <= column + 1) return [];
      const found = layout?.labels ? layout.labels.find((l) => l.row === index)?.role : labelRole(text);
      return [{ index, text: text.trim(), role: found ?? 'none' }];
    });
  }
  return [];
}

function currentShape(analysis: TableAnalysis, override?: TableOverride): ShapeChoice {
  if (override?.shape) return override.shape === 'transposed' ? 'label-column' : override.shape;
  if (!analysis.layout) return 'auto';
  return analysis.layout.labels ? 'label-column' : 'header-row';
}

interface FormProps {
  analysis: TableAnalysis;
  rows: string[][];
  override?: TableOverride;
  busy: boolean;
  onSave: (override: Omit<TableOverride, 'table'> | null) => void;
  onCancel: () => void;
}

function TableReadingForm({ analysis, rows, override, busy, onSave, onCancel }: FormProps) {
  const styles = useStyles();
  const number = analysis.table + 1;
  const [shape, setShape] = React.useState<ShapeChoice>(currentShape(analysis, override));
  const [items, setItems] = React.useState<Item[]>(() =>
    itemsFor(shape === 'auto' ? 'header-row' : shape, analysis, rows),
  );
  const chooseShape = (next: ShapeChoice) => {
    setShape(next);
    setItems(next === 'auto' || next === 'not-a-plan' ? [] : itemsFor(next, analysis, rows));
  };
  const save = () => {
    if (shape === 'auto') return onSave(null);
    if (shape === 'not-a-plan') return onSave({ shape });
    onSave({ shape, roles: items.map((i) => ({ index: i.index, role: i.role === 'none' ? null : i.role })) });
  };
  return (
    <div className={styles.form} role="group" aria-label={`How table ${number} is read`}>
      <Field label="This table has">
        <Select value={shape} onChange={(_, data) => chooseShape(data.value as ShapeChoice)}>
          {(Object.keys(SHAPE_NAMES) as ShapeChoice[]).map((choice) => (
            <option key={choice} value={choice}>
              {SHAPE_NAMES[choice]}
            </option>
          ))}
        </Select>
      </Field>
      {items.map((item) => (
        <Field
          key={item.index}
          label={`\u201c${item.text.length > 60 ? `${item.text.slice(0, 57)}\u2026` : item.text}\u201d is`}
        >
          <Select
            value={item.role}
            onChange={(_, data) =>
              setItems(items.map((i) => (i.index === item.index ? { ...i, role: data.value as Role | 'none' } : i)))
            }
          >
            {ROLE_NAMES.map(([role, name]) => (
              <option key={role} value={role}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <div className={styles.buttons}>
        <Button appearance="primary" size="small" disabled={busy} onClick={save}>
          Read it this way
        </Button>
        <Button size="small" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

export interface TableReadingsProps {
  controller: CheckController;
  state: CheckState;
}

/** One line per table on how it was read, each with a way to correct it. */
export function TableReadings({ controller, state }: TableReadingsProps) {
  const styles = useStyles();
  const [editing, setEditing] = React.useState<number | null>(null);
  const { report, read } = state;
  if (!report || !read) return null;
  return (
    <div className={styles.root}>
      {report.tables.map((analysis) => {
        const override = state.tableOverrides?.find((o) => o.table === analysis.table);
        const rows = read.tables.find((t) => t.index === analysis.table)?.rows ?? [];
        return (
          <div key={analysis.table}>
            <div className={styles.line}>
              <Caption1>
                {readingLine(analysis, analysis.table + 1)}
                {override ? ' (as you set it)' : ''}
              </Caption1>
              {editing !== analysis.table && (
                <Button
                  size="small"
                  appearance="transparent"
                  aria-label={`Change how this table is read: table ${analysis.table + 1}`}
                  onClick={() => setEditing(analysis.table)}
                >
                  Change how this table is read
                </Button>
              )}
            </div>
            {editing === analysis.table && (
              <TableReadingForm
                analysis={analysis}
                rows={rows}
                override={override}
                busy={state.status === 'busy'}
                onCancel={() => setEditing(null)}
                onSave={(next) => {
                  setEditing(null);
                  void controller.setTableReading(analysis.table, next);
                }}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
