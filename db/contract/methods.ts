import type { z } from 'zod';
import type { AppInfo, Settings, Site } from './domain.ts';
import type { MethodName } from './method-names.ts';
import { emptyInput, settingsSetInput, siteCreateInput } from './schemas.ts';

/** The one API contract: for each method, its input schema; the output type is declared below. */
export const inputSchemas = {
  'app.info': emptyInput,
  'site.create': siteCreateInput,
  'settings.get': emptyInput,
  'settings.set': settingsSetInput,
} as const satisfies Record<MethodName, z.ZodType>;

export interface Outputs {
  'app.info': AppInfo;
  'site.create': Site;
  'settings.get': Settings;
  'settings.set': Settings;
}

export type Input<M extends MethodName> = z.input<(typeof inputSchemas)[M]>;
export type ParsedInput<M extends MethodName> = z.output<(typeof inputSchemas)[M]>;
export type Output<M extends MethodName> = Outputs[M];

/** Whether a method changes data (the transports may use it, e.g. to refresh views). */
export const writeMethods: ReadonlySet<MethodName> = new Set(['site.create', 'settings.set']);
