/**
 * The digital channel catalogue (product brief), each with a status on the
 * awareness → intention → use ladder of the retail ICT monitor in the source texts.
 */
export const CHANNELS = [
  'website',
  'webshop',
  'online_ordering',
  'online_booking',
  'google_business_profile',
  'facebook',
  'instagram',
  'linkedin',
  'whatsapp_business',
  'video_calls',
  'live_video_selling',
  'email_newsletter',
  'bulk_sms',
  'blog',
  'x_twitter',
  'marketplaces',
  'online_payments',
  'customer_file',
] as const;

export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_STATUSES = ['unaware', 'aware', 'planned', 'in_use'] as const;
export type ChannelStatus = (typeof CHANNEL_STATUSES)[number];

export const NEEDS = [
  'online_visibility',
  'webshop',
  'social_media',
  'online_ordering',
  'video_consultations',
  'customer_data',
  'payments',
  'digital_skills',
  'cyber_security',
] as const;
export type Need = (typeof NEEDS)[number];

export const EMPLOYEE_BANDS = ['0', '1-4', '5-9', '10-19', '20-49', '50-249', '250+'] as const;
export type EmployeeBand = (typeof EMPLOYEE_BANDS)[number];
