// What a row is about, and what follows from it. A finding's message names what could be counted for
// the row's topic (the Practitioner's Guide counts school attendance in days and late arrivals, Torbay counts
// attendance figures and meetings kept): "attendance from the register" helps more than "add something to
// count". The row rewriter writes the topic's need, outcome, measure and evidence (Torbay, "Measurable";
// Smart Planning Guidance, "M - Measurable": ask what you will expect to see). One list, so that a topic's
// words, its measure and its rewrite live together and the checker and the rewriter read a row alike.
import { agree, possessive, type RowFacts } from './rewrite/facts';
import { rememberedByText } from './text';

export type TopicId =
  | 'drugs'
  | 'alcohol'
  | 'domestic-abuse'
  | 'missing'
  | 'supervision'
  | 'immunisation'
  | 'dental'
  | 'speech'
  | 'online'
  | 'contact'
  | 'friendships'
  | 'sleep'
  | 'weight'
  | 'food'
  | 'self-care'
  | 'attendance'
  | 'appointments'
  | 'health-visits'
  | 'home'
  | 'money'
  | 'play'
  | 'emotional'
  | 'parenting'
  | 'behaviour'
  | 'engagement'
  | 'safety'
  | 'general';

export interface Topic {
  id: TopicId;
  /** Words that show a row is about this topic. */
  words: RegExp;
  /** Broad words ("safe", "services", "health"): they give way to a specific topic found anywhere in the row. */
  weak?: boolean;
  /**
   * What could be counted or seen, in a family's words, for a finding's message ("Here that could be ...").
   * None for a topic too broad to name one.
   */
  measure?: string;
  /** How the row rewriter writes this topic. */
  rewrite: TopicRewrite;
}

export interface TopicRewrite {
  /** A need statement that names the difficulty for the child, used when the need is only a general aim. */
  need(f: RowFacts, g: GapWriter): string;
  /** What will be different for the child, something everyone can see. */
  outcome(f: RowFacts, g: GapWriter): string;
  /** What will be counted or seen for this topic, with the row's own people: a noun phrase. */
  measure(f: RowFacts): string;
  /** A second source beside a parent's word, for this topic: a noun phrase. */
  evidence(f: RowFacts): string;
}

/** Writes a `[gap]` while the row's budget lasts, otherwise the fallback words (never a made-up fact). */
export interface GapWriter {
  gap(label: string, fallback: string): string;
}

const C = (f: RowFacts) => f.child;
const P = (f: RowFacts) => f.parent ?? 'the parent';

/** "Paul's mother" speaks of her; "father" of him; "parents" of them. */
export function pronounsOf(person: string | undefined): { they: string; their: string; have: string } {
  if (!person || /\b(?:parents|carers|family)\b/i.test(person)) return { they: 'they', their: 'their', have: 'have' };
  if (/\b(?:father|dad|step-?father|grandfather|grandad|grandpa|uncle|Mr)\b/i.test(person))
    return { they: 'he', their: 'his', have: 'has' };
  if (/^[A-Z][a-z]+$/.test(person.trim())) return { they: 'they', their: 'their', have: 'have' };
  return { they: 'she', their: 'her', have: 'has' };
}

function substanceCommitment(f: RowFacts, g: GapWriter, substance: string, use: string, service: string): string {
  const parent = P(f);
  const p = pronounsOf(parent);
  return (
    `${cap(parent)} agrees to work on ${p.their} ${substance} with ${g.gap(service, 'a specialist worker')}, ` +
    `going to every session offered until the next review, and not to ${use} while caring for ${C(f)}. ` +
    `If ${p.they} ${p.have} been ${use === 'drink' ? 'drinking' : 'using'}, ${g.gap('named adult', 'another adult named in this plan')} will look after ${C(f)}.`
  );
}

function cap(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

/**
 * How a child feels at school, nursery or college: "happy at school", "settled at nursery", "enjoys going to
 * school". The place is where the feeling is, not what the row is about: this is wellbeing, not attendance.
 */
const FEELING_AT = String.raw`(?:happ\w*|unhappy|settled|unsettled|enjoy\w*|safe|lonely|confident)\s+(?:(?:being|going|to go)\s+)?(?:(?:at|in|to)\s+)?(?:(?:his|her|their|the)\s+)?`;
const SCHOOL = String.raw`(?:school|nursery|college|lessons?)`;

const APPOINTMENTS_KEPT = 'appointments kept out of appointments offered, from the surgery or clinic record';

/** Every topic, most specific first: the first whose words match decides. */
export const TOPICS: readonly Topic[] = [
  {
    id: 'drugs',
    words: /\b(?:cannabis|weed|drugs?|substances?|heroin|cocaine|methadone|spice)\b/i,
    measure: 'the days a week without drugs while caring for the children, from a diary checked by the drug service',
    rewrite: {
      need: (f) => `${C(f)} is at risk when ${P(f)} is using drugs while caring for ${C(f)}.`,
      outcome: (f, g) => substanceCommitment(f, g, 'drug use', 'use drugs', 'drug support service'),
      measure: (f) =>
        `the sessions ${P(f)} attends, confirmed by the drug service, and any day someone else had to care for ${C(f)} because ${P(f)} had been using`,
      evidence: (f) => `what the drug service records and what ${C(f)} and school say`,
    },
  },
  {
    id: 'alcohol',
    words: /\b(?:alcohol|drinking|drink|drunk|sober|AA)\b/i,
    measure:
      'the days a week without a drink while caring for the children, from a diary checked by the alcohol service',
    rewrite: {
      need: (f) => `${C(f)} is at risk when ${P(f)} has been drinking while caring for ${C(f)}.`,
      outcome: (f, g) => substanceCommitment(f, g, 'drinking', 'drink', 'alcohol support service'),
      measure: (f) =>
        `the sessions ${P(f)} attends, confirmed by the alcohol service, and any day someone else had to care for ${C(f)} because ${P(f)} had been drinking`,
      evidence: (f) => `what the alcohol service records and what ${C(f)} and school say`,
    },
  },
  // Not "police": a missing child's carers phone the police too.
  {
    id: 'domestic-abuse',
    words:
      /\b(?:domestic (?:abuse|violence)|DV|DA|perpetrator|Freedom Programme|violence|violent|assault\w*|coercive|parents fight|arguments?)\b/i,
    measure: 'police call-outs to the home, and what the children say at each visit',
    rewrite: {
      need: (f) =>
        `${cap(C(f))} ${agree(f, 'needs', 'need')} to live at home without seeing or hearing violence between the adults who care for ${f.plural ? 'them' : C(f)}.`,
      outcome: (f) =>
        `${cap(C(f))} and ${P(f) !== 'the parent' && !/father|dad/i.test(P(f)) ? P(f) : 'the parent caring for ' + (f.plural ? 'them' : C(f))} will know what to do if they are in danger, and ${C(f)} will be able to tell the social worker at each visit how things have been at home.`,
      measure: (f) =>
        `police reports and call-outs, the sessions attended by the adult who has been violent, and what ${C(f)} ${agree(f, 'says', 'say')} about home at each visit`,
      evidence: (f) => `police reports and what ${C(f)} ${agree(f, 'says', 'say')} at each visit`,
    },
  },
  {
    id: 'missing',
    words: /\b(?:missing|curfew|go(?:es)? missing)\b/i,
    measure: 'the times the child comes home late or goes missing, from the carers’ log',
    rewrite: {
      need: (f) =>
        `${C(f)} needs to be home by an agreed time and to tell the adults caring for ${f.they === 'they' ? 'them' : f.they === 'he' ? 'him' : 'her'} where ${f.they} ${f.they === 'they' ? 'are' : 'is'} going.`,
      outcome: (f) =>
        `${cap(C(f))} will tell ${f.their} carers where ${f.they} ${f.they === 'they' ? 'are' : 'is'} going and be home by the agreed time each night; if ${C(f)} is late, the carers will phone ${f.they === 'they' ? 'them' : f.they === 'he' ? 'him' : 'her'} and then the police.`,
      measure: (f) => `the log of the times ${C(f)} comes home late or goes missing, checked at each visit`,
      evidence: (f) => `the carers' log and police records of each time ${C(f)} goes missing`,
    },
  },
  {
    id: 'supervision',
    words: /\b(?:supervis\w*|left alone|home alone|unsupervised)\b/i,
    measure: 'what workers find at unannounced visits about who was at home',
    rewrite: {
      need: (f) => `${C(f)} needs an adult with ${C(f)} at home at all the times agreed in this plan.`,
      outcome: (f, g) =>
        `${cap(C(f))} will have an adult named in this plan at home with ${C(f)}; if ${P(f)} goes out, ${g.gap('named adult', 'another adult named in this plan')} will stay with ${C(f)}.`,
      measure: (f) =>
        `what the social worker finds at unannounced visits, and what ${C(f)} ${agree(f, 'says', 'say')} about who was at home`,
      evidence: (f) => `what workers find at unannounced visits and what ${C(f)} ${agree(f, 'says', 'say')}`,
    },
  },
  {
    id: 'immunisation',
    words: /\b(?:immunis\w+|vaccin\w+|jabs?|boosters?)\b/i,
    measure: APPOINTMENTS_KEPT,
    rewrite: {
      need: (f) =>
        `${C(f)} has not had every immunisation due, which leaves ${C(f)} at risk of illnesses they prevent.`,
      outcome: (f) =>
        `${cap(C(f))} will have had every immunisation due, with any missed appointment rebooked the same week.`,
      measure: (f) => `the immunisations recorded in ${possessive(C(f))} health record, against those due`,
      evidence: (f) => `${possessive(C(f))} health record at the GP surgery`,
    },
  },
  {
    id: 'dental',
    words: /\b(?:dentist|dental|teeth|tooth)\b/i,
    measure: APPOINTMENTS_KEPT,
    rewrite: {
      need: (f) => `${C(f)} needs to be registered with a dentist and to have any treatment due.`,
      outcome: (f) =>
        `${cap(C(f))} will be registered with a dentist, with healthy teeth and any treatment due completed.`,
      measure: (f) => `the dental appointments ${C(f)} has been to, against those booked`,
      evidence: (f) => `the dentist's record of ${possessive(C(f))} appointments`,
    },
  },
  // Before school and play: "talk better at nursery" is about speech, not attendance.
  // Only words that are about a child's speech itself: "speak calmly to the children" is not.
  {
    id: 'speech',
    words:
      /\b(?:speech|language (?:delay\w*|skills|development)|SALT|SLT|talk\w* (?:better|more|clearly)|(?:first|new) words|communication (?:skills|needs|difficult\w+))\b/i,
    measure: 'the words used, books read or marks in a weekly check, counted by the teacher',
    rewrite: {
      need: (f) =>
        `${cap(C(f))} needs help with ${f.their} speech and language so that ${f.they} can make ${f.their} needs known.`,
      outcome: (f, g) =>
        `${cap(C(f))} will use ${g.gap('the words or sentences agreed with the speech therapist', 'the new words practised at home')} at home and at nursery or school, practising with ${P(f) === 'the parent' ? 'a parent' : P(f)} each day.`,
      measure: (f) =>
        `the speech and language therapist's assessment of ${C(f)} at each review, and the new words ${C(f)} ${agree(f, 'uses', 'use')} noted at home and at nursery or school`,
      evidence: (f) => `the speech and language therapist's notes and what nursery or school hear from ${C(f)}`,
    },
  },
  {
    id: 'online',
    words: /\b(?:online|internet|social media|phone use|screen time|gaming)\b/i,
    measure: 'the parental controls checked at each visit, and who the child says they talk to online',
    rewrite: {
      need: (f) =>
        `${cap(C(f))} needs to be safe online, with the adults at home knowing who ${f.they} talk${f.they === 'they' ? '' : 's'} to.`,
      outcome: (f) =>
        `${cap(C(f))} will use ${f.their} phone and the internet within the rules agreed at home, with parental controls on, and will tell an adult if anyone online worries ${f.they === 'they' ? 'them' : f.they === 'he' ? 'him' : 'her'}.`,
      measure: (f) =>
        `the parental controls checked at each visit, and what ${C(f)} ${agree(f, 'says', 'say')} about who ${f.they} talk${f.they === 'they' ? '' : 's'} to online`,
      evidence: (f) =>
        `what the worker sees of the controls at home and what ${C(f)} ${agree(f, 'says', 'say')} when seen alone`,
    },
  },
  // "In contact with school" is not this topic: only contact with the child's family.
  {
    id: 'contact',
    words:
      /\b(?:contact (?:with (?:his|her|their) (?:dad|mum|father|mother|parents?|brothers?|sisters?|siblings)|centre|sessions?)|family time)\b/i,
    measure: 'the contact sessions that took place as planned, and what the child says about them',
    rewrite: {
      need: (f) => `${cap(C(f))} needs to see ${f.their} family safely and at times ${f.they} can rely on.`,
      outcome: (f, g) =>
        `${cap(C(f))} will have contact on the days and at the place agreed in this plan, ${g.gap('how often', 'as often as agreed')}, and each visit will happen as planned or be rearranged within the week.`,
      measure: (f) =>
        `the contact sessions that took place as planned, and what ${C(f)} ${agree(f, 'says', 'say')} about them`,
      evidence: (f) => `the contact records and what ${C(f)} ${agree(f, 'says', 'say')} when seen alone`,
    },
  },
  // "Friends who can babysit" is not this topic: only words about the child.
  {
    id: 'friendships',
    words: /\b(?:friendships?|(?:make|making|more|keep|keeping) friends|bull(?:y|ied|ying)|lonely)\b/i,
    measure: 'the club sessions the child attends, and the bullying reports school records',
    rewrite: {
      need: (f) => `${cap(C(f))} needs friends ${f.they} can rely on and to feel safe from bullying at school.`,
      outcome: (f, g) =>
        `${cap(C(f))} will go to ${g.gap('a club or group', 'a club or group chosen with ' + C(f))} each week, and any bullying ${f.they} tell${f.they === 'they' ? '' : 's'} school about will be dealt with that day.`,
      measure: (f) =>
        `the club sessions ${C(f)} attends, and the bullying reports school records and how each was dealt with`,
      evidence: (f) => `school's record of bullying reports and what ${C(f)} ${agree(f, 'says', 'say')}`,
    },
  },
  {
    id: 'sleep',
    words:
      /\b(?:sleep\w*|asleep|bed\s?time|bedtimes|bed by|nights? in (?:his|her|their) own bed|settl\w+ at night|tired)\b/i,
    measure: 'the time asleep each night, written in a sleep diary',
    rewrite: {
      need: (f) => `${C(f)} needs a settled bedtime routine so that ${C(f)} sleeps enough for school.`,
      outcome: (f, g) =>
        `${cap(C(f))} will be in bed by ${g.gap('bedtime', 'the agreed bedtime')} on school nights, following the routine agreed with ${P(f)}.`,
      measure: (f) => `a sleep diary of the nights ${C(f)} was in bed by the agreed time, checked at each visit`,
      evidence: (f) => `the sleep diary and what school notices of ${C(f)} in the mornings`,
    },
  },
  // Before food: a baby's weight is not breakfast before school.
  {
    id: 'weight',
    words: /\b(?:weight|weigh\w*|feeds?|feeding|bottles?|growth)\b/i,
    measure: 'the baby’s weight plotted on the growth chart every week',
    rewrite: {
      need: (f) => `${cap(C(f))} ${agree(f, 'needs', 'need')} to feed well and to grow as expected for ${f.their} age.`,
      outcome: (f, g) =>
        `${cap(C(f))} will be weighed by the health visitor ${g.gap('how often', 'at each visit')} and will be back on ${f.their} growth line by the next review.`,
      measure: (f) => `${possessive(C(f))} weight plotted on the growth chart at each health visitor visit`,
      evidence: (f) => `the health visitor's growth chart for ${C(f)}`,
    },
  },
  {
    id: 'food',
    words: /\b(?:breakfast|lunch|meals?|food|diet|fruit|vegetables|hungry|eat\w*)\b/i,
    measure: 'the days a week with breakfast, or meals a day, noted on a chart',
    rewrite: {
      need: (f) => `${C(f)} needs to eat breakfast and regular meals at home.`,
      outcome: (f) =>
        `${cap(C(f))} will have eaten breakfast before school on most school days, recorded by the school.`,
      measure: (f) => `the mornings ${C(f)} has eaten breakfast, noted by school at registration`,
      evidence: () => `what school notes at registration`,
    },
  },
  {
    id: 'self-care',
    words: /\b(?:self[- ]care|hygiene|brush\w*|bath\w*|wash\w* (?:hair|face))\b/i,
    measure: 'the self-care tasks done each day, ticked off on a chart at home',
    rewrite: {
      need: (f, g) =>
        `${C(f)} needs to do ${g.gap('the self-care tasks agreed for ' + possessive(C(f)) + ' age', 'the self-care tasks agreed with ' + P(f))} each morning and evening, with ${P(f)} checking.`,
      outcome: (f, g) =>
        `${cap(C(f))} will do ${g.gap('the self-care tasks agreed', 'the self-care tasks agreed with ' + P(f))} each morning and evening, ticked off on a chart at home.`,
      measure: (f) => `the chart of self-care tasks ${C(f)} did each day, checked at each visit`,
      evidence: () => `the self-care chart and what school notices`,
    },
  },
  {
    id: 'attendance',
    words: new RegExp(
      String.raw`\b(?:(?<!${FEELING_AT})${SCHOOL}|attendance|absen(?:t|ce|ces)|truan\w*|education\w*|potential|learning|grades)\b`,
      'i',
    ),
    measure: 'the days at school each week from the school register, or how many times late',
    rewrite: {
      need: (f) =>
        `${C(f)} needs to be in school every school day and on time, with any absence explained to the school that morning.`,
      outcome: (f) =>
        `${cap(C(f))} will be in school on time every school day, with any absence reported to the school that morning, and ${possessive(C(f))} progress checked against the school's targets each term.`,
      measure: (f) =>
        `${possessive(C(f))} attendance and late marks from the school register, compared with the figure when the plan started`,
      evidence: (f) => `the school register for ${C(f)}`,
    },
  },
  {
    id: 'appointments',
    words: /\b(?:appointments?|clinic|check-?ups?|hospital)\b/i,
    measure: APPOINTMENTS_KEPT,
    rewrite: {
      need: (f) => `${cap(C(f))} ${agree(f, 'needs', 'need')} to be taken to every health appointment booked.`,
      outcome: (f) =>
        `${cap(C(f))} will be taken to every appointment booked, and any missed appointment will be rebooked straight away.`,
      measure: (f) =>
        `the appointments ${C(f)} ${agree(f, 'has', 'have')} been to, against those booked, from the health visitor's or GP's records`,
      evidence: (f) => `the health records of ${possessive(C(f))} appointments`,
    },
  },
  {
    id: 'health-visits',
    words: /\b(?:health visitor|HV|health|GP|doctor)\b/i,
    weak: true,
    measure: APPOINTMENTS_KEPT,
    rewrite: {
      need: (f) =>
        `${possessive(C(f))} health and growth need checking by the health visitor while in the care of the family.`,
      outcome: (f) =>
        `${cap(C(f))} will be seen at home at every planned health visitor visit, and any worry raised at a visit will be passed to the social worker that day.`,
      measure: () => `the health visitor's visits that took place as planned, and what was recorded at each one`,
      evidence: () => `what the health visitor records at each visit`,
    },
  },
  {
    id: 'home',
    words:
      /\b(?:home conditions?|state of the (?:house|home|flat)|in a (?:better|good|poor|bad) state|house (?:is|will be|to be|kept)|clean|tidy|hoover\w*|washing up|dishes|kitchen|bedroom|rubbish|bins?|damp|clutter\w*|condition)\b/i,
    measure: 'what a visitor sees each visit against an agreed list (floor clear, bins emptied, beds made)',
    rewrite: {
      need: (f, g) =>
        `${P(f) === 'the parent' ? cap(possessive(C(f))) + ' family need' : cap(P(f)) + (/parents|carers/i.test(P(f)) ? ' need' : ' needs')} to do ${g.gap('the household jobs agreed with the family', 'the household jobs agreed at the first visit')} every day, so that ${C(f)} has clean bedding and clothes and food is made in a clean kitchen.`,
      outcome: (f, g) =>
        `${cap(possessive(C(f)))} home will meet the standard agreed with the family: ${g.gap('the household jobs agreed', 'the household jobs agreed at the first visit')} done every day and checked at each visit.`,
      measure: () => `a checklist of the agreed household jobs, filled in by the worker at each home visit`,
      evidence: () => `the checklist the worker fills in at each home visit`,
    },
  },
  {
    id: 'money',
    words: /\b(?:income|benefits?|debts?|arrears|bills?|budget\w*|financ\w+|money|rent|Citizen['’]?s Advice)\b/i,
    measure: 'bills paid on time each month and the arrears going down, from statements',
    rewrite: {
      need: (f) =>
        `${cap(P(f))} needs to know which benefits the family can claim, and to have a plan for paying the household bills.`,
      outcome: (f) =>
        `${cap(P(f))} will be claiming every benefit the family is entitled to, with a plan in place to pay the household bills.`,
      measure: (f) => `the benefits in payment and the household bills paid each month, checked with ${P(f)}`,
      evidence: () => `benefit letters and the bills paid`,
    },
  },
  {
    id: 'play',
    words: /\b(?:stimulat\w+|play\w*|children['’]s centre|stay and play|toys)\b/i,
    measure: 'the play sessions the child goes to, and what staff see of their play and talking',
    rewrite: {
      need: (f) => `${C(f)} needs more time to play, talk and mix with other children, at home and away from home.`,
      outcome: (f) =>
        `${cap(C(f))} will go to play sessions with other children and will spend time each day playing with ${P(f) === 'the parent' ? 'a parent' : P(f)} at home.`,
      measure: (f) => `the sessions ${C(f)} attends, and what staff see of ${possessive(C(f))} play and talking`,
      evidence: (f) => `the register of sessions and what staff see of ${C(f)}`,
    },
  },
  {
    id: 'emotional',
    words: new RegExp(
      String.raw`\b(?:${FEELING_AT}${SCHOOL}|happ\w+|unhappy|sad|counsell\w+|emotion\w*|wellbeing|well-being|feelings?|mood|anxi\w+|worr\w+|self-esteem|CAMHS|self-harm\w*|anger|angry|upset)\b`,
      'i',
    ),
    measure: 'a 0–10 scale the child fills in each week with their worker, and what they say',
    rewrite: {
      need: (f, g) =>
        `We need to understand ${g.gap('what is troubling ' + C(f), 'what is troubling ' + C(f))} and help ${C(f)} to manage it.`,
      outcome: (f, g) =>
        `${cap(C(f))} will be able to put ${f.their} feelings into words and name ${g.gap('the people or things that help', 'an adult to talk to when upset')}.`,
      measure: (f) =>
        `what ${C(f)} ${agree(f, 'says', 'say')} about ${f.their} feelings at each session, on a feelings scale, alongside what home and school see`,
      evidence: (f) => `what ${C(f)} ${agree(f, 'says', 'say')} at each session and what school sees`,
    },
  },
  {
    id: 'parenting',
    words:
      /\b(?:parenting|boundar\w+|hit(?:s|ting)?|shout(?:s|ing)?|smack\w*|confident|(?:managing|manage)\s+\w+['’]s behaviour)\b/i,
    measure: 'what the worker sees at home visits and what the child says about home',
    rewrite: {
      need: (f) => `${cap(P(f))} finds it hard to manage ${possessive(C(f))} behaviour at home.`,
      outcome: (f) =>
        `${cap(P(f))} will use the routines and calm consequences learned on the course with ${C(f)} each day, and will be able to explain to the worker what has worked.`,
      measure: (f) =>
        `what the worker sees at home visits and what ${C(f)} ${agree(f, 'says', 'say')} about home, beside ${possessive(P(f))} own account`,
      evidence: (f) => `what the worker sees at home visits and what ${C(f)} ${agree(f, 'says', 'say')}`,
    },
  },
  {
    id: 'behaviour',
    words: /\b(?:behav\w*|tantrums?|fighting|kick\w*|swear\w*|excluded|exclusions?|detentions?)\b/i,
    measure: 'how many times a week it happens, from a diary at home or the school’s behaviour log',
    rewrite: {
      need: (f, g) =>
        `We need to understand ${g.gap('what sets off ' + possessive(C(f)) + ' anger', 'what sets off ' + possessive(C(f)) + ' anger')} and help ${C(f)} to manage it.`,
      outcome: (f, g) =>
        `${cap(C(f))} will be able to name what makes ${f.they === 'they' ? 'them' : f.they === 'he' ? 'him' : 'her'} angry and use ${g.gap('the calming steps agreed with ' + C(f), 'the calming steps agreed with ' + C(f))} instead, with each incident recorded by school.`,
      measure: (f) =>
        `the incidents and exclusions school records for ${C(f)} each week, compared with before the plan`,
      evidence: (f) => `school's record of incidents for ${C(f)}`,
    },
  },
  {
    id: 'engagement',
    words: /\b(?:engage\w*|services|working relationship|meetings?)\b/i,
    weak: true,
    rewrite: {
      need: (f) => `${cap(P(f))} and the workers involved need to meet as agreed so the plan for ${C(f)} can move on.`,
      outcome: (f) =>
        `${cap(P(f))} will come to each meeting and appointment in this plan, and will tell the social worker beforehand if ${pronounsOf(P(f)).they} cannot make one.`,
      measure: (f) => `the meetings and appointments ${P(f)} attends, out of those offered`,
      evidence: () => `the attendance record kept by the social worker`,
    },
  },
  {
    id: 'safety',
    words: /\b(?:safe|safety|harm|needs are met|needs met)\b/i,
    weak: true,
    measure: 'what the child says at each visit, seen alone, and what the worker sees at home',
    rewrite: {
      need: (f) => `${cap(C(f))} needs the adults at home to follow the safety plan agreed with them.`,
      outcome: (f) =>
        `${cap(C(f))} will be able to tell the worker at each visit how things are at home, and the adults caring for ${C(f)} will follow the safety plan agreed with them.`,
      measure: (f) =>
        `what ${C(f)} ${agree(f, 'says', 'say')} at each visit, seen alone, and what the worker sees at home against the safety plan`,
      evidence: (f) => `what ${C(f)} ${agree(f, 'says', 'say')} when seen alone and what the worker sees at home`,
    },
  },
  // Nothing in the row names a topic: the rewrite keeps the row's own words.
  {
    id: 'general',
    words: /(?!)/,
    rewrite: {
      need: (f, g) =>
        `${cap(C(f))} needs ${g.gap('the change that matters most for ' + C(f), 'the change agreed at the next meeting')}.`,
      outcome: (f, g) =>
        `${cap(g.gap('the change for ' + C(f), 'the change agreed for ' + C(f)))} will be seen by everyone involved and checked at each visit.`,
      measure: (f) => `what workers see and record about ${C(f)} at each visit`,
      evidence: (f) => `what workers see at visits and what ${C(f)} ${agree(f, 'says', 'say')}`,
    },
  },
];

const BY_ID = new Map(TOPICS.map((t) => [t.id, t]));

/** The topic with this id. */
export function topicById(id: TopicId): Topic {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`No topic ${id}`);
  return found;
}

/**
 * The topic of the first text that names one: a cell's own words before the rest of the row. A weak topic
 * ("safe", "services") gives way to a specific one found in any of the texts; with none, 'general'.
 */
export function topicOf(...texts: string[]): Topic {
  let weak: Topic | undefined;
  for (const text of texts) {
    const found = topicsIn(text);
    if (found.strong) return found.strong;
    weak ??= found.weak;
  }
  return weak ?? topicById('general');
}

/** The first specific and first weak topic a text names; several rules' messages ask of the same row. */
const topicsIn = rememberedByText((text: string): { strong?: Topic; weak?: Topic } => {
  let first: Topic | undefined;
  for (const topic of TOPICS) {
    if (!topic.words.test(text)) continue;
    first ??= topic;
    // The first specific topic ends the search: nothing after it can change the answer.
    if (!topic.weak) return { strong: topic, weak: first };
  }
  return { weak: first };
});

/**
 * A row's topic: its need and outcome first, then the whole row. Given a cell's own words, those come first:
 * "Paul will feel happier" is about feelings even when the need says his parents fight.
 */
export function rowTopic(cells: ReadonlyArray<{ role: string; text: string }>, own?: string): Topic {
  const { head, row } = rowTexts(cells);
  return own === undefined ? topicOf(head, row) : topicOf(own, head, row);
}

/** A row's need and outcome, and its whole text, joined once per row: several messages ask for its topic. */
const rowTextsKnown = new WeakMap<object, { head: string; row: string }>();
function rowTexts(cells: ReadonlyArray<{ role: string; text: string }>): { head: string; row: string } {
  let texts = rowTextsKnown.get(cells);
  if (texts === undefined) {
    const head = cells
      .filter((c) => c.role === 'outcome' || c.role === 'need')
      .map((c) => c.text)
      .join('\n');
    texts = { head, row: cells.map((c) => c.text).join('\n') };
    // A row's cells are not changed once it is read: an edited row is a new array (the rewriter's re-check).
    rowTextsKnown.set(cells, texts);
  }
  return texts;
}
