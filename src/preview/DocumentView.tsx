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

function runStyle(run: Element, inserted: boolean, deleted: boolean, prompt: boolean): React.CSSProperties {
  const props = children(run, 'rPr')[0];
  const style: React.CSSProperties = {};
  if (props) {
    const highlight = children(props, 'highlight')[0];
    if (highlight) style.background = HIGHLIGHT_COLOURS[wAttr(highlight, 'val') ?? ''] ?? '#fff59d';
    if (children(props, 'b')[0]) style.fontWeight = 700;
    if (children(props, 'i')[0]) style.fontStyle = 'italic';
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

function drawBlocks(container: Element, context: DrawContext, keyPrefix: string): React.ReactNode[] {
  return children(container).map((block, i) => {
    const key = `${keyPrefix}.${i}`;
    if (block.localName === 'p')
      return (
        <p key={key} style={{ margin: '0 0 6px', minHeight: '1em' }}>
          {drawInline(block, context, key)}
        </p>
      );
    if (block.localName === 'tbl') return <TableView key={key} tbl={block} context={context} />;
    if (block.localName === 'sdt') {
      const content = children(block, 'sdtContent')[0];
      return content ? <React.Fragment key={key}>{drawBlocks(content, context, key)}</React.Fragment> : null;
    }
    return null;
  });
}

function TableView({ tbl, context }: { tbl: Element; context: DrawContext }) {
  const index = context.tableIndex.get(tbl) ?? -1;
  return (
    <table
      style={styles.table}
      aria-label={`Table ${index + 1}`}
      onFocus={() => context.document.setCursorTable(index)}
      onClick={() => context.document.setCursorTable(index)}
    >
      <tbody>
        {children(tbl, 'tr').map((tr, r) => (
          <tr key={r}>
            {children(tr, 'tc').map((tc, c) => {
              const key = `${index}-${r}-${c}`;
              const props = children(tc, 'tcPr')[0];
              const span = props && children(props, 'gridSpan')[0];
              const colSpan = span ? Number(wAttr(span, 'val')) || 1 : 1;
              const header = Boolean(children(tr, 'trPr')[0] && children(children(tr, 'trPr')[0], 'tblHeader')[0]);
              const selected = context.selectedKey === key;
              const cellStyle = {
                ...styles.cell,
                ...(header ? { background: '#d9d9d9', fontWeight: 700 } : {}),
                ...(selected ? { outline: '3px solid #0f6cbd', outlineOffset: -3 } : {}),
              };
              if (context.editing === key) {
                return (
                  <td key={c} colSpan={colSpan} style={cellStyle}>
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
                  colSpan={colSpan}
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

export function DocumentView({ document, revision = 0 }: { document: DocxPlanDocument; revision?: number }) {
  const [, setTick] = React.useState(0);
  const [editing, setEditing] = React.useState<string | null>(null);
  React.useEffect(() => document.subscribe(() => setTick((t) => t + 1)), [document]);
  void revision;
  const models = document.tableModels();
  const comments = document.commentList();
  const commentNumbers = new Map(comments.map((c, i) => [c.id, i + 1]));
  const selection = document.selection;
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
      <article style={styles.page} aria-label="Document">
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
