// The subjective rule's own readings pinned phrase by phrase (so `npm run mutation:rule -- subjective` sees
// them): every optional word, plural and spacing a practitioner types, and the near misses left alone.
import { seen } from './ruleTester';

const quotes = (outcome: string) => seen('subjective', { outcome }).map((f) => f.quote);

describe('subjective patterns', () => {
  it.each([
    ['Jess will have good friendships at school.', 'good friendships'],
    ['Jess will have a good  friendship with one girl in her class.', 'good  friendship'],
    ['Jess will keep a good personal  hygiene routine.', 'good personal  hygiene'],
    ['Jess will keep good   oral hygiene.', 'good   oral hygiene'],
    ['There will be a good bedtime routines for both boys.', 'good bedtime routines'],
    ['The family will have good home conditions.', 'good home conditions'],
    ['The family will keep good home  conditions.', 'good home  conditions'],
    ['Jess will come to school in a good frame of mind.', 'good frame of mind'],
    ['Jess will come to school in a good frame  of  mind.', 'good frame  of  mind'],
    ['Jess will be in a good mood in the mornings.', 'good mood'],
    ['Mum will be a good mum to Jess.', 'good mum'],
    ['Mum will be a good  enough parent.', 'good  enough'],
    ['Mum will be a better  mother.', 'better  mother'],
    ['Gran will be a better grandparent to the boys.', 'better grandparent'],
    ['Both will be better  carers.', 'better  carers'],
    ['Jess will live in a stable home.', 'stable home'],
    ['Jess will live in a stable  family  household.', 'stable  family  household'],
    ['Jess will live in a stable   environment.', 'stable   environment'],
    ['Mornings will be calmer.', 'calmer'],
    ['Mornings will be more  relaxed.', 'more  relaxed'],
    ['Evenings will be less   chaotic.', 'less   chaotic'],
  ])('reads "%s" as judged', (outcome, quote) => {
    expect(quotes(outcome)).toEqual([quote]);
  });

  it.each([
    'Jess will have two friends she meets at break each day, named to her teacher each Friday.',
    'The family will join the Calmer Dads group on Tuesdays.',
    'Jess will be goodbye-waved at the gate by Mum each morning at 8.40am.',
    'Mum will keep the stable door shut so the dog stays in the yard.',
    'Jess will sleep in her own bed every night, checked at the HV visits.',
  ])('leaves "%s" alone', (outcome) => {
    expect(quotes(outcome)).toEqual([]);
  });

  it('reads an appropriate adult, one or more, as a role and not a judgement', () => {
    expect(quotes('An appropriate adult will sit with Jess in the interview.')).toEqual([]);
    expect(quotes('Two appropriate  adults will be on the rota.')).toEqual([]);
    expect(quotes('Appropriate adults will be named by 12/02/2027.')).toEqual([]);
    expect(quotes('Jess will see appropriate friends.')).toEqual(['appropriate']);
  });

  it('lets a kept standard off only when defined, and a bracket with a number defines nothing', () => {
    expect(quotes('The kitchen will be clean and  tidy (dishes washed by 8pm).')).toEqual([]);
    expect(quotes('The kitchen will be clean &  tidy (dishes washed by 8pm).')).toEqual([]);
    expect(quotes('The kitchen will be tidy ( 3 times a week).')).toEqual(['tidy']);
  });
});
