import { z } from 'zod';
import { ENTITY_KINDS, RELATION_TYPES, ROLE_KINDS } from '../domain.js';
import { isPartialDate } from '../partial-date.js';

/** The format of the curated files under `data/`; README "Data format" documents it for humans. */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug: lower-case letters, digits and single dashes');
const partialDate = z.string().refine(isPartialDate, 'a real date written YYYY, YYYY-MM or YYYY-MM-DD');
const text = z.string().trim().min(1, 'must not be empty');

export const citationSchema = z.strictObject({
  article: slug,
  quote: text.max(300, 'a quote is at most 300 characters: keep short excerpts, not the article'),
});

const sources = z.array(citationSchema).min(1, 'every fact and relation cites at least one article');

export const articleSchema = z.strictObject({
  id: slug,
  /** The seed file the article was read from, so tests can check every quote against it. */
  file: text,
  title: text,
  publisher: text.nullable(),
  publishedOn: partialDate.nullable(),
  /** Set when the date is not printed in the article: says what it was inferred from. */
  dateInferredFrom: text.optional(),
});

export const factSchema = z.strictObject({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'a camelCase key such as memberCompanies'),
  value: text,
  asOf: partialDate.nullable().default(null),
  /** True when the fact is deduced from the text rather than stated in it. */
  inferred: z.boolean().default(false),
  note: text.optional(),
  sources,
});

export const entitySchema = z.strictObject({
  slug,
  kind: z.enum(ENTITY_KINDS),
  name: text,
  aliases: z.array(text).default([]),
  description: text.optional(),
  /** EVENT only: when it took place. */
  date: partialDate.optional(),
  facts: z.array(factSchema).default([]),
});

export const relationSchema = z
  .strictObject({
    /** Stable identifier; derived from type, endpoints and role kind when absent. */
    id: z.string().regex(/^[a-z0-9:_-]+$/).optional(),
    type: z.enum(RELATION_TYPES),
    from: slug,
    to: slug,
    /** French verb phrase shown to users; defaults to the title for roles, else a phrase per type. */
    label: text.optional(),
    /** HOLDS_ROLE only: the title exactly as printed, and its normalised kind. */
    title: text.optional(),
    roleKind: z.enum(ROLE_KINDS).optional(),
    since: partialDate.nullable().default(null),
    until: partialDate.nullable().default(null),
    asOf: partialDate.nullable().default(null),
    /** MERGED_INTO only. */
    announced: partialDate.nullable().default(null),
    effective: partialDate.nullable().default(null),
    /** SPONSORS: the amount when given, verbatim ("200 M€"). */
    amount: text.optional(),
    /** CANDIDATE_TO: what came of it ("retenue", "non retenue", "en cours"). */
    outcome: text.optional(),
    inferred: z.boolean().default(false),
    note: text.optional(),
    sources,
  })
  .superRefine((relation, ctx) => {
    const isRole = relation.type === 'HOLDS_ROLE';
    if (isRole && (relation.title === undefined || relation.roleKind === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'HOLDS_ROLE needs both title and roleKind' });
    }
    if (!isRole && (relation.title !== undefined || relation.roleKind !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['roleKind'], message: 'title and roleKind belong to HOLDS_ROLE only' });
    }
    if (relation.type !== 'MERGED_INTO' && (relation.announced !== null || relation.effective !== null)) {
      ctx.addIssue({ code: 'custom', path: ['announced'], message: 'announced/effective belong to MERGED_INTO only' });
    }
    if (relation.from === relation.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'a relation links two different entities' });
    }
  });

export type ArticleRecord = z.infer<typeof articleSchema>;
export type EntityRecord = z.infer<typeof entitySchema>;
export type FactRecord = z.infer<typeof factSchema>;
export type RelationRecord = z.infer<typeof relationSchema> & { id: string };
export type CitationRecord = z.infer<typeof citationSchema>;
