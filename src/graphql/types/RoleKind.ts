import { ROLE_KINDS, type RoleKind } from '../../domain.js';
import { builder } from '../builder.js';

const descriptions: Record<RoleKind, string> = {
  PRESIDENT: 'président(e), P-dg.',
  CO_PRESIDENT: 'co-président(e).',
  VICE_PRESIDENT: 'vice-président(e).',
  FOUNDER: 'fondateur, cofondatrice.',
  DIRECTOR: 'directeur, directrice.',
  MANAGING_DIRECTOR: 'directeur général.',
  DEPUTY_DIRECTOR: 'directeur délégué, directeur général adjoint.',
  BOARD_MEMBER: 'administrateur, membre du conseil.',
  AMBASSADOR: 'ambassadeur, ambassadrice.',
  ELECTED_OFFICIAL: 'adjoint au maire and other elected offices.',
  MINISTER: "ministre, secrétaire d'État.",
  EXECUTIVE: 'Other executive titles (directeur commercial...).',
  OTHER: 'Any other role (initiateur du projet...).',
};

export const RoleKindEnum = builder.enumType('RoleKind', {
  description: 'A role title normalised to one kind; the verbatim French title is on `Role.title`.',
  values: Object.fromEntries(ROLE_KINDS.map((k) => [k, { value: k, description: descriptions[k] }])) as Record<
    RoleKind,
    { value: RoleKind; description: string }
  >,
});
