// `date` is a day that exists: the schema's pattern admits 2026-02-30 (any month to day 31), so
// the calendar is checked here, where the pattern cannot reach.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why `text` (already YYYY-MM-DD by the schema) is not a day of the calendar, or undefined when it is. */
export function impossibleDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return undefined;
  const days = daysIn(year, month);
  if (day <= days) return undefined;
  return `${MONTHS[month - 1]} ${year} has ${days} days`;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
