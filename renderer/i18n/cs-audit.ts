/** Czech texts of the read and change audit; en-audit.ts has the same shape. */
export const csAudit = {
  title: 'Záznam o přístupech',
  open: 'Otevřít záznam o přístupech',
  entryDescription:
    'Kdo a kdy otevřel záznam klienta, změnil ho, exportoval jeho údaje nebo si zobrazil či exportoval přehled.',
  intro:
    'Záznamy se na tomto počítači jen přidávají, nelze je změnit ani smazat. Přehledy se zapisují s obdobím a seznamem, nikdy se jmény.',
  back: 'Zpět na nastavení',
  export: 'Exportovat CSV',
  empty: 'Filtru neodpovídá žádný záznam.',
  loadFailed: 'Záznam o přístupech se nepodařilo načíst',
  count_one: '{{count}} záznam',
  count_few: '{{count}} záznamy',
  count_many: '{{count}} záznamů',
  count_other: '{{count}} záznamů',
  filters: { user: 'Uživatel', client: 'ID klienta', from: 'Od', to: 'Do' },
  columns: { at: 'Kdy', action: 'Co', user: 'Kdo', client: 'Klient', detail: 'Podrobnosti' },
  actions: {
    open: 'otevření záznamu',
    create: 'založení záznamu',
    update: 'změna záznamu',
    merge: 'sloučení záznamů',
    unmerge: 'zrušení sloučení',
    export: 'export údajů (GDPR)',
    anonymise: 'anonymizace',
    drilldown: 'seznam za číslem přehledu',
    report_export: 'export přehledu',
  },
};
