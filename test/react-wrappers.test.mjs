/**
 * @linkwork/react's wrappers are generated from the elements' Custom Elements
 * Manifest and committed. This fails when they differ from what the generator
 * makes from the current sources: run `npm run generate -w @linkwork/react`
 * (after building @linkwork/elements) and commit the result.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  componentName,
  elementsOf,
  generate,
  handlerName,
  withReadmeTable,
} from '../scripts/generate-react-wrappers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const elementsDir = join(root, 'packages/elements');
const wrappersDir = join(root, 'packages/react/src');
const work = mkdtempSync(join(tmpdir(), 'linkwork-manifest-'));

let manifest;

before(() => {
  // A fresh manifest from the sources (the analyzer joins --outdir to its working directory).
  execFileSync(
    join(root, 'node_modules/.bin/cem'),
    [
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--outdir',
      relative(elementsDir, work),
    ],
    { cwd: elementsDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  manifest = JSON.parse(readFileSync(join(work, 'custom-elements.json'), 'utf8'));
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('@linkwork/react wrappers', () => {
  it('are what the generator makes from the current manifest', async () => {
    const expected = await generate(manifest);
    const committed = readdirSync(wrappersDir).filter(
      (file) => file.endsWith('.ts') && !file.includes('.test.'),
    );
    assert.deepEqual(committed.sort(), Object.keys(expected).sort());
    for (const [file, text] of Object.entries(expected))
      assert.equal(
        readFileSync(join(wrappersDir, file), 'utf8'),
        text,
        `packages/react/src/${file} is stale: run npm run generate -w @linkwork/react`,
      );
  });

  it("are listed in the package's README with every event prop", async () => {
    const readme = readFileSync(join(root, 'packages/react/README.md'), 'utf8');
    assert.equal(
      readme,
      await withReadmeTable(readme, elementsOf(manifest)),
      'packages/react/README.md lists other wrappers or events: run npm run generate -w @linkwork/react',
    );
    assert.match(readme, /\| `<ReferralForm>` +\| `<lw-referral-form>` +\| [^|]*`onLwSubmitted`/);
  });

  it('wrap every element, with an on… prop for each lw-* event and none for anything else', () => {
    const elements = elementsOf(manifest);
    assert.deepEqual(
      elements.map((element) => [element.tagName, element.component]),
      [
        ['lw-activity-picker', 'ActivityPicker'],
        ['lw-consent-capture', 'ConsentCapture'],
        ['lw-referral-form', 'ReferralForm'],
      ],
    );
    for (const element of elements)
      for (const event of element.events) assert.match(event.name, /^lw-[a-z-]+$/);
    assert.deepEqual(
      elements
        .find((element) => element.tagName === 'lw-activity-picker')
        .events.map((event) => event.prop),
      ['onLwActivityOpen', 'onLwSelectionChange'],
    );
  });

  it('name components and handlers the way React spells them', () => {
    assert.equal(componentName('lw-referral-form'), 'ReferralForm');
    assert.equal(handlerName('lw-step-change'), 'onLwStepChange');
    assert.equal(handlerName('lw-error'), 'onLwError');
  });

  it('refuse an element that has no define module', () => {
    const broken = structuredClone(manifest);
    broken.modules = broken.modules.filter(
      (module) => module.path !== 'src/define/lw-referral-form.ts',
    );
    assert.throws(() => elementsOf(broken), {
      message: '<lw-referral-form>: src/define/lw-referral-form.ts must export ReferralForm',
    });
  });
});

describe('the custom elements manifest', () => {
  const declarations = () =>
    manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);

  it('lists only the public API: no private, protected or static members, no form callbacks', () => {
    for (const declaration of declarations()) {
      const hidden = declaration.members.filter(
        (member) =>
          member.privacy === 'private' ||
          member.privacy === 'protected' ||
          member.static ||
          /^form\w+Callback$/.test(member.name),
      );
      assert.deepEqual(hidden, [], `<${declaration.tagName}> exposes implementation members`);
    }
    const picker = declarations().find((d) => d.tagName === 'lw-activity-picker');
    // A private field named `state` once showed up as an attribute.
    assert.deepEqual(
      picker.attributes.map((attribute) => attribute.name),
      ['name', 'required', 'max-selections', 'page-size'],
    );
    assert.ok(picker.members.some((member) => member.name === 'backend'));
    assert.ok(picker.cssParts.some((part) => part.name === 'results'));
  });
});
