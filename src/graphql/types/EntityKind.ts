import { ENTITY_KINDS } from '../../domain.js';
import { builder } from '../builder.js';

const descriptions: Record<(typeof ENTITY_KINDS)[number], string> = {
  PERSON: 'A person named in the articles.',
  ORGANISATION: 'A company, cluster, association, network, lab, public body, label or candidacy.',
  CITY: 'A city or metropolis.',
  EVENT: 'An event series or a single occurrence.',
  PLACE: 'A venue, site or area.',
};

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'What an entity is.',
  values: Object.fromEntries(ENTITY_KINDS.map((k) => [k, { value: k, description: descriptions[k] }])) as Record<
    (typeof ENTITY_KINDS)[number],
    { value: (typeof ENTITY_KINDS)[number]; description: string }
  >,
});
