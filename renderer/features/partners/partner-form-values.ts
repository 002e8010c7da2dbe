import { z } from 'zod';
import {
  partnerCreateInput,
  partnerKindLabel,
  partnerKinds,
  type Language,
  type Partner,
} from '../../../db/contract/index.ts';

/** The partner form: the contract's fields, and the archive switch when editing. */
export const partnerFormShape = {
  ...partnerCreateInput.shape,
  isArchived: z.boolean(),
};
export const partnerFormSchema = z.strictObject(partnerFormShape);
export type PartnerFormValues = z.input<typeof partnerFormSchema>;
export type PartnerFormOutput = z.output<typeof partnerFormSchema>;

export function emptyPartnerForm(): PartnerFormValues {
  return {
    organisationName: '',
    partnerKind: 'labour_office',
    town: '',
    contact: '',
    note: '',
    isArchived: false,
  };
}

export function partnerToForm(partner: Partner): PartnerFormValues {
  return {
    organisationName: partner.name,
    partnerKind: partner.kind,
    town: partner.town,
    contact: partner.contact,
    note: partner.note,
    isArchived: partner.isArchived,
  };
}

/** The kinds as Select options, in the order the press release names them. */
export function partnerKindOptions(language: Language) {
  return partnerKinds.map((kind) => ({ value: kind, label: partnerKindLabel(kind, language) }));
}
