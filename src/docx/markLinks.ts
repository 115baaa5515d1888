// Which comments are ours, and which finding each one is about, kept out of sight in a custom XML part of
// the document (customXml/itemN.xml, the kind of part Word keeps on save). Ids only, never plan text:
// the comment's id, the id of its last paragraph (Word renumbers comment ids on save, not paragraph ids)
// and the finding's id.
import { parseXml } from './xml';

export const LINKS_NAMESPACE = 'urn:smart-plan-checker:comment-links:1';
export const CUSTOM_XML_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
export const CUSTOM_XML_PROPS_TYPE =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
export const CUSTOM_XML_PROPS_CONTENT = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

export interface CommentLink {
  /** w:id of the comment. */
  comment: string;
  /** w14:paraId of the comment's last paragraph. */
  para: string;
  /** The finding (or row rewrite) the comment is about. */
  finding: string;
}

export function parseLinks(text: string, part: string): CommentLink[] {
  const doc = parseXml(text, part);
  return Array.from(doc.getElementsByTagNameNS(LINKS_NAMESPACE, 'link')).map((link) => ({
    comment: link.getAttribute('comment') ?? '',
    para: link.getAttribute('para') ?? '',
    finding: link.getAttribute('finding') ?? '',
  }));
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function linksXml(links: CommentLink[]): string {
  const body = links
    .map((l) => `<link comment="${attr(l.comment)}" para="${attr(l.para)}" finding="${attr(l.finding)}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<commentLinks xmlns="${LINKS_NAMESPACE}">${body}</commentLinks>`;
}

export function linksPropsXml(itemId: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ds:datastoreItem ds:itemID="{${itemId}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${LINKS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`;
}

export function linksRelsXml(propsTarget: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS_TYPE}" Target="${propsTarget}"/></Relationships>`;
}

/** A random GUID for the part's properties (no crypto needed: it only has to differ from other parts'). */
export function newGuid(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID().toUpperCase();
  const hex = () =>
    Math.floor(Math.random() * 0x10000)
      .toString(16)
      .padStart(4, '0');
  return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-8${hex().slice(1)}-${hex()}${hex()}${hex()}`.toUpperCase();
}
