/**
 * A React app using @linkwork/react: the activity picker with the shortlist
 * kept in React state, and the referral form with its progress and its
 * receipt shown by React, all through typed props and `on…` event props.
 */
import type { Activity } from '@linkwork/core';
import { ActivityPicker, ReferralForm } from '@linkwork/react';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { orukDirectory, publicBackend } from '../shared/api.js';
import { riversideConsent } from '../shared/consent.js';
import { byId } from '../shared/dom.js';

function App() {
  const directory = useMemo(() => orukDirectory(), []);
  const backend = useMemo(() => publicBackend(), []);
  const [shortlist, setShortlist] = useState<readonly Activity[]>([]);
  const [step, setStep] = useState('on the first step');
  const [reference, setReference] = useState<string>();

  return (
    <>
      <h2>Find an activity</h2>
      <div className="demo-box">
        <ActivityPicker
          backend={directory}
          maxSelections={3}
          onLwSelectionChange={(event) => setShortlist(event.detail.activities)}
        />
        <p className="event-log" role="status" id="react-shortlist">
          {shortlist.length === 0
            ? 'React state: nothing shortlisted yet.'
            : `React state: ${shortlist.length} shortlisted: ${shortlist.map((activity) => activity.name).join('; ')}`}
        </p>
      </div>
      <h2>Refer yourself</h2>
      <div className="demo-box">
        <ReferralForm
          mode="self"
          backend={backend}
          directory={directory}
          consentConfiguration={riversideConsent}
          onLwStepChange={(event) =>
            setStep(`Step ${event.detail.index + 1} of ${event.detail.total}: ${event.detail.step}`)
          }
          onLwSubmitted={(event) => setReference(event.detail.receipt.reference)}
        />
        <p className="event-log" id="react-step">
          React state: {reference ? `sent, reference ${reference}` : step}
        </p>
      </div>
    </>
  );
}

createRoot(byId('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
