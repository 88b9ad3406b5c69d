import type { Province } from '@/lib/domain/provinces';
import type { Channel, ChannelStatus, EmployeeBand, Need } from '@/lib/domain/channels';

/** Every demo account signs in with this password (printed in the README; refused in production without DEMO_MODE). */
export const DEMO_PASSWORD = 'kantelpunt-demo-2026';

export interface DemoUser {
  email: string;
  name: string;
  role: 'member' | 'advisor' | 'staff';
  locale: 'nl' | 'fr' | 'en';
  regions?: Province[];
  canExport?: boolean;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'staff@kantelpunt.demo', name: 'Sofie Vandenberghe', role: 'staff', locale: 'nl' },
  { email: 'adviseur.limburg@kantelpunt.demo', name: 'Tom Claes', role: 'advisor', locale: 'nl', regions: ['BE-VLI'], canExport: true },
  { email: 'adviseur2.limburg@kantelpunt.demo', name: 'Els Maes', role: 'advisor', locale: 'nl', regions: ['BE-VLI'] },
  { email: 'adviseur.antwerpen@kantelpunt.demo', name: 'Lien Peeters', role: 'advisor', locale: 'nl', regions: ['BE-VAN'] },
  { email: 'adviseur.vlaanderen@kantelpunt.demo', name: 'Pieter Desmet', role: 'advisor', locale: 'nl', regions: ['BE-VOV', 'BE-VWV'] },
  { email: 'adviseur.brabant@kantelpunt.demo', name: 'Nadia El Amrani', role: 'advisor', locale: 'nl', regions: ['BE-BRU', 'BE-VBR', 'BE-WBR'] },
  { email: 'conseiller.wallonie@kantelpunt.demo', name: 'Julien Lambert', role: 'advisor', locale: 'fr', regions: ['BE-WLG', 'BE-WNA', 'BE-WLX', 'BE-WHT'] },
  { email: 'frituur@kantelpunt.demo', name: 'Marc Janssens', role: 'member', locale: 'nl' },
  { email: 'psycholoog@kantelpunt.demo', name: 'Hanne Willems', role: 'member', locale: 'nl' },
  { email: 'kleding@kantelpunt.demo', name: 'Amélie Verbeke', role: 'member', locale: 'nl' },
  { email: 'export@kantelpunt.demo', name: 'Koen Lenaerts', role: 'member', locale: 'en' },
  { email: 'events@kantelpunt.demo', name: 'Griet Cools', role: 'member', locale: 'nl' },
  { email: 'reizen@kantelpunt.demo', name: 'Dirk Geerts', role: 'member', locale: 'nl' },
  { email: 'schoonheid@kantelpunt.demo', name: 'Inge Stevens', role: 'member', locale: 'nl' },
  { email: 'membre@kantelpunt.demo', name: 'Céline Renard', role: 'member', locale: 'fr' },
];

/** The businesses of the source texts, described as their owners would register them. */
export interface FeaturedBusiness {
  owner: string;
  name: string;
  enterpriseNumberStart: string;
  naceCode: string;
  postcode: string;
  locality: string;
  employeesBand: EmployeeBand;
  revenueChangePct: number;
  needs: Need[];
  channels: Partial<Record<Channel, ChannelStatus>>;
}

export const FEATURED_BUSINESSES: readonly FeaturedBusiness[] = [
  {
    owner: 'frituur@kantelpunt.demo',
    name: 'Frituur De Gouden Friet',
    enterpriseNumberStart: '07123456',
    naceCode: '56.102',
    postcode: '3500',
    locality: 'Hasselt',
    employeesBand: '5-9',
    revenueChangePct: 12,
    needs: ['payments', 'customer_data'],
    // 80% of orders are placed online before pick-up.
    channels: {
      online_ordering: 'in_use',
      online_payments: 'in_use',
      facebook: 'in_use',
      google_business_profile: 'in_use',
      website: 'in_use',
      instagram: 'planned',
      customer_file: 'aware',
    },
  },
  {
    owner: 'psycholoog@kantelpunt.demo',
    name: 'Praktijk Mindwijs',
    enterpriseNumberStart: '07234567',
    naceCode: '86.904',
    postcode: '3600',
    locality: 'Genk',
    employeesBand: '0',
    revenueChangePct: 8,
    needs: ['video_consultations', 'online_visibility'],
    channels: { video_calls: 'in_use', online_booking: 'in_use', website: 'in_use', google_business_profile: 'planned', linkedin: 'aware' },
  },
  {
    owner: 'kleding@kantelpunt.demo',
    name: 'Boetiek Amélie',
    enterpriseNumberStart: '07345678',
    naceCode: '47.711',
    postcode: '3800',
    locality: 'Sint-Truiden',
    employeesBand: '1-4',
    revenueChangePct: -18,
    needs: ['webshop', 'social_media'],
    // The owner walks through the collection filming with her phone and advises customers remotely.
    channels: { live_video_selling: 'in_use', whatsapp_business: 'in_use', instagram: 'in_use', facebook: 'in_use', webshop: 'planned', website: 'aware' },
  },
  {
    owner: 'export@kantelpunt.demo',
    name: 'Limtrade Export NV',
    enterpriseNumberStart: '04567891',
    naceCode: '46.900',
    postcode: '3630',
    locality: 'Maasmechelen',
    employeesBand: '20-49',
    revenueChangePct: -6,
    needs: ['video_consultations', 'cyber_security'],
    // Closes all foreign deals by video conference.
    channels: { video_calls: 'in_use', linkedin: 'in_use', website: 'in_use', email_newsletter: 'in_use', marketplaces: 'planned' },
  },
  {
    owner: 'events@kantelpunt.demo',
    name: 'Eventbureau Feestelijk',
    enterpriseNumberStart: '08456789',
    naceCode: '82.300',
    postcode: '3700',
    locality: 'Tongeren',
    employeesBand: '5-9',
    revenueChangePct: -72,
    needs: ['video_consultations', 'online_visibility'],
    channels: { website: 'in_use', instagram: 'in_use', linkedin: 'in_use', video_calls: 'planned' },
  },
  {
    owner: 'reizen@kantelpunt.demo',
    name: 'Reisbureau Horizon',
    enterpriseNumberStart: '04678912',
    naceCode: '79.110',
    postcode: '3920',
    locality: 'Lommel',
    employeesBand: '1-4',
    revenueChangePct: -64,
    needs: ['online_visibility', 'customer_data'],
    channels: { website: 'in_use', email_newsletter: 'in_use', facebook: 'in_use', online_booking: 'planned' },
  },
  {
    owner: 'schoonheid@kantelpunt.demo',
    name: 'Schoonheidssalon Lotus',
    enterpriseNumberStart: '08789123',
    naceCode: '96.022',
    postcode: '3740',
    locality: 'Bilzen',
    employeesBand: '1-4',
    revenueChangePct: -41,
    needs: ['online_visibility', 'social_media'],
    channels: { facebook: 'in_use', instagram: 'aware', online_booking: 'planned' },
  },
  {
    owner: 'membre@kantelpunt.demo',
    name: 'Boulangerie Renard',
    enterpriseNumberStart: '06891234',
    naceCode: '10.712',
    postcode: '5000',
    locality: 'Namur',
    employeesBand: '5-9',
    revenueChangePct: 3,
    needs: ['online_ordering', 'payments'],
    channels: { facebook: 'in_use', online_payments: 'in_use', online_ordering: 'planned', website: 'aware' },
  },
];
