// What a refused call threw, for tests: the BriefError's code and message. Any other error is
// rethrown, so a crash never passes for a refusal.

import { type BriefErrorCode, isBriefError } from '../../src/errors.ts';

export interface CaughtBriefError {
  code: BriefErrorCode;
  message: string;
}

/** The BriefError `run` rejects with, or undefined when it resolves. */
export async function briefErrorIfAny(run: Promise<unknown>): Promise<CaughtBriefError | undefined> {
  try {
    await run;
  } catch (error) {
    return caught(error);
  }
  return undefined;
}

/** The BriefError `run` rejects with; the test fails when it resolves. */
export async function briefErrorOf(run: Promise<unknown>): Promise<CaughtBriefError> {
  return (await briefErrorIfAny(run)) ?? expectedRefusal();
}

/** The BriefError `run` throws; the test fails when it returns. */
export function briefErrorOfCall(run: () => unknown): CaughtBriefError {
  try {
    run();
  } catch (error) {
    return caught(error);
  }
  return expectedRefusal();
}

function caught(error: unknown): CaughtBriefError {
  if (isBriefError(error)) return { code: error.code, message: error.message };
  throw error;
}

function expectedRefusal(): never {
  throw new Error('expected a BriefError, but the call succeeded');
}
