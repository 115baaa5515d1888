// Readings found by the lead's own-words probe rows (issue #11): a weight to gain with no amount, and a
// check done to a baby or a child as the outcome, however often it is done (DCS guidance: the outcome is what
// changes for the child; Practitioner's Guide, "How much or many?").
import { ruleTester } from './ruleTester';

const baby = (outcome: string, measure = 'Weights in the red book, looked at by the HV at each Monday clinic.') => ({
  need: 'Baby Ellis (4 months) has not put on weight for three weeks; feeds are missed some nights.',
  outcome,
  action_owner_when:
    'Health visitor (Ann Lowe) to weigh Ellis every Monday at clinic from 11/01/2027. Mum to note each feed on the chart.',
  measure,
});

ruleTester('no-measure', {
  meta: { rule: 'no-measure', letters: ['M'], severity: 'warning' },
  flagged: [
    {
      cells: baby('Ellis will gain weight.'),
      role: 'outcome',
      quote: 'gain weight',
      message: 'compares with nothing anyone has counted',
    },
    { cells: baby('Ellis will be putting on weight by the core group.'), quote: 'putting on weight' },
  ],
  clean: [
    { cells: baby('Ellis will gain at least 150g a week, weighed at clinic.') },
    { cells: baby('Ellis will gain weight along his centile line from the 9th to the 25th by 30/04/2027.') },
  ],
});

ruleTester('action-as-outcome', {
  meta: { rule: 'action-as-outcome', letters: ['S'], severity: 'warning' },
  flagged: [
    { cells: baby('Ellis will be weighed weekly at clinic.'), role: 'outcome', quote: 'will be weighed' },
    { cells: baby('Ellis to be examined by 12/02/2027.'), quote: 'to be examined' },
    { cells: baby('Ellis will be monitored every Monday.'), quote: 'will be monitored' },
  ],
  clean: [
    { cells: baby('Ellis will gain at least 150g a week, weighed at clinic.') },
    { cells: baby('Ellis will be weighed weekly so that his gain of at least 150g a week can be seen.') },
  ],
});

const stairs = (outcome: string) => ({
  need: 'The stair gate is broken and Theo (18 months) has fallen down the stairs once.',
  outcome,
  action: 'FSW (Nat Green) to bring a stair gate from the safety scheme and Dad (Rob) to fit it by 18/01/2027.',
  owner: 'FSW Nat Green; Dad (Rob Kemp)',
  when: 'By 18/01/2027',
  measure: 'HV checks the gate is fitted and shut at her visit on 25/01/2027.',
});

ruleTester('unrealistic', {
  meta: { rule: 'unrealistic', letters: ['A', 'R'], severity: 'warning' },
  flagged: [
    { cells: stairs('Dad will watch Theo at all times.'), role: 'outcome', quote: 'at all times' },
    { cells: stairs('Theo will be kept safe at all times.'), quote: 'at all times' },
  ],
  clean: [
    { cells: stairs('The gate is fitted by 18/01/2027 and shut at all times Theo is upstairs, as seen by the HV.') },
    { cells: stairs('The gate is shut at all times when the children are upstairs, checked at each HV visit.') },
  ],
});
