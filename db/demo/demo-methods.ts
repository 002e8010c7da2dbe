import type { MethodDefinition } from '../api-types.ts';
import { PristavError } from '../errors.ts';
import { getThisSite } from '../site/site-queries.ts';
import { fillRelease2010 } from './release-2010.ts';

/**
 * 'demo.fill': the first-run screen's "try with demo data". Only on a new database: it creates
 * the demo centre itself, so a database that already has its site (and perhaps real people) is
 * refused; fillRelease2010 also refuses any client, all in one transaction.
 */
export const demoMethods: { 'demo.fill': MethodDefinition<'demo.fill'> } = {
  'demo.fill': {
    isAllowedBeforeSetup: true,
    handler: ({ store }) => {
      const existing = getThisSite(store);
      if (existing) throw new PristavError('ALREADY_INITIALISED', { site: existing.name });
      const filled = fillRelease2010(store);
      return { site: getThisSite(store)!, ...filled };
    },
  },
};
