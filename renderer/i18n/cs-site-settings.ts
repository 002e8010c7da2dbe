/** Settings: the site and its town, where the data lives, the loan period, opening hours. */
export const csSiteSettings = {
  site: {
    title: 'Pracoviště',
    intro: 'Název a obec tohoto pracoviště, jak je uvádějí přehledy, tisky a ostatní pobočky.',
    name: 'Název pracoviště',
    town: 'Obec',
    save: 'Uložit název a obec',
    saved: 'Pracoviště se nyní jmenuje {{name}} ({{town}}).',
    failed: 'Název a obec se nepodařilo uložit',
  },
  storage: {
    title: 'Kde jsou data',
    intro: 'Soubory na tomto počítači. Zálohujte je jinam než na stejný disk.',
    database: 'Databáze',
    backups: 'Zálohy',
    backupsDefault: 'Složka vedle databáze (jinou lze zvolit níže v Zálohách).',
    encrypted: 'Databáze je zašifrovaná.',
    plain: 'Databáze není zašifrovaná.',
    loadFailed: 'Umístění dat se nepodařilo zjistit',
  },
  library: {
    loanDays: 'Výpůjční lhůta (dny)',
    loanDaysDescription: 'Na kolik dní se kniha půjčuje a o kolik dní ji prodloužení posune.',
  },
  hours: {
    legend: 'Otevírací doba',
    description:
      'Recepce a přehled služeb podle ní ukazují, kdy je otevřeno, a přeskakují zavřené dny.',
    open: 'Otevřeno',
    opens: 'od',
    closes: 'do',
    openLabel: '{{day}}: otevřeno',
    opensLabel: '{{day}}: otevírá v',
    closesLabel: '{{day}}: zavírá v',
    closed: 'zavřeno',
    days: ['Pondělí', 'Úterý', 'Středa', 'Čtvrtek', 'Pátek', 'Sobota', 'Neděle'],
  },
  dayHours: {
    open: 'Otevřeno {{opens}}–{{closes}}',
    closed: 'Zavřeno',
  },
};
