// The scheduler's log lines, in pino's (details, message) order so a pino logger can be passed.

export interface SchedulerLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** Warnings and errors to stderr; info is dropped. */
export const stderrLog: SchedulerLog = {
  info: () => {},
  warn: (details, message) => console.error(`[briefbot scheduler] ${message}`, JSON.stringify(details)),
  error: (details, message) => console.error(`[briefbot scheduler] ${message}`, JSON.stringify(details)),
};

export const silentLog: SchedulerLog = { info: () => {}, warn: () => {}, error: () => {} };
