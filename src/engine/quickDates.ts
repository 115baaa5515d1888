// chrono-node reads a plan's dates well, but each cell it reads costs about a tenth of a millisecond: most
// of the time a plan with a date in every row takes to check. Most cells write their dates one way only,
// day/month/year with slashes ("by 31/03/2027", "from 5/1/27"), with no other number and no word chrono
// could join to them. For such a cell this says what chrono would, without asking it; for any other (a
// time, a month or weekday name, a range "5/1/27 - 9/1/27", "a week after", "today", a zone such as "GMT")
// it says nothing and chrono reads the cell. test/engine/quickDates.test.ts checks the two agree.

/** One date as chrono would read it: where it stands in the text and the day it names. */
export interface QuickDate {
  index: number;
  text: string;
  year: number;
  month: number;
  day: number;
}

const SLASH_DATE = /(?<![\w/.-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\w/-]|\.\w)/g;

// Words chrono reads as part of a date or time, and joins to a date beside it: month and weekday names,
// "today", "noon", units of time ("a week after 5/1/27" is a week later), "this" and "next". Looked for
// within NEAR characters either side of each date. chrono also reads words run together ("nextFriday
// 5/1/27", "5/1/27 weekbefore"), and the first word of anything it reads starts a word, the last ends
// one: so a word here counts at the start or the end of a word ("monitor" by a date sends the cell to
// chrono, which is only slower).
const NEAR = 50;
const CHRONO_WORD =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat|now|noon|tonight|tomorrow|yesterday|day|night|morning|evening|week|fortnight|month|quarter|year|decade|hour|min|sec|eom|eoy|this|next|last|past';
const CHRONO_WORDS = new RegExp(`(?<![a-z])(?:${CHRONO_WORD})|(?:${CHRONO_WORD})s?(?![a-z])`, 'i');

// Short units chrono reads after a number word or "this", "next" ("a d", "next mo", "the wk"), and its
// own short words for tomorrow.
const SHORT_UNIT =
  /(?:\b(?:this|last|past|next)\s*|\b(?:a|an|the|few|several|half|couple|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)(?:[smhdwy]|mos?|yrs?|hrs?|wks?|mins?|secs?|qtrs?)\b|\btmrw?\b/i;

/**
 * What chrono joins two dates with: into one range ("5/1/27 to 9/1/27"), or nothing at all ("7/08/2026
 * 31/03/2027" reads as "2026 31/03").
 */
const JOINED_BY = /^\s*(?:to|-|–|until|through|till)?\s*$/i;

/** A unit of time right after a date: chrono reads the year as a number of them ("5/1/27 d after"). */
const UNIT_AFTER =
  /\s*(?:[smhdwy]|mos?|yrs?|hrs?|wks?|mins?|secs?|qtrs?)(?:(?![a-z])|later|after|from|hence|forward|out|ago|before|earlier|since)/iy;

/** An upper-case word right after a date, which chrono may take for a time zone ("5/1/27 GMT"). */
const ZONE_AFTER = /\s*,?\s*\(?[A-Z]{2,4}\)?(?=\W|$)/y;

/**
 * The dates chrono would read in `text`, when they are all day/month/year with slashes and nothing else in
 * the text could be read as (part of) a date or time; undefined when chrono must read it.
 */
export function quickDates(text: string): QuickDate[] | undefined {
  const dates: QuickDate[] = [];
  let last = 0;
  for (const match of text.matchAll(SLASH_DATE)) {
    const index = match.index;
    const day = Number(match[1]);
    const month = Number(match[2]);
    const written = Number(match[3]);
    const year = written < 100 ? (written > 50 ? 1900 : 2000) + written : written;
    const date = new Date(year, month - 1, day, 12);
    if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
    if (/\d/.test(text.slice(last, index))) return undefined;
    const end = index + match[0].length;
    const near = `${text.slice(Math.max(0, index - NEAR), index)} ${text.slice(end, end + NEAR)}`;
    if (CHRONO_WORDS.test(near) || SHORT_UNIT.test(near)) return undefined;
    const previous = dates[dates.length - 1];
    if (previous && JOINED_BY.test(text.slice(previous.index + previous.text.length, index))) return undefined;
    ZONE_AFTER.lastIndex = end;
    UNIT_AFTER.lastIndex = end;
    if (ZONE_AFTER.test(text) || UNIT_AFTER.test(text)) return undefined;
    dates.push({ index, text: match[0], year, month, day });
    last = end;
  }
  return /\d/.test(text.slice(last)) ? undefined : dates;
}
