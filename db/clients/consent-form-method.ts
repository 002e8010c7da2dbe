import { consentLanguages, type ConsentForm, type ConsentTexts } from '../contract/clients.ts';
import { countryName } from '../contract/countries.ts';
import { getSettings } from '../settings/settings-queries.ts';
import { getThisSite } from '../site/site-queries.ts';
import type { Store } from '../store.ts';
import { toClientSummary } from './client-mapping.ts';
import { readClientRow, resolveClientId } from './client-resolution.ts';
import { renderConsentForm, type ConsentFormLanguage } from './consent-form.ts';
import { findConsentTextVersion, loadConsentText } from './consent-texts.ts';

/**
 * The consent form to print, for a client or blank. For a client whose consent is recorded
 * with a version, the form is that version's wording — a reprint shows what they signed — as
 * long as the wording is held (current, or archived beside it); otherwise the current one.
 */
export async function printConsentForm(
  store: Store,
  input: { language: ConsentFormLanguage; clientId?: string | undefined },
): Promise<ConsentForm> {
  const site = getThisSite(store)!;
  const row = input.clientId
    ? readClientRow(store, resolveClientId(store, input.clientId))
    : undefined;
  const summary = row ? toClientSummary(row) : undefined;
  const recordedVersion =
    row && row.consent_date && row.consent_version ? row.consent_version : null;
  const text =
    (recordedVersion && findConsentTextVersion(input.language, recordedVersion)) ||
    loadConsentText(input.language);
  const pdf = await renderConsentForm({
    language: input.language,
    organisationName: getSettings(store).organisationName,
    siteName: site.name,
    siteTown: site.town,
    text,
    ...(summary
      ? {
          client: {
            displayName: summary.displayName,
            birthDate: summary.birthDate,
            nationalityName: countryName(
              summary.nationality,
              input.language === 'cs' ? 'cs' : 'en',
            ),
          },
        }
      : {}),
  });
  return {
    // No name in the file name: the file may be left in a shared Downloads folder.
    fileName: `souhlas-${input.language}-${text.version}.pdf`,
    base64: pdf.toString('base64'),
    version: text.version,
    recordedVersion,
  };
}

/** Which texts exist, and the version a consent given today is recorded with. */
export function listConsentTexts(): ConsentTexts {
  return {
    version: loadConsentText('cs').version,
    languages: consentLanguages.map((language) => {
      const text = loadConsentText(language);
      return { language, languageName: text.languageName, version: text.version };
    }),
  };
}
