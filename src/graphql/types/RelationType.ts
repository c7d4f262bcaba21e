import { RELATION_TYPES, type RelationType } from '../../domain.js';
import { builder } from '../builder.js';

const descriptions: Record<RelationType, string> = {
  HOLDS_ROLE: 'Person -> organisation: a role such as président, directrice, ambassadrice.',
  MEMBER_OF: 'Member -> organisation or network.',
  SPONSORS: 'Sponsor or funder -> organisation or event it supports.',
  MERGED_INTO: 'Organisation -> the organisation it merged into.',
  LOCATED_IN: 'Organisation or place -> the city or place where it is.',
  HELD_IN: 'Event -> the city or venue where it took place.',
  ORGANISED: 'Organiser -> event.',
  PARTICIPATED_IN: 'Participant -> event.',
  PARTNER_OF: 'Partner -> organisation or event.',
  CANDIDATE_TO: 'Candidate (city or candidacy) -> the label it applied for.',
  LABELLED: 'Holder -> the label it obtained.',
  PART_OF: 'Event occurrence -> the series it belongs to.',
};

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'The kinds of edge in the graph.',
  values: Object.fromEntries(RELATION_TYPES.map((t) => [t, { value: t, description: descriptions[t] }])) as Record<
    RelationType,
    { value: RelationType; description: string }
  >,
});
