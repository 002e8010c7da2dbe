/** Sign-in, the lock screen, the user menu and passwords (issue 12). */
export const csSession = {
  signIn: {
    title: 'Přihlášení',
    intro: 'Přihlaste se svým jménem a heslem nebo PINem.',
    name: 'Jméno',
    password: 'Heslo nebo PIN',
    showPassword: 'Zobrazit heslo',
    submit: 'Přihlásit se',
    failed: 'Přihlášení se nezdařilo',
    signedOut: 'Odhlásili jste se.',
    expired: 'Přihlaste se prosím znovu.',
    nameRequired: 'Zadejte své jméno.',
    passwordRequired: 'Zadejte heslo nebo PIN.',
  },
  unlock: {
    title: 'Databáze je zašifrovaná — přihlaste se',
    intro:
      'Záznamy jsou na tomto počítači uložené zašifrovaně. Vaše jméno a heslo (nebo PIN) databázi odemknou a zároveň vás přihlásí.',
    submit: 'Odemknout a přihlásit se',
  },
  lock: {
    title: 'Přístav je zamčený',
    intro: 'Rozdělaná práce zůstala, jak byla. Odemkněte svým heslem nebo PINem.',
    user: 'Přihlášený uživatel',
    unlock: 'Odemknout',
    failed: 'Odemknout se nepodařilo',
    switchUser: 'Přepnout uživatele',
    switchUserHint: 'Jiný uživatel se přihlásí od začátku; neuložené změny se ztratí.',
  },
  menu: {
    label: 'Uživatel:',
    lock: 'Zamknout',
    switchUser: 'Přepnout uživatele',
    changePassword: 'Změnit heslo',
    signOut: 'Odhlásit',
  },
  password: {
    title: 'Změna hesla',
    current: 'Současné heslo',
    new: 'Nové heslo',
    repeat: 'Nové heslo znovu',
    rules: 'Aspoň 8 znaků, nebo PIN aspoň 6 číslic.',
    mismatch: 'hesla se neshodují',
    save: 'Změnit heslo',
    saved: 'Heslo je změněno.',
    failed: 'Heslo se nepodařilo změnit',
    admin: 'Heslo správce',
    adminRepeat: 'Heslo správce znovu',
    adminDescription:
      'Aspoň 8 znaků, nebo PIN aspoň 6 číslic. Tímto heslem se budete přihlašovat; ostatní uživatele přidáte v Nastavení.',
  },
  notAllowed: {
    title: 'Tato část není pro vaši roli',
    text: 'Uživatel s rolí {{role}} tuto část aplikace nepoužívá. Pokud ji potřebujete, požádejte správce o jinou roli.',
    back: 'Přejít do části {{area}}',
  },
};
