/**
 * The end of an entry or a grant (`until`, docs/behaviour.md, section 1.3): a date, which holds
 * through that day (UTC), or an RFC 3339 timestamp. Every part is checked against the calendar
 * and the clock: `2027-02-30` and `T25:00` are errors with what is wrong, never a day or an hour
 * that rolls over into the next.
 */

const FORM = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:([Zz])|([+-])(\d{2}):(\d{2})))?$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The expected forms, for messages. */
export const UNTIL_FORMS = 'a date (2027-01-31) or an RFC 3339 timestamp (2027-01-31T18:00:00Z)';

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The instant from which `text` has passed (epoch ms), or what is wrong with it. */
export function parseUntil(text: string): { readonly end: number } | { readonly problem: string } {
  const match = FORM.exec(text);
  if (!match) return { problem: `is not ${UNTIL_FORMS}` };
  const [, y, mo, d, h, mi, s, fraction, zulu, sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { problem: `has no month ${mo}: months go from 01 to 12` };
  const days = daysIn(year, month);
  if (day < 1 || day > days) return { problem: `is not a day of the calendar: ${MONTHS[month - 1]} ${year} has ${days} days` };
  if (h === undefined) return { end: Date.UTC(year, month - 1, day + 1) };
  if (zulu === undefined && sign === undefined)
    return { problem: 'is a time without a time zone: add Z (UTC) or an offset such as +02:00' };
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23) return { problem: `has the hour ${h}, which does not exist: hours go from 00 to 23` };
  if (minute > 59) return { problem: `has the minute ${mi}, which does not exist: minutes go from 00 to 59` };
  if (second > 59) return { problem: `has the second ${s}, which is not accepted: seconds go from 00 to 59` };
  let offset = 0;
  if (sign !== undefined) {
    const offsetHours = Number(oh);
    const offsetMinutes = Number(om);
    if (offsetHours > 23 || offsetMinutes > 59)
      return { problem: `has the offset ${sign}${oh}:${om}, which is not a time zone: offsets go up to ±23:59` };
    offset = (sign === '+' ? 1 : -1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  const milliseconds = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  return { end: Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - offset };
}
