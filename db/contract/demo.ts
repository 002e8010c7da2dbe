import { z } from 'zod';
import type { Site } from './domain.ts';

/** "Try with demo data" on the first-run screen: which data set to fill an empty database with. */
export const demoFillInput = z.strictObject({
  kind: z.literal('release-2010', { error: 'invalidChoice' }),
});
export type DemoFillInput = z.infer<typeof demoFillInput>;

export interface DemoFillResult {
  site: Site;
  clients: number;
  acts: number;
}
