// The unrealistic rule's patterns, table by table: for each way a demand is all at once (a habit stopped for
// good, never again from a frequent baseline, a whole debt, weight, catching up, the top of a scale, a skill in
// full, a big rise, every exam, every day), rows it must flag, with the words, the column and the message a user
// sees, and near misses it must let off: the word without its context, the limit, the condition, a realistic
// amount or window, each threshold on both sides. Rows are invented, in the style of CIN, CP and EHCP plans.
import type { Role } from '../../src/engine';
import { seen } from './ruleTester';

type Cells = Partial<Record<Role, string>>;
interface Invalid {
  cells: Cells;
  /** The column the finding lands in. */
  role: Role;
  /** The words it points at (the first place they occur in that cell). */
  quote: string;
  message: string;
  planDate?: string;
}
interface Valid {
  cells: Cells;
  planDate?: string;
}

/** RuleTester-style: each invalid row gets exactly one finding, as written; each valid row none. */
function pins(title: string, cases: { invalid: Invalid[]; valid: Valid[] }): void {
  describe(title, () => {
    it.each(cases.invalid.map((c) => [Object.values(c.cells).join(' | '), c] as const))('flags: %s', (_, c) => {
      const columns = Object.keys(c.cells);
      expect(seen('unrealistic', c.cells, { planDate: c.planDate })).toEqual([
        {
          rule: 'unrealistic',
          letters: ['A', 'R'],
          severity: 'warning',
          role: c.role,
          column: columns.indexOf(c.role),
          quote: c.quote,
          start: c.cells[c.role]?.indexOf(c.quote),
          message: c.message,
          fix: undefined,
        },
      ]);
    });
    if (cases.valid.length > 0) {
      it.each(cases.valid.map((c) => [Object.values(c.cells).join(' | '), c] as const))('leaves alone: %s', (_, c) => {
        expect(seen('unrealistic', c.cells, { planDate: c.planDate })).toEqual([]);
      });
    }
  });
}

const ARGUE =
  'No one can promise never to argue or shout again. Say what they will do instead when things get heated, and where the children will be.';
const CHILD_HABIT =
  'No child can stop this all at once and for good. Say what they will do instead, the help they will get, and a first step from where things are now.';
const FREQUENT =
  'Going from several times a day or a week to never sets everyone up to fail. Set a first step from where things are now, such as fewer each week.';
const LATELY =
  'Going from many times in the last few months to never sets everyone up to fail. Set a first step from where things are now, such as fewer each month, and what happens if it does happen.';
const DEBT =
  'This debt is more than the money the plan says there is in the time given. Agree a repayment the family can afford each week, with help from a debt adviser.';
const WEIGHT =
  'Losing weight safely takes time, especially for a child. Set a first step from where things are now, such as a little each month, or keeping weight steady while they grow.';
const CATCH_UP =
  'Catching up several school years at once sets the child up to fail. Set the next step from where they are now, and how much progress by when.';
const SCALE =
  'Going from a low score to the top of the scale in one step sets the family up to fail. Set the next step up from where they are now.';
const EXAMS =
  'After a long time out of school, top results in every subject at once sets them up to fail. Start from where they are now: the subjects that matter most first, with a step they can reach.';
const EVERY_DAY =
  'Going straight to every day from a low start sets the family up to fail. Start from where things are now and set a step they can reach first.';
const LIST =
  'This is a lot to do in a few weeks, and the family may give up on all of it. Agree the one or two that matter most first, with a date for each.';
const LIFE =
  'This asks for several big changes at once, such as a new home, a job, clearing debts or finishing a course, and each is a lot on its own. Agree the one that matters most first, with a date, and plan the others after it.';
const SUBSTANCE =
  'For someone who depends on alcohol or drugs, stopping all at once is rarely realistic, and the plan fails if they cannot. Agree a step they can take, with support, and say how the child will be kept safe if they do drink.';
const NEVER_AGAIN =
  'No family can promise that nothing will ever happen again. Say what people will do to keep the child safe, and what happens if it does.';
const HUNDRED =
  'Going straight to 100% sets the family up to fail. Start from where things are now and set a step they can reach first.';
const skill = (word: string) =>
  `Children learn this over months, with accidents on the way, so "${word}" sets them up to fail. Set the next step from where they are now, such as dry in the day with reminders.`;
const rise = (from: number, to: number, weeks: number) =>
  `Going from ${from}% to ${to}% in about ${weeks} weeks is a big jump, and missing it can feel like failing. Set a first step from where things are now, such as ${Math.min(to, from + 10)}% by a date, then the next.`;

pins('stopping an everyday habit for good', {
  invalid: [
    {
      cells: { outcome: 'Mr and Mrs Hale will stop arguing.' },
      role: 'outcome',
      quote: 'stop arguing',
      message: ARGUE,
    },
    { cells: { action: 'Dad stops rowing with Gran.' }, role: 'action', quote: 'stops rowing', message: ARGUE },
    { cells: { outcome: 'Dad to quit  shouting.' }, role: 'outcome', quote: 'quit  shouting', message: ARGUE },
    { cells: { outcome: 'Mum quits swearing.' }, role: 'outcome', quote: 'quits swearing', message: ARGUE },
    {
      cells: { outcome: 'Mum will quit falling  out with Nan.' },
      role: 'outcome',
      quote: 'quit falling  out',
      message: ARGUE,
    },
    {
      cells: { outcome: 'Dad will cease  losing  his temper.' },
      role: 'outcome',
      quote: 'cease  losing  his temper',
      message: ARGUE,
    },
    {
      cells: { outcome: 'Dad ceases getting  angry.' },
      role: 'outcome',
      quote: 'ceases getting  angry',
      message: ARGUE,
    },
    {
      cells: { owner_when: 'Tia will stop fidgeting.' },
      role: 'owner_when',
      quote: 'stop fidgeting',
      message: CHILD_HABIT,
    },
    {
      cells: { outcome: 'Tia will stop calling  out.' },
      role: 'outcome',
      quote: 'stop calling  out',
      message: CHILD_HABIT,
    },
    {
      cells: { outcome: 'Tia will stop getting upset.' },
      role: 'outcome',
      quote: 'stop getting upset',
      message: CHILD_HABIT,
    },
    {
      cells: { outcome: 'Tia will stop answering  back.' },
      role: 'outcome',
      quote: 'stop answering  back',
      message: CHILD_HABIT,
    },
    { cells: { outcome: 'Tia will stop worrying.' }, role: 'outcome', quote: 'stop worrying', message: CHILD_HABIT },
    // A word after it that does not tie it to a place, a time or a person.
    {
      cells: { outcome: 'Tia will stop crying altogether.' },
      role: 'outcome',
      quote: 'stop crying',
      message: CHILD_HABIT,
    },
    // A condition or a reason two hundred characters back is in another clause.
    {
      cells: {
        outcome:
          'If Tia is tired after school she will have a snack and some quiet time in the den with her headphones on, then her tea at six, then a bath, then a story with Mum and a chat about her day, and a cuddle with the dog, and Tia will stop whining.',
      },
      role: 'outcome',
      quote: 'stop whining',
      message: CHILD_HABIT,
    },
  ],
  valid: [
    { cells: { outcome: 'Mr and Mrs Hale will stop arguing in front of Poppy.' } },
    { cells: { outcome: 'Dad will stop shouting at the children.' } },
    { cells: { outcome: 'Tia will stop calling out during  carpet time.' } },
    { cells: { outcome: 'Tia will stop crying when Mum leaves.' } },
    { cells: { outcome: 'If Tia is tired she will stop fidgeting.' } },
    { cells: { outcome: 'Mum will take Tia to the park so that Tia stops moaning.' } },
    { cells: { measure: 'Tia will stop crying.' } },
    { cells: { outcome: 'Dad will stopshouting.' } },
  ],
});

pins('never again, from a baseline of several a day or a week', {
  invalid: [
    {
      cells: { need: 'Kai swears at staff 12 times a day.', outcome: 'Kai will not swear at staff.' },
      role: 'outcome',
      quote: 'will not swear',
      message: FREQUENT,
    },
    {
      cells: { need: 'Kai swears at staff a  few times a week.', outcome: 'Kai will not swear at staff.' },
      role: 'outcome',
      quote: 'will not swear',
      message: FREQUENT,
    },
    {
      cells: { need: 'Kai swears at staff 5-6 times a lesson.', outcome: 'Kai will not swear at staff.' },
      role: 'outcome',
      quote: 'will not swear',
      message: FREQUENT,
    },
    {
      cells: { need: 'Kai swears at staff 5  –  16 times per session.', action: 'Kai will not swear at staff.' },
      role: 'action',
      quote: 'will not swear',
      message: FREQUENT,
    },
    {
      cells: { need: 'Kai swears at staff 1 time each night.', outcome: 'Kai will not swear at staff.' },
      role: 'outcome',
      quote: 'will not swear',
      message: FREQUENT,
    },
    {
      cells: { need: 'Kai swears at staff twice  times  an  morning.', outcome: 'Kai will not swear at staff.' },
      role: 'outcome',
      quote: 'will not swear',
      message: FREQUENT,
    },
    {
      cells: { need: 'Kai swears at staff every  night.', outcome: 'Kai will not swear at staff.' },
      role: 'outcome',
      quote: 'will not swear',
      message: FREQUENT,
    },
    {
      cells: { need: 'Kai swears at staff most lesson.', outcome: 'Kai will not swear at staff.' },
      role: 'outcome',
      quote: 'will not swear',
      message: FREQUENT,
    },
    {
      cells: { need: 'Kai swears at staff most days.', outcome: 'Kai will not swear at staff.' },
      role: 'outcome',
      quote: 'will not swear',
      message: FREQUENT,
    },
    {
      cells: { need: 'Kai swears at staff daily.', outcome: 'Kai will not swear at staff.' },
      role: 'outcome',
      quote: 'will not swear',
      message: FREQUENT,
    },
    {
      cells: { need: 'Kai has run off 3 times since May.', outcome: 'Kai will not run off.' },
      role: 'outcome',
      quote: 'will not run',
      message: LATELY,
    },
    {
      cells: { need: 'Kai has run off 10 times this term.', outcome: 'Kai will not run off.' },
      role: 'outcome',
      quote: 'will not run',
      message: LATELY,
    },
    {
      cells: { need: 'Kai has run off 125 times in the last year.', outcome: 'Kai will not run off.' },
      role: 'outcome',
      quote: 'will not run',
      message: LATELY,
    },
    {
      cells: { need: 'Kai has run off numerous  times over  the  past month.', outcome: 'Kai will not run off.' },
      role: 'outcome',
      quote: 'will not run',
      message: LATELY,
    },
    {
      cells: { need: 'Kai has run off eleven times last half term.', outcome: 'Kai will not run off.' },
      role: 'outcome',
      quote: 'will not run',
      message: LATELY,
    },
    {
      cells: { need: 'Kai has run off seven times this half-term.', outcome: 'Kai will not run off.' },
      role: 'outcome',
      quote: 'will not run',
      message: LATELY,
    },
    {
      cells: { need: 'Kai has run off 4  times in  the  past  term.', outcome: 'Kai will not run off.' },
      role: 'outcome',
      quote: 'will not run',
      message: LATELY,
    },
    {
      cells: { need: 'Kai has run off 4 times  since May.', outcome: 'Kai will not run off.' },
      role: 'outcome',
      quote: 'will not run',
      message: LATELY,
    },
    {
      cells: { need: 'Kai has run off 4 times last  year.', outcome: 'Kai will not run off.' },
      role: 'outcome',
      quote: 'will not run',
      message: LATELY,
    },
  ],
  valid: [
    { cells: { need: 'Kai swears at staff.', outcome: 'Kai will not swear at staff.' } },
    { cells: { need: 'Kai swears at staff times a day.', outcome: 'Kai will not swear at staff.' } },
    { cells: { need: 'Kai swears at staff dailyish.', outcome: 'Kai will not swear at staff.' } },
    { cells: { need: 'Kai swears at staff 5 times a year.', outcome: 'Kai will not swear at staff.' } },
    { cells: { need: 'Kai swears at staff 5 times a day.', measure: 'Kai will not swear at staff.' } },
    { cells: { outcome: 'Kai will not swear at staff.', action: 'Kai swears at staff 5 times a day.' } },
    { cells: { need: 'Kai has run off 2 times since May.', outcome: 'Kai will not run off.' } },
    { cells: { need: 'Kai has run off twice since May.', outcome: 'Kai will not run off.' } },
    { cells: { need: 'Kai has run off 1000 times in the last year.', outcome: 'Kai will not run off.' } },
    { cells: { need: 'Kai has run off 4 times last halfterm.', outcome: 'Kai will not run off.' } },
    { cells: { need: 'Kai has run off 11 times since May.', measure: 'Kai will not run off.' } },
  ],
});

pins('clearing a debt faster than the money the row names', {
  invalid: [
    {
      cells: {
        need: 'Dad owes £3,200 in rent arrears and has £40 a week left after bills.',
        action: 'Dad to clear his rent arrears.',
      },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
    {
      cells: { need: 'Dad owes £481 in rent arrears and has £40 a week left.', action: 'Dad to clear his arrears.' },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
    {
      cells: {
        need: 'Dad owes £481 in rent arrears and has £40 per week left.',
        action: 'Dad will pay back the arrears within 12 weeks.',
      },
      role: 'action',
      quote: 'pay back',
      message: DEBT,
    },
    {
      cells: { need: 'Dad has £40 every week left.', action: 'Dad will repay the £521 he owes in 3 months.' },
      role: 'action',
      quote: 'repay',
      message: DEBT,
    },
    {
      cells: { need: 'Dad owes £121 on his overdraft and has £40 a week left.', action: 'Dad clears it by next week.' },
      role: 'action',
      quote: 'clears',
      message: DEBT,
    },
    {
      cells: { need: 'Dad owes £41 on his loans; he has £40 each week.', action: 'Dad cleared it by tomorrow.' },
      role: 'action',
      quote: 'cleared',
      message: DEBT,
    },
    {
      cells: { need: 'Dad owes £41 on his loan; he has £40 a week.', action: 'Dad pays off it from  next  week.' },
      role: 'action',
      quote: 'pays off',
      message: DEBT,
    },
    {
      cells: { need: 'Dad owed £41.50 and has £40 a week.', action: 'Dad clearing it by the end of next week.' },
      role: 'action',
      quote: 'clearing',
      message: DEBT,
    },
    {
      cells: { need: 'Dad has debts and £40 a week.', action: 'Dad paying back £41 by the end of this week.' },
      role: 'action',
      quote: 'paying back',
      message: DEBT,
    },
    {
      cells: { need: 'Dad has a debt and £80 a fortnight.', action: 'Dad paid off £41 by the  end  of  this  week.' },
      role: 'action',
      quote: 'paid off',
      message: DEBT,
    },
    {
      cells: { need: 'Dad has an overdraft and £40 a week.', action: 'Dad repays £4,100 within 100 weeks.' },
      role: 'action',
      quote: 'repays',
      message: DEBT,
    },
    {
      cells: { need: 'Dad has an overdraft and £40 a week.', action: 'Dad repaid £4,100 within 10 weeks.' },
      role: 'action',
      quote: 'repaid',
      message: DEBT,
    },
    {
      cells: { need: 'Mum owes £1,000,000 in debts.', action: 'Mum will repaying the debts in full within 4 weeks.' },
      role: 'action',
      quote: 'repaying',
      message: DEBT,
    },
    {
      cells: { action: 'Mum will pay the full amount of her £900 debt within 4 weeks.' },
      role: 'action',
      quote: 'pay the full amount',
      message: DEBT,
    },
    {
      cells: { action: 'Mum will pay the whole  amount of her £900 debt within 4 weeks.' },
      role: 'action',
      quote: 'pay the whole  amount',
      message: DEBT,
    },
    {
      cells: { action: 'Mum will clear all of her £401 loan within 4 weeks.' },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
    {
      cells: { action: 'Mum will clear all of her £ 401 loan in  4  weeks.' },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
    {
      cells: { action: 'Mum will clear all of her £434 loan within 1 month.' },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
    {
      cells: { action: 'Mum will clear the entire £401 she owes over 4 week.' },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
    {
      cells: { action: 'Mum will clear the whole £4,010 overdraft over 40 weeks.' },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
    {
      cells: { action: 'Mum will clear the full £1,201 of her debt.' },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
  ],
  valid: [
    {
      cells: {
        need: 'Dad owes £3,200 in rent arrears and has £40 a week left after bills.',
        action: 'Dad to pay £20 a week towards the arrears, clearing them by 2029.',
      },
    },
    {
      cells: {
        need: 'Dad owes £3,200 in rent arrears and has £40 a week left after bills.',
        measure: 'Dad to clear his rent arrears.',
      },
    },
    { cells: { need: 'Dad has £40 a week left after bills.', action: 'Dad to clear £3,200 by Easter.' } },
    { cells: { need: 'Dad owes £480 in rent arrears and has £40 a week left.', action: 'Dad to clear his arrears.' } },
    {
      cells: {
        need: 'Dad owes £481 in rent arrears and has £40 per week left.',
        action: 'Dad will pay back the arrears within 13 weeks.',
      },
    },
    { cells: { need: 'Dad has £40 every week left.', action: 'Dad will repay the £520 he owes in 3 months.' } },
    { cells: { need: 'Dad owes £40 on his overdraft and has £40 a week.', action: 'Dad clears it by next week.' } },
    { cells: { need: 'Dad has £40 a week left.', action: 'Dad will clear the £500 by Easter.' } },
    { cells: { need: 'Dad has an overdraft and £40 a week.', action: 'Dad clears the £400 within 10 weeks.' } },
    { cells: { need: 'Dad has a loan; he has £40 a week.', action: 'Dad clears the overdraft by next week.' } },
    { cells: { action: 'Mum will clear all of her £400 loan within 4 weeks.' } },
    { cells: { action: 'Mum will clear all of her £433 loan within 1 month.' } },
    { cells: { action: 'Mum will clear the whole £1,200 loan.' } },
    { cells: { action: 'Mum will clear her £900 loan within 4 weeks.' } },
    { cells: { action: 'Mum will clear all of her loan within 4 weeks.' } },
    { cells: { action: 'Mum will clear all of her £900 loan within 4 weeks, with a DHP.' } },
    { cells: { action: 'Mum will clear all of her £900 loan within 4 weeks from the charities.' } },
    { cells: { action: 'Mum will clear all of her £900 loan within 4 weeks, with a DRO.' } },
    { cells: { action: 'Mum will clear all of her £900 loan within 4 weeks with discretionary funds.' } },
    { cells: { action: 'Mum will clear all of her £900 loan within 4 weeks via hardship grants.' } },
    { cells: { action: 'Mum will pay £30 each week to clear all of her £900 loan within 4 weeks.' } },
    { cells: { action: 'Mum will pay £130 per fortnight to clear all of her £900 loan.' } },
    { cells: { action: 'Mum will pay £300 every month to clear all of her £900 loan.' } },
  ],
});

pins('weight lost faster than anyone safely can', {
  invalid: [
    {
      cells: { outcome: 'Leo will lose 3 stone by his review.' },
      role: 'outcome',
      quote: 'lose 3 stone',
      message: WEIGHT,
    },
    { cells: { outcome: 'Leo will lose 13 kg by his review.' }, role: 'outcome', quote: 'lose 13 kg', message: WEIGHT },
    { cells: { outcome: 'Leo will lose 13 kilos.' }, role: 'outcome', quote: 'lose 13 kilos', message: WEIGHT },
    { cells: { outcome: 'Leo will lose 13 kilo.' }, role: 'outcome', quote: 'lose 13 kilo', message: WEIGHT },
    {
      cells: { outcome: 'Leo will lose 13.5 kilograms.' },
      role: 'outcome',
      quote: 'lose 13.5 kilograms',
      message: WEIGHT,
    },
    { cells: { outcome: 'Leo will lose 13 kilogram.' }, role: 'outcome', quote: 'lose 13 kilogram', message: WEIGHT },
    { cells: { outcome: 'Leo will lose 28 lbs.' }, role: 'outcome', quote: 'lose 28 lbs', message: WEIGHT },
    { cells: { outcome: 'Leo will lose 27 lb.' }, role: 'outcome', quote: 'lose 27 lb', message: WEIGHT },
    { cells: { outcome: 'Leo will lose 27 LB.' }, role: 'outcome', quote: 'lose 27 LB', message: WEIGHT },
    { cells: { outcome: 'Leo will lose 29 pounds.' }, role: 'outcome', quote: 'lose 29 pounds', message: WEIGHT },
    {
      cells: { outcome: 'Leo will lose 2 st within 12 weeks.' },
      role: 'outcome',
      quote: 'lose 2 st',
      message: WEIGHT,
    },
    {
      cells: { outcome: 'Leo is losing 1.9 stone within 12 weeks.' },
      role: 'outcome',
      quote: 'losing 1.9 stone',
      message: WEIGHT,
    },
    { cells: { outcome: 'Leo loses 7kg within 6 weeks.' }, role: 'outcome', quote: 'loses 7kg', message: WEIGHT },
    {
      cells: { outcome: 'Leo will lose 130kg in 10 months.' },
      role: 'outcome',
      quote: 'lose 130kg',
      message: WEIGHT,
    },
    {
      cells: { need: 'Leo is obese.', outcome: 'Leo will reach a healthy weight within 12 weeks.' },
      role: 'outcome',
      quote: 'healthy weight',
      message: WEIGHT,
    },
    {
      cells: { need: 'Leo is above the 99th centile.', outcome: 'Leo will reach his ideal  weight within 8 weeks.' },
      role: 'outcome',
      quote: 'ideal  weight',
      message: WEIGHT,
    },
    {
      cells: { need: 'Leo is on the 98.5th  centile.', outcome: 'Leo will reach a target weight within 8 weeks.' },
      role: 'outcome',
      quote: 'target weight',
      message: WEIGHT,
    },
    {
      cells: { need: 'Leo is on the 95 centile.', outcome: 'Leo will reach a normal weight within 8 weeks.' },
      role: 'outcome',
      quote: 'normal weight',
      message: WEIGHT,
    },
    {
      cells: { need: 'Leo weighs 98kg.', action: 'Leo will reach a normal weight within 8 weeks.' },
      role: 'action',
      quote: 'normal weight',
      message: WEIGHT,
    },
    {
      cells: { need: 'Leo weighs 130 kg.', outcome: 'Leo will reach a normal weight within 8 weeks.' },
      role: 'outcome',
      quote: 'normal weight',
      message: WEIGHT,
    },
    {
      cells: { need: 'Leo has obesity.', outcome: 'Leo will reach a normal weight in 8 weeks.' },
      role: 'outcome',
      quote: 'normal weight',
      message: WEIGHT,
    },
  ],
  valid: [
    { cells: { outcome: 'Leo will lose 12kg by his review.' } },
    { cells: { outcome: 'Leo will lose 26 lb.' } },
    { cells: { outcome: 'Leo loses 2 st within 13 weeks.' } },
    { cells: { outcome: 'Leo will lose 6 kg within 6 weeks.' } },
    { cells: { outcome: 'Leo will lose 1.5 stones.' } },
    { cells: { measure: 'Leo will lose 5 stone.' } },
    { cells: { need: 'Leo is obese.', outcome: 'Leo will reach a healthy weight within 13 weeks.' } },
    { cells: { need: 'Leo is obese.', outcome: 'Leo will reach a healthy weight.' } },
    { cells: { need: 'Leo is on the 94th centile.', outcome: 'Leo will reach a normal weight within 8 weeks.' } },
    { cells: { need: 'Leo weighs 79kg.', outcome: 'Leo will reach a normal weight within 8 weeks.' } },
    { cells: { need: 'Leo is obese.', measure: 'Leo will reach a healthy weight within 8 weeks.' } },
    { cells: { outcome: 'Leo is obese and will reach a healthy weight within 8 weeks.' } },
  ],
});

pins('catching up years of school in one step', {
  invalid: [
    {
      cells: {
        need: 'Zara is in Year 5 and reads at a Year 3 level.',
        outcome: 'Zara will read at age-related expectations by July.',
      },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Zara is in Year 5 and reads at a Year 3 level.',
        outcome: 'Zara will read at age-related expectations by the end of Year 5.',
      },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: { need: 'Zara is in Year 5 with a reading age of 7.', outcome: 'Zara will read in line with her peers.' },
      role: 'outcome',
      quote: 'in line with her peers',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Zara is in Year 5 with a reading age of about 7.5.',
        outcome: 'Zara will read in line with her year group by July.',
      },
      role: 'outcome',
      quote: 'in line with her year group',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Zara is in Year 5; her spelling age is 7.',
        outcome: 'Zara will spell at the expected standard by July.',
      },
      role: 'outcome',
      quote: 'expected standard',
      message: CATCH_UP,
    },
    {
      cells: { need: 'Zara (10) reads like a 8 year old.', outcome: 'Zara will read at her chronological age.' },
      role: 'outcome',
      quote: 'her chronological age',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Zara, aged 10, works at the level expected of a 6-year-old.',
        outcome: 'Zara will work at an age-expected level by July.',
      },
      role: 'outcome',
      quote: 'age-expected level',
      message: CATCH_UP,
    },
    {
      cells: { need: 'Zara, Y6, has a maths age of 7.', outcome: 'Zara will reach the level expected for her age.' },
      role: 'outcome',
      quote: 'level expected for her age',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Zara (Year 6) has a language age around 8.',
        outcome: 'Zara will be at age related expectation by July.',
      },
      role: 'outcome',
      quote: 'age related expectation',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Zara is Year 6 and works at Year 3 standard.',
        outcome: 'Zara will be in line with her age group by July.',
      },
      role: 'outcome',
      quote: 'in line with her age group',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Zara is in Year 10 and reads at a Year 6 level.',
        action: 'Zara will be in line with her peers by the end of Year 10.',
      },
      role: 'action',
      quote: 'in line with her peers',
      message: CATCH_UP,
    },
  ],
  valid: [
    {
      cells: {
        need: 'Zara is in Year 5 and reads at a Year 4 level.',
        outcome: 'Zara will read at age-related expectations by July.',
      },
    },
    {
      cells: {
        need: 'Zara is in Year 5 and reads at a Year 3 level.',
        outcome: 'Zara will read at age-related expectations by the end of Year 7.',
      },
    },
    {
      cells: {
        need: 'Zara is in Year 5 and reads at a Year 3 level.',
        outcome: 'Zara will read at age-related expectations by the end of KS2.',
      },
    },
    {
      cells: {
        need: 'Zara is in Year 5 and reads at a Year 3 level.',
        measure: 'Zara will read at age-related expectations by July.',
      },
    },
    {
      cells: { need: 'Zara is in Year 5 with a reading age of 8.', outcome: 'Zara will read in line with her peers.' },
    },
    { cells: { need: 'Zara (10) reads like a 9 year old.', outcome: 'Zara will read at her chronological age.' } },
    {
      cells: {
        need: 'Zara is in Year 10 and reads at a Year 6 level.',
        outcome: 'Zara will be in line with her peers by the end of Year 11.',
      },
    },
    { cells: { need: 'Zara reads at a Year 2 level.', outcome: 'Zara will be in line with her peers by July.' } },
  ],
});

pins('the top of a scale straight from a low score', {
  invalid: [
    {
      cells: { outcome: 'Mum will move her Family Star score from 2 to 10 by next month.' },
      role: 'outcome',
      quote: 'from 2 to 10',
      message: SCALE,
    },
    {
      cells: { outcome: 'Mum will move her Family Star score from 7 to 10 by next month.' },
      role: 'outcome',
      quote: 'from 7 to 10',
      message: SCALE,
    },
    {
      cells: { outcome: 'Mum will rate her mood from 3/10 to 10/10 by May.' },
      role: 'outcome',
      quote: 'from 3/10 to 10/10',
      message: SCALE,
    },
    {
      cells: { outcome: 'Mum will rate her mood from 3 / 10 up to a 10 out of 10 by May.' },
      role: 'outcome',
      quote: 'from 3 / 10 up to a 10 out of 10',
      message: SCALE,
    },
  ],
  valid: [
    { cells: { outcome: 'Mum will move her Family Star score from 8 to 10 by next month.' } },
    { cells: { outcome: 'Mum will go from 3 to 10 by May.' } },
    { cells: { outcome: 'Mum will rate her sleep from 3 to 10 hours by May.' } },
    { cells: { outcome: 'Mum will rate her sleep from 3 to 10%.' } },
    { cells: { outcome: 'Mum will rate it from 3 to 10:30 on the scale.' } },
    { cells: { outcome: 'Mum will rate it from 3 to 100 on the scale.' } },
    { cells: { outcome: 'Mum will rate it from 13 to 10 on the scale.' } },
  ],
});

pins('a self-care skill in full, with no step on the way', {
  invalid: [
    {
      cells: { outcome: 'Ruby will be fully toilet trained by September.' },
      role: 'outcome',
      quote: 'fully toilet trained',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be Completely dry at night by September.' },
      role: 'outcome',
      quote: 'Completely dry at night',
      message: skill('completely'),
    },
    {
      cells: { outcome: 'Ruby will be totally dry through the night by September.' },
      role: 'outcome',
      quote: 'totally dry through the night',
      message: skill('totally'),
    },
    {
      cells: { outcome: 'Ruby will be entirely continent by September.' },
      role: 'outcome',
      quote: 'entirely continent',
      message: skill('entirely'),
    },
    {
      cells: { outcome: 'Ruby will be fully out of nappies by September.' },
      role: 'outcome',
      quote: 'fully out of nappies',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully independent with dressing by September.' },
      role: 'outcome',
      quote: 'fully independent with dressing',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be potty-trained completely by September.' },
      role: 'outcome',
      quote: 'potty-trained completely',
      message: skill('completely'),
    },
    {
      cells: { outcome: 'Ruby will be fully dry-ish by September.' },
      role: 'outcome',
      quote: 'fully dry',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully independent in personal  care by September.' },
      role: 'outcome',
      quote: 'fully independent in personal  care',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully dry  day  and  night by September.' },
      role: 'outcome',
      quote: 'fully dry  day  and  night',
      message: skill('fully'),
    },
  ],
  valid: [
    { cells: { outcome: 'Ruby will be fully toilet trained by September, with a phased start.' } },
    { cells: { outcome: 'Ruby will be dry in the day with reminders, building up to fully dry at night.' } },
    { cells: { measure: 'Ruby will be fully toilet trained by September.' } },
    { cells: { outcome: 'Ruby will be toilet trained by September.' } },
  ],
});

pins('a big rise in a percentage in the row’s own time', {
  invalid: [
    {
      cells: { need: 'Rosie’s attendance is 48%.', outcome: 'Rosie’s attendance will be 90% within 6 weeks.' },
      role: 'outcome',
      quote: '90%',
      message: rise(48, 90, 6),
    },
    {
      cells: { need: 'Rosie’s attendance is 48%.', outcome: 'Rosie’s attendance will be 90% by half term.' },
      role: 'outcome',
      quote: '90%',
      message: rise(48, 90, 6),
    },
    {
      cells: { need: 'Rosie’s attendance is 30%.', outcome: 'Rosie’s attendance will be 90% this term.' },
      role: 'outcome',
      quote: '90%',
      message: rise(30, 90, 12),
    },
    {
      cells: { need: 'Rosie’s attendance is 48%.', outcome: 'Rosie’s attendance will be 68% within 4 weeks.' },
      role: 'outcome',
      quote: '68%',
      message: rise(48, 68, 4),
    },
    {
      cells: { need: 'Rosie’s attendance is 74%.', action: 'Rosie’s attendance will be 94% by next week.' },
      role: 'action',
      quote: '94%',
      message: rise(74, 94, 1),
    },
    {
      cells: {
        need: 'Rosie’s attendance is 48%.',
        outcome: 'Rosie’s attendance will be 90%.',
        when: '4 Jan - 12 Feb 2027',
      },
      planDate: '2026-12-01',
      role: 'outcome',
      quote: '90%',
      message: rise(48, 90, 6),
    },
  ],
  valid: [
    { cells: { need: 'Rosie’s attendance is 48%.', outcome: 'Rosie’s attendance will be 90% this term.' } },
    { cells: { need: 'Rosie’s attendance is 48%.', outcome: 'Rosie’s attendance will be 90% by the summer.' } },
    { cells: { need: 'Rosie’s attendance is 48%.', outcome: 'Rosie’s attendance will be 68% within 5 weeks.' } },
    { cells: { need: 'Rosie’s attendance is 48%.', outcome: 'Rosie’s attendance will be 67% within 1 weeks.' } },
    { cells: { need: 'Rosie’s attendance is 75%.', outcome: 'Rosie’s attendance will be 95% within 1 weeks.' } },
    {
      cells: {
        need: 'Rosie’s attendance is 48%.',
        outcome: 'Rosie’s attendance will be 90%, then 100%, within 6 weeks.',
      },
    },
    {
      cells: { need: 'Rosie’s attendance is 48%.', outcome: 'Rosie’s attendance will be 70% then 90% within 6 weeks.' },
    },
    { cells: { need: 'Rosie’s attendance is 48%.', measure: 'Rosie’s attendance will be 90% within 6 weeks.' } },
    {
      cells: {
        need: 'Rosie’s attendance is 48%.',
        outcome: 'Rosie’s attendance will be 90%.',
        when: '4 Jan 2027 to 31 Mar 2027',
      },
      planDate: '2026-12-01',
    },
    {
      cells: {
        need: 'Rosie’s attendance is 48%.',
        outcome: 'Rosie’s attendance will be 90%.',
        when: '12 Feb 2027 - 4 Jan 2027',
      },
      planDate: '2026-12-01',
    },
    {
      cells: { need: 'Rosie’s attendance is 48%.', outcome: 'Rosie’s attendance will be 90%.', when: 'By 12 Feb 2027' },
      planDate: '2026-12-01',
    },
  ],
});

pins('every exam, or top grades, straight from a long time out of school', {
  invalid: [
    {
      cells: {
        need: 'Finn has been out of school for 14 months.',
        outcome: 'Finn will pass all his GCSEs this summer.',
      },
      role: 'outcome',
      quote: 'pass all his GCSEs',
      message: EXAMS,
    },
    {
      cells: {
        need: 'Finn has had 14 months out of school.',
        outcome: 'Finn will get grade 7 or above in all 9 of his GCSEs.',
      },
      role: 'outcome',
      quote: 'grade 7 or above in all 9 of his GCSEs',
      message: EXAMS,
    },
    {
      cells: {
        need: 'Finn has not attended school since Easter 2025.',
        outcome: 'Finn will achieve grades 5 or higher in all subjects.',
      },
      role: 'outcome',
      quote: 'grades 5 or higher in all subjects',
      message: EXAMS,
    },
    {
      cells: { need: 'Finn has not been in any education for a year.', outcome: 'Finn passes at all of the exams.' },
      role: 'outcome',
      quote: 'passes at all of the exams',
      message: EXAMS,
    },
    {
      cells: { need: 'Finn has not been to college since 2025.', outcome: 'Finn will get all  A-levels.' },
      role: 'outcome',
      quote: 'get all  A-levels',
      message: EXAMS,
    },
    {
      cells: {
        need: 'Finn has been out of education for several terms.',
        outcome: 'Finn gets grade 8 in maths and all the rest.',
      },
      role: 'outcome',
      quote: 'grade 8 in maths and all',
      message: EXAMS,
    },
  ],
  valid: [
    {
      cells: {
        need: 'Finn has been out of school for 14 months.',
        outcome: 'Finn will sit all his GCSEs this summer.',
      },
    },
    {
      cells: {
        need: 'Finn has been out of school for 14 months.',
        outcome: 'Finn will pass all his GCSEs this summer, building up from part-time.',
      },
    },
    {
      cells: {
        need: 'Finn has been out of school for 14 months.',
        measure: 'Finn will pass all his GCSEs this summer.',
      },
    },
    {
      cells: { need: 'Finn has been out of school for 3 weeks.', outcome: 'Finn will pass all his GCSEs this summer.' },
    },
  ],
});

pins('every day, straight from a low start or from no school at all', {
  invalid: [
    {
      cells: { need: 'Rosie has missed 11 of the last 30 school days.', outcome: 'Rosie will be in school every day.' },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Rosie has attended 9 out of 20 sessions.', outcome: 'Rosie will be in school every day.' },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Rosie has been in school on 9 of 20 days.', outcome: 'Rosie will be in school every day.' },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Finn has been out of school for 14 months.', outcome: 'Finn will attend college full-time.' },
      role: 'outcome',
      quote: 'full-time',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Finn has been out of school for 14 months.', outcome: 'Finn will attend college 5 days a week.' },
      role: 'outcome',
      quote: '5 days a week',
      message: EVERY_DAY,
    },
    {
      cells: {
        need: 'Finn has been out of school for 14 months.',
        outcome: 'Finn will be back in school each school day.',
      },
      role: 'outcome',
      quote: 'each school day',
      message: EVERY_DAY,
    },
    {
      cells: {
        need: 'Finn has been out of school for 14 months.',
        outcome: 'Finn will be at the gate every single day.',
      },
      role: 'outcome',
      quote: 'every single day',
      message: EVERY_DAY,
    },
  ],
  valid: [
    {
      cells: { need: 'Rosie has missed 5 of the last 30 school days.', outcome: 'Rosie will be in school every day.' },
    },
    {
      cells: {
        need: 'Rosie has attended 9 out of 20 sessions.',
        outcome: 'Rosie will be in school every day.',
        action: 'Rosie on at least 9 of 10 school days by Easter.',
      },
    },
    { cells: { need: 'Rosie has attended 9 out of 20 sessions.', outcome: 'Rosie will have breakfast every day.' } },
    { cells: { need: 'Rosie has attended 21 out of 20 sessions.', outcome: 'Rosie will be in school every day.' } },
    { cells: { need: 'Rosie has attended 0 out of 0 sessions.', outcome: 'Rosie will be in school every day.' } },
    {
      cells: {
        need: 'Finn has been out of school for 14 months.',
        outcome: 'Finn will be at college five days a week, 3 days a week at first.',
      },
    },
    { cells: { need: 'Finn has been out of school for 14 months.', outcome: 'Finn will take his tablets every day.' } },
  ],
});

const JOBS =
  'Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.';
pins('a long list in a few weeks, and a life rebuilt at once', {
  invalid: [
    {
      cells: { need: 'Kim has no home.', action: `Within 4 weeks ${JOBS}` },
      role: 'action',
      quote: `Within 4 weeks ${JOBS}`,
      message: LIST,
    },
    {
      cells: { action: 'Kim will move into a new flat, find a job and finish the parenting course.' },
      role: 'action',
      quote: 'Kim will move into a new flat, find a job and finish the parenting course.',
      message: LIFE,
    },
  ],
  valid: [
    { cells: { need: 'Kim has no home.', action: JOBS } },
    { cells: { need: 'Kim has no home.', outcome: `Within 4 weeks ${JOBS}` } },
    { cells: { action: 'Kim will move into a new flat and find a job.' } },
    { cells: { measure: 'Kim will move into a new flat, find a job and finish the parenting course.' } },
  ],
});

const TOBACCO =
  'For someone who smokes, stopping all at once is rarely realistic, and the plan fails if they cannot. Agree a step they can take, with support.';
const PERFECT =
  'No one gets something perfect every day. Say what it will look like on most days, and a first step from where things are now.';

pins('stopping smoking, vaping or cannabis at once', {
  invalid: [
    { cells: { outcome: 'Mum will give up vaping.' }, role: 'outcome', quote: 'give up vaping', message: TOBACCO },
    { cells: { outcome: 'Mum will stop cigarettes.' }, role: 'outcome', quote: 'stop cigarettes', message: TOBACCO },
    { cells: { outcome: 'Mum will stop smoking.' }, role: 'outcome', quote: 'stop smoking', message: TOBACCO },
    {
      cells: { outcome: 'Mum will stop smoking cannabis.' },
      role: 'outcome',
      quote: 'stop smoking cannabis',
      message: SUBSTANCE,
    },
  ],
  valid: [],
});

pins('at all times, unless it is a thing kept ready', {
  invalid: [
    {
      cells: { action: 'Mia will be supervised at all times.' },
      role: 'action',
      quote: 'at all times',
      message: NEVER_AGAIN,
    },
    // Ready words earlier in the cell are not what is kept ready.
    {
      cells: { action: 'Mum is available on Tuesdays; Mia will be supervised at all times.' },
      role: 'action',
      quote: 'at all times',
      message: NEVER_AGAIN,
    },
    {
      cells: { action: 'Mum’s phone will be kept on Tuesdays at all times.' },
      role: 'action',
      quote: 'at all times',
      message: NEVER_AGAIN,
    },
    // 100% is not let off by a thing kept ready.
    {
      cells: { action: 'Mum will keep her phone on her at all times, and Ava will be 100% safe.' },
      role: 'action',
      quote: '100%',
      message: HUNDRED,
    },
  ],
  valid: [
    { cells: { action: 'Mia’s inhaler will be available at all times.' } },
    { cells: { action: 'Mia’s inhaler will be accessible at all times.' } },
    { cells: { action: 'Mum’s phone will be charged at all times.' } },
    { cells: { action: 'Mia’s inhaler will be kept to  hand at all times.' } },
    { cells: { action: 'Mia’s inhaler will be kept within  reach  at all times.' } },
    { cells: { action: 'The knives will be in the drawer, locked at all times.' } },
    { cells: { action: 'Mum’s phone will be switched  on at all times.' } },
    { cells: { action: 'Mia will keep her alarm in  her  pocket at all times.' } },
    { cells: { action: 'Mia will keep her alarm in their bag at all times.' } },
    { cells: { action: 'Dad will keep the spare key in his bag at all times.' } },
    { cells: { action: 'I will keep my inhaler in my bag at all times.' } },
    { cells: { action: 'You will keep the key in your bag at all times.' } },
    { cells: { action: 'Mum will keep the phone on  her at all times.' } },
    { cells: { action: 'Dad will keep the phone on him at all times.' } },
    { cells: { action: 'The carers will keep the key on them at all times.' } },
    { cells: { action: 'I will keep the phone on me at all times.' } },
    { cells: { action: 'You will keep the key on you at all times.' } },
    { cells: { outcome: 'Dad will keep Ava safe at all times, and if Mum has a drink Nan will come.' } },
    { cells: { outcome: 'Dad will keep Ava safe at all times, and if Mum cannot cope Nan will come.' } },
    { cells: { outcome: 'Dad will keep Ava safe at all times', action: 'if Ava does feel unsafe she will ring Nan.' } },
  ],
});

pins('never again and perfection, unless in a condition or a reason', {
  invalid: [
    { cells: { outcome: 'Mum will keep the flat spotless.' }, role: 'outcome', quote: 'spotless', message: PERFECT },
    {
      cells: { outcome: 'Mum will keep the flat immaculately.' },
      role: 'outcome',
      quote: 'immaculately',
      message: PERFECT,
    },
    { cells: { outcome: 'Mum will keep the flat pristine.' }, role: 'outcome', quote: 'pristine', message: PERFECT },
    {
      cells: { outcome: 'When Dad has been drinking, there will be no further incidents.' },
      role: 'outcome',
      quote: 'no further incidents',
      message: NEVER_AGAIN,
    },
    // A condition more than two hundred characters back is in another clause.
    {
      cells: {
        outcome:
          'If the children are upset after contact Nan will take them to the park and then home for tea, and Dad will ring at six to say goodnight, and on Sundays they will all go swimming together at the leisure centre, and there will be no further incidents.',
      },
      role: 'outcome',
      quote: 'no further incidents',
      message: NEVER_AGAIN,
    },
  ],
  valid: [
    { cells: { outcome: 'Nan will help so that there are no further incidents.' } },
    { cells: { outcome: 'If there are no further incidents, Dad will have the children overnight.' } },
    { cells: { need: 'Ava attends 60%.', outcome: 'If she attends 100% she will get a prize.' } },
    { cells: { need: 'Ava attends 60%.', outcome: 'Ava will get a prize so that she attends 100% of the time.' } },
  ],
});

pins('100% from a low start, with attendance given as days', {
  invalid: [
    {
      cells: { need: 'Ava attends 8% of the time.', outcome: 'Ava will attend 100% of the time.' },
      role: 'outcome',
      quote: '100%',
      message: HUNDRED,
    },
    {
      cells: { need: 'Ava has missed 6 of the last 20 school days.', outcome: 'Ava will attend 100% of the time.' },
      role: 'outcome',
      quote: '100%',
      message: HUNDRED,
    },
    {
      cells: { need: 'Ava has attended 14 out of 20 sessions.', outcome: 'Ava will attend 100% of the time.' },
      role: 'outcome',
      quote: '100%',
      message: HUNDRED,
    },
    // Only sessions and days are counted: lessons are not a share of attendance.
    {
      cells: { need: 'Ava has attended 15 of 20 lessons.', outcome: 'Ava will attend 100% of the time.' },
      role: 'outcome',
      quote: '100%',
      message: HUNDRED,
    },
    // Days counted in another column are not the baseline.
    {
      cells: { outcome: 'Ava will attend 100% of the time.', action: 'Ava has attended 15 of 20 days.' },
      role: 'outcome',
      quote: '100%',
      message: HUNDRED,
    },
  ],
  valid: [
    { cells: { need: 'Ava attends 80% of the time.', outcome: 'Ava will attend 100% of the time.' } },
    { cells: { need: 'Ava attends 80 % of the time.', outcome: 'Ava will attend 100  % of the time.' } },
    { cells: { need: 'Ava attends 60%, up from 40% last year.', outcome: 'Ava will attend 100% of the time.' } },
    { cells: { need: 'Ava has missed 5 of the last 20 school days.', outcome: 'Ava will attend 100% of the time.' } },
    { cells: { need: 'Ava has attended 15 out of 20 sessions.', outcome: 'Ava will attend 100% of the time.' } },
    { cells: { need: 'Ava has been in on 15 of the past 20 days.', outcome: 'Ava will attend 100% of the time.' } },
    { cells: { need: 'Ava has been in school for 15 of 20 days.', outcome: 'Ava will attend 100% of the time.' } },
    {
      cells: {
        need: 'Ava has attended  15  out  of  the  last  20  school  days.',
        outcome: 'Ava will attend 100% of the time.',
      },
    },
    { cells: { need: 'Ava has Missed 5 of 20 days.', outcome: 'Ava will attend 100% of the time.' } },
    { cells: { need: 'Ava has attended 150 of 200 days.', outcome: 'Ava will attend 100% of the time.' } },
  ],
});

const CLEAR_TEST =
  'A clear test means no use at all by then, which for someone who uses drugs or alcohol is stopping all at once; a hair strand test also shows use from up to three months before. Agree a step they can take, with support, and say how the child will be kept safe if they do use.';

pins('a clear test asked for, unless it is the evidence or held to the times of care', {
  invalid: [
    {
      cells: { outcome: 'Mum will give clean samples by June.' },
      role: 'outcome',
      quote: 'clean samples',
      message: CLEAR_TEST,
    },
    {
      cells: { outcome: 'Mum will give results showing no alcohol by June.' },
      role: 'outcome',
      quote: 'results showing no alcohol',
      message: CLEAR_TEST,
    },
    {
      cells: { outcome: 'Mum will give screens showing no drugs by June.' },
      role: 'outcome',
      quote: 'screens showing no drugs',
      message: CLEAR_TEST,
    },
    // Evidence more than three words back is not what the test is.
    {
      cells: { outcome: 'Mum stays sober, seen in her four weekly random negative urine tests.' },
      role: 'outcome',
      quote: 'negative urine tests',
      message: CLEAR_TEST,
    },
    // A time of care in the next sentence or clause is not one the test is held to.
    {
      cells: { outcome: 'Mum will give negative saliva tests. She has the boys on weekends when Nan is away.' },
      role: 'outcome',
      quote: 'negative saliva tests',
      message: CLEAR_TEST,
    },
    {
      cells: { outcome: 'Mum will give negative saliva tests; while Nan is away Dad has the boys.' },
      role: 'outcome',
      quote: 'negative saliva tests',
      message: CLEAR_TEST,
    },
  ],
  valid: [
    { cells: { outcome: 'Mum stays sober, evidenced through negative urine tests.' } },
    { cells: { outcome: 'Mum stays sober, confirmed in negative urine tests.' } },
    { cells: { outcome: 'Mum stays sober, measured with negative urine tests.' } },
    { cells: { outcome: 'Mum stays sober, checked by her CGL worker’s negative urine tests.' } },
    { cells: { outcome: 'Mum stays sober, seen in her four weekly negative urine tests.' } },
    { cells: { outcome: 'Mum stays sober, seen  in  negative urine tests.' } },
    { cells: { outcome: 'Mum stays sober, shown by the clinic-run negative saliva tests.' } },
    { cells: { outcome: 'Mum will give negative saliva tests whilst she has the boys.' } },
    { cells: { outcome: 'Mum will give negative saliva tests while she has the boys.' } },
    { cells: { outcome: 'Mum will give negative saliva tests whenever she has the boys.' } },
    { cells: { outcome: 'Mum will give negative saliva tests during contact.' } },
    { cells: { outcome: 'Mum will give negative saliva tests before every contact.' } },
    { cells: { outcome: 'Mum will give negative saliva tests on nights she has the boys.' } },
    { cells: { outcome: 'Mum will give negative saliva tests on the mornings she has the boys.' } },
    {
      cells: {
        outcome: 'Mum will give negative saliva tests from CGL every fortnight, as the court asked, during contact.',
      },
    },
    { cells: { outcome: 'Mum will give a sample by June.', measure: 'Samples showing no cannabis.' } },
  ],
});

pins('every day of being somewhere, from one low percentage, with no step on the way', {
  invalid: [
    {
      cells: {
        need: 'Ava’s attendance is 40%.',
        outcome: 'Every day Ava will have breakfast and get to school on time.',
      },
      role: 'outcome',
      quote: 'Every day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be at registration every session.' },
      role: 'outcome',
      quote: 'every session',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will go to nursery every day.' },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will go into class every school day.' },
      role: 'outcome',
      quote: 'every school day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will go to training every day.' },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in each lesson every day.' },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be back in every day.' },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will go to work every day.' },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava’s attendance will be good every day.' },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava attends every day.' },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: {
        need: 'Ava’s attendance is 40%.',
        outcome: 'Ava will go to school with her brother and have her packed lunch ready every day.',
      },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will go to her college five days a week.' },
      role: 'outcome',
      quote: 'five days a week',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: {
        need: 'Ava’s attendance is 40%.',
        outcome: 'Ava will be in school every day, 5 afternoons a week first.',
      },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: {
        need: 'Ava’s attendance is 40%.',
        outcome: 'Ava will be in school every day.',
        action: 'Ava in for 4 of 5 weeks.',
      },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
  ],
  valid: [
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school every day, on a reduced timetable.' },
    },
    { cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school every day, half days to begin.' } },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school every day, built up over the term.' },
    },
    { cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school every day, builds up.' } },
    { cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school every day, with increasing time.' } },
    {
      cells: {
        need: 'Ava’s attendance is 40%.',
        outcome: 'Ava will be in school every day, 4 afternoons a week first.',
      },
    },
    { cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school every day, in small steps.' } },
    { cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school every day, part time first.' } },
    {
      cells: {
        need: 'Ava’s attendance is 40%.',
        outcome: 'Every day Ava will have her breakfast, pack her bag, brush her teeth and go to school.',
      },
    },
    { cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will go to college fulltime.' } },
    {
      cells: {
        need: 'Ava’s attendance is 40%.',
        outcome: 'Ava will be in school every day.',
        action: 'Ava in on 4 out of every 5 school mornings.',
      },
    },
    {
      cells: {
        need: 'Ava’s attendance is 40%.',
        outcome: 'Ava will be in school every day.',
        action: 'Ava in on 4 out of the 5 lessons.',
      },
    },
    {
      cells: {
        need: 'Ava’s attendance is 40%.',
        outcome: 'Ava will be in school every day.',
        action: 'Ava in for 4  of  5  sessions.',
      },
    },
  ],
});

pins('every day from a long time out of school', {
  invalid: [
    {
      cells: { need: 'Ava has not been to school for a year.', outcome: 'Ava will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava has not attended any training since March.', outcome: 'Ava will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: {
        need: 'Ava has not been at education, after the move last year, for months.',
        outcome: 'Ava will go to college full time.',
      },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava has been six years out of education.', outcome: 'Ava will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava has been out of college for twelve terms.', outcome: 'Ava will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
  ],
  valid: [
    { cells: { need: 'Ava has been out of college for 2 weeks.', outcome: 'Ava will go to college full time.' } },
  ],
});

pins('catching up: each way of saying it, each way of giving the year, and a later year named', {
  invalid: [
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read at age expected levels.',
      },
      role: 'outcome',
      quote: 'age expected levels',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read at the age-expected level.',
      },
      role: 'outcome',
      quote: 'age-expected level',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read at the standard expected for his age.',
      },
      role: 'outcome',
      quote: 'standard expected for his age',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read at their chronological age.',
      },
      role: 'outcome',
      quote: 'their chronological age',
      message: CATCH_UP,
    },
    {
      cells: { need: 'Sam is in Year 6 and reads at a Year 2 level.', outcome: 'Sam will read in line with his age.' },
      role: 'outcome',
      quote: 'in line with his age',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read in line with their peers.',
      },
      role: 'outcome',
      quote: 'in line with their peers',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read at the level  expected  for  his  age.',
      },
      role: 'outcome',
      quote: 'level  expected  for  his  age',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read in  line  with  his  peers.',
      },
      role: 'outcome',
      quote: 'in  line  with  his  peers',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read at the expected  standard.',
      },
      role: 'outcome',
      quote: 'expected  standard',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read at his  chronological  age.',
      },
      role: 'outcome',
      quote: 'his  chronological  age',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read in line with his age  group.',
      },
      role: 'outcome',
      quote: 'in line with his age  group',
      message: CATCH_UP,
    },
    {
      cells: { need: 'Sam (Y6) reads at a Year 2 level.', outcome: 'Sam will read at age-related expectations.' },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: { need: 'Sam, Year 6, reads at a Year 2 level.', outcome: 'Sam will read at age-related expectations.' },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: { need: 'Sam,Y6, reads at a Year 2 level.', outcome: 'Sam will read at age-related expectations.' },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: { need: 'Sam (Year6) reads at a Year 2 level.', outcome: 'Sam will read at age-related expectations.' },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in  Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read at age-related expectations.',
      },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 12 and reads at a Year 10 level.',
        outcome: 'Sam will read at age-related expectations.',
      },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year  2  standard.',
        outcome: 'Sam will read at age-related expectations.',
      },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 with a maths age of 7.',
        outcome: 'Sam will reach age-related expectations in maths.',
      },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 with a maths age of 8.',
        outcome: 'Sam will reach age-related expectations in maths.',
      },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 with a maths age is 8.',
        outcome: 'Sam will reach age-related expectations in maths.',
      },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6; his reading age was around 6.',
        outcome: 'Sam will reach age-related expectations.',
      },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6; his reading  age  of  about  6.',
        outcome: 'Sam will reach age-related expectations.',
      },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam (11) works at the stage for a 7 year old.',
        outcome: 'Sam will reach age-related expectations.',
      },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam (11) works at the standard of an 7-years-old.',
        outcome: 'Sam will reach age-related expectations.',
      },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: { need: 'Sam (11) works as a 7-year old.', outcome: 'Sam will reach age-related expectations.' },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: { need: 'Sam (11) works like  a  7 year old.', outcome: 'Sam will reach age-related expectations.' },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam works like a 7 year old; he is aged 11.',
        outcome: 'Sam will reach age-related expectations.',
      },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam works like a 7 year old; he is aged  11.',
        outcome: 'Sam will reach age-related expectations.',
      },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will reach age-related expectations by Y 6.',
      },
      role: 'outcome',
      quote: 'age-related expectations',
      message: CATCH_UP,
    },
  ],
  valid: [
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read at age  related  expectations.',
      },
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at Year 2 levels.',
        outcome: 'Sam will read at age-related expectations.',
      },
    },
    { cells: { need: 'Sam is in Year 6; his reading age 10.', outcome: 'Sam will reach age-related expectations.' } },
    { cells: { need: 'Sam is in Year 6; his reading age 105.', outcome: 'Sam will reach age-related expectations.' } },
    {
      cells: {
        need: 'Sam (11) works at the level expected  for  a  7  year  old.',
        outcome: 'Sam will reach age-related expectations.',
      },
    },
    { cells: { need: 'Sam (11) works like a 17 year old.', outcome: 'Sam will reach age-related expectations.' } },
    {
      cells: {
        need: 'Sam (11) works like a 7 year old.',
        outcome: 'Sam will reach age-related expectations by Year 7.',
      },
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will reach age-related expectations by Y7.',
      },
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will reach age-related expectations by key  stage 3.',
      },
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will reach age-related expectations by Year 16.',
      },
    },
  ],
});

pins('the top of a scale: each score word, each unit that is not a score', {
  invalid: [
    {
      cells: { outcome: 'Mum will rate her mood from 3 to 10 wordsmiths on the scale.' },
      role: 'outcome',
      quote: 'from 3 to 10',
      message: SCALE,
    },
    {
      cells: { outcome: 'Mum will rate her mood from 3 to 10 timesheets on the scale.' },
      role: 'outcome',
      quote: 'from 3 to 10',
      message: SCALE,
    },
    {
      cells: { outcome: 'Mum will rate her mood from 3 to 10, and rates it daily.' },
      role: 'outcome',
      quote: 'from 3 to 10',
      message: SCALE,
    },
    {
      cells: { outcome: 'Mum will score her mood from 3 to 10.' },
      role: 'outcome',
      quote: 'from 3 to 10',
      message: SCALE,
    },
    {
      cells: { outcome: 'Mum will be scoring her mood from 3 to 10.' },
      role: 'outcome',
      quote: 'from 3 to 10',
      message: SCALE,
    },
    { cells: { outcome: 'Mum’s scales: from 3 to 10.' }, role: 'outcome', quote: 'from 3 to 10', message: SCALE },
    { cells: { outcome: 'Mum’s scaling: from 3 to 10.' }, role: 'outcome', quote: 'from 3 to 10', message: SCALE },
    { cells: { outcome: 'Mum’s mood rated from 3 to 10.' }, role: 'outcome', quote: 'from 3 to 10', message: SCALE },
    { cells: { outcome: 'Mum’s mood rating from 3 to 10.' }, role: 'outcome', quote: 'from 3 to 10', message: SCALE },
    {
      cells: { outcome: 'Mum’s mood from 3 to 10 out of 10.' },
      role: 'outcome',
      quote: 'from 3 to 10 out of 10',
      message: SCALE,
    },
    { cells: { outcome: 'Mum’s star from 3 to 10.' }, role: 'outcome', quote: 'from 3 to 10', message: SCALE },
    {
      cells: { outcome: 'Mum’s mood from 3  to 10 out  of  10.' },
      role: 'outcome',
      quote: 'from 3  to 10 out  of  10',
      message: SCALE,
    },
    {
      cells: { outcome: 'Mum’s score from 3/ 10 up  to  a  10 /10.' },
      role: 'outcome',
      quote: 'from 3/ 10 up  to  a  10 /10',
      message: SCALE,
    },
    { cells: { outcome: 'Mum’s score from  3 to 10.' }, role: 'outcome', quote: 'from  3 to 10', message: SCALE },
  ],
  valid: [
    { cells: { outcome: 'Mum will rate her mood from 3 to 10 hour a day on the scale.' } },
    { cells: { outcome: 'Mum will rate her mood from 3 to 10 hrs on the scale.' } },
    { cells: { outcome: 'Mum will rate her mood from 3 to 10 day on the scale.' } },
    { cells: { outcome: 'Mum will rate her mood from 3 to 10 week on the scale.' } },
    { cells: { outcome: 'Mum will rate her mood from 3 to 10 minute on the scale.' } },
    { cells: { outcome: 'Mum will rate her mood from 3 to 10 mins on the scale.' } },
    { cells: { outcome: 'Mum will rate her mood from 3 to 10 session on the scale.' } },
    { cells: { outcome: 'Mum will rate her mood from 3 to 10 times on the scale.' } },
    { cells: { outcome: 'Mum will rate her mood from 3 to 10 nights on the scale.' } },
    { cells: { outcome: 'Mum will rate her mood from 3 to 10kg on the scale.' } },
    { cells: { outcome: 'Mum will rate her mood from 3 to 10am on the scale.' } },
    { cells: { outcome: 'Mum will rate her mood from 3 to 10 pm on the scale.' } },
    { cells: { outcome: 'Mum will rate her mood from 3 to 10 units on the scale.' } },
    { cells: { outcome: 'Mum will rate her mood from 3 to 10 pages on the scale.' } },
    { cells: { outcome: 'Mum will rate her mood from 3 to 10 words on the scale.' } },
    { cells: { outcome: 'Mum will rate her mood from 3 to 10.5 on the scale.' } },
    { cells: { outcome: 'Mum will rate her mood from 3 to 10 % on the scale.' } },
    { cells: { outcome: 'Mum’s score from 3 to 10 hours.' } },
    { cells: { outcome: 'Mum’s score from 3 to 10 hour.' } },
    { cells: { outcome: 'Mum’s score from 3 to 10 days.' } },
    { cells: { outcome: 'Mum’s score from 3 to 10 weeks.' } },
    { cells: { outcome: 'Mum’s score from 3 to 10 minutes.' } },
    { cells: { outcome: 'Mum’s score from 3 to 10 sessions.' } },
    { cells: { outcome: 'Mum’s score from 3 to 10:00.' } },
    { cells: { outcome: 'Mum’s score from 3 to 10%.' } },
  ],
});

pins('a skill in full: each skill, each word for in full, the words either way round', {
  invalid: [
    {
      cells: { outcome: 'Ruby will be fully potty trained by June.' },
      role: 'outcome',
      quote: 'fully potty trained',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully toilet-trained by June.' },
      role: 'outcome',
      quote: 'fully toilet-trained',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully  toilet trained by June.' },
      role: 'outcome',
      quote: 'fully  toilet trained',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully dry by June.' },
      role: 'outcome',
      quote: 'fully dry',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully dry at  night by June.' },
      role: 'outcome',
      quote: 'fully dry at  night',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully dry  at night by June.' },
      role: 'outcome',
      quote: 'fully dry  at night',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully dry through  the  night by June.' },
      role: 'outcome',
      quote: 'fully dry through  the  night',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully out  of  nappies by June.' },
      role: 'outcome',
      quote: 'fully out  of  nappies',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully independent  at  the  toilet by June.' },
      role: 'outcome',
      quote: 'fully independent  at  the  toilet',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully independent in toileting by June.' },
      role: 'outcome',
      quote: 'fully independent in toileting',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully independent in feeding by June.' },
      role: 'outcome',
      quote: 'fully independent in feeding',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully independent at eating by June.' },
      role: 'outcome',
      quote: 'fully independent at eating',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully independent in washing by June.' },
      role: 'outcome',
      quote: 'fully independent in washing',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully independent in self-care by June.' },
      role: 'outcome',
      quote: 'fully independent in self-care',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be fully independent in personal care by June.' },
      role: 'outcome',
      quote: 'fully independent in personal care',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be toilet trained fully by June.' },
      role: 'outcome',
      quote: 'toilet trained fully',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be toilet trained  fully by June.' },
      role: 'outcome',
      quote: 'toilet trained  fully',
      message: skill('fully'),
    },
    {
      cells: { outcome: 'Ruby will be toilet-trained completely by June.' },
      role: 'outcome',
      quote: 'toilet-trained completely',
      message: skill('completely'),
    },
    {
      cells: { outcome: 'Ruby will be fully continent by June, stepping down the reminders.' },
      role: 'outcome',
      quote: 'fully continent',
      message: skill('fully'),
    },
  ],
  valid: [
    { cells: { outcome: 'Ruby will be fully independent in reading by June.' } },
    { cells: { outcome: 'Ruby will be fully dryer by June.' } },
    {
      cells: {
        need: 'Ruby is 4.',
        outcome: 'Ruby will be fully continent by June.',
        action: 'Nursery will increase the time between reminders.',
      },
    },
  ],
});

pins(
  'the window a rise and a debt are held to: a range of dates, weeks, months, terms; money a week, a fortnight, a month',
  {
    invalid: [
      {
        cells: {
          need: 'Rosie’s attendance is 48%.',
          outcome: 'Rosie’s attendance will be 70%.',
          when: '4 Jan - 6 Jan 2027',
        },
        planDate: '2026-12-01',
        role: 'outcome',
        quote: '70%',
        message: rise(48, 70, 1),
      },
      {
        cells: {
          need: 'Rosie’s attendance is 48%.',
          outcome: 'Rosie’s attendance will be 90%.',
          when: '4 Jan – 12 Feb 2027',
        },
        planDate: '2026-12-01',
        role: 'outcome',
        quote: '90%',
        message: rise(48, 90, 6),
      },
      {
        cells: {
          need: 'Rosie’s attendance is 48%.',
          outcome: 'Rosie’s attendance will be 90%.',
          when: '4 Jan to 12 Feb 2027',
        },
        planDate: '2026-12-01',
        role: 'outcome',
        quote: '90%',
        message: rise(48, 90, 6),
      },
      {
        cells: {
          need: 'Rosie’s attendance is 48%.',
          outcome: 'Rosie’s attendance will be 90%.',
          when: '4 Jan 2027 until 12 Feb 2027',
        },
        planDate: '2026-12-01',
        role: 'outcome',
        quote: '90%',
        message: rise(48, 90, 6),
      },
      {
        cells: {
          need: 'Rosie’s attendance is 48%.',
          outcome: 'Rosie’s attendance will be 70%.',
          when: '4 Jan 2027 - 5 Jan',
        },
        planDate: '2026-12-01',
        role: 'outcome',
        quote: '70%',
        message: rise(48, 70, 1),
      },
      {
        cells: {
          need: 'Rosie’s attendance is 48%.',
          outcome: 'Rosie’s attendance will be 90%.',
          when: '4 Jan 2027 -  12 Feb 2027',
        },
        planDate: '2026-12-01',
        role: 'outcome',
        quote: '90%',
        message: rise(48, 90, 6),
      },
      {
        cells: {
          need: 'Rosie’s attendance is 48%.',
          outcome: 'Rosie’s attendance will be 90%.',
          when: '4 Jan 2027 - 12 Feb 2027, reviewed at the core group',
        },
        planDate: '2026-12-01',
        role: 'outcome',
        quote: '90%',
        message: rise(48, 90, 6),
      },
      {
        cells: {
          need: 'Rosie’s attendance is 48%.',
          outcome: 'Rosie’s attendance will be 90%.',
          when: '4 Jan - 12 Feb 2027',
          action: 'Rosie will go in 3 days a week within 12 weeks.',
        },
        planDate: '2026-12-01',
        role: 'outcome',
        quote: '90%',
        message: rise(48, 90, 6),
      },
      {
        cells: { need: 'Rosie’s attendance is 48%.', outcome: 'Rosie’s attendance will be 90% over 2 months.' },
        role: 'outcome',
        quote: '90%',
        message: rise(48, 90, 9),
      },
      {
        cells: { need: 'Rosie’s attendance is 48%.', outcome: 'Rosie’s attendance will be 90% by next half-term.' },
        role: 'outcome',
        quote: '90%',
        message: rise(48, 90, 6),
      },
      {
        cells: { need: 'Rosie’s attendance is 48%.', outcome: 'Rosie’s attendance will be 90% before half term.' },
        role: 'outcome',
        quote: '90%',
        message: rise(48, 90, 6),
      },
      {
        cells: { need: 'Rosie’s attendance is 30%.', outcome: 'Rosie’s attendance will be 90% by the spring term.' },
        role: 'outcome',
        quote: '90%',
        message: rise(30, 90, 12),
      },
      {
        cells: { need: 'Rosie’s attendance is 30%.', outcome: 'Rosie’s attendance will be 90% in the autumn  term.' },
        role: 'outcome',
        quote: '90%',
        message: rise(30, 90, 12),
      },
      {
        cells: { need: 'Rosie’s attendance is 30%.', outcome: 'Rosie’s attendance will be 90% next term.' },
        role: 'outcome',
        quote: '90%',
        message: rise(30, 90, 12),
      },
      {
        cells: { need: 'Rosie’s attendance is 30%.', outcome: 'Rosie’s attendance will be 90% in the summer term.' },
        role: 'outcome',
        quote: '90%',
        message: rise(30, 90, 12),
      },
      {
        cells: { need: 'Rosie’s attendance is 30%.', outcome: 'Rosie’s attendance will be 50% by next week.' },
        role: 'outcome',
        quote: '50%',
        message: rise(30, 50, 1),
      },
      {
        cells: {
          need: 'Dad owes £900 in arrears and has £40 a week and £200 a week from work.',
          action: 'Dad will clear the arrears within 12 weeks.',
        },
        role: 'action',
        quote: 'clear',
        message: DEBT,
      },
      {
        cells: {
          need: 'Dad owes £400 and £600 in arrears and has £40 a week.',
          action: 'Dad will clear the arrears within 12 weeks.',
        },
        role: 'action',
        quote: 'clear',
        message: DEBT,
      },
      {
        cells: {
          need: 'Dad owes £600 and £400 in arrears and has £40 a week.',
          action: 'Dad will clear the arrears within 12 weeks.',
        },
        role: 'action',
        quote: 'clear',
        message: DEBT,
      },
      {
        cells: { need: 'Dad has £40 a WEEK and owes £500.', action: 'Dad will clear the arrears within 12 weeks.' },
        role: 'action',
        quote: 'clear',
        message: DEBT,
      },
      {
        cells: {
          need: 'Dad has £80 a Fortnight and owes £500.',
          action: 'Dad will clear the arrears within 12 weeks.',
        },
        role: 'action',
        quote: 'clear',
        message: DEBT,
      },
      {
        cells: {
          need: 'Dad has £80 a fortnight and owes £500.',
          action: 'Dad will clear the arrears within 12 weeks.',
        },
        role: 'action',
        quote: 'clear',
        message: DEBT,
      },
      {
        cells: { need: 'Dad has £200 a month and owes £600.', action: 'Dad will clear the arrears within 12 weeks.' },
        role: 'action',
        quote: 'clear',
        message: DEBT,
      },
      {
        cells: { need: 'Dad has £200 a month and owes £560.', action: 'Dad will clear the arrears within 12 weeks.' },
        role: 'action',
        quote: 'clear',
        message: DEBT,
      },
      {
        cells: {
          need: 'Rosie’s attendance is 48%.',
          outcome: 'Rosie’s attendance will be 90%.',
          when: '4 Jan 2027 - 19 Jan 2027',
        },
        planDate: '2026-12-01',
        role: 'outcome',
        quote: '90%',
        message: rise(48, 90, 2),
      },
    ],
    valid: [
      { cells: { need: 'Rosie’s attendance is 48%.', outcome: 'Rosie’s attendance will be 70% within 2 months.' } },
      { cells: { need: 'Rosie’s attendance is 48%.', outcome: 'Rosie’s attendance will be 90% by  half  term.' } },
      { cells: { need: 'Rosie’s attendance is 30%.', outcome: 'Rosie’s attendance will be 90% by the end of term.' } },
      {
        cells: { need: 'Rosie’s attendance is 30%.', outcome: 'Rosie’s attendance will be 90% by the terminal date.' },
      },
      {
        cells: {
          need: 'Rosie’s attendance is 30%, 40% last year.',
          outcome: 'Rosie’s attendance will be 90% by next week.',
        },
      },
      { cells: { need: 'Rosie’s attendance is 30%.', outcome: 'Rosie’s attendance will be 49% by next week.' } },
      { cells: { need: 'Dad has £200 a month and owes £550.', action: 'Dad will clear the arrears within 12 weeks.' } },
      { cells: { need: 'Dad has £200 a month and owes £560.', action: 'Dad will clear the arrears within 3 MONTHS.' } },
      { cells: { need: 'Dad has £40 a WEEK and owes £450.', action: 'Dad will clear the arrears within 12 weeks.' } },
      {
        cells: {
          need: 'Dad has £80 a Fortnight and owes £450.',
          action: 'Dad will clear the arrears within 12 weeks.',
        },
      },
    ],
  },
);

pins('one finding a cell: the first all-at-once demand in it, not the next', {
  invalid: [
    {
      cells: {
        need: 'Mum and Dad argue 3 times a week.',
        outcome: 'Mum and Dad will stop arguing and will not shout.',
      },
      role: 'outcome',
      quote: 'stop arguing',
      message: ARGUE,
    },
    {
      cells: { outcome: 'There will be no further arrears; Dad will clear all £900 of his debt within 4 weeks.' },
      role: 'outcome',
      quote: 'no further arrears',
      message: NEVER_AGAIN,
    },
    {
      cells: {
        action:
          'Within 4 weeks Dad will: clear all £900 of his debt, register with a GP, open a bank account, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
    {
      cells: {
        action:
          'Within 4 weeks Kim will: move into a new flat, find a job, finish the parenting course, register with a GP, open a bank account, see the debt adviser, take Jo to nursery.',
      },
      role: 'action',
      quote:
        'Within 4 weeks Kim will: move into a new flat, find a job, finish the parenting course, register with a GP, open a bank account, see the debt adviser, take Jo to nursery.',
      message: LIST,
    },
    {
      cells: { outcome: 'Kim will move into a new flat, find a job, finish the parenting course and lose 3 stone.' },
      role: 'outcome',
      quote: 'Kim will move into a new flat, find a job, finish the parenting course and lose 3 stone.',
      message: LIFE,
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will lose 3 stone and read in line with his peers.',
      },
      role: 'outcome',
      quote: 'lose 3 stone',
      message: WEIGHT,
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read in line with his peers and his Family Star score will go from 2 to 10.',
      },
      role: 'outcome',
      quote: 'in line with his peers',
      message: CATCH_UP,
    },
    {
      cells: { outcome: 'Ruby’s Family Star score will go from 2 to 10 and she will be fully toilet trained.' },
      role: 'outcome',
      quote: 'from 2 to 10',
      message: SCALE,
    },
    {
      cells: {
        need: 'Ruby’s attendance is 48%.',
        outcome: 'Ruby will be fully toilet trained and her attendance will be 90% within 6 weeks.',
      },
      role: 'outcome',
      quote: 'fully toilet trained',
      message: skill('fully'),
    },
    {
      cells: {
        need: 'Finn has been out of school for 14 months; his attendance is 10%.',
        outcome: 'Finn’s attendance will be 90% within 6 weeks and he will pass all his GCSEs.',
      },
      role: 'outcome',
      quote: '90%',
      message: rise(10, 90, 6),
    },
    {
      cells: {
        need: 'Finn has been out of school for 14 months.',
        outcome: 'Finn will pass all his GCSEs and be in school every day.',
      },
      role: 'outcome',
      quote: 'pass all his GCSEs',
      message: EXAMS,
    },
    {
      cells: {
        need: 'Finn’s attendance is 10%.',
        outcome: 'Finn will be in school every day and there will be no further exclusions.',
      },
      role: 'outcome',
      quote: 'no further exclusions',
      message: NEVER_AGAIN,
    },
    {
      cells: {
        need: 'Finn’s attendance is 10%.',
        outcome: 'Finn will be in school 100% of the time and will be on time every day.',
      },
      role: 'outcome',
      quote: '100%',
      message: HUNDRED,
    },
    {
      cells: { outcome: 'Mum will stop drinking and keep the flat spotless.' },
      role: 'outcome',
      quote: 'stop drinking',
      message: SUBSTANCE,
    },
    {
      cells: { outcome: 'Mum will stop drinking and stop arguing.' },
      role: 'outcome',
      quote: 'stop drinking',
      message: SUBSTANCE,
    },
    {
      cells: {
        need: 'Dad owes £900 in arrears and has £40 a week.',
        outcome: 'Dad will stop arguing and clear his arrears.',
      },
      role: 'outcome',
      quote: 'stop arguing',
      message: ARGUE,
    },
  ],
  valid: [],
});

pins('a long list in six weeks or less, in the columns that hold actions; three big changes in one cell', {
  invalid: [
    {
      cells: {
        action:
          'Within 6 weeks Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      },
      role: 'action',
      quote:
        'Within 6 weeks Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      message: LIST,
    },
    {
      cells: {
        action:
          'Within 1 month Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      },
      role: 'action',
      quote:
        'Within 1 month Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      message: LIST,
    },
    {
      cells: {
        action:
          'By tomorrow Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      },
      role: 'action',
      quote:
        'By tomorrow Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      message: LIST,
    },
    {
      cells: {
        action:
          'By the end of this week Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      },
      role: 'action',
      quote:
        'By the end of this week Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      message: LIST,
    },
    {
      cells: {
        action_owner_when:
          'Within 4 weeks Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      },
      role: 'action_owner_when',
      quote:
        'Within 4 weeks Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      message: LIST,
    },
    {
      cells: {
        owner_when:
          'Within 4 weeks Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      },
      role: 'owner_when',
      quote:
        'Within 4 weeks Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      message: LIST,
    },
    {
      cells: {
        action:
          'Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
        when: 'Within 4 weeks',
      },
      role: 'action',
      quote:
        'Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      message: LIST,
    },
    {
      cells: {
        action:
          'Within 4 weeks Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
        owner: 'Kim',
      },
      role: 'action',
      quote:
        'Within 4 weeks Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      message: LIST,
    },
    {
      cells: { action: 'Kim will move into a new flat, find work and pass her driving test.' },
      role: 'action',
      quote: 'Kim will move into a new flat, find work and pass her driving test.',
      message: LIFE,
    },
    {
      cells: { action: 'Kim will get a tenancy, start an apprenticeship and end her relationship with Lee.' },
      role: 'action',
      quote: 'Kim will get a tenancy, start an apprenticeship and end her relationship with Lee.',
      message: LIFE,
    },
    {
      cells: { action: 'Kim will clear her rent arrears, save £500 and complete the Freedom Programme.' },
      role: 'action',
      quote: 'Kim will clear her rent arrears, save £500 and complete the Freedom Programme.',
      message: LIFE,
    },
    {
      cells: { outcome: 'Kim will move into a new flat, find a job and finish the parenting course.' },
      role: 'outcome',
      quote: 'Kim will move into a new flat, find a job and finish the parenting course.',
      message: LIFE,
    },
    {
      cells: { owner_when: 'Kim will move into a new flat, find a job and finish the parenting course.' },
      role: 'owner_when',
      quote: 'Kim will move into a new flat, find a job and finish the parenting course.',
      message: LIFE,
    },
  ],
  valid: [
    {
      cells: {
        action:
          'Within 7 weeks Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      },
    },
    {
      cells: {
        action:
          'Within 2 months Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      },
    },
    {
      cells: {
        action:
          'Within 4 weeks Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, take Jo to nursery.',
      },
    },
    {
      cells: {
        measure:
          'Within 4 weeks Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      },
    },
  ],
});

pins(
  'days counted and rounded, a share of days only in the target, the percentage asked for in the cell, a condition in another clause',
  {
    invalid: [
      {
        cells: {
          need: 'Rosie has missed 20 of the last 20 school days.',
          outcome: 'Rosie will be in school every day.',
        },
        role: 'outcome',
        quote: 'every day',
        message: EVERY_DAY,
      },
      {
        cells: {
          need: 'Rosie has attended 147 of the last 200 sessions.',
          outcome: 'Rosie will attend 100% of sessions.',
        },
        role: 'outcome',
        quote: '100%',
        message: HUNDRED,
      },
      {
        cells: {
          need: 'Rosie’s attendance is 40%; she is in on 2 of 5 days.',
          outcome: 'Rosie will be in school every day.',
        },
        role: 'outcome',
        quote: 'every day',
        message: EVERY_DAY,
      },
      {
        cells: { need: 'Rosie’s attendance is 48%.', outcome: 'Rosie’s attendance will be 90% by this half term.' },
        role: 'outcome',
        quote: '90%',
        message: rise(48, 90, 6),
      },
      {
        cells: {
          action:
            'If Mum gives a clean saliva test at the family centre on the Monday before contact, then Nan will bring the children over for tea, stay for the afternoon and take them to the park on the way home, and after that Mum will give clear urine tests by June.',
        },
        role: 'action',
        quote: 'clear urine tests',
        message: CLEAR_TEST,
      },
    ],
    valid: [
      {
        cells: {
          need: 'Rosie has attended 149 of the last 200 sessions.',
          outcome: 'Rosie will attend 100% of sessions.',
        },
      },
      {
        cells: {
          need: 'Rosie’s attendance was 48%, and her target is 90%.',
          outcome: 'Rosie will go to school more within 6 weeks.',
        },
      },
    ],
  },
);

pins('money read as the row writes it: thousands, pence, spacing, owe', {
  invalid: [
    {
      cells: {
        need: 'Dad owes £900 in arrears and has £40 a week.',
        action: 'Dad pays  back the arrears within 12 weeks.',
      },
      role: 'action',
      quote: 'pays  back',
      message: DEBT,
    },
    {
      cells: {
        need: 'Dad owes £900 in arrears and has £40 a week.',
        action: 'Dad will pay  the  full amount within 12 weeks.',
      },
      role: 'action',
      quote: 'pay  the  full amount',
      message: DEBT,
    },
    {
      cells: {
        need: 'Mum and Dad owe £900 to the council and have £40 a week.',
        action: 'They will clear it within 4 weeks.',
      },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
    {
      cells: {
        need: 'Mum owes £12,000 in rent arrears and has £100 a week.',
        action: 'Mum will clear the arrears within 10 weeks.',
      },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
    {
      cells: {
        need: 'The family owes £1,500,000 on the farm and has £500 a week.',
        action: 'The family will clear the farm loans within 4 weeks.',
      },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
    {
      cells: {
        need: 'Dad has £40.50 a week left and owes £500.',
        action: 'Dad will clear the arrears within 12 weeks.',
      },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
    {
      cells: { need: 'Dad has £40  a week left and owes £500.', action: 'Dad will clear the arrears within 12 weeks.' },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
    {
      cells: { need: 'Dad has £40 a  week left and owes £500.', action: 'Dad will clear the arrears within 12 weeks.' },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
    {
      cells: { need: 'Dad has £40 a week left and owes £450.', action: 'Dad will clear the arrears within  10 weeks.' },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
  ],
  valid: [{ cells: { action: 'Mum will clear the whole £3,000 overdraft over 40 weeks.' } }],
});

pins(
  'spacing and singulars: a test or sample showing no use, evidence words, days counted, shares of days, things kept ready, habits',
  {
    invalid: [
      {
        cells: { outcome: 'Mum will give a test showing no cocaine by June.' },
        role: 'outcome',
        quote: 'test showing no cocaine',
        message: CLEAR_TEST,
      },
      {
        cells: { outcome: 'Mum will give tests showing no cocaine by June.' },
        role: 'outcome',
        quote: 'tests showing no cocaine',
        message: CLEAR_TEST,
      },
      {
        cells: { outcome: 'Mum will give a sample showing no cannabis by June.' },
        role: 'outcome',
        quote: 'sample showing no cannabis',
        message: CLEAR_TEST,
      },
      {
        cells: { outcome: 'Mum will give samples showing no cannabis by June.' },
        role: 'outcome',
        quote: 'samples showing no cannabis',
        message: CLEAR_TEST,
      },
      {
        cells: { outcome: 'Mum will give a screen showing no alcohol by June.' },
        role: 'outcome',
        quote: 'screen showing no alcohol',
        message: CLEAR_TEST,
      },
      {
        cells: { outcome: 'Mum will give a result showing no drugs by June.' },
        role: 'outcome',
        quote: 'result showing no drugs',
        message: CLEAR_TEST,
      },
      {
        cells: {
          outcome: 'Mum stays sober, as checked by her worker on Fridays, and will give negative urine tests by June.',
        },
        role: 'outcome',
        quote: 'negative urine tests',
        message: CLEAR_TEST,
      },
      {
        cells: { need: 'Kai swears at staff every day.', outcome: 'Kai will not swear at staff.' },
        role: 'outcome',
        quote: 'will not swear',
        message: FREQUENT,
      },
      {
        cells: { outcome: 'Dad will stop losing his  temper.' },
        role: 'outcome',
        quote: 'stop losing his  temper',
        message: ARGUE,
      },
    ],
    valid: [
      { cells: { outcome: 'Mum stays sober, confirmed by her  weekly negative urine tests.' } },
      { cells: { need: 'Ava has been  in on 15 of 20 days.', outcome: 'Ava will attend 100% of the time.' } },
      { cells: { need: 'Ava has been in  school on 15 of 20 days.', outcome: 'Ava will attend 100% of the time.' } },
      { cells: { need: 'Ava has been in school  for 15 of 20 days.', outcome: 'Ava will attend 100% of the time.' } },
      { cells: { need: 'Ava has been in on  15 of 20 days.', outcome: 'Ava will attend 100% of the time.' } },
      { cells: { need: 'Ava has been in on 15 of the past  20 days.', outcome: 'Ava will attend 100% of the time.' } },
      {
        cells: {
          need: 'Ava’s attendance is 40%.',
          outcome: 'Ava will be in school every day.',
          action: 'Ava in school on 18 of 20 days by Easter.',
        },
      },
      {
        cells: {
          need: 'Ava’s attendance is 40%.',
          outcome: 'Ava will be in school every day.',
          action: 'Ava in for 4 out  of 5 lessons.',
        },
      },
      {
        cells: {
          need: 'Ava’s attendance is 40%.',
          outcome: 'Ava will be in school every day.',
          action: 'Ava in for 4 out of the  5 lessons.',
        },
      },
      {
        cells: {
          need: 'Ava’s attendance is 40%.',
          outcome: 'Ava will be in school every day.',
          action: 'Ava in for 4 out of every  5 school mornings.',
        },
      },
      {
        cells: {
          need: 'Ava’s attendance is 40%.',
          outcome: 'Ava will be in school every day.',
          action: 'Ava in for 4 out of every 5 school  mornings.',
        },
      },
      {
        cells: {
          need: 'Ava’s attendance is 40%.',
          outcome: 'Ava will be in school every day.',
          action: 'Ava in on at least 9 of 10 school days by Easter.',
        },
      },
      { cells: { action: 'Mum’s phone will be charged  at all times.' } },
      { cells: { outcome: 'Tia will stop crying  when Mum leaves.' } },
    ],
  },
);

pins(
  'ages and school years however written: a reading age without of, two-digit ages and years, a short name, spacing',
  {
    invalid: [
      {
        cells: { outcome: 'Leo will lose  13 kg by his review.' },
        role: 'outcome',
        quote: 'lose  13 kg',
        message: WEIGHT,
      },
      {
        cells: { need: 'Sam is in Year 5; reading age 6.', outcome: 'Sam will reach age-related expectations.' },
        role: 'outcome',
        quote: 'age-related expectations',
        message: CATCH_UP,
      },
      {
        cells: {
          need: 'Sam is in Year 5; his reading age is  6.',
          outcome: 'Sam will reach age-related expectations.',
        },
        role: 'outcome',
        quote: 'age-related expectations',
        message: CATCH_UP,
      },
      {
        cells: {
          need: 'Sam is in Year 5; his reading age was  6.',
          outcome: 'Sam will reach age-related expectations.',
        },
        role: 'outcome',
        quote: 'age-related expectations',
        message: CATCH_UP,
      },
      {
        cells: {
          need: 'Sam is in Year 5; his reading age is around  6.',
          outcome: 'Sam will reach age-related expectations.',
        },
        role: 'outcome',
        quote: 'age-related expectations',
        message: CATCH_UP,
      },
      {
        cells: {
          need: 'Sam is in Year 12 with a reading age of 10.',
          outcome: 'Sam will reach age-related expectations.',
        },
        role: 'outcome',
        quote: 'age-related expectations',
        message: CATCH_UP,
      },
      {
        cells: {
          need: 'Sam (11) works at the stage  for a 7 year old.',
          outcome: 'Sam will reach age-related expectations.',
        },
        role: 'outcome',
        quote: 'age-related expectations',
        message: CATCH_UP,
      },
      {
        cells: {
          need: 'Sam (11) works at the level expected  of a 6-year-old.',
          outcome: 'Sam will reach age-related expectations.',
        },
        role: 'outcome',
        quote: 'age-related expectations',
        message: CATCH_UP,
      },
      {
        cells: {
          need: 'Sam (11) works at the standard of  a 7-year-old.',
          outcome: 'Sam will reach age-related expectations.',
        },
        role: 'outcome',
        quote: 'age-related expectations',
        message: CATCH_UP,
      },
      {
        cells: {
          need: 'Sam (11) works at the standard of a  7-year-old.',
          outcome: 'Sam will reach age-related expectations.',
        },
        role: 'outcome',
        quote: 'age-related expectations',
        message: CATCH_UP,
      },
      {
        cells: {
          need: 'Sam (16) works at the level of a 12-year-old.',
          outcome: 'Sam will reach age-related expectations.',
        },
        role: 'outcome',
        quote: 'age-related expectations',
        message: CATCH_UP,
      },
      {
        cells: { need: 'Sam (16) reads like a 12 year old.', outcome: 'Sam will reach age-related expectations.' },
        role: 'outcome',
        quote: 'age-related expectations',
        message: CATCH_UP,
      },
      {
        cells: { need: 'Jo (10) reads like a 7 year old.', outcome: 'Jo will reach age-related expectations.' },
        role: 'outcome',
        quote: 'age-related expectations',
        message: CATCH_UP,
      },
      {
        cells: { need: 'Zara  (10) reads like a 7 year old.', outcome: 'Zara will reach age-related expectations.' },
        role: 'outcome',
        quote: 'age-related expectations',
        message: CATCH_UP,
      },
    ],
    valid: [],
  },
);

pins('catching up, a range with a note after it, half term, every day and being there, however spaced', {
  invalid: [
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read at age-related  expectations.',
      },
      role: 'outcome',
      quote: 'age-related  expectations',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read at an age-expected standard.',
      },
      role: 'outcome',
      quote: 'age-expected',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read at age-expected  levels.',
      },
      role: 'outcome',
      quote: 'age-expected  levels',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'Sam will read in line with her year  group.',
      },
      role: 'outcome',
      quote: 'in line with her year  group',
      message: CATCH_UP,
    },
    {
      cells: {
        need: 'Rosie’s attendance is 48%.',
        outcome: 'Rosie’s attendance will be 90%.',
        when: '4 Jan - 12 Feb 2027, to be looked at again by the core group in March',
      },
      planDate: '2026-12-01',
      role: 'outcome',
      quote: '90%',
      message: rise(48, 90, 6),
    },
    {
      cells: { need: 'Rosie’s attendance is 48%.', outcome: 'Rosie’s attendance will be 90% by  half term.' },
      role: 'outcome',
      quote: '90%',
      message: rise(48, 90, 6),
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school every  day.' },
      role: 'outcome',
      quote: 'every  day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school every single  day.' },
      role: 'outcome',
      quote: 'every single  day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school every school  day.' },
      role: 'outcome',
      quote: 'every school  day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school each  school day.' },
      role: 'outcome',
      quote: 'each  school day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school each school  day.' },
      role: 'outcome',
      quote: 'each school  day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school 5  days a week.' },
      role: 'outcome',
      quote: '5  days a week',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school five days  a week.' },
      role: 'outcome',
      quote: 'five days  a week',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school five days a  week.' },
      role: 'outcome',
      quote: 'five days a  week',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will go to  nursery every day.' },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in each  lesson every day.' },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be back  in every day.' },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be there on  time every day.' },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be at the  gate every day.' },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
  ],
  valid: [{ cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be there every day.' } }],
});

pins('a scale, a long time out, a step on the way and every exam, however spaced', {
  invalid: [
    { cells: { outcome: 'Mum’s score from 3 to a  10.' }, role: 'outcome', quote: 'from 3 to a  10', message: SCALE },
    {
      cells: { outcome: 'Mum’s score from 3 to 10  out of 10.' },
      role: 'outcome',
      quote: 'from 3 to 10  out of 10',
      message: SCALE,
    },
    {
      cells: { need: 'Finn has not  been in any education for a year.', outcome: 'Finn will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Finn has not been  in any education for a year.', outcome: 'Finn will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Finn has not attended  any school since May.', outcome: 'Finn will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Finn has not attended any  school since May.', outcome: 'Finn will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Finn has had 14  months out of school.', outcome: 'Finn will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Finn has had 14 months  out of school.', outcome: 'Finn will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Finn has had 14 months out  of school.', outcome: 'Finn will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Finn has had 14 months out of  school.', outcome: 'Finn will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Finn has been out  of school for 14 months.', outcome: 'Finn will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Finn has been out of  school for 14 months.', outcome: 'Finn will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Finn has been out of school  for 14 months.', outcome: 'Finn will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Finn has been out of school for  14 months.', outcome: 'Finn will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: { need: 'Finn has been out of school for 14  months.', outcome: 'Finn will go to college full time.' },
      role: 'outcome',
      quote: 'full time',
      message: EVERY_DAY,
    },
    {
      cells: {
        need: 'Finn has been out of school for 14 months.',
        outcome: 'Finn will get grade  7 or above in all 9 of his GCSEs.',
      },
      role: 'outcome',
      quote: 'grade  7 or above in all 9 of his GCSEs',
      message: EXAMS,
    },
    {
      cells: {
        need: 'Finn has been out of school for 14 months.',
        outcome: 'Finn will get grade 7  or above in all 9 of his GCSEs.',
      },
      role: 'outcome',
      quote: 'grade 7  or above in all 9 of his GCSEs',
      message: EXAMS,
    },
    {
      cells: { need: 'Finn has been out of school for 14 months.', outcome: 'Finn will get grade 5 in all subjects.' },
      role: 'outcome',
      quote: 'grade 5 in all subjects',
      message: EXAMS,
    },
    {
      cells: {
        need: 'Finn has been out of school for 14 months.',
        outcome: 'Finn will get grade 5 or  higher in all subjects.',
      },
      role: 'outcome',
      quote: 'grade 5 or  higher in all subjects',
      message: EXAMS,
    },
    {
      cells: {
        need: 'Finn has been out of school for 14 months.',
        outcome: 'Finn will get grade 5 or higher  in all subjects.',
      },
      role: 'outcome',
      quote: 'grade 5 or higher  in all subjects',
      message: EXAMS,
    },
    {
      cells: { need: 'Finn has been out of school for 14 months.', outcome: 'Finn will pass  all his GCSEs.' },
      role: 'outcome',
      quote: 'pass  all his GCSEs',
      message: EXAMS,
    },
    {
      cells: { need: 'Finn has been out of school for 14 months.', outcome: 'Finn passes at  all of the exams.' },
      role: 'outcome',
      quote: 'passes at  all of the exams',
      message: EXAMS,
    },
    {
      cells: { need: 'Finn has been out of school for 14 months.', outcome: 'Finn will pass all  his GCSEs.' },
      role: 'outcome',
      quote: 'pass all  his GCSEs',
      message: EXAMS,
    },
    {
      cells: { need: 'Finn has been out of school for 14 months.', outcome: 'Finn will pass all of  the exams.' },
      role: 'outcome',
      quote: 'pass all of  the exams',
      message: EXAMS,
    },
    {
      cells: { need: 'Finn has been out of school for 14 months.', outcome: 'Finn will pass all his  GCSEs.' },
      role: 'outcome',
      quote: 'pass all his  GCSEs',
      message: EXAMS,
    },
    {
      cells: { need: 'Finn has been out of school for 14 months.', outcome: 'Finn will pass all 10 of his GCSEs.' },
      role: 'outcome',
      quote: 'pass all 10 of his GCSEs',
      message: EXAMS,
    },
    {
      cells: { need: 'Finn has been out of school for 14 months.', outcome: 'Finn will pass all 9  of his GCSEs.' },
      role: 'outcome',
      quote: 'pass all 9  of his GCSEs',
      message: EXAMS,
    },
    {
      cells: { need: 'Finn has been out of school for 14 months.', outcome: 'Finn will pass all 9 GCSEs.' },
      role: 'outcome',
      quote: 'pass all 9 GCSEs',
      message: EXAMS,
    },
    {
      cells: { need: 'Finn has been out of school for 14 months.', outcome: 'Finn will pass all 9 of  his GCSEs.' },
      role: 'outcome',
      quote: 'pass all 9 of  his GCSEs',
      message: EXAMS,
    },
    {
      cells: { need: 'Finn has been out of school for 14 months.', outcome: 'Finn will pass all 9 of his  GCSEs.' },
      role: 'outcome',
      quote: 'pass all 9 of his  GCSEs',
      message: EXAMS,
    },
    {
      cells: {
        need: 'Finn has been out of school for 14 months.',
        outcome: 'Finn gets grade  8 in maths and all the rest.',
      },
      role: 'outcome',
      quote: 'grade  8 in maths and all',
      message: EXAMS,
    },
  ],
  valid: [
    {
      cells: {
        need: 'Ava’s attendance is 40%.',
        outcome: 'Ava will be in school every day, with a build up over the term.',
      },
    },
    { cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school every day; it builds  up.' } },
    {
      cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school every day, built  up over the term.' },
    },
    {
      cells: {
        need: 'Ava’s attendance is 40%.',
        outcome: 'Ava will be in school every day, on a reduced  timetable first.',
      },
    },
    {
      cells: {
        need: 'Ava’s attendance is 40%.',
        outcome: 'Ava will be in school every day, 4  afternoons a week first.',
      },
    },
    {
      cells: {
        need: 'Ava’s attendance is 40%.',
        outcome: 'Ava will be in school every day, 4 afternoons  a week first.',
      },
    },
    {
      cells: {
        need: 'Ava’s attendance is 40%.',
        outcome: 'Ava will be in school every day, 4 afternoons a  week first.',
      },
    },
    { cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school every day, half  days first.' } },
    { cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school every day, a half day at first.' } },
    { cells: { need: 'Ava’s attendance is 40%.', outcome: 'Ava will be in school every day, one step at a time.' } },
  ],
});

pins('every day from exactly 75% or 74%, and a range that ends the day it starts', {
  invalid: [
    {
      cells: { need: 'Ava’s attendance is 74%.', outcome: 'Ava will be in school every day.' },
      role: 'outcome',
      quote: 'every day',
      message: EVERY_DAY,
    },
    {
      cells: {
        need: 'Rosie’s attendance is 48%.',
        outcome: 'Rosie’s attendance will be 90%.',
        when: '4 Jan 2027 - 5 Jan 2027',
      },
      planDate: '2026-12-01',
      role: 'outcome',
      quote: '90%',
      message: rise(48, 90, 1),
    },
  ],
  valid: [
    { cells: { need: 'Ava’s attendance is 75%.', outcome: 'Ava will be in school every day.' } },
    {
      cells: {
        need: 'Rosie’s attendance is 48%.',
        outcome: 'Rosie’s attendance will be 90%.',
        when: '4 Jan 2027 - 4 Jan 2027',
      },
      planDate: '2026-12-01',
    },
  ],
});

describe('a finding in one cell does not hide the next cell’s own', () => {
  const rows: [Cells, [Role, string, string][]][] = [
    [
      { outcome: 'There will be no further incidents.', action: 'Dad will stop shouting.' },
      [
        ['outcome', 'no further incidents', NEVER_AGAIN],
        ['action', 'stop shouting', ARGUE],
      ],
    ],
    [
      {
        need: 'Kai hits staff 5 times a day.',
        outcome: 'There will be no further incidents.',
        action: 'Kai will not hit staff.',
      },
      [
        ['outcome', 'no further incidents', NEVER_AGAIN],
        ['action', 'will not hit', FREQUENT],
      ],
    ],
    [
      {
        need: 'Kai has hit staff 11 times since May.',
        outcome: 'There will be no further incidents.',
        action: 'Kai will not hit staff.',
      },
      [
        ['outcome', 'no further incidents', NEVER_AGAIN],
        ['action', 'will not hit', LATELY],
      ],
    ],
    [
      {
        need: 'Dad owes £900 in arrears and has £40 a week.',
        outcome: 'There will be no further incidents.',
        action: 'Dad will clear his arrears.',
      },
      [
        ['outcome', 'no further incidents', NEVER_AGAIN],
        ['action', 'clear', DEBT],
      ],
    ],
    [
      {
        outcome: 'There will be no further incidents.',
        action:
          'Within 4 weeks Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
      },
      [
        ['outcome', 'no further incidents', NEVER_AGAIN],
        [
          'action',
          'Within 4 weeks Kim will: register with a GP, open a bank account, apply for Universal Credit, go to the food bank, see the debt adviser, attend parenting group, take Jo to nursery.',
          LIST,
        ],
      ],
    ],
    [
      {
        outcome: 'There will be no further incidents.',
        action: 'Kim will move into a new flat, find a job and finish the parenting course.',
      },
      [
        ['outcome', 'no further incidents', NEVER_AGAIN],
        ['action', 'Kim will move into a new flat, find a job and finish the parenting course.', LIFE],
      ],
    ],
    [
      { outcome: 'There will be no further incidents.', action: 'Leo will lose 3 stone by his review.' },
      [
        ['outcome', 'no further incidents', NEVER_AGAIN],
        ['action', 'lose 3 stone', WEIGHT],
      ],
    ],
    [
      {
        need: 'Sam is in Year 6 and reads at a Year 2 level.',
        outcome: 'There will be no further incidents.',
        action: 'Sam will read at age-related expectations.',
      },
      [
        ['outcome', 'no further incidents', NEVER_AGAIN],
        ['action', 'age-related expectations', CATCH_UP],
      ],
    ],
    [
      { outcome: 'There will be no further incidents.', action: 'Mum’s Family Star score will go from 2 to 10.' },
      [
        ['outcome', 'no further incidents', NEVER_AGAIN],
        ['action', 'from 2 to 10', SCALE],
      ],
    ],
    [
      { outcome: 'There will be no further incidents.', action: 'Ruby will be fully toilet trained by June.' },
      [
        ['outcome', 'no further incidents', NEVER_AGAIN],
        ['action', 'fully toilet trained', skill('fully')],
      ],
    ],
    [
      {
        need: 'Rosie’s attendance is 48%.',
        outcome: 'There will be no further incidents.',
        action: 'Rosie’s attendance will be 90% within 6 weeks.',
      },
      [
        ['outcome', 'no further incidents', NEVER_AGAIN],
        ['action', '90%', rise(48, 90, 6)],
      ],
    ],
    [
      {
        need: 'Finn has been out of school for 14 months.',
        outcome: 'There will be no further incidents.',
        action: 'Finn will pass all his GCSEs.',
      },
      [
        ['outcome', 'no further incidents', NEVER_AGAIN],
        ['action', 'pass all his GCSEs', EXAMS],
      ],
    ],
    [
      {
        need: 'Finn has been out of school for 14 months.',
        outcome: 'There will be no further incidents.',
        action: 'Finn will go to college full time.',
      },
      [
        ['outcome', 'no further incidents', NEVER_AGAIN],
        ['action', 'full time', EVERY_DAY],
      ],
    ],
  ];
  it.each(rows.map(([cells, found]) => [Object.values(cells).join(' | '), cells, found] as const))(
    '%s',
    (_, cells, found) => {
      expect(seen('unrealistic', cells).map((f) => [f.role, f.quote, f.message])).toEqual(found);
    },
  );
});

pins('an age level with no age, the row’s own money against a whole debt, a range that runs backwards or has no end', {
  invalid: [
    {
      cells: { need: 'Dad has £40 a week left.', action: 'Dad will clear all £500 of his arrears within 12 weeks.' },
      role: 'action',
      quote: 'clear',
      message: DEBT,
    },
    {
      cells: {
        need: 'Rosie’s attendance is 48%.',
        outcome: 'Rosie’s attendance will be 90% within 6 weeks.',
        when: '12 Feb 2027 - 4 Jan 2027',
      },
      planDate: '2026-12-01',
      role: 'outcome',
      quote: '90%',
      message: rise(48, 90, 6),
    },
  ],
  valid: [
    {
      cells: {
        need: 'Sam is in Year 6 and reads like a 7 year old.',
        outcome: 'Sam will read at age-related expectations.',
      },
    },
    {
      cells: {
        need: 'Rosie’s attendance is 48%.',
        outcome: 'Rosie’s attendance will be 90%.',
        when: '4 Jan 2027 - ongoing',
      },
      planDate: '2026-12-01',
    },
  ],
});
