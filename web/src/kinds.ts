/** Display names and colours of entity kinds and relation types (the enums of the public contract). */
export type EntityKind = 'PERSON' | 'ORGANISATION' | 'CITY' | 'EVENT' | 'PLACE';

export const KIND: Record<EntityKind, { label: string; plural: string; colour: string; tint: string }> = {
  PERSON: { label: 'Person', plural: 'People', colour: '#4263eb', tint: '#e8edff' },
  ORGANISATION: { label: 'Organisation', plural: 'Organisations', colour: '#d9480f', tint: '#fff0e6' },
  CITY: { label: 'City', plural: 'Cities', colour: '#2b8a3e', tint: '#e6f6ea' },
  EVENT: { label: 'Event', plural: 'Events', colour: '#c2255c', tint: '#fde8ef' },
  PLACE: { label: 'Place', plural: 'Places', colour: '#7048e8', tint: '#f0ebff' },
};

export function kindOf(kind: string): (typeof KIND)[EntityKind] {
  return KIND[kind as EntityKind] ?? { label: kind, plural: kind, colour: '#495057', tint: '#f1f3f5' };
}

export const RELATION_LABEL: Record<string, string> = {
  HOLDS_ROLE: 'holds role',
  MEMBER_OF: 'member of',
  SPONSORS: 'sponsors',
  MERGED_INTO: 'merged into',
  LOCATED_IN: 'located in',
  HELD_IN: 'held in',
  ORGANISED: 'organised',
  PARTICIPATED_IN: 'took part in',
  PARTNER_OF: 'partner of',
  CANDIDATE_TO: 'candidate to',
  LABELLED: 'labelled',
  PART_OF: 'part of',
};

export const ROLE_KINDS = [
  'PRESIDENT',
  'CO_PRESIDENT',
  'VICE_PRESIDENT',
  'FOUNDER',
  'DIRECTOR',
  'MANAGING_DIRECTOR',
  'DEPUTY_DIRECTOR',
  'BOARD_MEMBER',
  'AMBASSADOR',
  'ELECTED_OFFICIAL',
  'MINISTER',
  'EXECUTIVE',
  'OTHER',
] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export const ROLE_LABEL: Record<RoleKind, string> = {
  PRESIDENT: 'President',
  CO_PRESIDENT: 'Co-president',
  VICE_PRESIDENT: 'Vice-president',
  FOUNDER: 'Founder',
  DIRECTOR: 'Director',
  MANAGING_DIRECTOR: 'Managing director',
  DEPUTY_DIRECTOR: 'Deputy director',
  BOARD_MEMBER: 'Board member',
  AMBASSADOR: 'Ambassador',
  ELECTED_OFFICIAL: 'Elected official',
  MINISTER: 'Minister',
  EXECUTIVE: 'Executive',
  OTHER: 'Other',
};

export function roleLabel(kind: string): string {
  return ROLE_LABEL[kind as RoleKind] ?? kind;
}
