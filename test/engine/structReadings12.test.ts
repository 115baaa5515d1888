// Readings of what sits in the wrong column, of demands a family cannot meet, of bans and of who and when,
// learnt from the twelfth cold set's causes and pinned as a user would see them: the rows flagged (role,
// quote) and the look-alikes that must stay clean. The rows are written here in their own words, not copied
// from the cold set or the guidance.
import { ruleTester } from './ruleTester';

const STEPS = {
  action: 'Key worker to meet Sami at the library every Wednesday at 4pm.',
  owner: 'Key worker Dan Poole',
  when: 'From 18/01/2027 to 26/03/2027',
};

const NEED = { rule: 'action-as-need', letters: ['S' as const], severity: 'warning' as const };
const needRow = (need: string) => ({
  need,
  outcome: 'Kofi joins in 3 group games a week at break by 26/03/2027, seen by the play leader.',
  ...STEPS,
});

describe('a service after a "what is needed" heading, a list to wait on, lessons and funding (cold12)', () => {
  ruleTester('action-as-need', {
    meta: NEED,
    flagged: [
      { cells: needRow('What we need: a speech therapy assessment for Kofi.'), role: 'need' },
      { cells: needRow('Need: an interpreter at every meeting.'), role: 'need' },
      { cells: needRow('Dad needs a parent carer’s assessment.'), role: 'need' },
      { cells: needRow('Kofi needs to be put on the waiting list for the autism pathway.'), role: 'need' },
      { cells: needRow('Amal (15) needs swimming lessons at the leisure centre.'), role: 'need' },
      { cells: needRow('The family needs a personal budget for respite at home.'), role: 'need' },
      { cells: needRow('Mum needs a personal assistant to take Kofi out on Saturdays.'), role: 'need' },
    ],
    clean: [
      { cells: needRow('What I need: to know who will pick me up after school.') },
      { cells: needRow('Kofi needs help in lessons to start his writing.') },
      { cells: needRow('Amal needs to concentrate during lessons; she drifts off after ten minutes.') },
      { cells: needRow('Need: Kofi has no one to play with at break.') },
      { cells: needRow('Mum needs to know what the waiting times mean for Kofi.') },
    ],
  });
});

const OPEN = { rule: 'open-timescale', letters: ['T' as const], severity: 'warning' as const };
const openRow = (when: string) => ({
  outcome: 'Nell is at nursery by 9.15am on 4 mornings out of 5, on the register.',
  action: 'Family worker to visit on Tuesdays and go through the morning routine with Mum.',
  owner: 'Family worker Asha Doyle',
  when,
});

describe('an end with a service or when things settle is no end (cold12)', () => {
  ruleTester('open-timescale', {
    meta: OPEN,
    flagged: [
      { cells: openRow('Fortnightly for as long as Mum is open to the family service'), role: 'when' },
      { cells: openRow('Tuesdays, while the family remains known to the early help team'), role: 'when' },
      { cells: openRow('From 18/01/2027 and until things calm down at home'), quote: 'until things calm down' },
      { cells: openRow('Weekly visits until the situation is more stable'), role: 'when' },
    ],
    clean: [
      { cells: openRow('Weekly from 18/01/2027, as long as Mum is sober at the visit, to 26/03/2027') },
      { cells: openRow('Tuesdays from 18/01/2027 until Nell starts school on 06/09/2027') },
      { cells: openRow('Weekly while Nell is at nursery, from 18/01/2027 to 26/03/2027') },
      { cells: openRow('Fortnightly to 26/03/2027, until things are reviewed at core group on 30/03/2027') },
    ],
  });
});

const NO_TIME = { rule: 'no-timescale', letters: ['T' as const], severity: 'warning' as const };
const list = (...steps: string[]) => ({
  need: 'Omar (Y2) has a peanut allergy and a new TA this term.',
  action_owner_when: steps.map((s) => `- ${s}`).join('\n'),
});

describe('a step held to an occasion is timed by it; a bare step beside dated ones is not (cold12)', () => {
  ruleTester('no-timescale', {
    meta: NO_TIME,
    flagged: [
      {
        cells: list(
          'TA (Mr Oduya) to read the care plan by 22/01/2027.',
          'Office manager (Mrs Tate) to order a spare pen for the classroom.',
        ),
        quote: 'Office manager (Mrs Tate) to order a spare pen for the classroom.',
      },
      {
        cells: list(
          'School nurse (Ann Pike) to train the new TA by 29/01/2027.',
          'Mum to write to the catering manager about the menu.',
          'Class teacher to review the plan with Mum on 18/03/2027.',
        ),
        quote: 'Mum to write to the catering manager about the menu.',
      },
    ],
    clean: [
      {
        cells: list(
          'School nurse (Ann Pike) to train the new TA by 29/01/2027.',
          'TA (Mr Oduya) to take the pen bag on every school outing.',
        ),
      },
      {
        cells: list(
          'Office manager (Mrs Tate) to check the pen dates on the first Monday of each month.',
          'Midday supervisor to wipe Omar’s table before he eats.',
        ),
      },
      {
        cells: list(
          'School nurse (Ann Pike) to train the new TA by 29/01/2027.',
          'Class teacher to log each reaction on the medical record.',
        ),
      },
    ],
  });
});

const OWNER = { rule: 'no-owner', letters: ['S' as const, 'A' as const], severity: 'warning' as const };
const agreement = (text: string) => ({
  need: 'Worries that Jade (9) is often late and hungry at school.',
  action_owner_when: text,
});

describe('a passive step in a list has no owner, whoever owns the others (cold12)', () => {
  ruleTester('no-owner', {
    meta: OWNER,
    flagged: [
      {
        cells: agreement(
          '- Dad to walk Jade to school by 8.45am each day from 18/01/2027.\n- Breakfast club place to be paid for from February.\n- Review at core group on 10/03/2027.',
        ),
        role: 'action_owner_when',
      },
      {
        cells: agreement(
          '1. Mum will have Jade up by 7.30am on school days.\n2. Lateness to be logged and shared with the family worker weekly.',
        ),
        role: 'action_owner_when',
      },
      {
        cells: agreement('Free school meals form to be filled in by 22/01/2027; a copy to be given to the SW.'),
        role: 'action_owner_when',
      },
    ],
    clean: [
      {
        cells: agreement(
          '- Dad to walk Jade to school by 8.45am each day from 18/01/2027.\n- Lateness to be logged by the school office (Mrs Bell) weekly.',
        ),
      },
      {
        cells: agreement(
          'Family worker (Tom Rees) to complete the meals form with Dad. This will be done by 22/01/2027.',
        ),
      },
      {
        cells: agreement(
          '1. Mum will have Jade up by 7.30am on school days.\n2. The agreement will be reviewed at core group on 10/03/2027.',
        ),
      },
    ],
  });
});

const UNREAL = { rule: 'unrealistic', letters: ['A' as const, 'R' as const], severity: 'warning' as const };

describe('a course longer than the row gives it (cold12)', () => {
  ruleTester('unrealistic', {
    flagged: [
      {
        cells: {
          outcome: 'Mum will complete the 16-week Freedom Programme before the final hearing.',
          action: 'IDVA to book Mum a place starting 08/02/2027.',
          owner: 'IDVA Rosa Kent',
          when: 'Start 08/02/2027; final hearing 15/03/2027',
        },
        quote: 'complete the 16-week Freedom Programme',
      },
      {
        cells: {
          need: 'Callum (15) has been excluded twice for fighting.',
          action_owner_when:
            'Callum to finish a 12 week anger management group at the youth centre between 11/01/2027 and 19/02/2027; youth worker (Ian Cole) to send attendance weekly.',
        },
        role: 'action_owner_when',
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'Mum will complete the 16-week Freedom Programme by 31/05/2027.',
          action: 'IDVA to book Mum a place starting 08/02/2027.',
          owner: 'IDVA Rosa Kent',
          when: 'From 08/02/2027 to 31/05/2027',
        },
      },
      {
        cells: {
          outcome: 'Mum attends at least 5 of the first 6 sessions of the 16-week Freedom Programme.',
          action: 'IDVA to book Mum a place starting 08/02/2027.',
          owner: 'IDVA Rosa Kent',
          when: 'From 08/02/2027 to 22/03/2027',
        },
      },
    ],
  });
});

describe('a share of clear tests, and a child kept with an adult at all times, are realistic (cold12)', () => {
  ruleTester('unrealistic', {
    meta: UNREAL,
    flagged: [
      {
        cells: {
          outcome: 'Dad gives negative saliva tests at every test by 26/03/2027, reported by the drug service.',
          action: 'Drug worker to test Dad weekly.',
          owner: 'Drug worker Lee Hart',
          when: 'Weekly to 26/03/2027',
        },
        role: 'outcome',
      },
      {
        cells: {
          outcome: 'Dad will keep his temper at all times, from 18/01/2027.',
          action: 'SW to visit fortnightly.',
          owner: 'SW Ana Ruiz',
          when: 'Fortnightly to 26/03/2027',
        },
        quote: 'at all times',
      },
    ],
    clean: [
      {
        cells: {
          outcome:
            'Dad gives negative saliva tests at 9 out of 12 weekly tests by 26/03/2027, reported by the drug service.',
          action: 'Drug worker to test Dad weekly.',
          owner: 'Drug worker Lee Hart',
          when: 'Weekly to 26/03/2027',
        },
      },
      {
        cells: {
          outcome:
            'Mia (3) stays with Dad or with a named adult from the safety network at all times, checked by the SW at each visit.',
          action: 'SW to visit fortnightly unannounced.',
          owner: 'SW Ana Ruiz',
          when: 'Fortnightly to 26/03/2027',
        },
      },
      {
        cells: {
          outcome: 'The baby is in the care of an approved adult at all times when Mum has been drinking.',
          action: 'SW to visit fortnightly unannounced.',
          owner: 'SW Ana Ruiz',
          when: 'Fortnightly to 26/03/2027',
        },
      },
    ],
  });
});

const NEG = { rule: 'negative-framing', letters: ['R' as const], severity: 'warning' as const };
const banRow = (outcome: string) => ({
  outcome,
  action: 'Head of year to note each incident on the behaviour log and ring Mum on Fridays.',
  owner: 'Head of year (Mr Sandhu)',
  when: 'From 18/01/2027 to 26/03/2027',
});

describe('conduct named by an adjective is a ban; a promise that telling is safe is not (cold12)', () => {
  ruleTester('negative-framing', {
    meta: NEG,
    flagged: [
      { cells: banRow('Tyler will not be disruptive in science lessons.'), role: 'outcome' },
      { cells: banRow('Mum and Dad will not be unkind to each other in front of the girls.'), role: 'outcome' },
      { cells: banRow('Jaden must not be threatening towards younger pupils at break.'), role: 'outcome' },
    ],
    clean: [
      { cells: banRow('Tyler will not be disappointed if he is picked for the team next term.') },
      {
        cells: banRow(
          'If something online worries Tyler, he tells his head of year the same day, and nobody will be angry with him.',
        ),
      },
      { cells: banRow('Tyler is in his seat for the start of 4 of 5 science lessons a week, on the register.') },
    ],
  });
});

const OUTCOME = { rule: 'action-as-outcome', letters: ['S' as const], severity: 'warning' as const };
const outcomeRow = (outcome: string) => ({
  need: 'Rio (2) has moved foster home twice since the summer.',
  outcome,
  ...STEPS,
});

describe('taking up what a service funds or offers is the service, not the change (cold12)', () => {
  ruleTester('action-as-outcome', {
    meta: OUTCOME,
    flagged: [
      { cells: outcomeRow('Rio will take up his 15 free hours at the Acorn pre-school.'), role: 'outcome' },
      { cells: outcomeRow('Mum to take up the offer of a Home-Start volunteer.'), role: 'outcome' },
      { cells: outcomeRow('Rio will take up a funded place at the children’s centre crèche.'), role: 'outcome' },
    ],
    clean: [
      {
        cells: outcomeRow(
          'Rio is at pre-school for his 15 hours on at least 4 of 5 mornings, on the register, by 26/03/2027.',
        ),
      },
      { cells: outcomeRow('Rio will take up swimming with his carer on Saturdays and swim 5 metres by 26/03/2027.') },
      {
        cells: outcomeRow(
          'Rio settles at pre-school within 10 minutes of drop-off on 4 of 5 days, seen by his key person.',
        ),
      },
    ],
  });
});
