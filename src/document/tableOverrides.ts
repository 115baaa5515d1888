// The user's corrections of how tables are read, as the document keeps them. Whatever is stored is read
// forgivingly: a document saved by an older version (no corrections) or edited by hand loses nothing
// else, and an entry that does not make sense is dropped rather than trusted.
import { ROLES, type Role, type TableOverride, type TableShape } from '../engine/types';

const SHAPES: ReadonlyArray<TableShape | 'not-a-plan'> = ['header-row', 'label-column', 'transposed', 'not-a-plan'];

const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Valid corrections from a stored value; anything else is left out. One entry per table, the last kept. */
export function readTableOverrides(value: unknown): TableOverride[] {
  if (!Array.isArray(value)) return [];
  const byTable = new Map<number, TableOverride>();
  for (const entry of value) {
    if (!entry || typeof entry !== 'object') continue;
    const { table, shape, roles } = entry as Record<string, unknown>;
    if (!isIndex(table)) continue;
    const override: TableOverride = { table };
    if (SHAPES.includes(shape as TableShape)) override.shape = shape as TableShape;
    if (Array.isArray(roles)) {
      const kept = roles.flatMap((r) => {
        const { index, role } = (r ?? {}) as Record<string, unknown>;
        if (!isIndex(index) || !(role === null || ROLES.includes(role as Role))) return [];
        return [{ index, role: role as Role | null }];
      });
      if (kept.length > 0) override.roles = kept;
    }
    if (override.shape || override.roles) byTable.set(table, override);
  }
  return [...byTable.values()].sort((a, b) => a.table - b.table);
}
