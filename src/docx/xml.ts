// A standard XML DOM in both homes: the browser's own DOMParser and XMLSerializer, or @xmldom/xmldom in
// Node. Everything in src/docx works on these standard interfaces only.
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';

interface DomImplementation {
  DOMParser: { new (options?: { onError?: (level: string, message: string) => void }): DOMParser };
  XMLSerializer: { new (): XMLSerializer };
}

let dom: DomImplementation | undefined;

function implementation(): DomImplementation {
  if (dom) return dom;
  if (typeof globalThis.DOMParser === 'function' && typeof globalThis.XMLSerializer === 'function') {
    dom = { DOMParser: globalThis.DOMParser, XMLSerializer: globalThis.XMLSerializer };
  } else {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    dom = require('@xmldom/xmldom') as DomImplementation;
    rememberGrammarPatterns();
  }
  return dom;
}

/**
 * xmldom 0.9 builds the same regular expression afresh for every end tag it reads (grammar.reg), about
 * a third of its parsing time; every reviewed part is parsed twice (read, and checked once written).
 * The patterns depend only on their arguments and carry no state (no g or y flag), so each is built once.
 */
function rememberGrammarPatterns(): void {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const grammar = require('@xmldom/xmldom/lib/grammar') as { reg?: (...parts: unknown[]) => RegExp };
    const build = grammar.reg;
    if (typeof build !== 'function' || (build as { remembered?: boolean }).remembered) return;
    const built = new Map<string, RegExp>();
    const remembered = function (this: unknown, ...parts: unknown[]): RegExp {
      const key = parts
        .map((part) => (part instanceof RegExp ? `/${part.source}/${part.flags}` : String(part)))
        .join('\u0000');
      let pattern = built.get(key);
      if (!pattern) {
        pattern = build.apply(this, parts);
        if (pattern.global || pattern.sticky) return pattern;
        built.set(key, pattern);
      }
      return pattern;
    };
    grammar.reg = Object.assign(remembered, { remembered: true });
  } catch {
    // Another version of xmldom: parsing works the same, only slower.
  }
}

export class DocxError extends Error {}

/** Plain words for a part that cannot be read; the parser's own message stays out of what users read. */
function notXml(part: string): DocxError {
  return new DocxError(
    `Part of this file (${part}) is damaged: it is not the kind of text Word writes, so the plan cannot be checked. Open it in Word, save it again and retry.`,
  );
}

export function parseXml(text: string, part: string): Document {
  let doc: Document;
  try {
    // xmldom reports problems through onError (by default as "[xmldom error]" lines on stderr): every
    // error is fatal here, warnings are ignored. The browser's parser takes no options and ignores them.
    const parser = new (implementation().DOMParser)({
      onError: (level) => {
        if (level !== 'warning') throw new Error('not well-formed');
      },
    });
    doc = parser.parseFromString(text, 'application/xml');
  } catch {
    throw notXml(part);
  }
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error || !doc.documentElement) throw notXml(part);
  // A DOCTYPE is never needed in a Word part and may name outside entities: it is never kept or copied.
  for (let node = doc.firstChild; node;) {
    const next = node.nextSibling;
    if (node.nodeType === 10) doc.removeChild(node);
    node = next;
  }
  return doc;
}

/** Characters XML 1.0 forbids, raw or arrived through character references such as `&#1;`, and lone surrogates. */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The part as text, with what XML 1.0 forbids dropped, and parsed again before it is written, so a
 * reviewed copy always opens.
 */
export function serialiseXml(doc: Document, part = 'a part'): string {
  let text = new (implementation().XMLSerializer)().serializeToString(doc).replace(FORBIDDEN, '');
  if (!text.startsWith('<?xml')) text = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`;
  try {
    parseXml(text, part);
  } catch {
    throw new DocxError(`The reviewed copy could not be written: ${part} would not be valid. Nothing was saved.`);
  }
  return text;
}

/** Element children (not text or comments). */
export function children(node: Node, localName?: string): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (!localName || (child as Element).localName === localName)) out.push(child as Element);
  }
  return out;
}

export function child(node: Node, localName: string): Element | undefined {
  return children(node, localName)[0];
}

/** All descendants with this WordprocessingML name, in document order. */
export function descendants(node: Element | Document, localName: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(W, localName));
}

export function wAttr(el: Element, name: string): string | null {
  return el.getAttributeNS(W, name) ?? el.getAttribute(`w:${name}`);
}

export function el(
  doc: Document,
  name: string,
  attrs: Record<string, string> = {},
  kids: Array<Node | string> = [],
): Element {
  const element = doc.createElementNS(W, `w:${name}`);
  for (const [key, value] of Object.entries(attrs)) element.setAttributeNS(W, `w:${key}`, value);
  for (const kid of kids) element.appendChild(typeof kid === 'string' ? doc.createTextNode(kid) : kid);
  return element;
}

/** A w:t that keeps its spaces. */
export function textEl(doc: Document, text: string, name = 't'): Element {
  const t = el(doc, name, {}, [text]);
  t.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
  return t;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Characters XML 1.0 cannot hold (control characters pasted into a plan). */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '');
}
