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

// Self-report: the family's own account as the only evidence, wherever the plan puts it: in the action when
// there is no progress column, as a rating on the person's own scale, as evidence they pick themselves, or as
// someone's word about their own state (Torbay: "self-reporting by parents or non-professionals as the only
// proof of progress is not a safe way").
ruleTester('self-report-only', {
  meta: { rule: 'self-report-only', letters: ['M'], severity: 'warning' },
  flagged: [
    {
      cells: {
        need: 'Dad (Rob) leaves Mia (6) alone in the flat while he goes to the pub.',
        outcome: 'Mia is never left alone in the flat, by the review on 30/04/2027.',
        action: 'Dad to phone the family support worker each Monday and say how many evenings he went out.',
        owner: 'Dad (Rob)',
        when: 'Mondays from 01/03/2027',
      },
      role: 'action',
    },
    {
      cells: {
        need: 'Aunt Sue looks after Ben (5) at weekends; Ben’s father must not visit while Ben is there.',
        action_owner_when:
          'Aunt Sue to have Ben each Saturday from 06/03/2027; Aunt Sue will text the SW each Sunday to confirm that his father had not called round.',
      },
    },
    {
      cells: {
        need: 'Kieran (16) steals from shops with older boys.',
        action_owner_when:
          'Kieran to spend Saturdays at the boxing club from 06/03/2027; Kieran will show his youth worker whichever receipts he wants to at their Thursday meeting.',
      },
    },
    {
      cells: {
        need: 'Amelia (12) cannot sleep because she worries about her mum’s health.',
        outcome: 'Amelia scores her worry at bedtime as 3 or less using her own 1-10 scale by 30/04/2027.',
        action: 'Young carers’ worker to meet Amelia fortnightly and go through her scale.',
        owner: 'Young carers’ worker (Pat Ross)',
        when: 'Fortnightly from 01/03/2027',
      },
      role: 'outcome',
    },
    {
      cells: {
        need: 'Mr Green (foster carer) is exhausted after months of night feeds.',
        outcome: 'Mr Green says he is coping and sleeping better.',
        action: 'Supervising SW to arrange respite one weekend a month.',
        owner: 'Supervising SW',
        when: 'From 01/03/2027',
      },
      role: 'outcome',
    },
  ],
  clean: [
    {
      cells: {
        need: 'Dad (Rob) leaves Mia (6) alone in the flat while he goes to the pub.',
        outcome: 'Mia is never left alone in the flat, by the review on 30/04/2027.',
        action:
          'Dad to phone the family support worker each Monday and say how many evenings he went out; the neighbour’s childminding register to be checked at each visit.',
        owner: 'Dad (Rob); family support worker',
        when: 'Mondays from 01/03/2027',
      },
    },
    {
      cells: {
        need: 'Amelia (12) cannot sleep because she worries about her mum’s health.',
        outcome:
          'Amelia scores her worry as 3 or less using her own 1-10 scale, and her school attendance is 95% or more, by 30/04/2027.',
        action: 'Young carers’ worker to meet Amelia fortnightly.',
        owner: 'Young carers’ worker (Pat Ross)',
        when: 'Fortnightly from 01/03/2027',
      },
    },
    {
      cells: {
        need: 'Kieran (16) steals from shops with older boys.',
        action_owner_when:
          'Kieran to spend Saturdays at the boxing club from 06/03/2027; the coach will send the youth worker the club register each month.',
      },
    },
    {
      cells: {
        need: 'Mr Green (foster carer) is exhausted after months of night feeds.',
        outcome:
          'Mr Green says he is coping, and the health visitor sees him settle the baby at her fortnightly visit.',
        action: 'Supervising SW to arrange respite one weekend a month.',
        owner: 'Supervising SW',
        when: 'From 01/03/2027',
      },
    },
  ],
});

// Vague actions: a deadline named by a meeting ("by the review meeting") says when, not what is done; making a
// place "safer" or acting "in a more positive way" names a quality, not a task (Practitioner's Guide, "What is
// SMART?": an action says what will be done).
ruleTester('vague', {
  meta: { rule: 'vague', letters: ['S'], severity: 'warning' },
  flagged: [
    {
      cells: {
        need: 'Mr Hughes has missed three core groups and the children’s school reports neglect.',
        action_owner_when:
          'Mr Hughes to co-operate fully with the social worker by the next review meeting on 12/04/2027.',
      },
      quote: 'co-operate fully with',
    },
    {
      cells: {
        need: 'Older pupils gather at the underpass and younger pupils are afraid to walk home.',
        outcome:
          'No pupil reports being threatened at the underpass in the summer term 2027, on the school’s incident log.',
        action: 'The council and the school to make the underpass safer.',
        owner: 'Community safety officer (Jan Boyd); head (Mr Dale)',
        when: 'By 30/04/2027',
      },
      role: 'action',
    },
    {
      cells: {
        need: 'Tia (13) posts unkind comments about a classmate on Snapchat.',
        action_owner_when:
          'Tia will talk to her friends online in a more grown-up way from 01/03/2027; Mum to look at her messages each Sunday.',
      },
      quote: 'in a more grown-up way',
    },
    {
      cells: {
        need: 'Callum (15) spends his evenings gaming until 3am.',
        action_owner_when:
          'Callum will use his console in a healthier way from 01/03/2027; Dad to check the console’s screen-time log each Sunday.',
      },
      quote: 'in a healthier way',
    },
  ],
  clean: [
    {
      cells: {
        need: 'Mr Hughes has missed three core groups.',
        action_owner_when:
          'Mr Hughes to attend every core group and bring his GP letter by the next review meeting on 12/04/2027.',
      },
    },
    {
      cells: {
        need: 'Older pupils gather at the underpass and younger pupils are afraid to walk home.',
        outcome:
          'No pupil reports being threatened at the underpass in the summer term 2027, on the school’s incident log.',
        action:
          'The council to fit two lights and a camera in the underpass; the school to put a member of staff there from 3.15 to 3.45pm daily.',
        owner: 'Community safety officer (Jan Boyd); head (Mr Dale)',
        when: 'Lights by 30/04/2027; staff daily from 01/03/2027',
      },
    },
    {
      cells: {
        need: 'Callum (15) spends his evenings gaming until 3am.',
        action_owner_when:
          'Callum will switch his console off by 10pm on school nights from 01/03/2027; Dad to check the console’s screen-time log each Sunday.',
      },
    },
  ],
});

// Subjective: the quality of a time, a move or a manner that only those there can judge ("meaningful",
// "pleasant", "a smooth transition", "a good atmosphere", "respectful").
ruleTester('subjective', {
  meta: { rule: 'subjective', letters: ['S', 'M'], severity: 'warning' },
  flagged: [
    {
      cells: {
        need: 'Sam (17, care leaver) spends his days in his flat and sees no one.',
        outcome: 'Sam has something meaningful to do three days a week.',
        action: 'PA (Gail Ward) to take Sam to the college open day and the volunteering fair.',
        owner: 'Gail Ward',
        when: 'By 30/03/2027',
      },
      quote: 'meaningful',
    },
    {
      cells: {
        need: 'Kezia (11) moves to secondary school in September and is frightened of the size of it.',
        outcome: 'Kezia makes a smooth move to Year 7.',
        action: 'SENCo to arrange three extra visits in July and a photo book of the new school.',
        owner: 'SENCo (Mr Ross)',
        when: 'July 2027',
      },
      quote: 'smooth move',
    },
    {
      cells: {
        need: 'Family time at the contact centre often ends in arguments between Dad and his older son.',
        action_owner_when:
          'Dad will keep a positive atmosphere at every session from 06/03/2027; contact supervisor (Rhea Mann) to write up each session.',
      },
      quote: 'positive atmosphere',
    },
    {
      cells: {
        need: 'Jake (Y9) argues with teachers when he is corrected.',
        action_owner_when:
          'Jake will speak respectfully to all staff from 01/03/2027; head of year to log any incident on CPOMS and review it fortnightly.',
      },
      quote: 'respectfully',
    },
  ],
  clean: [
    {
      cells: {
        need: 'Sam (17, care leaver) spends his days in his flat and sees no one.',
        outcome: 'Sam volunteers at the food bank on Tuesdays and Thursdays from April 2027, on the food bank’s rota.',
        action: 'PA (Gail Ward) to take Sam to the food bank to sign up by 30/03/2027.',
        owner: 'Gail Ward',
        when: 'By 30/03/2027',
      },
    },
    {
      cells: {
        need: 'Kezia (11) moves to secondary school in September and is frightened of the size of it.',
        outcome:
          'Kezia can find her way from the gate to her form room and the canteen on her own by the end of her second week in Year 7.',
        action: 'SENCo to arrange three extra visits in July and a photo book of the new school.',
        owner: 'SENCo (Mr Ross)',
        when: 'July 2027',
      },
    },
    {
      cells: {
        need: 'Jake (Y9) argues with teachers when he is corrected.',
        action_owner_when:
          'Jake will take a 5-minute time-out card to the learning mentor when he is corrected, from 01/03/2027; head of year to log each use on CPOMS and review it fortnightly.',
      },
    },
  ],
});

// Vague, left alone: a placement's name ("supported lodgings", "supported living"); a review at a meeting with
// its own members on a date. Still flagged: "supported" as help, "regularly" alone, a review with no meeting or date.
ruleTester('vague', {
  meta: { rule: 'vague', letters: ['S'], severity: 'warning' },
  flagged: [
    {
      cells: {
        need: 'Mo (17) has missed his last three college days.',
        outcome: 'Mo is supported at college.',
        action: 'PA (Lucy Fern) to keep in touch with Mo.',
        owner: 'Lucy Fern',
        when: 'From 01/03/2027',
      },
      quote: 'supported',
    },
    {
      cells: {
        need: 'Asha (9) misses her physiotherapy exercises.',
        outcome: 'Asha does her exercises regularly.',
        action: 'Physio (Dan Hill) to teach Mum the exercises and give her a sheet.',
        owner: 'Dan Hill',
        when: 'By 15/03/2027',
      },
      quote: 'regularly',
    },
    {
      cells: {
        need: 'Dad’s new partner has a conviction for violence.',
        action_owner_when: 'Dad will not leave the partner alone with the children. This agreement will be reviewed.',
      },
      quote: 'will be reviewed',
    },
  ],
  clean: [
    {
      cells: {
        need: 'Mo (17) moved into supported lodgings in January and has missed his last three college days.',
        outcome: 'Mo is at college on all of his timetabled days by 30/04/2027, on the college register.',
        action: 'PA (Lucy Fern) to ring Mo at 8am on each college day.',
        owner: 'Lucy Fern',
        when: 'From 01/03/2027',
      },
    },
    {
      cells: {
        need: 'Tyler (18) wants to move to supported living near his sister.',
        outcome: 'Tyler has a signed tenancy for a supported living flat in Elm Road by 30/06/2027.',
        action: 'Transitions worker (Bea Cole) to make the housing application by 15/03/2027.',
        owner: 'Bea Cole',
        when: 'By 15/03/2027',
      },
    },
    {
      cells: {
        need: 'Dad’s new partner has a conviction for violence.',
        action_owner_when:
          'Dad will make sure another adult he has named is in the house whenever the partner visits, from 01/03/2027; SW to visit unannounced fortnightly. This agreement will be reviewed at the core group on 20/04/2027.',
      },
    },
  ],
});

// No-measure: a comparison in the clause that says when a step is taken ("if she feels her panic rise") is the
// plan's trigger, not its change; a comparison that is the change still asks for an amount.
ruleTester('no-measure', {
  meta: { rule: 'no-measure', letters: ['M'], severity: 'warning' },
  flagged: [
    {
      cells: {
        need: 'Ruth (14) misses lessons when her anxiety is high.',
        outcome: 'Ruth will go to more of her lessons.',
        action: 'Mentor (Joe Park) to meet Ruth every Monday and plan her week.',
        owner: 'Joe Park',
        when: 'Weekly from 01/03/2027',
      },
      role: 'outcome',
    },
    {
      cells: {
        need: 'Mr Vale shouts at the boys at bedtime.',
        outcome: 'Bedtimes will be calmer if Mr Vale goes to the parenting group, and shouting will reduce.',
        action: 'FSW (Amy Lock) to book Mr Vale onto the Tuesday parenting group.',
        owner: 'Amy Lock',
        when: 'By 15/03/2027',
      },
      role: 'outcome',
    },
  ],
  clean: [
    {
      cells: {
        need: 'Ruth (14) has panic attacks in lessons and runs out of school.',
        outcome:
          'Ruth uses her time-out card to go to the library base if she feels her panic rise, and stays on site every school day to 30/04/2027, on the attendance register.',
        action: 'Mentor (Joe Park) to give Ruth the card by 05/03/2027 and log each use.',
        owner: 'Joe Park',
        when: 'By 05/03/2027',
      },
    },
    {
      cells: {
        need: 'Mr Vale shouts at the boys at bedtime.',
        outcome:
          'Mr Vale goes to the kitchen for five minutes whenever bedtime gets more heated, and the boys are in bed by 8pm on 6 nights of 7 by 30/04/2027, on the FSW’s weekly check.',
        action: 'FSW (Amy Lock) to check the bedtime chart with Mr Vale every Friday.',
        owner: 'Amy Lock',
        when: 'Weekly from 01/03/2027',
      },
    },
  ],
});
