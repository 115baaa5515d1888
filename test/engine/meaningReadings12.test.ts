// Meaning readings from the twelfth cold set's causes, pinned in our own words (branch c12meaning).
import { ruleTester } from './ruleTester';

// Subjective: a bracket that names someone further on does not define the word (Brighton and Hove, "Specific":
// words open to interpretation); a standard word judging conduct is not a home's standard chores define.
ruleTester('subjective', {
  meta: { rule: 'subjective', letters: ['S', 'M'], severity: 'warning' },
  flagged: [
    {
      cells: {
        need: 'Ruby (6) comes to school hungry and in yesterday’s clothes.',
        action_owner_when:
          'Dad to bring Ruby to school suitably dressed each day from 01/03/2027; office manager (Mrs Khan) to note arrivals in the late book.',
      },
      quote: 'suitably',
    },
    {
      cells: {
        need: 'Mr Doyle swears at the children when they argue.',
        action_owner_when:
          'Mr Doyle will speak to the children in a reasonable way from 01/03/2027; family support worker (Ali Reeve) to visit weekly.',
      },
      quote: 'reasonable',
    },
    {
      cells: {
        need: 'Zane (Y4) throws equipment in PE.',
        outcome: 'Zane shows acceptable conduct in PE lessons.',
        action: 'PE teacher to give Zane a job each lesson; TA to log each incident and review it every Monday.',
        owner: 'PE teacher; TA',
        when: 'Weekly from 01/03/2027',
      },
      quote: 'acceptable',
    },
    {
      cells: {
        need: 'Maya (15) swears at staff in the children’s home.',
        outcome: 'Maya speaks to staff in a satisfactory manner.',
        action: 'Key worker to meet Maya every Sunday; staff to record each incident daily.',
        owner: 'Key worker (Tom Hale)',
        when: 'Weekly from 07/03/2027',
      },
      quote: 'satisfactory',
    },
  ],
  clean: [
    {
      cells: {
        need: 'The kitchen has mouldy food left out.',
        action_owner_when:
          'Mum to keep the kitchen clean (surfaces wiped and bins emptied daily) from 01/03/2027; SW (Jo Bell) to see the kitchen at each visit.',
      },
    },
    {
      cells: {
        need: 'Leo (3) finds changes of activity hard at nursery.',
        outcome:
          'Leo moves from play to tidy-up time without crying on 4 of 5 days by 30/04/2027, noted by his key person.',
        action: 'Key person (Ann Fry) to give a two-minute warning and a sand timer at tidy up each day.',
        owner: 'Ann Fry',
        when: 'Daily from 01/03/2027',
      },
    },
    {
      cells: {
        need: 'Toys and clothes cover the bedroom floor and Ella (2) has tripped twice.',
        action_owner_when:
          'Mum (Gemma) to keep the bedroom floor tidy (toys in the box and clothes in the basket each night) from 01/03/2027; health visitor to see the room fortnightly.',
      },
    },
  ],
});
