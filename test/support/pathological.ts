// Families of hostile cells that once made the engine slow down with the square of the cell's length
// (issue #16): one word or character repeated up to 100,000 characters. Shared by `npm run bench`
// (scripts/bench-engine.mjs), which prints the worst time, and the fuzz test, which reports each time.
export const PATHOLOGICAL_LENGTH = 100000;

/** The unit each family repeats. */
export const PATHOLOGICAL_UNITS: Record<string, string> = {
  'open timescale': 'ASAP ',
  'as soon as possible': 'as soon as possible ',
  ongoing: 'ongoing, ',
  daily: 'daily ',
  today: 'today ',
  weekly: 'weekly ',
  'every week': 'every week ',
  fortnightly: 'fortnightly. ',
  'by the next review': 'by the next review ',
  dates: '01/02/27 ',
  spaces: ' ',
  tabs: '\t',
  newlines: '\n',
  'mixed whitespace': ' \t\r\n',
  'an owner': 'Mum ',
  'a titled owner': 'Mr Smith ',
  'a role as owner': 'Social worker to ',
  acronyms: 'CAMHS ',
  'acronym in brackets': '(CAMHS) ',
  'explained acronym': 'Team Around the Family (TAF) ',
  brackets: '((((( ',
  'vague aim': 'be happy ',
  regularly: 'regularly ',
  appropriate: 'appropriate ',
  'not to': 'will not ',
  'needs to see': 'needs to see ',
  numbers: '1/',
  letters: 'a',
  // Timescales read since 2026-12-03: a month with no day, a far-off date, the plan's meetings, spans from
  // the plan, fractions, "2x", an age.
  'month with no day': 'by end of March ',
  months: 'March ',
  'far-off date': 'May 04/05/20 ',
  'plan meeting': 'before the next CIN ',
  'span from the plan': 'first 3 ',
  fraction: '9/10 ',
  'times a week': '2x ',
  'an age': 'when she turns ',
  // School and plan timescales (branch tsc2): terms, key stages, post-16, the plan's meetings in its own words,
  // the agreement's length, frequencies tied to an event, doses, a duration after its owner.
  'school term': 'Spring 1 ',
  'key stage': 'by end of KS',
  'post-16': ', post-16 ',
  'meeting named in words': 'by the next SEN support ',
  'the agreement': 'for the length of the ',
  'event frequency': 'every PE ',
  'all sessions': ', all contact ',
  dose: '3 x 15 mins ',
  'duration after owner': 'SW – 2 weeks ',
  'each time': 'each time ',
  birth: 'before the birth ',
  'weeks of pregnancy': 'by 28 ',
  'end of an order': 'by end of ',
  'first nights': 'the first 7 ',
  // States and verbless outcomes read as vague aims, and services as needs (2026-12-03).
  state: 'will cope and ',
  'service need': 'needs 1:1 support and ',
};

/** One cell of a family at the given length (cut mid-unit when it does not divide). */
export function pathologicalCell(unit: string, length = PATHOLOGICAL_LENGTH): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
