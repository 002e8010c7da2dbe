/** Czech texts of the Zálohy section in Settings; en-backups.ts has the same shape. */
export const csBackups = {
  heading: 'Zálohy',
  intro:
    'Přístav zálohuje databázi při prvním spuštění každý den, před každou aktualizací a před každým načtením synchronizačních souborů. Každou zálohu po zapsání otevře a zkontroluje. Uchová 7 denních, 4 týdenní a 12 měsíčních záloh; zálohy jsou zašifrované stejně jako databáze.',
  loadFailed: 'Zálohy se nepodařilo načíst',
  folder: {
    label: 'Složka pro zálohy',
    current: 'Zálohy se ukládají do složky',
    default: 'výchozí: vedle databáze – pro jistotu vyberte jiný disk nebo flash disk',
    unavailable:
      'Složka teď není dostupná (je připojený disk?). Zálohy se nezapíšou, dokud nebude.',
    path: 'Cesta ke složce',
    pathDescription:
      'Celá cesta na tomto počítači, např. E:\\zalohy nebo /media/usb/zalohy. Nastavení platí jen pro tento počítač.',
    pick: 'Vybrat složku…',
    save: 'Uložit složku',
    useDefault: 'Použít výchozí',
    saved: 'Složka pro zálohy je uložena.',
    savedDefault: 'Zálohy se budou ukládat do výchozí složky vedle databáze.',
  },
  take: 'Zálohovat nyní',
  taken: 'Záloha je uložena a zkontrolována: {{name}}',
  takeFailed: 'Zálohu se nepodařilo vytvořit',
  restore: {
    heading: 'Obnovit ze zálohy',
    intro:
      'Vyberte zálohu, ze které chcete databázi obnovit. Před obnovením ji Přístav celou zkontroluje; současný soubor neodstraní, ale odloží vedle databáze.',
    none: 'Ve složce zatím žádná záloha není.',
    takenAt: 'Pořízena',
    reason: 'Důvod',
    site: 'Pracoviště',
    counts: 'Obsah',
    countsValue: 'klienti: {{clients}}, úkony: {{acts}}, kurzy: {{courses}}, výpůjčky: {{loans}}',
    size: 'Velikost',
    actions: 'Akce',
    button: 'Obnovit…',
    buttonLabel: 'Obnovit ze zálohy z {{date}}',
    confirmTitle: 'Obnovit databázi ze zálohy z {{date}}?',
    confirmText:
      'Databáze se nahradí zálohou z {{date}} ({{counts}}). Co bylo zapsáno po tomto okamžiku, v obnovené databázi nebude. Současný soubor se neztratí: Přístav ho odloží vedle databáze (název s „before-restore“ a datem), odkud ho lze v případě potřeby vrátit.',
    confirm: 'Obnovit ze zálohy',
    failed: 'Obnovení se nezdařilo',
    doneTitle: 'Databáze je obnovena ze zálohy',
    doneText: 'Přístav teď pracuje se zálohou z {{date}}. Původní soubor je odložen jako:',
    continue: 'Pokračovat',
  },
  reasons: {
    daily: 'denní',
    migration: 'před aktualizací',
    sync: 'před synchronizací',
    manual: 'ruční',
    unknown: '—',
  },
};
