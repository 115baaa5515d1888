// Plans of every shape for the tests, with our own wordings of each column in the manner of the five
// guidance documents, and one outcome written faulty and one SMART. Used by the engine's and the command's tests.
import type { Role } from '../../src/engine';

export const OPTIONS = {
  planDate: '2025-05-20',
  surroundingText:
    'Review date: 01/07/2025. Jay says he wants to get to school on time so he can play football at break. Signed by Mum and Jay.',
};

/** One outcome's cells, faulty: a family could not tell who does what by when, or how anyone will know. */
export const FAULTY: Record<Role, string> = {
  need: 'Jay needs to be referred to CAMHS.',
  context: 'Mum is trying hard.',
  outcome: 'Jay will be happier at school.',
  action: 'Support to be offered.',
  owner: '',
  when: 'ASAP',
  owner_when: 'Family support worker - ongoing',
  action_owner_when: 'Social worker to visit regularly - ongoing.',
  measure: 'Mum says things are better.',
  achieved: '',
};

/** The same outcome written SMART. */
export const SMART: Record<Role, string> = {
  need: 'Jay has missed 12 of the last 30 school days, so he is falling behind with his reading.',
  context: 'Mum gets Jay up on time on most school days.',
  outcome: 'Jay will be in school by 8:50am on at least 9 of 10 school days each fortnight.',
  action: 'Mum to walk Jay to school each morning, and Mr Patel (head of year) to meet Jay at the gate.',
  owner: 'Mum and Mr Patel',
  when: 'Every school day from 02/06/2025 until 18/07/2025',
  owner_when: 'Mum and Mr Patel, every school day from 02/06/2025 until 18/07/2025',
  action_owner_when:
    'Mum to walk Jay to school every school day from 02/06/2025 until 18/07/2025, and Mr Patel (head of year) to meet him at the gate.',
  measure: 'School register checked every Friday by Mr Patel and shared with the social worker.',
  achieved: '',
};

export type Label = [label: string, role: Role];

/** Our own wordings of each column, in the manner of each of the five guidance documents. */
export const WORDINGS: Record<string, Label[]> = {
  'Torbay-style': [
    ['What do we want to be different?', 'outcome'],
    ['What are we going to do?', 'action'],
    ['Who is doing it?', 'owner'],
    ['When by?', 'when'],
    ['How will we know things are better?', 'measure'],
  ],
  'issue-style': [
    ['What needs to change?', 'outcome'],
    ['What will happen?', 'action'],
    ['Who will do this?', 'owner'],
    ['By when?', 'when'],
    ['How will we know it has worked?', 'measure'],
  ],
  'Practitioner\u2019s Guide-style': [
    ['Identified need', 'need'],
    ['Outcome we want', 'outcome'],
    ['Actions (who, what, by when)', 'action_owner_when'],
    ['Achieved?', 'achieved'],
  ],
  'Smart Planning Guidance-style': [
    ['What will look different for the child?', 'outcome'],
    ['What would help?', 'action'],
    ['Who and by when?', 'owner_when'],
  ],
  'DCS-style': [
    ['Our worry', 'need'],
    ['What is working well?', 'context'],
    ['Goal', 'outcome'],
    ['What will be done', 'action'],
    ['Who will do it and by when', 'owner_when'],
    ['How will we know it is working?', 'measure'],
  ],
  'Wakefield-style': [
    ['Impact on the child', 'need'],
    ['What needs to change?', 'outcome'],
    ['Who will do what and by when?', 'action_owner_when'],
    ['How will the family keep this going?', 'measure'],
  ],
};

/** A document's tables, with where the content (not label) cells are and which of them are SMART. */
export interface Shape {
  tables: string[][][];
  content: Set<string>;
  smart: Set<string>;
}

export const at = (table: number, row: number, column: number) => `${table}/${row}/${column}`;

export function headerRow(labels: Label[]): Shape {
  const shape: Shape = { tables: [[labels.map(([l]) => l)]], content: new Set(), smart: new Set() };
  [FAULTY, SMART].forEach((cells, i) => {
    shape.tables[0].push(labels.map(([, role]) => cells[role]));
    labels.forEach((_, c) => {
      shape.content.add(at(0, i + 1, c));
      if (cells === SMART) shape.smart.add(at(0, i + 1, c));
    });
  });
  return shape;
}

/** Each outcome its own two-column table, labels down the left, under a title row. */
export function blockTables(labels: Label[]): Shape {
  const shape: Shape = { tables: [], content: new Set(), smart: new Set() };
  [FAULTY, SMART].forEach((cells, t) => {
    shape.tables.push([[`Outcome ${t + 1}`], ...labels.map(([label, role]) => [label, cells[role]])]);
    labels.forEach((_, i) => {
      shape.content.add(at(t, i + 1, 1));
      if (cells === SMART) shape.smart.add(at(t, i + 1, 1));
    });
  });
  return shape;
}

/** One long two-column table: a title, then each outcome's block under its own heading row. */
export function longBlockTable(labels: Label[]): Shape {
  const rows: string[][] = [['Family plan for Jay']];
  const shape: Shape = { tables: [rows], content: new Set(), smart: new Set() };
  [FAULTY, SMART].forEach((cells, b) => {
    rows.push(b === 0 ? ['Outcome 1', ''] : ['Outcome 2: School']);
    for (const [label, role] of labels) {
      shape.content.add(at(0, rows.length, 1));
      if (cells === SMART) shape.smart.add(at(0, rows.length, 1));
      rows.push([label, cells[role]]);
    }
  });
  return shape;
}

/** Labels down the first column, one outcome per column across. */
export function transposed(labels: Label[]): Shape {
  const rows: string[][] = [['', 'Outcome 1', 'Outcome 2']];
  const shape: Shape = { tables: [rows], content: new Set(), smart: new Set() };
  for (const [label, role] of labels) {
    shape.content.add(at(0, rows.length, 1)).add(at(0, rows.length, 2));
    shape.smart.add(at(0, rows.length, 2));
    rows.push([label, FAULTY[role], SMART[role]]);
  }
  return shape;
}

/** A header-row table with a title row, group headings and the header repeated after a page break. */
export function mixedHeaderRow(labels: Label[]): Shape {
  const header = labels.map(([l]) => l);
  const rows: string[][] = [['Family plan'], header, ['Outcome 1: School']];
  const shape: Shape = { tables: [rows], content: new Set(), smart: new Set() };
  labels.forEach((_, c) => shape.content.add(at(0, 3, c)));
  rows.push(labels.map(([, role]) => FAULTY[role]));
  rows.push(header, ['Outcome 2: Getting to school on time']);
  labels.forEach((_, c) => shape.content.add(at(0, 6, c)).add(at(0, 6, c)) && shape.smart.add(at(0, 6, c)));
  rows.push(labels.map(([, role]) => SMART[role]));
  return shape;
}

export const SHAPES: Record<string, (labels: Label[]) => Shape> = {
  'outcome blocks, one table each': blockTables,
  'one long table of outcome blocks': longBlockTable,
  'a plan on its side': transposed,
  'a header row with title, headings and a repeated header': mixedHeaderRow,
};
