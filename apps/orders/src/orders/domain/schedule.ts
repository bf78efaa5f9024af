export interface OpeningHours {
  timeZone: string;
  /** "HH:MM" local time. */
  opens: string;
  /** "HH:MM" local time; earlier than `opens` means after midnight; "24:00" is midnight. */
  closes: string;
}

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** Minutes since local midnight in `timeZone`. */
function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

export function isOpenAt(hours: OpeningHours, at: Date): boolean {
  const opens = toMinutes(hours.opens);
  const closes = toMinutes(hours.closes);
  if (opens === closes || (opens === 0 && closes === 24 * 60)) return true;
  const now = localMinutes(at, hours.timeZone);
  return opens < closes ? now >= opens && now < closes : now >= opens || now < closes;
}

export type ScheduleCheck = { ok: true } | { ok: false; code: string; detail: string };

/**
 * A scheduled delivery must be in the future, within the booking horizon, and while the
 * restaurant is open (its last delivery may be at closing time). An order for now needs the
 * restaurant open now.
 */
export function checkSchedule(
  hours: OpeningHours,
  now: Date,
  deliverAt: Date | null,
  horizonDays: number,
): ScheduleCheck {
  if (!deliverAt) {
    return isOpenAt(hours, now)
      ? { ok: true }
      : { ok: false, code: 'restaurant_closed', detail: 'The restaurant is closed now.' };
  }
  if (deliverAt.getTime() <= now.getTime()) {
    return { ok: false, code: 'invalid_delivery_time', detail: 'deliverAt must be in the future.' };
  }
  if (deliverAt.getTime() > now.getTime() + horizonDays * 24 * 3600_000) {
    return {
      ok: false,
      code: 'invalid_delivery_time',
      detail: `deliverAt must be within ${horizonDays} days.`,
    };
  }
  const oneMinuteBefore = new Date(deliverAt.getTime() - 60_000);
  if (!isOpenAt(hours, oneMinuteBefore)) {
    return {
      ok: false,
      code: 'invalid_delivery_time',
      detail: `The restaurant is closed then (open ${hours.opens}-${hours.closes} ${hours.timeZone}).`,
    };
  }
  return { ok: true };
}
