/**
 * The caisse primaire d'assurance maladie (CPAM) of an address: the CPAM of its département
 * (one per département, as for most of them; the few départements with several CPAMs get the
 * one of their chief town, and a persona can name its own with `ameli.caisse`).
 */

/** Départements by code, with the article the CPAM's name takes (« CPAM de la Seine-Saint-Denis »). */
const departements: Readonly<Record<string, string>> = {
  '01': 'de l’Ain',
  '02': 'de l’Aisne',
  '03': 'de l’Allier',
  '04': 'des Alpes-de-Haute-Provence',
  '05': 'des Hautes-Alpes',
  '06': 'des Alpes-Maritimes',
  '07': 'de l’Ardèche',
  '08': 'des Ardennes',
  '09': 'de l’Ariège',
  '10': 'de l’Aube',
  '11': 'de l’Aude',
  '12': 'de l’Aveyron',
  '13': 'des Bouches-du-Rhône',
  '14': 'du Calvados',
  '15': 'du Cantal',
  '16': 'de la Charente',
  '17': 'de la Charente-Maritime',
  '18': 'du Cher',
  '19': 'de la Corrèze',
  '2A': 'de la Corse-du-Sud',
  '2B': 'de la Haute-Corse',
  '21': 'de la Côte-d’Or',
  '22': 'des Côtes-d’Armor',
  '23': 'de la Creuse',
  '24': 'de la Dordogne',
  '25': 'du Doubs',
  '26': 'de la Drôme',
  '27': 'de l’Eure',
  '28': 'd’Eure-et-Loir',
  '29': 'du Finistère',
  '30': 'du Gard',
  '31': 'de la Haute-Garonne',
  '32': 'du Gers',
  '33': 'de la Gironde',
  '34': 'de l’Hérault',
  '35': 'd’Ille-et-Vilaine',
  '36': 'de l’Indre',
  '37': 'd’Indre-et-Loire',
  '38': 'de l’Isère',
  '39': 'du Jura',
  '40': 'des Landes',
  '41': 'de Loir-et-Cher',
  '42': 'de la Loire',
  '43': 'de la Haute-Loire',
  '44': 'de la Loire-Atlantique',
  '45': 'du Loiret',
  '46': 'du Lot',
  '47': 'de Lot-et-Garonne',
  '48': 'de la Lozère',
  '49': 'de Maine-et-Loire',
  '50': 'de la Manche',
  '51': 'de la Marne',
  '52': 'de la Haute-Marne',
  '53': 'de la Mayenne',
  '54': 'de Meurthe-et-Moselle',
  '55': 'de la Meuse',
  '56': 'du Morbihan',
  '57': 'de la Moselle',
  '58': 'de la Nièvre',
  '59': 'de Lille-Douai',
  '60': 'de l’Oise',
  '61': 'de l’Orne',
  '62': 'de l’Artois',
  '63': 'du Puy-de-Dôme',
  '64': 'de Bayonne',
  '65': 'des Hautes-Pyrénées',
  '66': 'des Pyrénées-Orientales',
  '67': 'du Bas-Rhin',
  '68': 'du Haut-Rhin',
  '69': 'du Rhône',
  '70': 'de la Haute-Saône',
  '71': 'de Saône-et-Loire',
  '72': 'de la Sarthe',
  '73': 'de la Savoie',
  '74': 'de la Haute-Savoie',
  '75': 'de Paris',
  '76': 'de Rouen-Elbeuf-Dieppe-Seine-Maritime',
  '77': 'de Seine-et-Marne',
  '78': 'des Yvelines',
  '79': 'des Deux-Sèvres',
  '80': 'de la Somme',
  '81': 'du Tarn',
  '82': 'de Tarn-et-Garonne',
  '83': 'du Var',
  '84': 'de Vaucluse',
  '85': 'de la Vendée',
  '86': 'de la Vienne',
  '87': 'de la Haute-Vienne',
  '88': 'des Vosges',
  '89': 'de l’Yonne',
  '90': 'du Territoire de Belfort',
  '91': 'de l’Essonne',
  '92': 'des Hauts-de-Seine',
  '93': 'de la Seine-Saint-Denis',
  '94': 'du Val-de-Marne',
  '95': 'du Val-d’Oise',
};

/** The département of a French postcode (`93200` → `93`, `20000` → `2A`, `97400` → `974`), or `null`. */
export function departementOf(postcode: string): string | null {
  if (!/^\d{5}$/.test(postcode)) return null;
  if (postcode.startsWith('97') || postcode.startsWith('98')) return postcode.slice(0, 3);
  if (postcode.startsWith('20')) return Number(postcode) < 20200 ? '2A' : '2B';
  return postcode.slice(0, 2);
}

/** The postcode in an address (`12 rue des Lilas, 93200 Saint-Denis` → `93200`), or `null`. */
export function postcodeOf(address: string): string | null {
  return /\b(\d{5})\b/.exec(address)?.[1] ?? null;
}

export interface Caisse {
  /** « CPAM de la Seine-Saint-Denis ». */
  name: string;
  /** « 01 931 »: the régime général (01), then the caisse. */
  code: string;
}

const overseas: Readonly<Record<string, string>> = {
  '971': 'CGSS de la Guadeloupe',
  '972': 'CGSS de la Martinique',
  '973': 'CGSS de la Guyane',
  '974': 'CGSS de La Réunion',
  '976': 'CSSM de Mayotte',
};

/** The caisse of someone living at `address` (`caisse` and `code` override what the address gives). */
export function caisseOf(address: string, override: { caisse?: string; code?: string } = {}): Caisse {
  const postcode = postcodeOf(address);
  const dep = postcode ? departementOf(postcode) : null;
  const name =
    override.caisse ??
    (dep && overseas[dep]) ??
    (dep && departements[dep] ? `CPAM ${departements[dep]}` : 'Caisse primaire d’assurance maladie');
  const code = override.code ?? (dep ? `01 ${dep.length === 3 ? dep : `${dep}1`}` : '01');
  return { name, code };
}
