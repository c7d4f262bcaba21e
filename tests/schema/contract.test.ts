import { readFileSync } from 'node:fs';
import {
  buildSchema,
  findBreakingChanges,
  isEnumType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/index.js';

const contractFile = new URL('../../schema/contract.graphql', import.meta.url);
const contract = buildSchema(readFileSync(contractFile, 'utf8'));
const sharedContract = new URL('../../../shared/api-contract.graphql', import.meta.url);

function signature(field: GraphQLField<unknown, unknown>): string {
  const args = field.args.map((a) => `${a.name}: ${String(a.type)}${a.defaultValue === undefined ? '' : ` = ${JSON.stringify(a.defaultValue)}`}`);
  return `${field.name}(${args.join(', ')}): ${String(field.type)}`;
}

describe('the public contract', () => {
  it('has no breaking change against schema/contract.graphql (graphql findBreakingChanges)', () => {
    expect(findBreakingChanges(contract, schema)).toEqual([]);
  });

  it('is contained unchanged: every contract type, field, argument, default and enum value is served as written', () => {
    const problems: string[] = [];
    for (const type of Object.values(contract.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      const served = schema.getType(type.name) as GraphQLNamedType | undefined;
      if (!served || served.constructor !== type.constructor) {
        problems.push(`${type.name}: missing or of another kind`);
        continue;
      }
      if ((isObjectType(type) || isInterfaceType(type)) && (isObjectType(served) || isInterfaceType(served))) {
        const servedFields = served.getFields();
        for (const field of Object.values(type.getFields())) {
          const mine = servedFields[field.name];
          if (!mine) problems.push(`${type.name}.${field.name}: missing`);
          else if (signature(mine).startsWith(signature(field).split(')')[0]!) === false || String(mine.type) !== String(field.type))
            problems.push(`${type.name}.${field.name}: served ${signature(mine)}, contract ${signature(field)}`);
          else
            for (const arg of field.args) {
              const servedArg = mine.args.find((a) => a.name === arg.name);
              if (!servedArg || String(servedArg.type) !== String(arg.type) || servedArg.defaultValue !== arg.defaultValue)
                problems.push(`${type.name}.${field.name}(${arg.name}): served differently`);
            }
        }
        const servedInterfaces = served.getInterfaces().map((i) => i.name);
        for (const i of type.getInterfaces())
          if (!servedInterfaces.includes(i.name)) problems.push(`${type.name}: does not implement ${i.name}`);
      }
      if (isEnumType(type) && isEnumType(served)) {
        const values = served.getValues().map((v) => v.name);
        for (const v of type.getValues()) if (!values.includes(v.name)) problems.push(`${type.name}.${v.name}: missing`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.skipIf(!existsSafe(sharedContract))('schema/contract.graphql is a faithful copy of the shared contract', () => {
    expect(readFileSync(contractFile, 'utf8')).toBe(readFileSync(sharedContract, 'utf8'));
  });

  it('would catch a breaking change (the check can fail)', () => {
    const broken = buildSchema(readFileSync(contractFile, 'utf8').replace('title: String!\n  since', 'title: String\n  since'));
    expect(findBreakingChanges(broken, contract).length + findBreakingChanges(contract, broken).length).toBeGreaterThan(0);
  });
});

function existsSafe(url: URL): boolean {
  try {
    readFileSync(url);
    return true;
  } catch {
    return false;
  }
}
