/** Enumerations shared by core, contract and renderer. Stored values are these ids; labels live in the i18n catalogs. */

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every area of the product, in navigation order. */
export const AREAS = [
  'dashboard',
  'alerts',
  'tickets',
  'audits',
  'mystery',
  'training',
  'surveys',
  'pdca',
  'rca',
  'actions',
  'reports',
  'settings',
] as const;
export type Area = (typeof AREAS)[number];

export const CHANNELS = ['phone', 'chat', 'app', 'web', 'email', 'social', 'walk_in', 'onsite'] as const;
export type Channel = (typeof CHANNELS)[number];

export const TICKET_TYPES = [
  'inquiry',
  'repair',
  'installation',
  'complaint',
  'suggestion',
  'feedback',
] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export const TICKET_STATUSES = [
  'new',
  'assigned',
  'in_progress',
  'pending_customer',
  'on_hold',
  'resolved',
  'closed',
  'reopened',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Severity tiers: 1 is the most urgent (major complaint), 4 the least. */
export const TIERS = [1, 2, 3, 4] as const;

export const CUSTOMER_SEGMENTS = ['vip', 'regular'] as const;
export type CustomerSegment = (typeof CUSTOMER_SEGMENTS)[number];

export const DEPARTMENTS = ['customer_service', 'tech_support', 'onsite_repair', 'parts', 'quality'] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const STAFF_ROLES = [
  'agent',
  'senior_agent',
  'technician',
  'team_lead',
  'quality_inspector',
  'trainer',
  'manager',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const COMPENSATION_TYPES = [
  'none',
  'voucher',
  'refund',
  'replacement',
  'free_repair',
  'gift',
] as const;
export type CompensationType = (typeof COMPENSATION_TYPES)[number];

export const CALLBACK_RESULTS = ['satisfied', 'neutral', 'unsatisfied', 'unreachable'] as const;
export type CallbackResult = (typeof CALLBACK_RESULTS)[number];
