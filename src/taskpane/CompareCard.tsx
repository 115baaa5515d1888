// "Compare with the previous plan" (issue #17): the user picks the earlier plan, as a .docx read here in the
// browser or as an earlier table of this document, and sees what drifted since: rows carried over, deadlines
// passed, dates moved, owners changed, outcomes dropped. The points can go into the plan as comments.
import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { PlanDocument, ReadResult } from '../document/PlanDocument';
import { comparePlans, describeDrift, detectPlanTable, driftFindings, rowPreview } from '../engine/compare';
import type { PlanComparison, PlanVersion, RowDrift } from '../engine/compare';
import type { Finding } from '../engine/types';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  hidden: { display: 'none' },
  figures: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  rows: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { listStyle: 'none', borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  itemHeading: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase300 },
  preview: { display: 'block', color: tokens.colorNeutralForeground3 },
  points: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  wrap: { whiteSpace: 'normal' },
});

const STATUS_WORDS: Record<RowDrift['status'], string> = {
  'carried-over': 'carried over unchanged',
  changed: 'changed',
  new: 'new',
  dropped: 'dropped',
};

function rowLabel(row: RowDrift): string {
  if (row.new && row.old) return `Row ${row.new.number} (row ${row.old.number} in the last plan)`;
  if (row.new) return `Row ${row.new.number}`;
  return `Row ${row.old!.number} of the last plan`;
}

/** Reads a picked file on this computer: nothing is uploaded anywhere. */
function readBytes(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}

/** The earlier plan from .docx bytes; the .docx reader loads only when a file is picked. */
async function openDocxPlan(bytes: ArrayBuffer): Promise<PlanVersion> {
  const { DocxPlanDocument } = await import('../docx');
  const document = await DocxPlanDocument.open(bytes);
  const read = await document.readTables('document');
  if (read.tables.length === 0) throw new Error('That document has no tables, so there is no plan in it to compare.');
  return {
    tables: read.tables.map((t) => ({ rows: t.rows, nestingLevel: t.nestingLevel })),
    surroundingText: read.surroundingText,
  };
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\.?$/, '.');
}

/** A choice of one of the document's plan tables, by its number in the document. */
function TableChoice(props: {
  label: string;
  tables: ReadonlyArray<{ index: number }>;
  value: number | undefined;
  onChange(index: number): void;
}) {
  return (
    <Field label={props.label}>
      <Select value={String(props.value ?? '')} onChange={(_, data) => props.onChange(Number(data.value))}>
        {props.tables.map((t) => (
          <option key={t.index} value={t.index}>
            {`Table ${t.index + 1}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}

interface Result {
  comparison: PlanComparison;
  /** The document index of each table given to the engine as the newer plan. */
  documentTables: number[];
  from: string;
}

export interface CompareCardProps {
  document: PlanDocument;
  /** The plan date from Settings, when the user set one (ISO yyyy-mm-dd). */
  planDate?: string;
  /** Name comments are written under, where the host lets us choose. */
  author?: string;
  /** Our marks already in the document (the Check tab's): kept when the drift comments are added. */
  keepMarks?: () => Finding[];
  /** Reads the earlier .docx; tests may pass their own. */
  openDocx?: (bytes: ArrayBuffer) => Promise<PlanVersion>;
}

export function CompareCard({ document, planDate, author, keepMarks, openDocx = openDocxPlan }: CompareCardProps) {
  const styles = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  // Closed until asked for: the Check tab stays about checking, and nothing is read before the user wants it.
  const [open, setOpen] = React.useState(false);
  const [source, setSource] = React.useState<'file' | 'table'>('file');
  const [earlierDate, setEarlierDate] = React.useState('');
  const [read, setRead] = React.useState<ReadResult>();
  const [oldTable, setOldTable] = React.useState<number>();
  const [newTable, setNewTable] = React.useState<number>();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const [notice, setNotice] = React.useState<string>();
  const [result, setResult] = React.useState<Result>();

  const planTables = React.useMemo(() => (read?.tables ?? []).filter((t) => detectPlanTable(t.rows) !== null), [read]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await work();
    } catch (caught) {
      setError(describe(caught));
    } finally {
      setBusy(false);
    }
  };

  const show = (comparison: PlanComparison, documentTables: number[], from: string) => {
    if (comparison.problems.length > 0) {
      setResult(undefined);
      setError(comparison.problems.join(' '));
      return;
    }
    setResult({ comparison, documentTables, from });
  };

  const chooseSource = (next: 'file' | 'table') => {
    setSource(next);
    setError(undefined);
    if (next === 'table')
      void run(async () => {
        const tables = await document.readTables('document');
        setRead(tables);
        const plans = tables.tables.filter((t) => detectPlanTable(t.rows) !== null);
        setOldTable(plans[0]?.index);
        setNewTable(plans[plans.length - 1]?.index);
      });
  };

  const compareWithFile = (file: File) =>
    run(async () => {
      let previous: PlanVersion;
      try {
        previous = await openDocx(await readBytes(file));
      } catch (caught) {
        throw new Error(`${file.name} could not be read: ${describe(caught)}`, { cause: caught });
      }
      const current = await document.readTables('document');
      const comparison = comparePlans(
        { ...previous, planDate: earlierDate || undefined },
        {
          tables: current.tables.map((t) => ({ rows: t.rows, nestingLevel: t.nestingLevel })),
          surroundingText: current.surroundingText,
          planDate: planDate || undefined,
        },
      );
      show(
        comparison,
        current.tables.map((t) => t.index),
        file.name,
      );
    });

  const compareTables = () =>
    run(async () => {
      // Read again: the user may have edited since the tables were listed.
      const current = await document.readTables('document');
      setRead(current);
      const older = current.tables.find((t) => t.index === oldTable);
      const newer = current.tables.find((t) => t.index === newTable);
      if (!older || !newer) throw new Error('That table is no longer in the document. Choose the tables again');
      if (older === newer) throw new Error('Choose two different tables: the earlier plan and the newer one');
      const comparison = comparePlans(
        { tables: [{ rows: older.rows }], planDate: earlierDate || undefined },
        { tables: [{ rows: newer.rows }], surroundingText: current.surroundingText, planDate: planDate || undefined },
      );
      show(comparison, [newer.index], `table ${older.index + 1} of this document`);
    });

  const addComments = () =>
    run(async () => {
      if (!result) return;
      const findings = driftFindings(result.comparison).map((f) => ({
        ...f,
        table: result.documentTables[f.table] ?? f.table,
      }));
      const capabilities = await document.capabilities();
      const marked = await document.mark([...(keepMarks?.() ?? []), ...findings], {
        comments: capabilities.comments,
        author: author || undefined,
      });
      const missed = findings.filter((f) => marked.notFound.includes(f.id)).length;
      const added = findings.length - missed;
      setNotice(
        `${capabilities.comments ? 'Added' : 'Highlighted'} ${added} ${added === 1 ? 'point' : 'points'} in the plan${
          capabilities.comments ? ' as comments' : ' (comments are not available here)'
        }.${missed ? ` ${missed} could not be placed because the text has changed; compare again.` : ''} Clear marks on the Check tab removes them.`,
      );
    });

  const summary = result?.comparison.summary;
  const pointCount = result ? driftFindings(result.comparison).length : 0;

  return (
    <Card className={styles.card} aria-labelledby="compare-heading">
      <Subtitle2 as="h2" id="compare-heading">
        Compare with the previous plan
      </Subtitle2>
      <Body1>
        See what has moved since the last review: actions carried over, deadlines passed, outcomes dropped. The earlier
        plan is read on this computer and is not sent anywhere.
      </Body1>
      <div className={styles.row}>
        <Button aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Close the comparison' : 'Compare with an earlier plan'}
        </Button>
      </div>
      {open && (
        <>
          <RadioGroup
            value={source}
            onChange={(_, data) => chooseSource(data.value as 'file' | 'table')}
            aria-label="Where the earlier plan is"
          >
            <Radio value="file" label="The earlier plan is a Word file (.docx)" />
            <Radio value="table" label="The earlier plan is a table in this document" />
          </RadioGroup>
          <Field label="Date of the earlier plan (if it does not say)">
            <Input type="date" value={earlierDate} onChange={(_, data) => setEarlierDate(data.value)} />
          </Field>

          {source === 'file' && (
            <div className={styles.row}>
              <input
                ref={fileInput}
                className={styles.hidden}
                type="file"
                accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                aria-label="Earlier plan file"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  if (file) void compareWithFile(file);
                }}
              />
              <Button appearance="primary" disabled={busy} onClick={() => fileInput.current?.click()}>
                Open the earlier plan…
              </Button>
            </div>
          )}

          {source === 'table' && read && planTables.length < 2 && (
            <Body1>
              This document has {planTables.length === 0 ? 'no plan table' : 'only one plan table'}. Choose the earlier
              plan as a Word file instead.
            </Body1>
          )}
          {source === 'table' && planTables.length >= 2 && (
            <div className={styles.row}>
              <TableChoice label="Earlier plan" tables={planTables} value={oldTable} onChange={setOldTable} />
              <TableChoice label="Newer plan" tables={planTables} value={newTable} onChange={setNewTable} />
              <Button appearance="primary" disabled={busy} onClick={() => void compareTables()}>
                Compare
              </Button>
            </div>
          )}

          {busy && <Caption1 aria-live="polite">Comparing…</Caption1>}
          {error && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody className={styles.wrap}>{error}</MessageBarBody>
            </MessageBar>
          )}
          {notice && (
            <MessageBar intent="success" layout="multiline" role="status">
              <MessageBarBody className={styles.wrap}>{notice}</MessageBarBody>
            </MessageBar>
          )}

          {result && summary && (
            <section aria-label="Drift since the last plan">
              <Subtitle2 as="h3">Since the last plan ({result.from})</Subtitle2>
              <Body1 as="p">{describeDrift(summary)}</Body1>
              <ul className={styles.figures} aria-label="Drift in figures">
                <li>Actions carried over unchanged: {summary.carriedOver}</li>
                <li>Deadlines passed with nothing to say they were done: {summary.deadlinesPassed}</li>
                <li>Outcomes dropped: {summary.outcomesDropped}</li>
              </ul>
              {result.comparison.notes.map((note) => (
                <Caption1 as="p" key={note}>
                  {note}
                </Caption1>
              ))}
              <ul className={styles.rows}>
                {result.comparison.rows.map((row) => (
                  <li key={`${row.old?.number ?? '-'}:${row.new?.number ?? '-'}`} className={styles.item}>
                    <h4 className={styles.itemHeading}>
                      {rowLabel(row)}: {STATUS_WORDS[row.status]}
                    </h4>
                    <Caption1 className={styles.preview}>{rowPreview(row.new ?? row.old)}</Caption1>
                    {row.points.length > 0 && (
                      <ul className={styles.points}>
                        {row.points.map((point) => (
                          <li key={point.code}>
                            <Body1>{point.message}</Body1>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
              <div className={styles.row}>
                <Button disabled={busy || pointCount === 0} onClick={() => void addComments()}>
                  Add these points to the plan as comments
                </Button>
              </div>
            </section>
          )}
        </>
      )}
    </Card>
  );
}

export default CompareCard;
