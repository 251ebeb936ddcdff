import type { z } from 'zod';
import type { CallName, CallOutput, Calls, EventName, EventPayload } from '../core/contract/api';

// The shapes every handler shares. They sit here, below handlers.ts and the per-domain handler
// files, so that both import them and neither imports the other's types.

export interface HandlerContext {
  emit<K extends EventName>(name: K, payload: EventPayload<K>): void;
}

type Handler<K extends CallName> = (input: z.output<Calls[K]['input']>, ctx: HandlerContext) => Promise<CallOutput<K>>;
export type Handlers = { [K in CallName]: Handler<K> };

type Contract = Record<string, { input: z.ZodType; output: z.ZodType }>;

/** The handlers of one domain's calls, typed from its contract file (core/contract/). */
export type DomainHandlers<C extends Contract> = {
  [K in keyof C]: (input: z.output<C[K]['input']>, ctx: HandlerContext) => Promise<z.output<C[K]['output']>>;
};
