import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * The bulk CSV dialect: one file per table, columns in the order of cypher/ladybug/schema.cypher (COPY maps them by
 * position), values exactly as graph-writer's `toRows` makes them. RFC 4180 quoting; `\N` is NULL, so an empty
 * field stays the empty string; a list is one field joined by U+001F (a STRING[] column cannot hold an alias
 * with a comma), split again by the COPY statement.
 */
export type ColumnKind = 'text' | 'list' | 'int' | 'bool';
export interface Column {
  name: string;
  kind: ColumnKind;
}

export const NULL_FIELD = '\\N';
export const LIST_SEPARATOR = '\u001f';

const columns = (spec: string): Column[] =>
  spec.split(' ').map((c) => {
    const [name, kind = 'text'] = c.split(':');
    return { name: name!, kind: kind as ColumnKind };
  });

export const LAYOUT = {
  articles: columns('id title publisher publishedOn dateInferredFrom'),
  entities: columns('slug kind name aliases:list description date facts searchText degree:int'),
  /** A relation table's file: the two endpoint keys, then the properties. */
  relations: columns(
    'from to id label title titleKey roleKind since until asOf startsOn endsOn announced effective amount outcome ' +
      'inferred:bool note sources',
  ),
} as const;

export function headerLine(layout: readonly Column[]): string {
  return `${layout.map((c) => c.name).join(',')}\n`;
}

/** One CSV line for `row`; throws, naming the column, on a value the dialect cannot carry. */
export function encodeRow(layout: readonly Column[], row: Record<string, unknown>): string {
  let line = '';
  for (let i = 0; i < layout.length; i++) {
    const { name, kind } = layout[i]!;
    if (i > 0) line += ',';
    line += encodeField(row[name], kind, name);
  }
  return `${line}\n`;
}

function encodeField(value: unknown, kind: ColumnKind, name: string): string {
  if (value === null || value === undefined) return NULL_FIELD;
  switch (kind) {
    case 'int':
      if (!Number.isInteger(value)) throw new Error(`CSV column ${name}: ${String(value)} is not an integer`);
      return String(value);
    case 'bool':
      if (typeof value !== 'boolean') throw new Error(`CSV column ${name}: ${String(value)} is not a boolean`);
      return String(value);
    case 'list': {
      const items = value as string[];
      if (items.some((item) => item === '' || item.includes(LIST_SEPARATOR)))
        throw new Error(`CSV column ${name}: a list item is empty or holds U+001F`);
      return quote(items.join(LIST_SEPARATOR), name);
    }
    default:
      return quote(String(value), name);
  }
}

function quote(text: string, name: string): string {
  if (text === NULL_FIELD || /[\r\n]/.test(text))
    throw new Error(`CSV column ${name}: "${text.slice(0, 40)}" holds a line break or the NULL marker, which bulk CSV cannot carry`);
  if (/[",]|^\s|\s$/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** Parses one line written by `encodeRow` back into the row it came from. */
export function decodeLine(layout: readonly Column[], line: string): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  let pos = 0;
  for (let i = 0; i < layout.length; i++) {
    const { name, kind } = layout[i]!;
    let raw: string;
    let quoted = false;
    if (line[pos] === '"') {
      quoted = true;
      raw = '';
      pos++;
      for (;;) {
        const end = line.indexOf('"', pos);
        if (end < 0) throw new Error(`CSV: unterminated quote in column ${name}`);
        raw += line.slice(pos, end);
        if (line[end + 1] === '"') {
          raw += '"';
          pos = end + 2;
        } else {
          pos = end + 1;
          break;
        }
      }
    } else {
      const end = line.indexOf(',', pos);
      raw = line.slice(pos, end < 0 ? line.length : end);
      pos = end < 0 ? line.length : end;
    }
    if (i < layout.length - 1 && line[pos] !== ',') throw new Error(`CSV: expected ${layout.length} columns, column ${name} ends the line`);
    pos++;
    row[name] = !quoted && raw === NULL_FIELD ? null : decodeField(raw, kind);
  }
  return row;
}

function decodeField(raw: string, kind: ColumnKind): unknown {
  if (kind === 'int') return Number(raw);
  if (kind === 'bool') return raw === 'true';
  if (kind === 'list') return raw === '' ? [] : raw.split(LIST_SEPARATOR);
  return raw;
}

/** The rows of a bulk CSV file, decoded, in batches of `size`; checks the header against the layout. */
export async function* readRows(file: string, layout: readonly Column[], size: number): AsyncGenerator<Record<string, unknown>[]> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let batch: Record<string, unknown>[] = [];
  let header = true;
  for await (const line of lines) {
    if (header) {
      if (`${line}\n` !== headerLine(layout)) throw new Error(`${file}: the header is not ${headerLine(layout).trim()}`);
      header = false;
      continue;
    }
    if (line === '') continue;
    batch.push(decodeLine(layout, line));
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
