import type { csSession } from './cs-session.ts';

export const enSession: typeof csSession = {
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with your name and password or PIN.',
    name: 'Name',
    password: 'Password or PIN',
    showPassword: 'Show password',
    submit: 'Sign in',
    failed: 'Could not sign in',
    signedOut: 'You have signed out.',
    expired: 'Please sign in again.',
    nameRequired: 'Enter your name.',
    passwordRequired: 'Enter your password or PIN.',
  },
  unlock: {
    title: 'The database is encrypted — sign in',
    intro:
      'The records on this computer are stored encrypted. Your name and password (or PIN) unlock the database and sign you in.',
    submit: 'Unlock and sign in',
  },
  lock: {
    title: 'Přístav is locked',
    intro: 'Your unsaved work is kept as it was. Unlock with your password or PIN.',
    user: 'Signed-in user',
    unlock: 'Unlock',
    failed: 'Could not unlock',
    switchUser: 'Switch user',
    switchUserHint: 'Another user starts afresh; unsaved changes are lost.',
  },
  menu: {
    label: 'User:',
    lock: 'Lock',
    switchUser: 'Switch user',
    changePassword: 'Change password',
    signOut: 'Sign out',
  },
  password: {
    title: 'Change password',
    current: 'Current password',
    new: 'New password',
    repeat: 'New password again',
    rules: 'At least 8 characters, or a PIN of at least 6 digits.',
    mismatch: 'the passwords differ',
    save: 'Change password',
    saved: 'The password has been changed.',
    failed: 'Could not change the password',
    admin: "Administrator's password",
    adminRepeat: "Administrator's password again",
    adminDescription:
      'At least 8 characters, or a PIN of at least 6 digits. You will sign in with it; add the other users in Settings.',
  },
  notAllowed: {
    title: 'This part is not for your role',
    text: 'A user with the role {{role}} does not use this part of the app. If you need it, ask the administrator for another role.',
    back: 'Go to {{area}}',
  },
};
