import { foldForSearch } from '@/lib/domain/search-text';

/**
 * The words people use for a trade ("slager", "boucher", "butcher") and the NACE-BEL 2008 codes
 * that trade is registered under. The official labels say "Detailhandel in vlees en vleesproducten
 * in gespecialiseerde winkels"; nobody types that. Used by the triage search (a search for a
 * trade also finds the businesses with its codes) and the member's sector picker.
 *
 * A code stands for itself and everything below it ("47.22" covers 47.221 and 47.222). The codes
 * are the most specific ones that fit the everyday word; most are in the starter catalogue
 * (lib/nace/catalogue-2008.ts), a few (47.21, 47.23, 47.59, 47.62, 47.72, 66.22, 96.03) only in
 * the official Statbel list. Words are written naturally here and folded (lib/domain/search-text)
 * when the lookup is built.
 */
export const EVERYDAY_WORDS_NACE_VERSION = '2008';

interface Trade {
  codes: readonly string[];
  nl: readonly string[];
  fr: readonly string[];
  en: readonly string[];
}

export const EVERYDAY_TRADES: readonly Trade[] = [
  // Food shops and food makers. Many Belgian butchers make their own charcuterie, registered as 10.13.
  {
    codes: ['47.22', '10.13'],
    nl: ['slager', 'slagerij', 'beenhouwer', 'beenhouwerij', 'spekslager'],
    fr: ['boucher', 'boucherie', 'charcutier', 'charcuterie'],
    en: ['butcher'],
  },
  {
    codes: ['10.71', '47.241'],
    nl: ['bakker', 'bakkerij', 'banketbakker', 'banketbakkerij'],
    fr: ['boulanger', 'boulangerie', 'pâtissier', 'pâtisserie'],
    en: ['baker', 'bakery', 'pastry shop'],
  },
  {
    codes: ['10.82', '47.242'],
    nl: ['chocolatier', 'chocolaterie', 'pralines', 'snoepwinkel'],
    fr: ['chocolatier', 'chocolaterie', 'confiserie'],
    en: ['chocolatier', 'chocolate shop', 'sweet shop'],
  },
  { codes: ['47.21'], nl: ['groentewinkel', 'groenteboer', 'fruitwinkel'], fr: ['primeur', 'marchand de légumes'], en: ['greengrocer'] },
  { codes: ['47.23'], nl: ['viswinkel', 'vishandel', 'visboer'], fr: ['poissonnerie', 'poissonnier'], en: ['fishmonger', 'fish shop'] },
  {
    codes: ['47.11'],
    nl: ['supermarkt', 'buurtwinkel', 'kruidenier', 'kruidenierszaak', 'nachtwinkel'],
    fr: ['supermarché', 'supérette', 'épicerie', 'épicier'],
    en: ['supermarket', 'grocery', 'grocer', 'convenience store'],
  },
  { codes: ['11.05'], nl: ['brouwerij', 'brouwer'], fr: ['brasseur', 'brasserie artisanale'], en: ['brewery', 'brewer', 'microbrewery'] },
  { codes: ['10.52'], nl: ['ijssalon', 'ijsbereider'], fr: ['glacier'], en: ['ice cream parlour', 'ice cream shop'] },

  // Eating and drinking, staying.
  { codes: ['56.102'], nl: ['frituur', 'frietkot', 'frietkraam'], fr: ['friterie', 'friture', 'baraque à frites'], en: ['chip shop', 'chippy'] },
  {
    codes: ['56.102'],
    nl: ['snackbar', 'broodjeszaak', 'pitazaak', 'cafetaria', 'tearoom'],
    fr: ['snack', 'sandwicherie', 'salon de thé'],
    en: ['takeaway', 'sandwich shop', 'tearoom'],
  },
  { codes: ['56.101'], nl: ['restaurant', 'eethuis', 'brasserie', 'bistro'], fr: ['restaurant', 'brasserie', 'resto'], en: ['restaurant', 'bistro', 'diner'] },
  { codes: ['56.301'], nl: ['café', 'kroeg', 'herberg', 'bar'], fr: ['café', 'bistrot', 'estaminet', 'bar'], en: ['café', 'pub', 'bar'] },
  { codes: ['56.302'], nl: ['discotheek', 'dancing', 'nachtclub'], fr: ['discothèque', 'boîte de nuit'], en: ['nightclub', 'disco'] },
  { codes: ['56.21', '10.85'], nl: ['traiteur', 'cateraar', 'catering'], fr: ['traiteur'], en: ['caterer', 'catering'] },
  { codes: ['55.10'], nl: ['hotel'], fr: ['hôtel'], en: ['hotel', 'motel'] },
  { codes: ['55.204'], nl: ['b&b', 'gastenkamer', 'gastenverblijf'], fr: ["chambre d'hôtes"], en: ['bed and breakfast', 'guesthouse'] },
  { codes: ['55.203'], nl: ['vakantiewoning', 'vakantiehuis'], fr: ['gîte'], en: ['holiday home', 'holiday cottage'] },
  { codes: ['55.30'], nl: ['camping'], fr: ['camping'], en: ['campsite'] },

  // Shops.
  { codes: ['47.73'], nl: ['apotheek', 'apotheker'], fr: ['pharmacie', 'pharmacien'], en: ['pharmacy', 'chemist', 'pharmacist'] },
  {
    codes: ['47.761'],
    nl: ['bloemist', 'bloemenwinkel', 'bloemenzaak', 'bloemenhandel'],
    fr: ['fleuriste'],
    en: ['florist', 'flower shop'],
  },
  { codes: ['47.762'], nl: ['dierenwinkel', 'dierenspeciaalzaak'], fr: ['animalerie'], en: ['pet shop'] },
  // Bicycles are sports goods in NACE (47.64); their repair is 95.29.
  {
    codes: ['47.64', '95.29'],
    nl: ['fietsenwinkel', 'fietsenzaak', 'fietsenmaker', 'fietshersteller'],
    fr: ['magasin de vélos', 'vélociste', 'réparateur vélo'],
    en: ['bike shop', 'bicycle shop', 'bicycle repair'],
  },
  { codes: ['47.64'], nl: ['sportwinkel', 'sportzaak'], fr: ['magasin de sport', 'articles de sport'], en: ['sports shop'] },
  {
    codes: ['47.71'],
    nl: ['kledingwinkel', 'kledingzaak', 'kleerwinkel', 'modezaak', 'modewinkel', 'boetiek'],
    fr: ['magasin de vêtements', 'prêt-à-porter', 'boutique'],
    en: ['clothes shop', 'clothing store', 'fashion shop', 'boutique'],
  },
  { codes: ['47.72'], nl: ['schoenwinkel', 'schoenenwinkel', 'schoenenzaak'], fr: ['magasin de chaussures', 'chausseur'], en: ['shoe shop', 'shoe store'] },
  { codes: ['47.61'], nl: ['boekhandel', 'boekenwinkel'], fr: ['librairie', 'libraire'], en: ['bookshop', 'bookstore', 'bookseller'] },
  { codes: ['47.62'], nl: ['krantenwinkel', 'dagbladhandel', 'krantenzaak'], fr: ['marchand de journaux'], en: ['newsagent'] },
  {
    codes: ['47.77', '95.25'],
    nl: ['juwelier', 'goudsmid', 'horlogemaker'],
    fr: ['bijoutier', 'bijouterie', 'joaillier', 'horloger'],
    en: ['jeweller', 'jeweler', 'jewellery', 'watchmaker'],
  },
  { codes: ['47.782'], nl: ['opticien', 'brillenwinkel'], fr: ['opticien'], en: ['optician'] },
  { codes: ['47.59'], nl: ['meubelwinkel', 'meubelzaak'], fr: ['magasin de meubles'], en: ['furniture shop', 'furniture store'] },
  {
    codes: ['47.8'],
    nl: ['marktkramer', 'marktventer', 'ambulante handel'],
    fr: ['marchand ambulant', 'commerce ambulant'],
    en: ['market trader', 'market stall'],
  },
  { codes: ['47.91'], nl: ['webshop', 'webwinkel', 'onlinewinkel'], fr: ['boutique en ligne', 'vente en ligne'], en: ['webshop', 'online shop', 'e-commerce'] },

  // Cars and transport.
  {
    codes: ['45.201'],
    nl: ['garage', 'garagist', 'autogarage', 'automonteur'],
    fr: ['garage', 'garagiste', 'mécanicien auto'],
    en: ['garage', 'car mechanic', 'car repair'],
  },
  { codes: ['45.204'], nl: ['carrosserie', 'carrossier', 'koetswerkhersteller'], fr: ['carrossier', 'carrosserie'], en: ['body shop', 'panel beater'] },
  { codes: ['45.206'], nl: ['carwash'], fr: ['car-wash', 'lavage auto'], en: ['car wash'] },
  { codes: ['49.32'], nl: ['taxi', 'taxibedrijf'], fr: ['taxi'], en: ['taxi', 'cab'] },
  {
    codes: ['49.41'],
    nl: ['transportbedrijf', 'transporteur', 'vervoerder'],
    fr: ['transporteur', 'transport routier'],
    en: ['haulier', 'haulage', 'trucking'],
  },
  { codes: ['85.53'], nl: ['rijschool'], fr: ['auto-école'], en: ['driving school'] },

  // Building trades.
  { codes: ['43.221'], nl: ['loodgieter'], fr: ['plombier'], en: ['plumber'] },
  { codes: ['43.222'], nl: ['chauffagist', 'verwarmingsinstallateur'], fr: ['chauffagiste'], en: ['heating engineer'] },
  { codes: ['43.21'], nl: ['elektricien'], fr: ['électricien'], en: ['electrician'] },
  { codes: ['43.32'], nl: ['schrijnwerker', 'schrijnwerkerij', 'timmerman'], fr: ['menuisier', 'menuiserie'], en: ['joiner', 'carpenter'] },
  { codes: ['31.0'], nl: ['meubelmaker'], fr: ['ébéniste'], en: ['cabinetmaker', 'furniture maker'] },
  { codes: ['43.31'], nl: ['stukadoor', 'plafonneerder'], fr: ['plafonneur', 'plâtrier'], en: ['plasterer'] },
  { codes: ['43.33'], nl: ['tegelzetter', 'vloerder'], fr: ['carreleur'], en: ['tiler', 'floor layer'] },
  { codes: ['43.341'], nl: ['schilder', 'huisschilder'], fr: ['peintre', 'peintre en bâtiment'], en: ['painter', 'decorator'] },
  { codes: ['43.343'], nl: ['glaszetter', 'glazenmaker'], fr: ['vitrier'], en: ['glazier'] },
  { codes: ['43.91'], nl: ['dakwerker', 'dakdekker'], fr: ['couvreur', 'toiturier'], en: ['roofer'] },
  { codes: ['43.994'], nl: ['metselaar', 'voeger'], fr: ['maçon'], en: ['bricklayer', 'mason'] },
  {
    codes: ['41.20'],
    nl: ['aannemer', 'bouwbedrijf', 'bouwonderneming'],
    fr: ['entrepreneur en bâtiment', 'entreprise de construction'],
    en: ['builder', 'building contractor'],
  },
  { codes: ['81.30'], nl: ['hovenier', 'tuinaanlegger', 'tuinaannemer', 'tuinier'], fr: ['jardinier', 'paysagiste'], en: ['gardener', 'landscaper'] },
  {
    codes: ['81.21'],
    nl: ['schoonmaakbedrijf', 'poetsbedrijf', 'poetsdienst'],
    fr: ['nettoyage', 'société de nettoyage'],
    en: ['cleaning company', 'cleaner'],
  },

  // Personal services.
  {
    codes: ['96.021'],
    nl: ['kapper', 'kapster', 'kapsalon', 'kapperszaak', 'haarstylist', 'barbier'],
    fr: ['coiffeur', 'coiffeuse', 'salon de coiffure', 'barbier'],
    en: ['hairdresser', 'hair salon', 'hairstylist', 'barber'],
  },
  {
    codes: ['96.022'],
    nl: ['schoonheidssalon', 'schoonheidsspecialiste', 'schoonheidsinstituut', 'nagelstudio'],
    fr: ['institut de beauté', 'esthéticienne', 'onglerie'],
    en: ['beauty salon', 'beautician', 'nail salon'],
  },
  { codes: ['96.04'], nl: ['sauna', 'wellness', 'zonnecentrum'], fr: ['sauna', 'centre de bien-être', 'solarium'], en: ['sauna', 'spa', 'tanning salon'] },
  {
    codes: ['96.092'],
    nl: ['tatoeëerder', 'tattooshop', 'tattoostudio'],
    fr: ['tatoueur', 'salon de tatouage'],
    en: ['tattoo artist', 'tattoo studio', 'tattoo shop'],
  },
  {
    codes: ['96.093'],
    nl: ['trimsalon', 'hondentrimsalon', 'dierenpension'],
    fr: ['toilettage', 'toiletteur', 'pension pour animaux'],
    en: ['dog groomer', 'pet grooming'],
  },
  {
    codes: ['96.01'],
    nl: ['wassalon', 'wasserette', 'wasserij', 'droogkuis', 'stomerij'],
    fr: ['laverie', 'blanchisserie', 'pressing'],
    en: ['launderette', 'laundromat', 'laundry', 'dry cleaner'],
  },
  { codes: ['95.23'], nl: ['schoenmaker', 'schoenhersteller', 'schoenherstelling'], fr: ['cordonnier', 'cordonnerie'], en: ['cobbler', 'shoe repair'] },
  { codes: ['96.03'], nl: ['begrafenisondernemer', 'uitvaartcentrum', 'uitvaartondernemer'], fr: ['pompes funèbres'], en: ['undertaker', 'funeral director'] },
  {
    codes: ['88.91'],
    nl: ['kinderopvang', 'kinderdagverblijf', 'crèche', 'onthaalouder', 'onthaalmoeder'],
    fr: ['crèche', 'garderie', "accueillante d'enfants"],
    en: ['childcare', 'nursery', 'daycare', 'childminder'],
  },
  { codes: ['93.13'], nl: ['fitness', 'fitnesscentrum', 'sportschool'], fr: ['salle de sport', 'fitness'], en: ['gym', 'fitness centre', 'fitness center'] },

  // Care.
  { codes: ['75'], nl: ['dierenarts', 'veearts', 'dierenkliniek'], fr: ['vétérinaire'], en: ['vet', 'veterinarian', 'veterinary'] },
  { codes: ['86.23'], nl: ['tandarts'], fr: ['dentiste'], en: ['dentist'] },
  { codes: ['86.21'], nl: ['huisarts', 'dokter'], fr: ['médecin', 'médecin généraliste'], en: ['doctor', 'gp', 'general practitioner'] },
  // Physiotherapists sit in class 86.90 ("other human health activities") with other paramedical practices.
  { codes: ['86.90'], nl: ['kinesist', 'kinesitherapeut', 'kiné', 'fysiotherapeut'], fr: ['kinésithérapeute', 'kiné'], en: ['physiotherapist', 'physio'] },
  { codes: ['86.906'], nl: ['thuisverpleging', 'verpleegkundige'], fr: ['infirmier', 'infirmière', 'soins à domicile'], en: ['nurse', 'home nursing'] },

  // Professional services.
  { codes: ['71.11'], nl: ['architect', 'architectenbureau', 'interieurarchitect'], fr: ['architecte', "architecte d'intérieur"], en: ['architect'] },
  {
    codes: ['69.20'],
    nl: ['boekhouder', 'boekhoudkantoor', 'boekhouding', 'accountant', 'fiscalist'],
    fr: ['comptable', 'expert-comptable', 'fiduciaire'],
    en: ['accountant', 'bookkeeper'],
  },
  { codes: ['69.101'], nl: ['advocaat', 'advocatenkantoor'], fr: ['avocat'], en: ['lawyer', 'solicitor'] },
  { codes: ['69.102'], nl: ['notaris'], fr: ['notaire'], en: ['notary'] },
  { codes: ['66.22'], nl: ['verzekeringsmakelaar', 'verzekeringskantoor'], fr: ['courtier en assurances'], en: ['insurance broker'] },
  {
    codes: ['68.31'],
    nl: ['vastgoedmakelaar', 'vastgoedkantoor', 'immokantoor', 'makelaar'],
    fr: ['agence immobilière', 'agent immobilier'],
    en: ['estate agent', 'real estate agent', 'realtor'],
  },
  {
    codes: ['70.22'],
    nl: ['consultant', 'adviesbureau', 'bedrijfsadviseur'],
    fr: ['consultant', 'conseil en gestion'],
    en: ['consultant', 'management consultant'],
  },
  { codes: ['73.11'], nl: ['reclamebureau', 'marketingbureau'], fr: ['agence de publicité'], en: ['advertising agency', 'marketing agency'] },
  { codes: ['74.20'], nl: ['fotograaf', 'fotostudio'], fr: ['photographe', 'studio photo'], en: ['photographer', 'photo studio'] },
  { codes: ['18.12'], nl: ['drukkerij', 'drukker', 'copycenter'], fr: ['imprimerie', 'imprimeur'], en: ['printer', 'print shop'] },
  { codes: ['74.103'], nl: ['grafisch ontwerper', 'grafisch vormgever'], fr: ['graphiste'], en: ['graphic designer'] },
  { codes: ['74.30'], nl: ['vertaler', 'vertaalbureau', 'tolk'], fr: ['traducteur', 'interprète'], en: ['translator', 'interpreter'] },
  { codes: ['79.11'], nl: ['reisbureau', 'reisagent'], fr: ['agence de voyages'], en: ['travel agency', 'travel agent'] },

  // IT.
  {
    codes: ['62'],
    nl: ['it', 'ict', 'informaticus', 'programmeur', 'softwarebedrijf'],
    fr: ['informatique', 'informaticien', 'développeur'],
    en: ['it', 'ict', 'software', 'developer', 'programmer'],
  },
  {
    codes: ['62.01'],
    nl: ['webdesign', 'webdesigner', 'webontwikkelaar', 'websitebouwer'],
    fr: ['webdesign', 'création de sites web', 'créateur de sites'],
    en: ['web design', 'web designer', 'web developer'],
  },
  { codes: ['95.11'], nl: ['computerherstelling', 'pc-herstelling'], fr: ['réparation informatique', 'dépannage informatique'], en: ['computer repair'] },
];

/** Each trade's words in all three languages, folded once. */
const FOLDED = EVERYDAY_TRADES.map((trade) => ({ codes: trade.codes, words: [...new Set([...trade.nl, ...trade.fr, ...trade.en].map(foldForSearch))] }));

/** Below this length a word counts only as typed in full: "bar" must not find "barbara", "it" not "items". */
const MIN_STEM = 4;
/** "slagers", "bakkerij", "coiffeurs", "garages": a word with a short ending still counts. */
const ENDING = /^[a-z]{1,3}$/;

function namesTrade(needle: string, word: string): boolean {
  if (needle === word) return true;
  return word.length >= MIN_STEM && needle.startsWith(word) && ENDING.test(needle.slice(word.length));
}

/**
 * The NACE-BEL 2008 codes of the trades a folded search text names ("slager", "slagers",
 * "boucherie"), or none. The whole text must be the word: "bakkerij 12" looks for a business,
 * not for every bakery.
 */
export function everydayWordCodes(needle: string): string[] {
  const codes = FOLDED.filter((trade) => trade.words.some((word) => namesTrade(needle, word))).flatMap((trade) => trade.codes);
  return [...new Set(codes)].sort();
}

/** The folded everyday words for a NACE-BEL 2008 code: those of every trade whose codes cover it. */
export function everydayWordsFor(code: string): string[] {
  const words = FOLDED.filter((trade) => trade.codes.some((covering) => code.startsWith(covering))).flatMap((trade) => trade.words);
  return [...new Set(words)];
}
