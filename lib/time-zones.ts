/**
 * Intl (ICU) names time zones by CLDR's canonical ids, some of which are spellings IANA has since
 * replaced: Node 20 turns `Asia/Kolkata` into `Asia/Calcutta` and `Europe/Kyiv` into `Europe/Kiev`.
 * These are IANA's current names for the same places (tzdata `backward`, `zone.tab`).
 */
const currentNames: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

let namesByLowerCase: Map<string, string> | undefined;

/** Every name Intl lists, plus the current names it spells the old way, keyed by their lower case. */
function knownNames(): Map<string, string> {
  if (!namesByLowerCase) {
    const names = [...Intl.supportedValuesOf('timeZone'), ...Object.values(currentNames)];
    namesByLowerCase = new Map(names.map((name) => [name.toLowerCase(), name]));
  }
  return namesByLowerCase;
}

/**
 * The current IANA name of a time zone the user chose, spelled as IANA spells it, or null when it
 * is no time zone. A name IANA still lists stays the one chosen (`europe/bratislava` is
 * `Europe/Bratislava`, not the zone it shares rules with); a renamed one becomes its current name
 * (`Asia/Calcutta` is `Asia/Kolkata`); another alias (`US/Pacific`) becomes the zone it stands for.
 */
export function currentTimeZoneName(value: string): string | null {
  let canonical: string;
  try {
    canonical = new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  const named = knownNames().get(value.toLowerCase()) ?? canonical;
  return currentNames[named] ?? named;
}
