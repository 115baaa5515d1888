// Every rule, with rows it must flag and rows it must leave alone, written in the guidance's style.
import { ruleTester } from './ruleTester';

ruleTester('vague', {
  flagged: [
    { cells: { need: 'Jayden needs to be happy.' }, quote: 'be happy' },
    { cells: { outcome: 'Freya will reach her full potential at nursery.' }, quote: 'full potential' },
    {
      cells: {
        need: 'Mum needs help with the children.',
        outcome: 'The children will feel safe.',
        action_owner_when: 'Social worker to visit.',
      },
    },
    { cells: { outcome: 'Family to engage with services.' }, quote: 'engage with' },
    {
      cells: {
        outcome: 'Oscar will see his dad regularly.',
        action: 'Dad to phone to arrange contact.',
        owner: 'Dad',
        when: 'By 01/06/25',
      },
      quote: 'regularly',
    },
  ],
  clean: [
    {
      cells: {
        outcome: 'Freya will say ten new words by her review on 30/06/25, counted by her key person at nursery.',
      },
    },
    {
      cells: {
        need: 'Oscar has seen arguments at home and wets the bed most nights.',
        outcome: 'Oscar will feel safe at home.',
        action_owner_when:
          'Mum and Oscar to meet Priya Shah (family support worker) every Tuesday for 8 weeks from 06/05/25.',
      },
    },
    {
      cells: {
        outcome: 'Oscar will see his dad regularly.',
        action: 'Dad to take Oscar swimming every Saturday morning.',
        owner: 'Dad',
        when: 'From 10/05/25 until the review',
      },
    },
  ],
});

ruleTester('subjective', {
  flagged: [
    { cells: { need: 'The flat needs to be clean and tidy.' }, quote: 'clean and tidy' },
    { cells: { outcome: 'Dad will dress the baby appropriately for the weather.' }, quote: 'appropriately' },
    { cells: { outcome: 'Meals will be of an acceptable standard.' }, quote: 'acceptable' },
    // Good actions do not rescue a subjective outcome when the progress column cannot be counted either.
    {
      cells: {
        outcome: "Rhys's bedroom will be suitable for a baby.",
        action: 'Dad to buy a cot.',
        owner: 'Dad',
        when: 'By 30/05/25',
        measure: 'Home visits.',
      },
      quote: 'suitable',
    },
  ],
  clean: [
    {
      cells: {
        outcome:
          'The baby will wear a coat and hat outside from October to March (appropriate meaning warm enough to play for an hour).',
      },
    },
    { cells: { need: 'Lucy needs age-appropriate toys to play with.' } },
  ],
});

ruleTester('action-as-need', {
  flagged: [
    { cells: { need: 'Harvey needs to be referred to the speech and language service.' } },
    { cells: { need: 'Mum needs to attend a parenting course.' } },
    { cells: { need: 'Tia needs counselling.' } },
  ],
  clean: [
    {
      cells: { need: 'Harvey is 3 and uses only a handful of words, so he gets frustrated and bites other children.' },
    },
    { cells: { need: 'Tia needs to be able to talk about what happened at her old school.' } },
  ],
});

ruleTester('action-as-outcome', {
  flagged: [
    { cells: { outcome: 'Attend the toddler group.' } },
    { cells: { outcome: 'Complete the sleep diary.' } },
    { cells: { outcome: 'Mum to attend the Incredible Years course.' } },
  ],
  clean: [
    // Going to school is a change for the child, not a task for the adults.
    { cells: { outcome: 'Lacey will attend school every day and arrive by 8.50am.' } },
    {
      cells: {
        outcome:
          'Mum will be able to settle the twins to sleep by 8pm on most nights, so that they are rested for nursery.',
      },
    },
    {
      cells: {
        outcome: 'The sleep diary will be filled in each night and looked at with the health visitor every two weeks.',
      },
    },
  ],
});

ruleTester('no-measure', {
  flagged: [
    { cells: { need: 'Ella needs better social skills.' } },
    { cells: { outcome: "Ella's progress to be monitored." } },
    {
      cells: {
        outcome: 'Ella will be more confident.',
        action_owner_when: 'Ella to join a drama club, arranged by her mum.',
      },
    },
    {
      cells: {
        outcome: 'Ella will make friends.',
        action: 'Mum to take Ella to Brownies.',
        owner: 'Mum',
        when: 'By 01/05/25',
        measure: 'Ella will be happier.',
      },
    },
  ],
  clean: [
    {
      cells: {
        outcome:
          'Ella will go to Brownies every Wednesday, and will name two friends she has made there by the review on 30/06/25.',
      },
    },
    {
      cells: {
        outcome: 'Ella will make friends.',
        action: 'Mum to take Ella to Brownies.',
        owner: 'Mum',
        when: 'Every Wednesday from 02/04/25',
        measure: 'Ella attends at least 8 of the 10 sessions; the Brownie leader notes who she plays with.',
      },
    },
  ],
});

ruleTester('self-report-only', {
  flagged: [
    { cells: { measure: 'Mum will tell us that things are better at bedtime.' } },
    { cells: { measure: 'Dad reports the house is calmer.' } },
    { cells: { measure: 'Carer will update the social worker.' }, quote: 'Carer will update the social worker' },
  ],
  clean: [
    {
      cells: {
        measure:
          'Mum keeps a bedtime diary, which the health visitor checks at each visit; nursery notes if the twins seem tired.',
      },
    },
  ],
});

ruleTester('no-owner', {
  flagged: [
    { cells: { outcome: 'Ensure the children get to school every day.' } },
    { cells: { action_owner_when: 'A referral to be made to the food bank by 14/03/25.' } },
    {
      cells: {
        outcome: 'Rent arrears paid off.',
        action: 'Budget plan to be drawn up.',
        owner: '',
        when: 'By 30/04/25',
      },
    },
    {
      cells: {
        outcome: 'Rent arrears paid off.',
        action: 'Budget plan to be drawn up.',
        owner: 'All agencies',
        when: 'By 30/04/25',
      },
    },
  ],
  clean: [
    { cells: { action_owner_when: 'Mrs Ahmed (housing officer) to help Dad draw up a budget plan by 14/03/25.' } },
    { cells: { action: 'Budget plan to be drawn up with Dad.', owner: 'Sam Lee, money adviser', when: 'By 30/04/25' } },
  ],
});

ruleTester('no-timescale', {
  flagged: [
    { cells: { action_owner_when: 'Health visitor to weigh the baby.' } },
    {
      cells: {
        outcome: 'The baby will gain weight.',
        action: 'Health visitor to weigh the baby.',
        owner: 'Health visitor',
        when: '',
      },
    },
  ],
  clean: [
    { cells: { action_owner_when: 'Health visitor to weigh the baby every Monday for six weeks from 03/03/25.' } },
    { cells: { action_owner_when: 'Mum to ring the GP within 5 working days.' } },
    { cells: { outcome: 'The baby will be weighed.' } },
    {
      cells: {
        outcome: 'Tia will only be cared for by sober adults.',
        action: 'Gran will collect Tia from nursery instead of Dad.',
        owner: 'Gran',
        when: 'With immediate effect',
      },
    },
  ],
});

ruleTester('open-timescale', {
  flagged: [
    { cells: { when: 'ongoing' }, quote: 'ongoing' },
    { cells: { when: 'A.S.A.P' } },
    {
      cells: { action_owner_when: 'Dad to attend the drug service as and when required.' },
      quote: 'as and when required',
    },
    { cells: { when: 'until further notice' } },
  ],
  clean: [
    // A date still to be set is no timescale at all (no-timescale), not an open one.
    { cells: { when: 'To be confirmed' } },
    { cells: { when: 'Every Friday until 27/06/25' } },
    { cells: { need: 'There are ongoing worries about damp in the flat.' } },
  ],
});

ruleTester('unrealistic', {
  flagged: [
    { cells: { outcome: 'Dad will give up drinking.' } },
    { cells: { outcome: 'There will be no more arguments in the home.' } },
    { cells: { outcome: 'Kian will have 100% attendance next term.' } },
    { cells: { outcome: 'Stepdad to never shout at the boys again.' }, quote: 'to never shout' },
    {
      cells: {
        outcome: 'Poppy will go to school every day.',
        measure: 'Attendance up from 40% now to 100% by half term.',
      },
      quote: '100%',
    },
  ],
  clean: [
    {
      cells: {
        outcome:
          'Dad will not drink on the days he collects Kian from school; if he has been drinking, Auntie Jo will collect him.',
      },
    },
    { cells: { outcome: "Kian's attendance will rise from 88% to 100% by the end of the summer term." } },
    {
      cells: {
        outcome: "Poppy's attendance will rise from 40% to 60% by half term, 80% by Easter and 100% by the summer.",
      },
    },
  ],
});

ruleTester('negative-framing', {
  flagged: [
    { cells: { outcome: 'Mum to stop smacking Leah.' }, quote: 'stop smacking' },
    { cells: { outcome: 'No more shouting at the children.' } },
  ],
  clean: [
    {
      cells: {
        outcome:
          'Mum will use a calm voice and time out on the stairs when Leah hits her brother, instead of smacking.',
      },
    },
  ],
});

ruleTester('too-many-actions', {
  flagged: [
    {
      cells: {
        action_owner_when:
          'Mum to attend the GP on 01/04/25. Mum to go to the food bank on 02/04/25. Mum to see the housing officer on 03/04/25. Mum to attend parenting class on 04/04/25. Mum to visit school on 07/04/25. Mum to call the debt line on 08/04/25. Mum to register with a dentist on 09/04/25.',
      },
    },
  ],
  clean: [{ cells: { action_owner_when: 'Mum to attend the GP on 01/04/25. Mum to visit school on 07/04/25.' } }],
});

ruleTester('jargon', {
  flagged: [
    { cells: { action_owner_when: 'Mum to attend the MARAC on 12/05/25.' }, quote: 'MARAC' },
    {
      cells: {
        action_owner_when:
          'The IDVA and the FSW will meet Mum at the family hub every Tuesday from 06/05/25 to plan her safety.',
      },
      quote: 'IDVA',
    },
  ],
  clean: [
    {
      cells: {
        action_owner_when:
          'Dad to take Ava to her CAMHS appointment on 12/05/25 and every two weeks after, and tell the social worker how it went.',
      },
    },
    {
      cells: {
        action_owner_when:
          'Ms Green (Special Educational Needs Co-ordinator, SENCO) to meet Mum by 12/05/25. The SENCO will phone Mum every Friday.',
      },
    },
  ],
});

ruleTester('past-deadline', {
  flagged: [{ cells: { action_owner_when: 'Social worker to visit by 01/02/25.' }, planDate: '2025-03-01' }],
  clean: [{ cells: { action_owner_when: 'Social worker to visit by 01/04/25.' }, planDate: '2025-03-01' }],
});
