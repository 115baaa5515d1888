// The row rewriter's public face. (Contract first: the rewriter itself lands with issue #13.)
export type { CellRewrite, RowRewrite } from './types';
export { findGaps, hasGaps } from './gaps';
export type { Gap } from './gaps';
