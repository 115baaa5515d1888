// Reading a labelled corpus (one JSON object a line, as ../shared/corpus/README.md describes).
import { readFileSync } from 'fs';
import type { Role } from '../engine';

export interface CorpusItem {
  id: string;
  cells: Partial<Record<Role, string>>;
  smart: boolean | null;
  issues: string[];
  absent: string[];
}

export class CorpusError extends Error {}

export function readCorpus(file: string): CorpusItem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CorpusError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const items: CorpusItem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new CorpusError(`${file}, line ${index + 1}: not valid JSON (${(error as Error).message})`);
    }
    const item = value as Partial<CorpusItem>;
    if (
      typeof item !== 'object' ||
      item === null ||
      typeof item.id !== 'string' ||
      typeof item.cells !== 'object' ||
      item.cells === null
    ) {
      throw new CorpusError(`${file}, line ${index + 1}: each line needs an "id" string and a "cells" object`);
    }
    items.push({
      id: item.id,
      cells: item.cells,
      smart: item.smart === true || item.smart === false ? item.smart : null,
      issues: Array.isArray(item.issues) ? item.issues : [],
      absent: Array.isArray(item.absent) ? item.absent : [],
    });
  });
  return items;
}

/** The corpus named on a command line, or an exit status after saying what went wrong. */
export function corpusFromArgs(command: string, args: string[], usage: string): CorpusItem[] | number {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write(`Usage: ${usage}\n`);
    return 2;
  }
  try {
    return readCorpus(file);
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    process.stderr.write(`smart-plan ${command}: ${error.message}\n`);
    return 2;
  }
}
