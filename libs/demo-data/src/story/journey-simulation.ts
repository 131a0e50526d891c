import type { CalendarDate, JourneyCommand, JourneyCommandOfType, JourneyCommandType } from '@samsyn/domain';
import { epochMinute, swedishTimestamp, type LocalMoment } from './swedish-time';

interface Scheduled {
  readonly moment: LocalMoment;
  readonly epochMinute: number;
  readonly sequence: number;
  readonly action: () => void;
}

/**
 * A journey as a discrete-event simulation: actions scheduled for a moment run in time order, each writing
 * commands at its moment and scheduling what follows, so every command sees the journey as it then stood.
 * Actions after the horizon never run: on `today` they have not happened yet.
 */
export class JourneySimulation {
  private readonly queue: Scheduled[] = [];
  private readonly written: JourneyCommand[] = [];
  private scheduled = 0;
  private current: LocalMoment | undefined;
  private lastWritten: LocalMoment | undefined;

  constructor(
    private readonly horizon: CalendarDate,
    private readonly commandIdFor: (commandIndex: number) => string,
  ) {}

  /** The day of the action that runs now. */
  get day(): CalendarDate {
    if (!this.current) throw new Error('No action is running');
    return this.current.day;
  }

  /** Schedules `action`; a moment before the running action's is moved up to it, since the past is written. */
  at(day: CalendarDate, minute: number, action: () => void): void {
    if (day.isAfter(this.horizon)) return;
    const asked = { day, minute };
    const moment = this.current && epochMinute(asked) < epochMinute(this.current) ? this.current : asked;
    this.queue.push({ moment, epochMinute: epochMinute(moment), sequence: this.scheduled++, action });
  }

  /** Writes a command at the running action's moment, a minute after the previous command if that is later. */
  write<Type extends JourneyCommandType>(type: Type, data: JourneyCommandOfType<Type>['data'], author: string): void {
    const moment = this.nextMoment();
    const metadata = { now: swedishTimestamp(moment), author, commandId: this.commandIdFor(this.written.length) };
    this.written.push({ type, data, metadata } as JourneyCommand);
    this.lastWritten = moment;
  }

  run(): JourneyCommand[] {
    for (let next = this.takeEarliest(); next; next = this.takeEarliest()) {
      this.current = next.moment;
      next.action();
    }
    this.current = undefined;
    return this.written;
  }

  private nextMoment(): LocalMoment {
    if (!this.current) throw new Error('Commands are written only by a running action');
    const last = this.lastWritten;
    if (!last || epochMinute(this.current) > epochMinute(last)) return this.current;
    return { day: last.day, minute: last.minute + 1 };
  }

  private takeEarliest(): Scheduled | undefined {
    let earliest = -1;
    this.queue.forEach((candidate, index) => {
      const best = this.queue[earliest];
      if (!best || isBefore(candidate, best)) earliest = index;
    });
    return earliest < 0 ? undefined : this.queue.splice(earliest, 1)[0];
  }
}

function isBefore(left: Scheduled, right: Scheduled): boolean {
  return (
    left.epochMinute < right.epochMinute || (left.epochMinute === right.epochMinute && left.sequence < right.sequence)
  );
}
