// Plan documents as .docx files: the same PlanDocument interface as Word, for the browser preview and the command line.
export { DocxPlanDocument, DocxError, HIGHLIGHT, COMMENT_TAG } from './DocxPlanDocument';
export type { DocxOpenOptions, DocumentSelection } from './DocxPlanDocument';
