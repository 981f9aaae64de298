import { createRestBackend, Unauthorised } from '@linkwork/core';
import { API_ROOT } from '../shared/api.js';
import { byId, h, show } from '../shared/dom.js';
import { safeNext, signIn } from '../shared/session.js';

const form = byId<HTMLFormElement>('sign-in');
const input = byId<HTMLInputElement>('token');
const group = byId('token-group');
const error = byId('token-error');

function problem(message: string | undefined): void {
  group.classList.toggle('form-group--error', Boolean(message));
  error.hidden = !message;
  input.toggleAttribute('aria-invalid', Boolean(message));
  if (message) {
    input.setAttribute('aria-describedby', 'token-error');
    show(error, h('span', { class: 'visually-hidden' }, 'Error: '), message);
    input.focus();
  } else {
    input.removeAttribute('aria-describedby');
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const token = input.value.trim();
  if (!token) return problem('Enter the staff token');
  // Check the token against the API before keeping it: the inbox is a staff-only call.
  const backend = createRestBackend({ baseUrl: API_ROOT, token });
  backend.listReferrals({ size: 1 }).then(
    () => {
      signIn(token);
      location.assign(safeNext(new URLSearchParams(location.search).get('next')));
    },
    (reason: unknown) =>
      problem(
        reason instanceof Unauthorised
          ? 'The staff token is not right: copy it again from the terminal'
          : 'The server did not answer: check that npm run demo is still running',
      ),
  );
});
