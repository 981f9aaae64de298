import { VERSION, defaultTheme } from '@linkwork/elements';

// A placeholder until the demo portals land: it proves the packages load from source.
const status = document.getElementById('status');
if (status) {
  status.textContent = `Linkwork ${VERSION} is loaded, with ${Object.keys(defaultTheme).length} design tokens. The demo portals are on their way.`;
}
