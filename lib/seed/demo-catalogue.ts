import type { Channel, EmployeeBand, Need } from '@/lib/domain/channels';

/**
 * What the demo businesses look like per sector: how they are named (Dutch and French), how
 * their revenue moved and which channels they tend to use. Invented, but shaped by the sources.
 */
export interface DemoSector {
  code: string;
  names: { nl: string[]; fr: string[] };
  /** Revenue change range in percent versus before the crisis. */
  revenue: readonly [number, number];
  /** Probability that a channel is in use, for the channels this sector leans on. */
  channels: Partial<Record<Channel, number>>;
  employees: readonly EmployeeBand[];
  needs: readonly Need[];
}

// {s} surname, {g} given name, {l} locality
export const DEMO_SECTORS: readonly DemoSector[] = [
  { code: '56.102', names: { nl: ['Frituur {s}', "Frituur 't Pleintje {l}", 'Frietkot De Markt', 'Frituur Bij {g}'], fr: ['Friterie {s}', 'Friterie de la Place', 'Fritkot {l}'] }, revenue: [-30, 25], channels: { online_ordering: 0.45, facebook: 0.6, google_business_profile: 0.5, online_payments: 0.5 }, employees: ['1-4', '5-9'], needs: ['online_ordering', 'payments', 'social_media'] },
  { code: '56.101', names: { nl: ['Restaurant {s}', 'Brasserie {l}', 'Bistro De Zwaan', 'Eethuis {g}'], fr: ['Restaurant {s}', 'Brasserie de {l}', 'Le Petit Bistro', 'Chez {g}'] }, revenue: [-55, 10], channels: { online_booking: 0.5, website: 0.7, instagram: 0.5, online_ordering: 0.3 }, employees: ['1-4', '5-9', '10-19'], needs: ['online_ordering', 'online_visibility'] },
  { code: '56.301', names: { nl: ['Café {s}', 'Café Sport', "Café 't Hoekske", 'De Kroeg van {g}'], fr: ['Café {s}', 'Café de la Gare', 'Le Central'] }, revenue: [-80, -20], channels: { facebook: 0.6 }, employees: ['1-4'], needs: ['social_media'] },
  { code: '47.711', names: { nl: ['Boetiek {g}', 'Modehuis {s}', 'Kledij {s}'], fr: ['Boutique {g}', 'Mode {s}', 'Atelier {g}'] }, revenue: [-45, 15], channels: { instagram: 0.6, webshop: 0.3, live_video_selling: 0.2, whatsapp_business: 0.35 }, employees: ['1-4', '5-9'], needs: ['webshop', 'social_media', 'online_visibility'] },
  { code: '47.910', names: { nl: ['{s} Online', 'Webwinkel {g}', 'Klikbaar BV'], fr: ['{s} en ligne', 'Clic {g}', 'Boutique Web {s}'] }, revenue: [5, 90], channels: { website: 0.95, webshop: 0.95, marketplaces: 0.5, online_payments: 0.95, email_newsletter: 0.6, customer_file: 0.8 }, employees: ['1-4', '5-9', '10-19'], needs: ['customer_data', 'cyber_security'] },
  { code: '79.110', names: { nl: ['Reisbureau {s}', 'Reizen {l}', 'Reisbureau Horizon'], fr: ['Voyages {s}', 'Agence de voyages {l}', 'Évasion {g}'] }, revenue: [-85, -35], channels: { website: 0.8, email_newsletter: 0.4, facebook: 0.5 }, employees: ['1-4', '5-9'], needs: ['online_visibility', 'customer_data'] },
  { code: '82.300', names: { nl: ['Eventbureau {s}', 'Feestelijk {l}', '{g} Events'], fr: ['Événements {s}', '{g} Events', 'Salons {l}'] }, revenue: [-90, -40], channels: { website: 0.7, linkedin: 0.5, instagram: 0.4 }, employees: ['1-4', '5-9', '10-19'], needs: ['video_consultations', 'online_visibility'] },
  { code: '96.021', names: { nl: ['Kapsalon {g}', 'Haarstudio {s}', 'Kapper {g}'], fr: ['Salon de coiffure {g}', 'Coiffure {s}', 'Studio {g}'] }, revenue: [-50, -5], channels: { online_booking: 0.45, facebook: 0.6, instagram: 0.5 }, employees: ['0', '1-4'], needs: ['online_visibility', 'social_media'] },
  { code: '96.022', names: { nl: ['Schoonheidssalon {g}', 'Beautycenter {s}', 'Schoonheidsinstituut Lotus'], fr: ['Institut de beauté {g}', 'Beauté {s}', 'Esthétique {g}'] }, revenue: [-65, -15], channels: { online_booking: 0.4, instagram: 0.55, facebook: 0.5 }, employees: ['0', '1-4'], needs: ['online_visibility', 'social_media'] },
  { code: '86.904', names: { nl: ['Praktijk {g} {s}', 'Psychologenpraktijk {l}', 'Therapiepraktijk {s}'], fr: ['Cabinet {g} {s}', 'Centre de psychologie de {l}', 'Cabinet de thérapie {s}'] }, revenue: [-10, 30], channels: { video_calls: 0.55, online_booking: 0.6, website: 0.8 }, employees: ['0', '1-4'], needs: ['video_consultations', 'online_visibility'] },
  { code: '46.900', names: { nl: ['{s} Trading NV', 'Export {l} BV', '{s} & Zonen Groothandel'], fr: ['{s} Trading SA', 'Export {l} SRL', 'Négoce {s}'] }, revenue: [-35, 30], channels: { video_calls: 0.6, linkedin: 0.6, website: 0.9, email_newsletter: 0.35 }, employees: ['5-9', '10-19', '20-49', '50-249'], needs: ['video_consultations', 'online_visibility', 'cyber_security'] },
  { code: '62.010', names: { nl: ['{s} Software BV', 'Codewerk {l}', 'Bits & Bytes {g}'], fr: ['{s} Logiciels SRL', 'Code {l}', 'Numérique {g}'] }, revenue: [0, 60], channels: { website: 0.95, linkedin: 0.85, video_calls: 0.9, blog: 0.4, online_payments: 0.6 }, employees: ['1-4', '5-9', '10-19', '20-49'], needs: ['cyber_security'] },
  { code: '10.712', names: { nl: ['Bakkerij {s}', 'Bakkerij De Korenbloem', 'Brood & Banket {g}'], fr: ['Boulangerie {s}', 'Boulangerie du Coin', 'Pâtisserie {g}'] }, revenue: [-10, 20], channels: { facebook: 0.5, online_ordering: 0.25, online_payments: 0.6 }, employees: ['1-4', '5-9'], needs: ['online_ordering', 'payments'] },
  { code: '47.610', names: { nl: ['Boekhandel {s}', 'Boekenhuis {l}', 'De Leesclub'], fr: ['Librairie {s}', 'Librairie de {l}', 'Le Coin Lecture'] }, revenue: [-30, 15], channels: { webshop: 0.3, email_newsletter: 0.35, facebook: 0.5 }, employees: ['1-4'], needs: ['webshop', 'customer_data'] },
  { code: '47.750', names: { nl: ['Parfumerie {s}', 'Cosmetica {g}'], fr: ['Parfumerie {s}', 'Cosmétiques {g}'] }, revenue: [-35, 10], channels: { instagram: 0.5, webshop: 0.25 }, employees: ['1-4'], needs: ['webshop', 'social_media'] },
  { code: '47.761', names: { nl: ['Bloemen {g}', 'Bloemisterij {s}', 'Het Bloemenhuis'], fr: ['Fleurs {g}', 'Fleuriste {s}', 'La Maison des Fleurs'] }, revenue: [-25, 20], channels: { online_ordering: 0.3, facebook: 0.55, whatsapp_business: 0.3 }, employees: ['0', '1-4'], needs: ['online_ordering', 'social_media'] },
  { code: '47.782', names: { nl: ['Optiek {s}', 'Brillen {g}'], fr: ['Optique {s}', 'Lunetterie {g}'] }, revenue: [-20, 10], channels: { online_booking: 0.35, website: 0.7 }, employees: ['1-4', '5-9'], needs: ['online_visibility'] },
  { code: '55.100', names: { nl: ['Hotel {l}', 'Hotel De Linde', 'Hotel {s}'], fr: ['Hôtel de {l}', 'Hôtel du Parc', 'Hôtel {s}'] }, revenue: [-75, -25], channels: { website: 0.9, online_booking: 0.85, marketplaces: 0.7 }, employees: ['5-9', '10-19', '20-49'], needs: ['online_visibility', 'customer_data'] },
  { code: '55.204', names: { nl: ['B&B {g}', 'Gastenkamers {l}'], fr: ['Chambres d’hôtes {g}', 'Chambres d’hôtes de {l}'] }, revenue: [-60, 5], channels: { marketplaces: 0.8, website: 0.5 }, employees: ['0', '1-4'], needs: ['online_visibility'] },
  { code: '43.211', names: { nl: ['Elektriciteitswerken {s}', 'Elektro {g}'], fr: ['Électricité {s}', 'Élec {g}'] }, revenue: [-10, 25], channels: { website: 0.45, whatsapp_business: 0.4 }, employees: ['1-4', '5-9'], needs: ['online_visibility'] },
  { code: '43.221', names: { nl: ['Sanitair {s}', 'Loodgieter {g}'], fr: ['Sanitaire {s}', 'Plomberie {g}'] }, revenue: [-5, 25], channels: { website: 0.4, google_business_profile: 0.5 }, employees: ['1-4', '5-9'], needs: ['online_visibility'] },
  { code: '45.201', names: { nl: ['Garage {s}', 'Autoservice {l}'], fr: ['Garage {s}', 'Auto Service {l}'] }, revenue: [-25, 10], channels: { online_booking: 0.3, google_business_profile: 0.6 }, employees: ['1-4', '5-9', '10-19'], needs: ['online_visibility', 'customer_data'] },
  { code: '69.201', names: { nl: ['Boekhoudkantoor {s}', 'Accountancy {g}'], fr: ['Fiduciaire {s}', 'Comptabilité {g}'] }, revenue: [-5, 20], channels: { video_calls: 0.7, website: 0.8, customer_file: 0.7 }, employees: ['1-4', '5-9', '10-19'], needs: ['cyber_security', 'customer_data'] },
  { code: '71.111', names: { nl: ['Architectenbureau {s}', 'Studio {g} Architecten'], fr: ['Bureau d’architecture {s}', 'Atelier {g} Architectes'] }, revenue: [-20, 15], channels: { website: 0.85, instagram: 0.4, video_calls: 0.6 }, employees: ['1-4', '5-9'], needs: ['online_visibility'] },
  { code: '74.201', names: { nl: ['Fotostudio {g}', 'Fotografie {s}'], fr: ['Studio photo {g}', 'Photographie {s}'] }, revenue: [-55, 0], channels: { instagram: 0.75, website: 0.8 }, employees: ['0', '1-4'], needs: ['online_visibility', 'webshop'] },
  { code: '93.130', names: { nl: ['Fitness {l}', 'Sportcentrum {s}', 'Gym {g}'], fr: ['Fitness {l}', 'Centre sportif {s}', 'Gym {g}'] }, revenue: [-60, -5], channels: { online_booking: 0.6, instagram: 0.6, video_calls: 0.3 }, employees: ['1-4', '5-9', '10-19'], needs: ['video_consultations', 'social_media'] },
  { code: '90.011', names: { nl: ['Theatergezelschap {s}', 'Muziekgroep {g}'], fr: ['Compagnie {s}', 'Ensemble {g}'] }, revenue: [-90, -45], channels: { facebook: 0.7, website: 0.6 }, employees: ['0', '1-4'], needs: ['online_visibility'] },
  { code: '88.911', names: { nl: ['Kinderopvang {g}', 'Crèche De Speelhoek'], fr: ['Crèche {g}', 'Maison d’enfants {l}'] }, revenue: [-15, 10], channels: { whatsapp_business: 0.6, customer_file: 0.8 }, employees: ['5-9', '10-19'], needs: ['customer_data'] },
  { code: '85.531', names: { nl: ['Rijschool {s}', 'Rijschool {l}'], fr: ['Auto-école {s}', 'Auto-école de {l}'] }, revenue: [-40, 10], channels: { online_booking: 0.6, website: 0.8 }, employees: ['1-4', '5-9'], needs: ['online_visibility', 'payments'] },
  { code: '96.012', names: { nl: ['Wasserij {s}', 'Droogkuis {g}'], fr: ['Blanchisserie {s}', 'Pressing {g}'] }, revenue: [-35, 5], channels: { online_ordering: 0.2, whatsapp_business: 0.35 }, employees: ['1-4'], needs: ['online_ordering'] },
  { code: '49.320', names: { nl: ['Taxi {s}', 'Taxibedrijf {l}'], fr: ['Taxi {s}', 'Taxis de {l}'] }, revenue: [-70, -20], channels: { online_booking: 0.4, whatsapp_business: 0.5 }, employees: ['1-4', '5-9'], needs: ['online_visibility', 'payments'] },
  { code: '47.242', names: { nl: ['Chocolaterie {s}', 'Pralines {g}'], fr: ['Chocolaterie {s}', 'Pralines {g}'] }, revenue: [-20, 20], channels: { webshop: 0.35, instagram: 0.45, online_payments: 0.5 }, employees: ['1-4', '5-9'], needs: ['webshop', 'online_ordering'] },
];

/** Likelihood of each status when a sector says nothing special: shaped by the retail ICT monitor. */
export const BASELINE_CHANNEL_USE: Record<Channel, { inUse: number; planned: number; aware: number }> = {
  website: { inUse: 0.45, planned: 0.1, aware: 0.4 },
  webshop: { inUse: 0.1, planned: 0.08, aware: 0.5 },
  online_ordering: { inUse: 0.08, planned: 0.08, aware: 0.45 },
  online_booking: { inUse: 0.1, planned: 0.06, aware: 0.45 },
  google_business_profile: { inUse: 0.3, planned: 0.08, aware: 0.3 },
  facebook: { inUse: 0.3, planned: 0.05, aware: 0.35 },
  instagram: { inUse: 0.18, planned: 0.07, aware: 0.35 },
  linkedin: { inUse: 0.12, planned: 0.04, aware: 0.35 },
  whatsapp_business: { inUse: 0.12, planned: 0.06, aware: 0.3 },
  video_calls: { inUse: 0.15, planned: 0.05, aware: 0.5 },
  live_video_selling: { inUse: 0.02, planned: 0.03, aware: 0.2 },
  email_newsletter: { inUse: 0.22, planned: 0.05, aware: 0.45 },
  bulk_sms: { inUse: 0.02, planned: 0.01, aware: 0.14 },
  blog: { inUse: 0.03, planned: 0.02, aware: 0.08 },
  x_twitter: { inUse: 0.03, planned: 0.01, aware: 0.09 },
  marketplaces: { inUse: 0.06, planned: 0.03, aware: 0.3 },
  online_payments: { inUse: 0.35, planned: 0.08, aware: 0.4 },
  customer_file: { inUse: 0.15, planned: 0.03, aware: 0.2 },
};

export const FLEMISH_SURNAMES = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Vermeulen', 'Van den Broeck', 'Hermans', 'Pauwels', 'Aerts', 'Martens', 'Lambrechts', 'Verhoeven', 'Smets', 'Declercq', 'Vandamme', 'Coppens', 'Michiels', 'Stevens', 'Vandenberghe', 'Cools', 'Van Damme', 'Verbeke', 'Lenaerts', 'Geerts'];
export const FRENCH_SURNAMES = ['Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Lejeune', 'Renard', 'Leroy', 'Collard', 'Lemaire', 'Mathieu', 'Denis', 'Gilson', 'François', 'Hubert', 'Jacquet', 'Dumont', 'Henrard', 'Charlier', 'Lecomte', 'Delvaux', 'Piron', 'Gérard', 'Wathelet'];
export const FLEMISH_GIVEN_NAMES = ['Els', 'Sofie', 'Tom', 'An', 'Pieter', 'Lien', 'Koen', 'Griet', 'Jens', 'Hanne', 'Wim', 'Katrien', 'Bram', 'Nathalie', 'Sarah', 'Dirk', 'Lotte', 'Stijn', 'Inge', 'Ruben'];
export const FRENCH_GIVEN_NAMES = ['Amélie', 'Julien', 'Sophie', 'Nicolas', 'Claire', 'Laurent', 'Isabelle', 'Thomas', 'Céline', 'Olivier', 'Nathalie', 'Maxime', 'Aurélie', 'Pierre', 'Manon', 'Benoît', 'Camille', 'Luc', 'Chloé', 'Marc'];
