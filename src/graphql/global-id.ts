import { badInput } from '../errors.js';
import type { EntityKind } from '../domain.js';

/** GraphQL type name of each entity kind. */
export const ENTITY_TYPENAMES: Record<EntityKind, string> = {
  PERSON: 'Person',
  ORGANISATION: 'Organisation',
  CITY: 'City',
  EVENT: 'Event',
  PLACE: 'Place',
};
const NODE_TYPENAMES = new Set([...Object.values(ENTITY_TYPENAMES), 'Article']);

/** Relay's encoding: base64 of "Typename:key". */
export function encodeNodeId(typename: string, key: string): string {
  return Buffer.from(`${typename}:${key}`, 'utf8').toString('base64');
}

/** Decodes a global id, or throws BAD_USER_INPUT saying what a global id looks like. */
export function decodeNodeId(globalId: string): { typename: string; id: string } {
  const decoded = tryDecodeNodeId(globalId);
  if (!decoded)
    throw badInput(
      `"${truncate(globalId)}" is not a valid global id: use the \`id\` field of a Person, Organisation, City, Event, Place or Article.`,
      { argumentValue: truncate(globalId) },
    );
  return decoded;
}

export function tryDecodeNodeId(globalId: string): { typename: string; id: string } | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(globalId)) return null;
  const text = Buffer.from(globalId, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  const typename = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (!NODE_TYPENAMES.has(typename) || id.length === 0 || encodeNodeId(typename, id) !== globalId) return null;
  return { typename, id };
}

/** Arguments that take "a slug or a global id": a global id of an entity type yields its slug, anything else is a slug. */
export function slugFromReference(reference: string): string {
  const decoded = tryDecodeNodeId(reference);
  return decoded && decoded.typename !== 'Article' ? decoded.id : reference;
}

export function truncate(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
