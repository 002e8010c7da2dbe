/** Czech texts of subject access, consent withdrawal and retention; en-gdpr.ts has the same shape. */
export const csGdpr = {
  export: {
    button: 'Export údajů (GDPR)',
    title: 'Export údajů o klientovi (GDPR)',
    intro:
      'Vše, co o klientovi evidujeme: osobní údaje, služby včetně důvěrných poznámek, výpůjčky, docházku, souhlasy, historii změn a kdo záznam otevřel. Export se zapíše mezi přístupy k záznamu.',
    format: 'Formát',
    pdf: 'PDF pro klienta',
    json: 'JSON (strojově čitelný)',
    language: 'Jazyk PDF',
    languageHint: 'Předvybraný je preferovaný jazyk klienta.',
    download: 'Stáhnout',
    failed: 'Export se nezdařil',
    done: 'Export {{file}} je stažený.',
  },
  consent: {
    withdrawnTitle: 'Klient odvolal souhlas se zpracováním osobních údajů',
    withdrawnText:
      'Souhlas byl odvolán {{date}}. Nové úkony, výpůjčky, zápisy do kurzů ani účast na lekcích mu zapsat nelze. Pokud souhlas znovu udělí, upravte v jeho údajích datum souhlasu a odvolání smažte.',
    recordDisabled: 'Zápis není možný: klient odvolal souhlas.',
    withdraw: 'Odvolat souhlas',
    withdrawTitle: 'Odvolání souhlasu se zpracováním údajů',
    withdrawText:
      'Ode dne odvolání klientovi nepůjde zapsat žádný nový úkon, výpůjčku ani účast v kurzu. Dosavadní záznamy zůstávají.',
    withdrawDate: 'Souhlas odvolán dne',
    withdrawConfirm: 'Zapsat odvolání',
    withdrawn: 'Odvolání souhlasu je zapsané.',
    withdrawFailed: 'Odvolání se nepodařilo zapsat',
  },
  anonymised: {
    name: 'Anonymizovaný klient',
    title: 'Záznam je anonymizovaný',
    text: 'Podle pravidla o době uchování údajů byl záznam {{date}} anonymizován: jména, kontakty a poznámky jsou odstraněny; státní příslušnost, rok narození a úkony zůstávají pro přehledy. Nové úkony ani úpravy nejsou možné.',
    recordDisabled: 'Zápis není možný: záznam je anonymizovaný.',
  },
  retention: {
    years: 'Doba uchování údajů (roky)',
    yearsDescription: 'Klienti, kteří nebyli v kontaktu s centrem déle, se nabídnou k anonymizaci.',
    open: 'Klienti k anonymizaci',
    openDescription: 'Seznam klientů bez kontaktu po dobu uchování údajů a jejich anonymizace.',
    title: 'Klienti k anonymizaci',
    back: 'Zpět na nastavení',
    intro:
      'Klienti bez kontaktu s centrem déle než {{years}} let, tedy před {{cutoff}}: bez úkonu, účasti na lekci, výpůjčky či vrácení knihy (klient s nevrácenou knihou se nenabízí). Anonymizace odstraní jména, kontakty a poznámky; státní příslušnost, rok narození a úkony zůstanou, takže přehledy za minulá období vyjdou stejně.',
    tableLabel: 'Klienti k anonymizaci',
    name: 'Klient',
    nationality: 'Státní příslušnost',
    birthYear: 'Rok narození',
    lastActivity: 'Poslední kontakt',
    empty: 'Žádný klient nebyl bez kontaktu po celou dobu uchování údajů.',
    more: 'a dalších {{count}}',
    anonymise_one: 'Anonymizovat {{count}} klienta',
    anonymise_few: 'Anonymizovat {{count}} klienty',
    anonymise_many: 'Anonymizovat {{count}} klientů',
    anonymise_other: 'Anonymizovat {{count}} klientů',
    confirmTitle: 'Anonymizovat klienty?',
    confirmText:
      'Jména, kontakty a poznámky {{count}} klientů budou odstraněny na všech pracovištích. Tento krok nelze vrátit.',
    done: 'Anonymizováno klientů: {{count}}.',
    failed: 'Anonymizace se nezdařila',
    loadFailed: 'Seznam se nepodařilo načíst',
  },
};
