/**
 * The vocabulary of the graph, shared by the data files, the store and the GraphQL schema.
 * Kept as plain `as const` tuples so zod, Pothos and the Cypher registry all read the same list.
 */
export const ENTITY_KINDS = ['PERSON', 'ORGANISATION', 'CITY', 'EVENT', 'PLACE'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const RELATION_TYPES = [
  'HOLDS_ROLE',
  'MEMBER_OF',
  'SPONSORS',
  'MERGED_INTO',
  'LOCATED_IN',
  'HELD_IN',
  'ORGANISED',
  'PARTICIPATED_IN',
  'PARTNER_OF',
  'CANDIDATE_TO',
  'LABELLED',
  // Beyond the public contract: an occurrence belongs to an event series ("Grand Opening" of the French Tech Weeks).
  'PART_OF',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

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

export const DIRECTIONS = ['IN', 'OUT', 'BOTH'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Which entity kinds each relation type may link, checked when the data is loaded. */
export const RELATION_ENDPOINTS: Record<RelationType, { from: readonly EntityKind[]; to: readonly EntityKind[] }> = {
  HOLDS_ROLE: { from: ['PERSON'], to: ['ORGANISATION'] },
  MEMBER_OF: { from: ['PERSON', 'ORGANISATION', 'CITY'], to: ['ORGANISATION'] },
  SPONSORS: { from: ['PERSON', 'ORGANISATION'], to: ['ORGANISATION', 'EVENT'] },
  MERGED_INTO: { from: ['ORGANISATION'], to: ['ORGANISATION'] },
  LOCATED_IN: { from: ['ORGANISATION', 'PLACE', 'CITY'], to: ['CITY', 'PLACE'] },
  HELD_IN: { from: ['EVENT'], to: ['CITY', 'PLACE'] },
  ORGANISED: { from: ['PERSON', 'ORGANISATION'], to: ['EVENT'] },
  PARTICIPATED_IN: { from: ['PERSON', 'ORGANISATION'], to: ['EVENT'] },
  PARTNER_OF: { from: ['PERSON', 'ORGANISATION'], to: ['ORGANISATION', 'EVENT'] },
  CANDIDATE_TO: { from: ['ORGANISATION', 'CITY'], to: ['ORGANISATION'] },
  LABELLED: { from: ['ORGANISATION', 'CITY'], to: ['ORGANISATION'] },
  PART_OF: { from: ['EVENT'], to: ['EVENT'] },
};

/** The default French verb phrase of each relation type, used when a record gives no `label`. */
export const RELATION_LABELS: Record<RelationType, string> = {
  HOLDS_ROLE: 'rôle dans',
  MEMBER_OF: 'membre de',
  SPONSORS: 'soutient',
  MERGED_INTO: 'a fusionné dans',
  LOCATED_IN: 'situé à',
  HELD_IN: 'a eu lieu à',
  ORGANISED: 'a organisé',
  PARTICIPATED_IN: 'a participé à',
  PARTNER_OF: 'partenaire de',
  CANDIDATE_TO: 'candidat à',
  LABELLED: 'labellisé',
  PART_OF: 'fait partie de',
};
