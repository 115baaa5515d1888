// Aims written as the task (issue #11; Practitioner's Guide, "What is SMART?": an action says what will be
// done, by whom, how often, by when). Each of these names no task anyone could see done, whatever the owner
// and date columns say; each clean row uses the same words for a task that is seen done.
import { ruleTester } from './ruleTester';

const OUTCOME = 'Zara will be at school by 8.50am on at least 9 of every 10 school days, shown by the register.';
const row = (action: string) => ({
  need: 'Zara has been late or absent on 12 of the last 30 school days.',
  outcome: OUTCOME,
  action,
  owner: 'Mum (Kerry Doyle) and SW Tomas Reid',
  when: 'By 26/03/2027',
});

ruleTester('vague', {
  meta: { rule: 'vague', letters: ['S'], severity: 'warning' },
  flagged: [
    { cells: row('Mum to show she can parent safely.'), quote: 'show she can parent', role: 'action' },
    { cells: row('Dad to demonstrate that he is able to protect the children.'), role: 'action' },
    { cells: row('Parents to put the children first.'), quote: 'put the children first', role: 'action' },
    { cells: row("Carers to put Zara's needs first at all times."), role: 'action' },
    {
      cells: row('School to provide a nurturing environment.'),
      quote: 'provide a nurturing environment',
      message: 'Say what will be done about it',
    },
    { cells: row('Foster carers to provide a safe, stable home.'), role: 'action' },
    { cells: row('Mum to make sure the house is kept safe.'), role: 'action' },
    { cells: row('Mum to improve her budgeting.'), quote: 'improve her budgeting', role: 'action' },
    { cells: row('Dad to strengthen his routines.'), role: 'action' },
    { cells: row('Parents to follow advice from the health visitor.'), quote: 'follow advice', role: 'action' },
    { cells: row("Mum to follow the school's guidance."), role: 'action' },
    {
      cells: row('Mum to build a support network.'),
      quote: 'build a support network',
      message: 'Say what Mum will actually do',
    },
    { cells: row('Gran to help Mum widen her network.'), role: 'action' },
    { cells: row('Family to access community resources.'), quote: 'access community resources' },
    { cells: row('Mum to access specialist support.'), role: 'action' },
    { cells: row('Mum to develop her understanding of the risks.'), role: 'action' },
    { cells: row('Youth worker to mentor Tyler.'), quote: 'mentor', role: 'action' },
    {
      cells: row('Mum to take part in some sessions about healthy relationships.'),
      quote: 'some sessions',
      message: 'does not say how many or how often',
    },
    { cells: row('Dad to attend a few meetings with the drug worker.'), role: 'action' },
    { cells: row('FSW to offer several sessions on routines.'), role: 'action' },
    {
      cells: { outcome: OUTCOME, action_owner_when: 'Mum to improve her budgeting by 19/03/2027.' },
      quote: 'improve her budgeting',
      role: 'action_owner_when',
    },
  ],
  clean: [
    { cells: row('Mum to show the health visitor the feeding chart at each visit.') },
    { cells: row('Dad to show Zara how to set her alarm on Sunday 7 March.') },
    { cells: row('Mum to put Zara to bed by 8pm on school nights.') },
    { cells: row('Dad to put the tablets in the locked box every evening.') },
    { cells: row('School to provide a quiet room with a named adult at each lunchtime.') },
    { cells: row('The knives are kept in the locked drawer; SW to check at each visit.') },
    { cells: row('Mum to improve her budgeting by filling in the weekly planner with the FSW every Monday.') },
    { cells: row("Dad to follow the physio's advice sheet with Zara for 10 minutes each evening.") },
    { cells: row('Mum to follow the advice on safe sleep: baby in her own cot every night, checked by the HV.') },
    { cells: row('Mum to phone two people from her support network each Sunday and note it in her diary.') },
    { cells: row('Youth worker (Mentor, Dan Price) to meet Tyler at the youth centre every Tuesday at 4pm.') },
    { cells: row('Mum to access the food bank at St Mark’s every Friday until 26/03/2027.') },
    { cells: row('Mum to attend some sessions of the Freedom Programme each Tuesday from 9 March.') },
    { cells: row('Mum to take part in 6 sessions about healthy relationships with the FSW, one a week from 9 March.') },
    { cells: row('Dad to go to a few of the drop-in sessions at the library, at least once a fortnight.') },
  ],
});
