import { Kind } from 'graphql';
import { badInput } from '../../errors.js';
import { isPartialDate } from '../../partial-date.js';
import { truncate } from '../global-id.js';
import { builder } from '../builder.js';

function parse(value: unknown): string {
  if (typeof value === 'string' && isPartialDate(value)) return value;
  throw badInput(
    `${typeof value === 'string' ? `"${truncate(value)}"` : String(value)} is not a PartialDate: ` +
      'expected a real date written "YYYY", "YYYY-MM" or "YYYY-MM-DD", e.g. "2019", "2019-02", "2019-02-05".',
  );
}

builder.scalarType('PartialDate', {
  description: 'ISO 8601 at year, month or day precision: "2019", "2019-02", "2019-02-05".',
  serialize: (value) => value,
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : `(${ast.kind})`),
});
