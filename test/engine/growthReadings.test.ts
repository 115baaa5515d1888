// Growth named with no amount (issue #11; Practitioner's Guide, "How much or many?"): "make progress",
// "develop his friendships", "build her confidence" compare with a start no one has counted, however specific
// the provision beside them. A growth with its own number, or a plan or safety plan to be written, is not.
import { ruleTester } from './ruleTester';

const row = (outcome: string) => ({
  need: 'Noah (9) reads two years behind his class and has no close friends at school.',
  outcome,
  action: 'Mrs Patel (TA) to read with Noah for 20 minutes every morning; Noah to go to Lego club each Tuesday.',
  owner: 'Mrs Patel (TA); Dad (Lee)',
  when: 'From 08/03/2027 to 25/06/2027',
});

ruleTester('no-measure', {
  meta: { rule: 'no-measure', letters: ['M'], severity: 'warning' },
  flagged: [
    { cells: row('Noah will make progress with his reading.'), role: 'outcome', quote: 'make progress' },
    { cells: row('Noah will make good progress in reading this term.'), quote: 'make good progress' },
    { cells: row('Noah will develop his friendships.'), quote: 'develop his friendships' },
    { cells: row('Noah is developing his social skills.'), role: 'outcome' },
    {
      cells: row('Noah will build his confidence at Lego club.'),
      quote: 'build his confidence',
      message: 'compares with nothing anyone has counted',
    },
    { cells: row('Noah will build on his reading skills.'), role: 'outcome' },
  ],
  clean: [
    { cells: row('Noah will read 2 levels higher on the school scheme by 25/06/2027 (from level 6 to level 8).') },
    { cells: row('Noah will name two friends he plays with at break, asked by Mrs Patel each Friday.') },
    { cells: row('Noah and Dad will develop their own plan for mornings with SW by 15/03/2027.') },
    { cells: row('Noah will make progress from level 6 to level 8 on the reading scheme by 25/06/2027.') },
  ],
});
