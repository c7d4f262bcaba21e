import { builder } from '../builder.js';

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which way a relation points, seen from the entity asked about.',
  values: {
    IN: { value: 'IN', description: 'Relations pointing at the entity.' },
    OUT: { value: 'OUT', description: 'Relations starting at the entity.' },
    BOTH: { value: 'BOTH', description: 'Either way.' },
  } as const,
});
