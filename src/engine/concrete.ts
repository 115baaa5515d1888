// Is a statement concrete enough to check? The guidance's test: can everyone see when it has happened
// (someone doing something observable, a number, a date, a frequency)?
import { NUMBER_WORD, OBSERVABLE, namesSomeone } from './language';
import { concreteTimescales } from './timescale';
import { hasMatch } from './text';

const SPEECH_OBSERVABLE =
  /\b(?:able to\s+(?:say|explain|name|tell|describe|show|recognise|talk)|(?:can|will)\s+(?:say|explain|name|tell|describe))\b/i;

/** Something in the text can be counted: a number, a frequency, a date, or what someone will be able to say. */
export function isCountable(text: string, planDate?: string): boolean {
  return NUMBER_WORD.test(text) || SPEECH_OBSERVABLE.test(text) || concreteTimescales(text, planDate).length > 0;
}

/** Countable, or a named person doing something others can see. */
export function isConcrete(text: string, planDate?: string): boolean {
  return isCountable(text, planDate) || (hasMatch(OBSERVABLE, text) && namesSomeone(text));
}
