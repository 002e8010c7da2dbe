/** "Try with demo data" on the first-run screen. */
export const csDemo = {
  heading: 'Jen si to chcete vyzkoušet?',
  text: 'Založí se ukázkové centrum v Liberci se smyšlenými klienty, kurzy, výpůjčkami a úkony z roku 2010 (podle tiskové zprávy centra). Pro skutečnou práci později založte novou databázi.',
  button: 'Vyzkoušet s ukázkovými daty',
  filled: 'Ukázková data jsou nahrána: {{clients}} klientů, {{acts}} úkonů.',
  failed: 'Ukázková data se nepodařilo nahrát',
};
