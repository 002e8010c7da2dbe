import { join as joinPath } from 'node:path';
import { beginLongWrite, readSiteId, runWrite, writeRow, writeSiteId } from '../changes/index.ts';
import { hashPassword } from '../security/passwords.ts';
import { findUserByName } from '../security/user-queries.ts';
import { PristavError } from '../errors.ts';
import { takeExclusiveUse } from '../exclusive-use.ts';
import { newId } from '../ids.ts';
import type { Store } from '../store.ts';
import { importSiteKeys } from './file/index.ts';
import { extractSyncFile, openEnrolmentFile } from './enrolment-file.ts';
import { importSyncFile } from './import-file.ts';
import { writeOrganisationId, writeStoredKeys } from './local-state.ts';
import { withScratchFolder } from './scratch-folder.ts';
import { findSite } from './site-registry.ts';

/**
 * A branch's first run from its enrolment file: this database becomes the branch, with its
 * keys, the organisation's whole register and a first administrator — in one transaction, so a
 * wrong passphrase, a damaged file or a crash leaves the database as empty as it was.
 */
export async function joinOrganisation(
  store: Store,
  input: { path: string; passphrase: string; adminName: string; adminPassword?: string },
): Promise<{ id: string; name: string; town: string; isHq: boolean }> {
  const existing = readSiteId(store);
  if (existing !== null) {
    throw new PristavError('ALREADY_INITIALISED', { site: findSite(store, existing)?.name ?? '' });
  }
  const { bundle, hqSigningKey, syncFileOffset } = await openEnrolmentFile(
    input.path,
    input.passphrase,
  );
  const keys = importSiteKeys(bundle.keys);
  const passwordHash =
    input.adminPassword === undefined ? '' : await hashPassword(input.adminPassword);
  return withScratchFolder(async (folder) => {
    const syncFile = joinPath(folder, 'enrolment.pristav-sync');
    await extractSyncFile(input.path, syncFileOffset, syncFile);
    const release = await takeExclusiveUse(store);
    const transaction = beginLongWrite(store);
    try {
      writeSiteId(store, bundle.site.id);
      writeOrganisationId(store, bundle.organisationId);
      writeStoredKeys(store, bundle.keys);
      const membership = {
        organisationId: bundle.organisationId,
        siteId: bundle.site.id,
        isHq: false,
        hqId: bundle.hqId,
        keys,
      };
      await importSyncFile(store, membership, syncFile, {
        isDryRun: false,
        allowMassDelete: true,
        enrolment: { hqId: bundle.hqId, signingKey: hqSigningKey },
      }).catch((error: unknown) => {
        // The embedded file is part of the enrolment file: name that one in the message.
        if (error instanceof PristavError)
          throw new PristavError('ENROLMENT_FILE_INVALID', { path: input.path });
        throw error;
      });
      const site = findSite(store, bundle.site.id);
      if (!site || site.signing_key !== bundle.keys.signingPublicKey) {
        throw new PristavError('ENROLMENT_FILE_INVALID', { path: input.path });
      }
      // Users travel with the register: someone already known by this name (HQ's own
      // administrator setting up the branch) signs in with their account; no second one.
      if (findUserByName(store, input.adminName) === null) {
        runWrite(store, newId(), (w) =>
          writeRow(w, 'users', w.author!, {
            name: input.adminName,
            role: 'admin',
            site_id: bundle.site.id,
            ...(passwordHash === '' ? {} : { password_hash: passwordHash }),
          }),
        );
      }
      transaction.commit();
      return { id: site.id, name: site.name, town: site.town, isHq: false };
    } catch (error) {
      transaction.rollback();
      throw error;
    } finally {
      release();
    }
  });
}
