/**
 * The withdrawals of a consent on file: both kinds read, then checked against
 * what the record agreed. Used by `validateConsent` (with `allowWithdrawn`)
 * and by `checkWithdrawal`, with their own messages, which a form that only
 * takes new consent never carries.
 */
import { itemKey, StandingItems, type AgreedParts } from '../consent/items.js';
import { addMessages } from '../messages/catalogue.js';
import { consentWithdrawalValidationEn } from '../messages/validation/consent-withdrawals.en.js';
import type { ConsentItem, PartialWithdrawal, Withdrawn } from '../model/referral.js';
import type { WithdrawalsReader } from './consent.js';
import { checkDateTime, dateTimeToEpochMs } from './dates.js';
import {
  ABSENT,
  all,
  found,
  INVALID,
  isAbsent,
  readArray,
  readEnum,
  readObject,
  readString,
  slot,
  valueOf,
  type Findings,
  type Read,
} from './read.js';
import { CONSENT_ITEM_TYPES, CONTACT_CHANNELS } from './values.js';

addMessages(consentWithdrawalValidationEn);

function readWithdrawn(findings: Findings, raw: unknown): Read<Withdrawn | undefined> {
  if (isAbsent(raw)) return ABSENT;
  const record = readObject(slot(findings, 'consent.withdrawn'), raw, true);
  if (!record.ok) return INVALID;
  const at = readString(
    slot(findings, 'consent.withdrawn.at'),
    record.value.at,
    true,
    checkDateTime,
  );
  const by = readString(slot(findings, 'consent.withdrawn.by'), record.value.by, true);
  const values = all({ at, by });
  return values ? found(values) : INVALID;
}

function readItem(findings: Findings, raw: unknown, w: number, i: number): Read<ConsentItem> {
  const indexes = [w, i];
  const params = { withdrawal: w + 1, item: i + 1 };
  const object = readObject(
    { findings, field: 'consent.partialWithdrawals.N.items.N', indexes, params },
    raw,
    true,
  );
  if (!object.ok) return INVALID;
  const type = readEnum(
    { findings, field: 'consent.partialWithdrawals.N.items.N.type', indexes, params },
    object.value.type,
    true,
    CONSENT_ITEM_TYPES,
  );
  if (!type.ok) return INVALID;
  switch (type.value) {
    case 'partner': {
      const name = readString(
        { findings, field: 'consent.partialWithdrawals.N.items.N.name', indexes, params },
        object.value.name,
        true,
      );
      return name.ok ? found({ type: 'partner', name: name.value }) : INVALID;
    }
    case 'contactBy': {
      const channel = readEnum(
        { findings, field: 'consent.partialWithdrawals.N.items.N.channel', indexes, params },
        object.value.channel,
        true,
        CONTACT_CHANNELS,
      );
      return channel.ok ? found({ type: 'contactBy', channel: channel.value }) : INVALID;
    }
    default:
      return found({ type: type.value });
  }
}

function readPartialWithdrawals(
  findings: Findings,
  raw: unknown,
): Read<PartialWithdrawal[] | undefined> {
  if (isAbsent(raw) || (Array.isArray(raw) && raw.length === 0)) return ABSENT;
  return readArray(slot(findings, 'consent.partialWithdrawals'), raw, false, (entry, w) => {
    const params = { withdrawal: w + 1 };
    const object = readObject(
      { findings, field: 'consent.partialWithdrawals.N', indexes: [w], params },
      entry,
      true,
    );
    if (!object.ok) return INVALID;
    const at = readString(
      { findings, field: 'consent.partialWithdrawals.N.at', indexes: [w], params },
      object.value.at,
      true,
      checkDateTime,
    );
    const by = readString(
      { findings, field: 'consent.partialWithdrawals.N.by', indexes: [w], params },
      object.value.by,
      true,
    );
    const items = readArray(
      { findings, field: 'consent.partialWithdrawals.N.items', indexes: [w], params },
      object.value.items,
      true,
      (item, i) => readItem(findings, item, w, i),
    );
    const values = all({ at, by, items });
    return values ? found(values) : INVALID;
  });
}

/**
 * The rules of withdrawals against the record: none before consent was given,
 * no part withdrawn after the whole consent was, and each part withdrawn
 * agreed to and still standing (not withdrawn before, on its own or with all
 * sharing). Runs only on fields that are valid on their own.
 */
function checkWithdrawals(
  findings: Findings,
  record: {
    readonly parts: Read<AgreedParts>;
    readonly atMs: number | undefined;
    readonly withdrawn: Read<Withdrawn | undefined>;
    readonly partialWithdrawals: Read<PartialWithdrawal[] | undefined>;
  },
): void {
  const { atMs } = record;
  const withdrawn = valueOf(record.withdrawn);
  const withdrawnMs = withdrawn ? dateTimeToEpochMs(withdrawn.at) : undefined;
  if (withdrawnMs !== undefined && atMs !== undefined && withdrawnMs < atMs) {
    findings.add('consent.withdrawn.at', 'before-consent');
  }
  const partial = valueOf(record.partialWithdrawals) ?? [];
  const parts = valueOf(record.parts);
  const standing = parts ? new StandingItems(parts) : undefined;
  partial.forEach((withdrawal, w) => {
    const params = { withdrawal: w + 1 };
    const ms = dateTimeToEpochMs(withdrawal.at);
    if (ms !== undefined && atMs !== undefined && ms < atMs) {
      findings.add('consent.partialWithdrawals.N.at', 'before-consent', [w], params);
    } else if (ms !== undefined && withdrawnMs !== undefined && ms > withdrawnMs) {
      findings.add('consent.partialWithdrawals.N.at', 'after-withdrawal', [w], params);
    }
    if (!standing) return;
    const seen = new Set<string>();
    withdrawal.items.forEach((item, i) => {
      const itemParams = { withdrawal: w + 1, item: i + 1 };
      const field = 'consent.partialWithdrawals.N.items.N';
      if (!standing.wasAgreed(item)) findings.add(field, 'not-agreed', [w, i], itemParams);
      else if (!standing.stands(item) || seen.has(itemKey(item))) {
        findings.add(field, 'already-withdrawn', [w, i], itemParams);
      }
      seen.add(itemKey(item));
    });
    withdrawal.items.forEach((item) => standing.withdraw(item));
  });
}

/** Reads both kinds of withdrawal, then checks them against the record. */
export const readWithdrawals: WithdrawalsReader = (findings, input, { parts, atMs }) => {
  const withdrawn = readWithdrawn(findings, input.withdrawn);
  const partialWithdrawals = readPartialWithdrawals(findings, input.partialWithdrawals);
  checkWithdrawals(findings, { parts, atMs, withdrawn, partialWithdrawals });
  return { withdrawn, partialWithdrawals };
};
