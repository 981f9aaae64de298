import { expect } from 'chai';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createMemoryBackend, defaultTaxonomy, mapOrukServices } from '@linkwork/core';
import type {
  ActivityPicker as PickerElement,
  ConsentConfiguration,
  LwConsentCapture as CaptureElement,
  ReferralForm as FormElement,
} from '@linkwork/elements';
import { loadFixture } from '../../../test/fixtures.js';
import { ActivityPicker, ConsentCapture, ReferralForm } from './index.js';

declare global {
  // React's flag for tests that drive rendering through act().
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const NOW = new Date('2026-11-26T12:00:00Z');

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  container.lang = 'en';
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function render(node: ReactNode): Promise<void> {
  await act(async () => root.render(node));
}

function only<T extends Element>(selector: string, scope: ParentNode = container): T {
  const found = scope.querySelectorAll<T>(selector);
  expect(found.length, selector).to.equal(1);
  return found[0] as T;
}

/** An element's shadow root (the elements all have one). */
function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  return root;
}

/** Waits for a condition the component reaches asynchronously (a search, a fingerprint). */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('@linkwork/react <ReferralForm>', () => {
  it('passes mode as an attribute and prefill as a property, and calls onLwStepChange', async () => {
    const steps: unknown[] = [];
    const prefill = {
      referrer: {
        name: 'Dr Amira Haddad',
        role: 'GP',
        organisationOdsCode: 'C99001',
        email: 'amira.haddad@riversidemedical.example',
      },
      patient: { givenName: 'Siân', familyName: 'Prydderch', dateOfBirth: '1946-03-09' },
    };
    await render(
      <ReferralForm
        mode="staff"
        now={() => NOW}
        prefill={prefill}
        onLwStepChange={(event) => steps.push(event.detail)}
      />,
    );
    const form = only<FormElement>('lw-referral-form');
    expect(customElements.get('lw-referral-form')).to.equal(form.constructor);
    await form.updateComplete;
    expect(form.getAttribute('mode')).to.equal('staff');
    expect(form.prefill).to.equal(prefill);
    expect(only<HTMLInputElement>('#lw-referrer-name', shadow(form)).value).to.equal(
      'Dr Amira Haddad',
    );

    await act(async () => only<HTMLButtonElement>('#lw-continue', shadow(form)).click());
    await form.updateComplete;
    expect(steps).to.deep.equal([{ step: 'patient', index: 1, total: 8 }]);
    expect(only<HTMLInputElement>('#lw-patient-givenName', shadow(form)).value).to.equal('Siân');
  });

  it('updates the element when a prop changes', async () => {
    await render(<ReferralForm mode="staff" />);
    const form = only<FormElement>('lw-referral-form');
    await render(<ReferralForm mode="self" />);
    expect(only<FormElement>('lw-referral-form')).to.equal(form);
    expect(form.mode).to.equal('self');
  });
});

describe('@linkwork/react <ActivityPicker>', () => {
  it('searches the backend prop and calls onLwSelectionChange with the shortlist', async () => {
    const services = await loadFixture<unknown[]>('riverside.oruk3.json');
    const activities = mapOrukServices(services, 'v3').slice(0, 2);
    const backend = createMemoryBackend({ activities, taxonomy: defaultTaxonomy, now: () => NOW });
    const selections: (readonly string[])[] = [];
    await render(
      <ActivityPicker
        backend={backend}
        now={() => NOW}
        pageSize={10}
        onLwSelectionChange={(event) => selections.push(event.detail.ids)}
      />,
    );
    const picker = only<PickerElement>('lw-activity-picker');
    expect(picker.backend).to.equal(backend);
    await until(
      () => shadow(picker).querySelectorAll('[part~="shortlist-checkbox"]').length === 2,
      'two result cards',
    );
    const first = shadow(picker).querySelectorAll<HTMLInputElement>(
      '[part~="shortlist-checkbox"]',
    )[0];
    await act(async () => first?.click());
    expect(selections).to.have.length(1);
    const [shortlist] = selections;
    expect(shortlist).to.have.length(1);
    expect(activities.map((activity) => activity.id)).to.include(shortlist?.[0]);
  });
});

describe('@linkwork/react <ConsentCapture>', () => {
  const configuration: ConsentConfiguration = {
    textVersion: { en: 'en-2026-09' },
    items: [
      {
        id: 'referral',
        kind: 'referral',
        en: { text: 'Do you agree to be referred to the social prescribing service?' },
      },
      { id: 'contact', kind: 'contact', en: { text: 'How may we contact you?' } },
    ],
  };

  it('renders the configuration prop and calls onLwConsentChange after an answer', async () => {
    const changes: boolean[] = [];
    await render(
      <ConsentCapture
        mode="self"
        configuration={configuration}
        now={() => NOW}
        onLwConsentChange={(event) => changes.push(event.detail.valid)}
      />,
    );
    const capture = only<CaptureElement>('lw-consent-capture');
    expect(capture.configuration).to.equal(configuration);
    await until(
      () => shadow(capture).querySelector('input[type="radio"]') !== null,
      'the consent questions',
    );
    expect(shadow(capture).textContent).to.contain(
      'Do you agree to be referred to the social prescribing service?',
    );
    await act(async () =>
      shadow(capture).querySelectorAll<HTMLInputElement>('input[type="radio"]')[0]?.click(),
    );
    // An answer given before the component's later chunk has arrived is reported once it has.
    await until(() => changes.length > 0, 'lw-consent-change');
    expect(changes).to.deep.equal([false]);
  });
});
