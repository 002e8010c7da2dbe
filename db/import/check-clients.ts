import { clientCreateInput } from '../contract/clients.ts';
import { parseCountry } from '../contract/countries.ts';
import {
  parseResidenceStatus,
  type ResidenceStatus,
  residenceStatuses,
  residenceStatusLabels,
} from '../contract/residence.ts';
import {
  type CheckContext,
  parsedOrProblem,
  requiredValue,
  type RowCursor,
  schemaProblems,
  definingRefs,
  type DefinedRefs,
} from './check-context.ts';
import { foldName } from './header-names.ts';
import { parseLegacyBirthDate, parseLegacyDate, parseSex } from './legacy-values.ts';

/** Client field → column of clients.csv, for naming the column of a schema issue. */
const columnOfField: Record<string, string> = {
  familyName: 'family_name',
  givenNames: 'given_names',
  birthDate: 'birth_date',
  sex: 'sex',
  nationality: 'nationality',
  residenceStatus: 'residence_status',
  town: 'town',
  phone: 'phone',
  email: 'email',
  firstContact: 'first_contact',
  consentDate: 'consent_date',
  note: 'note',
};

/** A code or its Czech/English label, also without diacritics ("trvaly pobyt"). */
function parseResidence(text: string): ResidenceStatus | null {
  const parsed = parseResidenceStatus(text);
  if (parsed) return parsed;
  const key = foldName(text);
  return (
    residenceStatuses.find((status) =>
      [status, residenceStatusLabels[status].cs, residenceStatusLabels[status].en]
        .map(foldName)
        .includes(key),
    ) ?? null
  );
}

/**
 * clients.csv: each row becomes a client through the same schema as the client form; a client
 * without a consent date is saved "consent pending", as the form offers.
 */
export function clientRowChecker(context: CheckContext, defined: DefinedRefs) {
  const refOf = definingRefs(defined);
  const { counts } = context;
  return (cursor: RowCursor) => {
    const ref = refOf(cursor);
    const nationalityText = requiredValue(cursor, 'nationality');
    const nationality = nationalityText === null ? null : parseCountry(nationalityText);
    if (nationalityText !== null && nationality === null) {
      cursor.problem('nationality', 'unknownCountry', { value: nationalityText });
    }
    let birthDate = parsedOrProblem(cursor, 'birth_date', parseLegacyBirthDate, 'invalidBirthDate');
    // "Not in the future" by the database's clock, as every other date of the import.
    if (birthDate !== null && birthDate > context.today) {
      cursor.problem('birth_date', 'invalidBirthDate', { value: cursor.value('birth_date') });
      birthDate = null;
    }
    const consentDate = parsedOrProblem(cursor, 'consent_date', parseLegacyDate, 'invalidDate');
    const input = {
      familyName: cursor.value('family_name'),
      givenNames: cursor.value('given_names'),
      birthDate,
      sex: parsedOrProblem(cursor, 'sex', parseSex, 'invalidSex'),
      nationality: nationality ?? '',
      residenceStatus: parsedOrProblem(
        cursor,
        'residence_status',
        parseResidence,
        'unknownResidence',
      ),
      town: cursor.value('town'),
      phone: cursor.value('phone'),
      email: cursor.value('email'),
      firstContact: parsedOrProblem(cursor, 'first_contact', parseLegacyDate, 'invalidDate'),
      consentDate,
      isConsentPending: consentDate === null,
      note: cursor.value('note'),
    };
    const checked = clientCreateInput.safeParse(input);
    if (!checked.success) {
      // The schema's birth date rule (from 1900, not in the future) quotes the value as written.
      const issues = checked.error.issues.filter((issue) => issue.path[0] !== 'birthDate');
      if (issues.length < checked.error.issues.length && !cursor.hasProblem('birth_date')) {
        cursor.problem('birth_date', 'invalidBirthDate', { value: cursor.value('birth_date') });
      }
      schemaProblems(cursor, issues, columnOfField, context.lang);
      return;
    }
    if (ref === null) return;
    if (context.known('client', ref) !== undefined) counts.unchanged++;
    else {
      context.sink.client({ ref, fields: checked.data });
      counts.clients++;
    }
  };
}
