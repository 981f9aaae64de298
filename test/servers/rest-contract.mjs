/**
 * Checks HTTP exchanges against packages/core/openapi.json with Ajv (JSON
 * Schema 2020-12 + formats): the document's component schemas, every
 * operation's request body and parameters, and every response's status,
 * headers and body. Used by the REST test server in both test runners.
 */
import { readFile } from 'node:fs/promises';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;

const SCHEMA_ID = 'https://linkwork.example/openapi.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Reads the OpenAPI document from the package. */
export async function readOpenApi() {
  return JSON.parse(
    await readFile(new URL('../../packages/core/openapi.json', import.meta.url), 'utf8'),
  );
}

/** Deep copy with `#/components/schemas/X` refs made absolute into the `$defs` wrapper. */
function rewriteRefs(value) {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/')
          ? `${SCHEMA_ID}#/$defs/${inner.slice('#/components/schemas/'.length)}`
          : rewriteRefs(inner),
      ]),
    );
  }
  return value;
}

/** Resolves a `#/components/...` reference object within the document. */
function resolve(doc, value) {
  let current = value;
  while (
    current &&
    typeof current.$ref === 'string' &&
    current.$ref.startsWith('#/components/') &&
    !current.$ref.startsWith('#/components/schemas/')
  ) {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((node, key) => node?.[key], doc);
  }
  return current;
}

/** `/activities/{activityId}` → a RegExp and the parameter names. */
function pathMatcher(template) {
  const names = [];
  const source = template
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\\?\{([^}]+)\\?\}/g, (_m, name) => {
      names.push(name);
      return '([^/]+)';
    });
  return { regex: new RegExp(`^${source.replace(/\\\{|\\\}/g, '')}$`), names };
}

/** Ajv errors as `{ path, code, message }` with dotted paths, as the document's 422 describes. */
export function toFieldErrors(errors) {
  const out = [];
  const seen = new Set();
  for (const error of errors ?? []) {
    let path = error.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let code;
    switch (error.keyword) {
      case 'required':
        path = [...path, error.params.missingProperty];
        code = 'required';
        break;
      case 'additionalProperties':
        path = [...path, error.params.additionalProperty];
        code = 'not-allowed';
        break;
      case 'not':
      case 'false schema':
        code = 'not-allowed';
        break;
      case 'type':
        code = 'type';
        break;
      case 'const':
        code = error.params.allowedValue === true ? 'must-be-true' : 'enum';
        break;
      case 'enum':
        code = 'enum';
        break;
      case 'minLength':
      case 'minItems':
        code = 'required';
        break;
      case 'maxLength':
      case 'maxItems':
        code = 'too-long';
        break;
      case 'format':
        code = 'format';
        break;
      case 'pattern':
        // `\S`: a string of only spaces counts as absent.
        code = error.params.pattern === '\\S' ? 'required' : 'format';
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        code = 'out-of-range';
        break;
      case 'if':
      case 'oneOf':
      case 'anyOf':
      case 'allOf':
      case 'discriminator':
        // Their sub-errors already name the field.
        if (error.keyword !== 'discriminator') continue;
        code = 'enum';
        path = [...path, error.params.tag];
        break;
      default:
        code = error.keyword;
    }
    const dotted = path.join('.');
    // One error per field: the first rule it breaks.
    if (seen.has(dotted)) continue;
    seen.add(dotted);
    out.push({ path: dotted, code, message: error.message ?? code });
  }
  return out;
}

/** Creates the contract checker for an OpenAPI document. */
export function createContract(doc) {
  const ajv = new Ajv2020({
    strict: true,
    strictRequired: false,
    allErrors: true,
    discriminator: true,
    validateFormats: true,
  });
  addFormats(ajv);
  ajv.addSchema({ $id: SCHEMA_ID, $defs: rewriteRefs(doc.components.schemas) });

  const compiled = new Map();
  const compile = (schema) => {
    const key = JSON.stringify(schema);
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(rewriteRefs(schema));
      compiled.set(key, validate);
    }
    return validate;
  };
  const run = (schema, value) => {
    const validate = compile(schema);
    return validate(value) ? [] : toFieldErrors(validate.errors);
  };

  const operations = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    const { regex, names } = pathMatcher(template);
    for (const method of METHODS) {
      const operation = item[method];
      if (operation)
        operations.push({ method: method.toUpperCase(), template, regex, names, operation });
    }
  }

  return {
    doc,
    operations,

    /** Compiles every component schema; returns the names that failed, with the reason. */
    compileComponents() {
      const failures = {};
      for (const name of Object.keys(doc.components.schemas)) {
        try {
          if (!ajv.getSchema(`${SCHEMA_ID}#/$defs/${name}`)) failures[name] = 'not found';
        } catch (error) {
          failures[name] = String(error.message ?? error);
        }
      }
      return failures;
    },

    /** Validates a value against a component schema by name. */
    validateComponent(name, value) {
      if (!doc.components.schemas[name]) throw new Error(`No component schema ${name}`);
      return run({ $ref: `#/components/schemas/${name}` }, value);
    },

    /** Validates a value against a schema object taken from the document. */
    validateSchema(schema, value) {
      return run(schema, value);
    },

    /** Finds the operation for a method and a path relative to the API root. */
    match(method, path) {
      for (const candidate of operations) {
        if (candidate.method !== method) continue;
        const found = candidate.regex.exec(path);
        if (found) {
          const params = Object.fromEntries(
            candidate.names.map((name, i) => [name, decodeURIComponent(found[i + 1])]),
          );
          return { ...candidate, params };
        }
      }
      return undefined;
    },

    /**
     * Checks a request: parameters (path, query, header) and the JSON body.
     * `headers` has lower-case names. Returns the problems as field errors,
     * with paths prefixed by where they are (`body.`, `header.`, `query.`, `path.`).
     */
    checkRequest(matched, { headers, query, body, contentType }) {
      const problems = [];
      const parameters = (matched.operation.parameters ?? []).map((p) => resolve(doc, p));
      for (const parameter of parameters) {
        let value;
        if (parameter.in === 'path') value = matched.params[parameter.name];
        else if (parameter.in === 'header') value = headers[parameter.name.toLowerCase()];
        else if (parameter.in === 'query') value = query.get(parameter.name) ?? undefined;
        if (value === undefined) {
          if (parameter.required)
            problems.push({
              path: `${parameter.in}.${parameter.name}`,
              code: 'required',
              message: 'missing',
            });
          continue;
        }
        const typed =
          parameter.schema.type === 'integer' && /^-?\d+$/.test(value) ? Number(value) : value;
        for (const error of run(parameter.schema, typed))
          problems.push({ ...error, path: `${parameter.in}.${parameter.name}` });
      }
      const requestBody = resolve(doc, matched.operation.requestBody);
      if (requestBody) {
        const media = requestBody.content['application/json'];
        if (!contentType?.startsWith('application/json'))
          problems.push({
            path: 'header.content-type',
            code: 'format',
            message: String(contentType),
          });
        if (body === undefined)
          problems.push({ path: 'body', code: 'required', message: 'no JSON body' });
        else
          for (const error of run(media.schema, body))
            problems.push({ ...error, path: error.path ? `body.${error.path}` : 'body' });
      }
      return problems;
    },

    /** The body schema the request carries, for the server's own 422 answers. */
    requestSchema(matched) {
      return resolve(doc, matched.operation.requestBody)?.content['application/json']?.schema;
    },

    /** Checks a response: the status is documented, headers and body match. */
    checkResponse(matched, { status, headers, body, contentType }) {
      const responses = matched.operation.responses;
      const declared = responses[String(status)] ?? responses.default;
      if (!declared)
        return [{ path: 'status', code: 'enum', message: `undocumented status ${status}` }];
      const response = resolve(doc, declared);
      const problems = [];
      for (const [name, header] of Object.entries(response.headers ?? {})) {
        const spec = resolve(doc, header);
        const value = headers[name.toLowerCase()];
        if (value === undefined) {
          if (spec.required)
            problems.push({ path: `header.${name}`, code: 'required', message: 'missing' });
          continue;
        }
        for (const error of run(spec.schema, value))
          problems.push({ ...error, path: `header.${name}` });
      }
      if (response.content) {
        const mediaType = (contentType ?? '').split(';')[0].trim();
        const media = response.content[mediaType];
        if (!media)
          problems.push({
            path: 'header.content-type',
            code: 'enum',
            message: `undocumented ${mediaType}`,
          });
        else
          for (const error of run(media.schema, body))
            problems.push({ ...error, path: error.path ? `body.${error.path}` : 'body' });
      }
      return problems;
    },
  };
}
