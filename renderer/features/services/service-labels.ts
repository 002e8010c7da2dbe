import {
  builtInServiceLabels,
  confidentialServiceTypes,
  derivedServiceTypes,
  type BuiltInServiceType,
  type Language,
  type ServiceType,
} from '../../../db/contract/index.ts';

export const internetType = 'internet';
export const libraryType = 'library';
export const counsellingType = 'social_legal_counselling';

/** The three services the front desk records all day, shown in every tally even at zero. */
export const frontDeskTypes: readonly string[] = [internetType, libraryType, counsellingType];

function isBuiltInType(code: string): code is BuiltInServiceType {
  return Object.hasOwn(builtInServiceLabels, code);
}

/**
 * A type's name in the UI language. The catalogue wins (a site may relabel a built-in type);
 * while it loads, or for a code it no longer lists, the built-in label or the code itself.
 */
export function serviceLabel(
  types: readonly ServiceType[] | undefined,
  code: string,
  language: Language,
): string {
  const type = types?.find((candidate) => candidate.code === code);
  if (type) return language === 'cs' ? type.labelCs : type.labelEn;
  return isBuiltInType(code) ? builtInServiceLabels[code][language] : code;
}

/**
 * Course acts come from attendance: never typed in by hand. Library acts come from loans and
 * from visits without a loan, which are recorded like any other act.
 */
export function isRecordableByHand(type: ServiceType): boolean {
  return !type.isArchived && !type.isCourseType && !derivedServiceTypes.has(type.code);
}

export function isConfidentialType(code: string): boolean {
  return confidentialServiceTypes.has(code);
}
