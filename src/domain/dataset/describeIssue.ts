/**
 * Zod's issues as problems: each names what was expected and shows, safely, what was found, e.g.
 * `expected a number, got "high"`. The sentences themselves are i18n's (problems.ts says why).
 */
import type { $ZodIssue } from 'zod/v4/core';
import {
  formatPath,
  problem,
  SCHEMA_RULES,
  VALUE_TYPES,
  type Problem,
  type SchemaRule,
  type ShownValue,
  type ValueType,
} from './problems';

/** A short, safe rendering of the value a problem is about: strings quoted and cut. */
export function describeValue(value: unknown): ShownValue {
  if (value === undefined) return { kind: 'nothing' };
  if (Array.isArray(value)) return { kind: 'list' };
  if (value !== null && typeof value === 'object') return { kind: 'object' };
  if (typeof value === 'string') {
    const cut = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return { kind: 'literal', text: JSON.stringify(cut) };
  }
  return { kind: 'literal', text: String(value) };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const isValueType = (name: string): name is ValueType =>
  (VALUE_TYPES as readonly string[]).includes(name);
const isSchemaRule = (message: string): message is SchemaRule =>
  (SCHEMA_RULES as readonly string[]).includes(message);

/** Turns one zod issue into a problem that names what was expected and what was found. */
export function describeIssue(issue: $ZodIssue, root: unknown): Problem {
  const path = formatPath(issue.path);
  const value = valueAt(root, issue.path);
  const got = describeValue(value);
  if (issue.code === 'invalid_type' && value === undefined) return problem(path, 'missing', {});
  if (issue.code === 'invalid_type' && isValueType(issue.expected))
    return problem(path, 'wrong-type', { expected: issue.expected, got });
  if (issue.code === 'unrecognized_keys')
    return problem(path, 'unknown-fields', { fields: [...issue.keys] });
  // The schema's checks carry a SchemaRule as their message (schema.ts).
  if (isSchemaRule(issue.message)) {
    const options = issue.code === 'invalid_value' ? issue.values.map(String) : [];
    return problem(path, 'breaks-rule', { rule: issue.message, options, got });
  }
  const message = issue.message && issue.message !== 'Invalid input' ? issue.message : null;
  return problem(path, 'invalid', { message, got });
}
