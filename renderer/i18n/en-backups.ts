import type { csBackups } from './cs-backups.ts';

/** English texts of the Backups section in Settings. */
export const enBackups: typeof csBackups = {
  heading: 'Backups',
  intro:
    'Přístav backs up the database at the first start of each day, before every update and before every import of sync files. It opens and checks every backup after writing it. It keeps 7 daily, 4 weekly and 12 monthly backups; backups are encrypted exactly as the database is.',
  loadFailed: 'The backups could not be loaded',
  folder: {
    label: 'Backup folder',
    current: 'Backups are saved in',
    default: 'default: beside the database – to be safe, choose another disk or a USB stick',
    unavailable:
      'The folder cannot be reached now (is the drive connected?). No backup is written until it can.',
    path: 'Folder path',
    pathDescription:
      'The whole path on this computer, e.g. E:\\backups or /media/usb/backups. The setting applies to this computer only.',
    pick: 'Choose folder…',
    save: 'Save folder',
    useDefault: 'Use the default',
    saved: 'The backup folder is saved.',
    savedDefault: 'Backups will be saved in the default folder beside the database.',
  },
  take: 'Back up now',
  taken: 'The backup is saved and checked: {{name}}',
  takeFailed: 'The backup could not be made',
  restore: {
    heading: 'Restore from a backup',
    intro:
      'Choose the backup to restore the database from. Přístav checks it completely first; it does not delete the current file but keeps it aside, beside the database.',
    none: 'There is no backup in the folder yet.',
    takenAt: 'Taken',
    reason: 'Reason',
    site: 'Site',
    counts: 'Contents',
    countsValue: 'clients: {{clients}}, acts: {{acts}}, courses: {{courses}}, loans: {{loans}}',
    size: 'Size',
    actions: 'Actions',
    button: 'Restore…',
    buttonLabel: 'Restore from the backup of {{date}}',
    confirmTitle: 'Restore the database from the backup of {{date}}?',
    confirmText:
      'The database will be replaced by the backup of {{date}} ({{counts}}). What was recorded after that moment will not be in the restored database. The current file is not lost: Přístav keeps it aside, beside the database (its name has "before-restore" and the date), where it can be brought back if needed.',
    confirm: 'Restore from backup',
    failed: 'The restore failed',
    doneTitle: 'The database is restored from the backup',
    doneText: 'Přístav now works with the backup of {{date}}. The previous file is kept aside as:',
    continue: 'Continue',
  },
  reasons: {
    daily: 'daily',
    migration: 'before an update',
    sync: 'before a sync',
    manual: 'manual',
    unknown: '—',
  },
};
