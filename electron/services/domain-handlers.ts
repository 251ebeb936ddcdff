import type { z } from 'zod';
import type { HandlerContext } from '../handlers';

type Contract = Record<string, { input: z.ZodType; output: z.ZodType }>;

/** The handlers of one domain's calls, typed from its contract file (electron/contract/). */
export type DomainHandlers<C extends Contract> = {
  [K in keyof C]: (input: z.output<C[K]['input']>, ctx: HandlerContext) => Promise<z.output<C[K]['output']>>;
};
