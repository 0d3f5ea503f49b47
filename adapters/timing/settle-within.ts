// Answer at once when the answer is quick, else acknowledge first: Slack's slash commands and
// Discord's interactions both must be acknowledged within 3 s.

/** The value if the promise settles within `ms`, else undefined; the promise keeps running either way. */
export async function settleWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
