import type { csPartners } from './cs-partners.ts';

/** English texts of the partner organisations and referrals. */
export const enPartners: typeof csPartners = {
  title: 'Partner organisations',
  intro:
    'Offices and organisations the centre works with and refers clients to — the regional advisory platform.',
  add: 'Add an organisation',
  showArchived: 'Show archived ones too',
  tableLabel: 'Partner organisations',
  empty: 'There is no partner organisation yet. Add the first one, for example the labour office.',
  loadFailed: 'The organisations could not be loaded',
  columns: {
    name: 'Name',
    kind: 'Kind',
    town: 'Town',
    contact: 'Contact',
    state: 'State',
    actions: 'Row actions',
  },
  active: 'active',
  archived: 'archived',
  edit: 'Edit',
  form: {
    newTitle: 'New partner organisation',
    editTitle: 'Edit {{name}}',
    name: 'Organisation name',
    nameHint: 'The full name clients know it by, e.g. “Labour Office – Liberec contact point”.',
    kind: 'Kind of organisation',
    town: 'Town',
    contact: 'Contact',
    contactHint: 'A contact person, phone or e-mail.',
    note: 'Note',
    isArchived: 'Archive (not offered for new referrals)',
    create: 'Add the organisation',
    save: 'Save changes',
    failed: 'The organisation could not be saved',
    created: '{{name}} was added.',
    saved: 'Changes to {{name}} were saved.',
  },
  referral: {
    label: 'Referred to',
    hint: 'The partner organisation you referred the client to (e.g. the labour office).',
    none: 'No referral',
    timeline: 'Referred to: {{name}}',
    unknownPartner: 'an organisation that has not arrived here yet',
  },
};
