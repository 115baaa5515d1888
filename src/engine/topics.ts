// What a row is about, so that a message can name what could be counted for it: the Practitioner's
// Guide counts school attendance in days and late arrivals, Torbay counts attendance figures and
// meetings kept. A message that says "attendance from the register" to a row about school helps more
// than "add something to count".

export interface Topic {
  id: string;
  /** Words that show a row is about this. */
  pattern: RegExp;
  /** What could be counted or seen, in a family's words: "[what could be counted] ..." follows "such as". */
  measure: string;
}

// Order matters: the first topic whose words appear wins, so narrower topics come first.
export const TOPICS: readonly Topic[] = [
  {
    id: 'school-attendance',
    pattern:
      /\b(?:attend(?:ance|s|ing)?\s+(?:at\s+)?school|school\s+attendance|attendance|late\s+for\s+school|on\s+time\s+for\s+school|absen(?:t|ce|ces)|truan\w*|school\s+register)\b/i,
    measure: 'the days at school each week from the school register, or how many times late',
  },
  {
    id: 'sleep',
    pattern:
      /\b(?:sleep\w*|bed\s?time|bed\s+by|asleep|nights?\s+in\s+(?:his|her|their)\s+own\s+bed|settl\w+\s+at\s+night|tired)\b/i,
    measure: 'the time asleep each night, written in a sleep diary',
  },
  {
    id: 'drinking',
    pattern: /\b(?:drink\w*|alcohol|drunk|sober|drugs?|substance|cannabis)\b/i,
    measure:
      'the days a week without a drink while caring for the children, from a diary checked by the alcohol service',
  },
  {
    id: 'domestic-abuse',
    pattern: /\b(?:domestic\s+(?:abuse|violence)|violen\w+|police|call-?outs?|assault\w*|coercive|controlling)\b/i,
    measure: 'police call-outs to the home, and what the children say at each visit',
  },
  {
    id: 'health-appointments',
    pattern:
      /\b(?:appointments?|gp|doctor|dentist|dental|immunis\w+|vaccin\w+|boosters?|clinic|health\s+visitor|check-?ups?|medication|hospital)\b/i,
    measure: 'appointments kept out of appointments offered, from the surgery or clinic record',
  },
  {
    id: 'weight-feeding',
    pattern: /\b(?:weight|feeds?|feeding|bottles?|growth|weigh\w*)\b/i,
    measure: 'the baby’s weight plotted on the growth chart every week',
  },
  {
    id: 'food',
    pattern: /\b(?:diet|meals?|breakfast|lunch|tea|food|eat\w*|hungry|fruit|vegetables)\b/i,
    measure: 'the days a week with breakfast, or meals a day, noted on a chart',
  },
  {
    id: 'home-conditions',
    pattern:
      /\b(?:home\s+conditions?|in\s+a\s+(?:better|good|poor|bad)\s+state|state\s+of\s+the\s+(?:house|home|flat)|kitchen|bedroom|clean\w*|tidy|rubbish|bins?|hoover\w*|washing|dishes|hygien\w*|damp|clutter\w*)\b/i,
    measure: 'what a visitor sees each visit against an agreed list (floor clear, bins emptied, beds made)',
  },
  {
    id: 'behaviour',
    pattern:
      /\b(?:behaviour\w*|tantrums?|temper|angry|anger|hit\w*|kick\w*|shout\w*|swear\w*|exclusions?|detentions?)\b/i,
    measure: 'how many times a week it happens, from a diary at home or the school’s behaviour log',
  },
  {
    id: 'speech-learning',
    pattern: /\b(?:words?|speech|talk\w*|language|read\w*|writ\w+|spell\w*|phonics|maths|numbers?|learning)\b/i,
    measure: 'the words used, books read or marks in a weekly check, counted by the teacher',
  },
  {
    id: 'money',
    pattern: /\b(?:money|benefits?|income|debts?|bills?|rent|arrears|budget\w*|financ\w+)\b/i,
    measure: 'bills paid on time each month and the arrears going down, from statements',
  },
  {
    id: 'feelings',
    pattern:
      /\b(?:happ\w+|sad|worr\w+|anxi\w+|confiden\w+|mood|feel\w*|emotion\w*|wellbeing|well-being|self-esteem|upset|settled)\b/i,
    measure: 'a 0–10 scale the child fills in each week with their worker, and what they say',
  },
];

/** The first topic the row's words are about, if any. */
export function topicOf(text: string): Topic | undefined {
  return TOPICS.find((topic) => topic.pattern.test(text));
}
