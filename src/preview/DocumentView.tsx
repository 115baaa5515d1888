// The browser preview's page: the .docx drawn as Word would show it — highlights, comments in the
// margin, tracked insertions and deletions — with cells editable in place.
import * as React from 'react';
import type { DocxPlanDocument } from '../docx';
import { W, children, wAttr } from '../docx/xml';

const HIGHLIGHT_COLOURS: Record<string, string> = {
  yellow: '#fff59d',
  red: '#ffb3b3',
  cyan: '#b2ebf2',
  green: '#c8e6c9',
  magenta: '#f8bbd0',
  blue: '#bbdefb',
  lightGray: '#e0e0e0',
  darkYellow: '#e6d36b',
};

const styles: Record<string, React.CSSProperties> = {
  wrap: {
    display: 'flex',
    gap: 16,
    padding: 24,
    alignItems: 'flex-start',
    background: '#f3f2f1',
    minHeight: '100%',
    boxSizing: 'border-box',
  },
  page: {
    background: '#fff',
    color: '#201f1e',
    boxShadow: '0 1px 4px rgba(0,0,0,0.2)',
    padding: '40px 48px',
    flex: '1 1 auto',
    minWidth: 0,
    maxWidth: 900,
    fontFamily: 'Arial, sans-serif',
    fontSize: 14,
    lineHeight: 1.4,
  },
  margin: { flex: '0 0 240px', display: 'flex', flexDirection: 'column', gap: 8 },
  comment: {
    background: '#fff',
    borderLeft: '3px solid #c19c00',
    padding: '6px 8px',
    fontSize: 12,
    boxShadow: '0 1px 2px rgba(0,0,0,0.15)',
    whiteSpace: 'pre-wrap',
    color: '#201f1e',
  },
  table: { borderCollapse: 'collapse', width: '100%', margin: '8px 0', tableLayout: 'fixed' },
  cell: { border: '1px solid #000', padding: 6, verticalAlign: 'top', cursor: 'text', overflowWrap: 'anywhere' },
  editor: { width: '100%', minHeight: 80, font: 'inherit', boxSizing: 'border-box' },
  ins: { color: '#0b6a0b', textDecoration: 'underline' },
  del: { color: '#a4262c', textDecoration: 'line-through' },
  prompt: { color: '#767676', fontStyle: 'italic' },
  ref: { fontSize: 10, verticalAlign: 'super', color: '#8a6d00', fontWeight: 700 },
};

interface DrawContext {
  tableIndex: Map<Element, number>;
  commentNumbers: Map<string, number>;
  editing: string | null;
  setEditing: (key: string | null) => void;
  document: DocxPlanDocument;
  selectedKey: string | null;
}

/** A Word colour value ("FF0000", "auto") as CSS, or undefined. */
function hexColour(value: string | null | undefined): string | undefined {
  return value && /^[0-9a-f]{6}$/i.test(value) ? `#${value}` : undefined;
}

/** An on/off property such as w:b: present means on, unless its value says off. */
function isOn(props: Element, name: string): boolean {
  const node = children(props, name)[0];
  if (!node) return false;
  const value = wAttr(node, 'val');
  return value === null || value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

// Marked words stay visible in Windows high contrast, where the browser drops background colours: the
// highlight keeps its colours there (forced-color-adjust) and has an outline as well.
const MARKED: React.CSSProperties = {
  outline: '1px solid #8a6d00',
  color: '#000',
  forcedColorAdjust: 'none',
};

function runStyle(run: Element, inserted: boolean, deleted: boolean, prompt: boolean): React.CSSProperties {
  const props = children(run, 'rPr')[0];
  const style: React.CSSProperties = {};
  if (props) {
    const highlight = children(props, 'highlight')[0];
    const colour = hexColour(wAttr(children(props, 'color')[0] ?? props, 'val'));
    if (colour) style.color = colour;
    if (highlight)
      Object.assign(style, MARKED, { background: HIGHLIGHT_COLOURS[wAttr(highlight, 'val') ?? ''] ?? '#fff59d' });
    if (isOn(props, 'b')) style.fontWeight = 700;
    if (isOn(props, 'i')) style.fontStyle = 'italic';
    if (isOn(props, 'u')) style.textDecoration = 'underline';
    if (isOn(props, 'strike')) style.textDecoration = 'line-through';
    const size = Number(wAttr(children(props, 'sz')[0] ?? props, 'val'));
    if (size > 0) style.fontSize = `${size / 2}pt`;
  }
  return {
    ...style,
    ...(inserted ? styles.ins : {}),
    ...(deleted ? styles.del : {}),
    ...(prompt ? styles.prompt : {}),
  };
}

function drawInline(
  node: Element,
  context: DrawContext,
  keyPrefix: string,
  flags = { inserted: false, deleted: false, prompt: false },
): React.ReactNode[] {
  const out: React.ReactNode[] = [];
  children(node).forEach((kid, i) => {
    const key = `${keyPrefix}.${i}`;
    if (kid.namespaceURI !== W) return;
    switch (kid.localName) {
      case 'r': {
        const parts: React.ReactNode[] = [];
        children(kid).forEach((part, j) => {
          if (part.localName === 't' || (part.localName === 'delText' && flags.deleted)) parts.push(part.textContent);
          else if (part.localName === 'tab') parts.push('\u00a0\u00a0\u00a0\u00a0');
          else if (part.localName === 'br') parts.push(<br key={j} />);
          else if (part.localName === 'commentReference') {
            const n = context.commentNumbers.get(wAttr(part, 'id') ?? '');
            if (n)
              parts.push(
                <span key={j} style={styles.ref} aria-label={`comment ${n}`}>
                  {n}
                </span>,
              );
          }
        });
        if (parts.length)
          out.push(
            <span key={key} style={runStyle(kid, flags.inserted, flags.deleted, flags.prompt)}>
              {parts}
            </span>,
          );
        break;
      }
      case 'ins':
        out.push(
          <ins key={key} style={styles.ins}>
            {drawInline(kid, context, key, { ...flags, inserted: true })}
          </ins>,
        );
        break;
      case 'del':
        out.push(
          <del key={key} style={styles.del}>
            {drawInline(kid, context, key, { ...flags, deleted: true })}
          </del>,
        );
        break;
      case 'sdt': {
        const placeholder = Boolean(children(children(kid, 'sdtPr')[0] ?? kid, 'showingPlcHdr')[0]);
        const content = children(kid, 'sdtContent')[0];
        if (content) out.push(...drawInline(content, context, key, { ...flags, prompt: placeholder }));
        break;
      }
      case 'hyperlink':
      case 'smartTag':
      case 'fldSimple':
        out.push(...drawInline(kid, context, key, flags));
        break;
      default:
        break;
    }
  });
  return out;
}

/** Heading level of a paragraph style ("Title" 1, "Heading1" 1, "Heading 2" 2), or 0 for body text. */
export function headingLevel(styleId: string | null | undefined): number {
  if (!styleId) return 0;
  if (/^title$/i.test(styleId)) return 1;
  const match = /^heading\s?([1-6])$/i.exec(styleId);
  return match ? Number(match[1]) : 0;
}

const HEADING_SIZES = ['', '20pt', '16pt', '13pt', '12pt', '11pt', '11pt'];

function paragraphStyle(p: Element): { style: React.CSSProperties; level: number } {
  const props = children(p, 'pPr')[0];
  const styleNode = props && children(props, 'pStyle')[0];
  const level = headingLevel(styleNode ? wAttr(styleNode, 'val') : null);
  const justify = props && children(props, 'jc')[0] ? wAttr(children(props, 'jc')[0], 'val') : null;
  const style: React.CSSProperties = { margin: '0 0 6px', minHeight: '1em' };
  if (justify === 'center') style.textAlign = 'center';
  if (justify === 'right' || justify === 'end') style.textAlign = 'right';
  if (level > 0) Object.assign(style, { fontSize: HEADING_SIZES[level], fontWeight: 700, margin: '12px 0 6px' });
  return { style, level };
}

function drawBlocks(container: Element, context: DrawContext, keyPrefix: string): React.ReactNode[] {
  return children(container).map((block, i) => {
    const key = `${keyPrefix}.${i}`;
    if (block.localName === 'p') {
      const { style, level } = paragraphStyle(block);
      return (
        <p key={key} style={style} {...(level > 0 ? { role: 'heading', 'aria-level': level } : {})}>
          {drawInline(block, context, key)}
        </p>
      );
    }
    if (block.localName === 'tbl') return <TableView key={key} tbl={block} context={context} />;
    if (block.localName === 'sdt') {
      const content = children(block, 'sdtContent')[0];
      return content ? <React.Fragment key={key}>{drawBlocks(content, context, key)}</React.Fragment> : null;
    }
    return null;
  });
}

/** A cell's grid span, shading and vertical merge, as Word stores them in w:tcPr. */
function cellProps(tc: Element): { span: number; fill?: string; merge: 'restart' | 'continue' | null } {
  const props = children(tc, 'tcPr')[0];
  if (!props) return { span: 1, merge: null };
  const span = children(props, 'gridSpan')[0];
  const shading = children(props, 'shd')[0];
  const vMerge = children(props, 'vMerge')[0];
  return {
    span: span ? Number(wAttr(span, 'val')) || 1 : 1,
    fill: shading ? hexColour(wAttr(shading, 'fill')) : undefined,
    merge: vMerge ? (wAttr(vMerge, 'val') === 'restart' ? 'restart' : 'continue') : null,
  };
}

/** For each cell that starts a vertical merge, how many rows it covers: it is drawn as one tall cell. */
export function rowSpans(rows: Element[]): Map<Element, number> {
  const grid = rows.map((tr) => {
    let position = 0;
    return children(tr, 'tc').map((tc) => {
      const props = cellProps(tc);
      const at = position;
      position += props.span;
      return { tc, at, merge: props.merge };
    });
  });
  const spans = new Map<Element, number>();
  grid.forEach((cells, r) => {
    for (const cell of cells) {
      if (cell.merge !== 'restart') continue;
      let span = 1;
      while (grid[r + span]?.some((c) => c.at === cell.at && c.merge === 'continue')) span += 1;
      spans.set(cell.tc, span);
    }
  });
  return spans;
}

function TableView({ tbl, context }: { tbl: Element; context: DrawContext }) {
  const index = context.tableIndex.get(tbl) ?? -1;
  const rows = children(tbl, 'tr');
  const spans = rowSpans(rows);
  return (
    <table
      style={styles.table}
      aria-label={`Table ${index + 1}`}
      onFocus={() => context.document.setCursorTable(index)}
      onClick={() => context.document.setCursorTable(index)}
    >
      <tbody>
        {rows.map((tr, r) => (
          <tr key={r}>
            {children(tr, 'tc').map((tc, c) => {
              const key = `${index}-${r}-${c}`;
              const props = cellProps(tc);
              // The rest of a vertically merged cell is covered by the tall cell above it.
              if (props.merge === 'continue') return null;
              const rowSpan = spans.get(tc) ?? 1;
              const selected = context.selectedKey === key;
              const cellStyle = {
                ...styles.cell,
                ...(props.fill ? { background: props.fill } : {}),
                ...(selected ? { outline: '3px solid #0f6cbd', outlineOffset: -3 } : {}),
              };
              if (context.editing === key) {
                return (
                  <td key={c} colSpan={props.span} rowSpan={rowSpan} style={cellStyle}>
                    <CellEditor
                      document={context.document}
                      table={index}
                      row={r}
                      column={c}
                      onDone={() => context.setEditing(null)}
                    />
                  </td>
                );
              }
              return (
                <td
                  key={c}
                  colSpan={props.span}
                  rowSpan={rowSpan}
                  style={cellStyle}
                  data-cell={key}
                  tabIndex={0}
                  title="Click to edit this cell"
                  onClick={() => context.setEditing(key)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      context.setEditing(key);
                    }
                  }}
                >
                  {drawBlocks(tc, context, key)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CellEditor(props: {
  document: DocxPlanDocument;
  table: number;
  row: number;
  column: number;
  onDone: () => void;
}) {
  const { document, table, row, column, onDone } = props;
  const original = document.tableModels()[table]?.rows[row]?.[column]?.text ?? '';
  const [value, setValue] = React.useState(original);
  const commit = () => {
    if (value !== original) document.editCell(table, row, column, value);
    onDone();
  };
  return (
    <textarea
      aria-label={`Edit row ${row + 1}, column ${column + 1}`}
      style={styles.editor}
      autoFocus
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) commit();
      }}
    />
  );
}

/** True when the document's last section is turned sideways (a DCS plan made from the template). */
function landscape(body: Element): boolean {
  const section = children(body, 'sectPr')[0];
  const size = section && children(section, 'pgSz')[0];
  if (!size) return false;
  return wAttr(size, 'orient') === 'landscape' || Number(wAttr(size, 'w')) > Number(wAttr(size, 'h'));
}

export function DocumentView({ document, revision = 0 }: { document: DocxPlanDocument; revision?: number }) {
  const [, setTick] = React.useState(0);
  const [editing, setEditing] = React.useState<string | null>(null);
  React.useEffect(() => document.subscribe(() => setTick((t) => t + 1)), [document]);
  void revision;
  const models = document.tableModels();
  const comments = document.commentList();
  const commentNumbers = new Map(comments.map((c, i) => [c.id, i + 1]));
  const selection = document.selection;
  const page = React.useRef<HTMLElement>(null);
  // "Go to" brings the row into view, wherever the document is scrolled.
  React.useEffect(() => {
    if (!selection) return;
    const cell = page.current?.querySelector(
      `[data-cell="${selection.table}-${selection.row}-${selection.column}"]`,
    ) as HTMLElement | null;
    cell?.scrollIntoView?.({ block: 'center', behavior: 'auto' });
  }, [selection]);
  const context: DrawContext = {
    tableIndex: new Map(models.map((m) => [m.tbl, m.index])),
    commentNumbers,
    editing,
    setEditing,
    document,
    selectedKey: selection ? `${selection.table}-${selection.row}-${selection.column}` : null,
  };
  return (
    <div style={styles.wrap}>
      <article
        ref={page}
        style={landscape(document.body) ? { ...styles.page, maxWidth: 1280 } : styles.page}
        aria-label="Document"
      >
        {drawBlocks(document.body, context, 'b')}
      </article>
      <aside style={styles.margin} aria-label="Comments">
        {comments.map((comment, i) => (
          <div key={comment.id} style={styles.comment} data-testid="doc-comment">
            <strong>
              {i + 1}. {comment.author}
            </strong>
            {'\n'}
            {comment.text.replace(/\n?\[SMART Plan Checker [^\]]*\]$/, '')}
          </div>
        ))}
      </aside>
    </div>
  );
}
