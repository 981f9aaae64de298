/**
 * The page's own module: plain JavaScript, no build step. It takes the
 * backends from the bundle's backend modules (each beside linkwork.js, loaded
 * only by pages that use it) and hands them to the components.
 */
import { VERSION } from '/dist/linkwork.js';
import { createOrukBackend, defaultTaxonomy } from '/dist/linkwork-oruk.js';
import { createRestBackend } from '/dist/linkwork-rest.js';

const api = createRestBackend({ baseUrl: new URL('/api/', location.origin).href });

const directory = createOrukBackend({
  baseUrl: new URL('/api/oruk/v3', location.origin).href,
  dialect: 'v3',
  taxonomy: defaultTaxonomy,
  // Postcodes go in a POST body to the REST API, not in the directory's URLs.
  geocode: (postcode, options) => api.geocode(postcode, options),
});

document.getElementById('picker').backend = directory;

document.getElementById('consent').configuration = {
  textVersion: { en: 'riverside-en-2026-09' },
  items: [
    {
      id: 'referral',
      kind: 'referral',
      en: { text: 'Do you agree to be referred to the social prescribing service?' },
    },
    { id: 'contact', kind: 'contact', en: { text: 'How may we contact you?' } },
  ],
};

// Referrals go to the REST API; the activities step searches the directory.
const form = document.getElementById('referral');
form.backend = api;
form.directory = directory;

const tags = ['lw-activity-picker', 'lw-consent-capture', 'lw-referral-form'];
document.getElementById('defined').textContent = `Linkwork ${VERSION}: ${tags
  .map((tag) => `<${tag}> ${customElements.get(tag) ? 'defined' : 'missing'}`)
  .join(', ')}.`;
