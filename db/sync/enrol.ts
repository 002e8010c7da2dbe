import { runWrite, writeRow } from '../changes/index.ts';
import { newId } from '../ids.ts';
import { getSettings } from '../settings/settings-queries.ts';
import { storeToday, type Store } from '../store.ts';
import { exportKey, exportSiteKeys, generateSiteKeys } from './file/index.ts';
import { newPassphrase, writeEnrolmentFile } from './enrolment-file.ts';
import { exportSyncFile } from './export-file.ts';
import { ensureOrganisation, requireHq } from './organisation.ts';
import { raiseAcks, readVector } from './peer-state.ts';
import { withScratchFolder } from './scratch-folder.ts';
import { siteName } from './site-registry.ts';

export interface Enrolled {
  site: { id: string; name: string; town: string };
  passphrase: string;
}

/**
 * HQ enrols a branch: its site in the registry with fresh keys, and at `path` its enrolment file
 * (the keys sealed under a one-time passphrase, then every operation so far). A database made
 * before sync existed becomes its organisation's HQ here, and its whole history travels.
 */
export async function enrolBranch(
  store: Store,
  userId: string | null,
  input: { name: string; town: string },
  path: string,
): Promise<Enrolled> {
  ensureOrganisation(store, userId);
  const membership = requireHq(store);
  const keys = generateSiteKeys();
  const site = { id: newId(), name: input.name, town: input.town };
  runWrite(store, userId, (w) =>
    writeRow(w, 'sites', site.id, {
      name: site.name,
      town: site.town,
      is_hq: false,
      signing_key: exportKey(keys.signing.publicKey),
      agreement_key: exportKey(keys.agreement.publicKey),
      enrolled_on: storeToday(store),
    }),
  );
  const passphrase = newPassphrase();
  await withScratchFolder(async (folder) => {
    const vector = readVector(store);
    const syncFile = await exportSyncFile(store, membership, site.id, folder);
    await writeEnrolmentFile({
      path,
      passphrase,
      hqSigningKey: membership.keys.signing,
      syncFilePath: syncFile.path,
      bundle: {
        organisationId: membership.organisationId,
        organisationName: getSettings(store).organisationName || siteName(store, membership.siteId),
        hqId: membership.siteId,
        site,
        keys: exportSiteKeys(keys),
      },
    });
    // The branch starts with everything the file holds: the next file to it sends what is newer.
    raiseAcks(store, site.id, vector);
  });
  return { site, passphrase };
}
