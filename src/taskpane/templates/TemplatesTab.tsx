// Templates: start a plan from a table that already asks the right questions. Each of the guidance's
// five layouts is a card with its columns and when to use it; a preview shows the header and a prompt
// row before anything is inserted.
import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { PlanDocument } from '../../document/PlanDocument';
import { LAYOUTS, type Layout } from '../../engine/layouts';
import { GUIDANCE_TITLES } from '../../engine/guidance';
import { buildTemplate, todayIso } from '../../engine/templates';
import type { LayoutId } from '../../engine/types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { padding: tokens.spacingHorizontalM },
  columns: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  previewWrap: {
    overflowX: 'auto',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  preview: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase100,
    width: '100%',
    '& th, & td': {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      padding: tokens.spacingHorizontalXS,
      verticalAlign: 'top',
      textAlign: 'left',
    },
    '& td': { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

function TemplatePreview({ layout }: { layout: Layout }) {
  const styles = useStyles();
  return (
    // At the pane's narrowest the wider layouts scroll sideways; focusable so the keyboard can scroll too.
    <div className={styles.previewWrap} role="region" aria-label={`${layout.name} preview`} tabIndex={0}>
      <table className={styles.preview} aria-label={`Preview of the ${layout.name} table`}>
        <thead>
          <tr>
            {layout.columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {layout.columns.map((c) => (
              <td key={c.header}>{c.prompt}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

export default function TemplatesTab({ document }: { document: PlanDocument }) {
  const styles = useStyles();
  const [planDate, setPlanDate] = React.useState(todayIso());
  const [children, setChildren] = React.useState('');
  const [previewing, setPreviewing] = React.useState<LayoutId | null>(null);
  const [busy, setBusy] = React.useState<LayoutId | null>(null);
  const [message, setMessage] = React.useState<{ intent: 'success' | 'error' | 'warning'; text: string } | null>(null);
  const [canInsert, setCanInsert] = React.useState(true);

  React.useEffect(() => {
    let live = true;
    document
      .capabilities()
      .then((caps) => live && setCanInsert(caps.insertTables))
      .catch(() => live && setCanInsert(false));
    return () => {
      live = false;
    };
  }, [document]);

  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(planDate);

  async function insert(layout: Layout) {
    setBusy(layout.id);
    setMessage(null);
    try {
      await document.insertPlanTable(buildTemplate(layout.id, { planDate, children: children.trim() || undefined }));
      setMessage({
        intent: 'success',
        text: `The ${layout.name} table is in the document. Type over the grey prompts to fill it in.`,
      });
    } catch (error) {
      setMessage({
        intent: 'error',
        text: `The table could not be inserted: ${error instanceof Error ? error.message : String(error)}. Nothing in the document was changed.`,
      });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className={styles.root}>
      <Body1>
        Start a plan from a table that already asks the guidance&apos;s questions. It goes in at the cursor, or after
        the table the cursor is in.
      </Body1>
      {!canInsert && (
        <MessageBar intent="warning">
          <MessageBarBody>
            This version of Word cannot insert tables from an add-in. You can still check plans you write yourself.
          </MessageBarBody>
        </MessageBar>
      )}
      {message && (
        <MessageBar intent={message.intent} role="status">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        label="Plan date"
        validationMessage={validDate ? undefined : 'Use the date picker or yyyy-mm-dd.'}
        hint="The review date is set 6 weeks later, as the guidance suggests."
      >
        <Input type="date" value={planDate} onChange={(_, data) => setPlanDate(data.value)} />
      </Field>
      <Field label="Child or children" hint="Names and ages, if you know them now.">
        <Input value={children} onChange={(_, data) => setChildren(data.value)} />
      </Field>
      {LAYOUTS.map((layout) => (
        <Card key={layout.id} className={styles.card} aria-label={layout.name}>
          <CardHeader
            header={<Subtitle2 as="h3">{layout.name}</Subtitle2>}
            description={<Caption1>From {GUIDANCE_TITLES[layout.source.document]}</Caption1>}
          />
          <Body1>{layout.useWhen}</Body1>
          <ul className={styles.columns} aria-label="Columns">
            {layout.columns.map((c) => (
              <li key={c.header}>
                <Caption1>{c.header}</Caption1>
              </li>
            ))}
          </ul>
          {previewing === layout.id && <TemplatePreview layout={layout} />}
          <div className={styles.actions}>
            <Button
              aria-expanded={previewing === layout.id}
              onClick={() => setPreviewing(previewing === layout.id ? null : layout.id)}
            >
              {previewing === layout.id ? 'Hide preview' : 'Preview'}
            </Button>
            <Button
              appearance="primary"
              disabled={!canInsert || !validDate || busy !== null}
              onClick={() => void insert(layout)}
            >
              {busy === layout.id ? 'Inserting…' : `Insert ${layout.name}`}
            </Button>
          </div>
        </Card>
      ))}
    </div>
  );
}
