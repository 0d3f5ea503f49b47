// Posting an answer from a listener: a DeliveryError (bot not in the channel, rate limited) is
// logged and handed back so the listener can tell the user; any other error is a bug and throws.

import type { CommandReply } from '../../src/commands/command.ts';
import { DeliveryError, type Destination } from '../chat-adapter.ts';
import type { ListenerDeps } from './listener-deps.ts';

export async function deliverOrLog(deps: ListenerDeps, destination: Destination, reply: CommandReply): Promise<DeliveryError | undefined> {
  try {
    await deps.poster.deliver(destination, reply);
    return undefined;
  } catch (error) {
    if (!(error instanceof DeliveryError)) throw error;
    deps.logger.warn({ err: error, code: error.code, channelId: destination.channelId }, 'slack: could not post the answer');
    return error;
  }
}
