import {
  formatLocalDateTime,
  nextDay,
  secondsOfDay,
  type CalendarDate,
  type ClockTime,
  type StampMatch,
} from './timestamps.js';

/** How one entry's timestamp was turned into a local date-time. */
export type ClockReading =
  | { kind: 'dated' | 'same_day' | 'rolled_over'; time: string }
  | { kind: 'invalid' | 'dateless'; time: null };

/**
 * Gives bare times a date, by the rule in DOMAIN.md: a bare time takes the date of the previous
 * entry (or of the `Opened:` header); when it is earlier than the previous entry's time, the date
 * rolls over to the next day. "Previous" means the last entry whose date-time could be read;
 * entries with impossible timestamps leave the clock where it was.
 */
export class LogClock {
  private date: CalendarDate | null = null;
  private seconds = 0;

  /** Starts the clock at the log's opening (time 00:00:00 when only a date is known). */
  setOrigin(date: CalendarDate, time: ClockTime | null): void {
    this.date = date;
    this.seconds = time ? secondsOfDay(time) : 0;
  }

  get hasDate(): boolean {
    return this.date !== null;
  }

  read(stamp: StampMatch): ClockReading {
    if (!stamp.valid) return { kind: 'invalid', time: null };
    if (stamp.date) {
      this.setOrigin(stamp.date, stamp.time);
      return { kind: 'dated', time: formatLocalDateTime(stamp.date, stamp.time) };
    }
    if (!this.date) return { kind: 'dateless', time: null };
    const seconds = secondsOfDay(stamp.time);
    const rolls = seconds < this.seconds;
    if (rolls) this.date = nextDay(this.date);
    this.seconds = seconds;
    return {
      kind: rolls ? 'rolled_over' : 'same_day',
      time: formatLocalDateTime(this.date, stamp.time),
    };
  }
}
