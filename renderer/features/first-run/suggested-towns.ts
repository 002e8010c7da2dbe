/** Towns of the centre's own region, offered first wherever a site's town is typed; any other may be typed. */
export const suggestedTowns = [
  'Liberec',
  'Jablonec nad Nisou',
  'Česká Lípa',
  'Stráž pod Ralskem',
  'Turnov',
];
