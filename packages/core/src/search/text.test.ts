import { expect } from 'chai';
import { haversineMiles, isGeoPoint } from './geo.js';
import { createPostcodeTable, lookupPostcode, fullPostcode, outwardCode } from './postcode.js';
import { londonDateOf, timeOfDayOf } from './schedule-match.js';
import { foldText, tokenise, welshRadicals } from './text.js';
import { requestedAccessibilityKey, venueAccessibilityKeys } from './accessibility.js';

describe('search text', () => {
  it('folds case and accents, in either Unicode form', () => {
    expect(foldText('Siân')).to.equal('sian');
    expect(foldText('DŴR')).to.equal('dwr');
    expect(foldText('Zoe\u0308')).to.equal(foldText('Zoë'));
    expect(foldText('Łódź Straße')).to.equal('lodz strasse');
  });

  it('splits into words on anything but letters and digits', () => {
    expect(tokenise('Côr Cymraeg Glan-yr-Afon')).to.deep.equal([
      'cor',
      'cymraeg',
      'glan',
      'yr',
      'afon',
    ]);
    expect(tokenise("LGBTQ+ Over-50s — Carers' Café")).to.deep.equal([
      'lgbtq',
      'over',
      '50s',
      'carers',
      'cafe',
    ]);
    expect(tokenise('  ')).to.deep.equal([]);
  });

  it('undoes Welsh soft, nasal and aspirate mutations', () => {
    expect(welshRadicals('gerddwyr')).to.deep.equal(['cerddwyr']);
    expect(welshRadicals('fara')).to.deep.equal(['bara', 'mara']);
    expect(welshRadicals('ddysgu')).to.deep.equal(['dysgu']);
    expect(welshRadicals('nghaffi')).to.deep.equal(['caffi']);
    expect(welshRadicals('mhen')).to.deep.equal(['pen']);
    expect(welshRadicals('chan')).to.deep.equal(['can']);
    expect(welshRadicals('ardd')).to.deep.equal(['gardd']);
    expect(welshRadicals('haf')).to.deep.equal(['af']);
    expect(welshRadicals('lyfr')).to.deep.equal(['llyfr']);
    expect(welshRadicals('llyfr')).to.deep.equal([]);
    expect(welshRadicals('ga')).to.deep.equal([]);
  });
});

describe('postcodes', () => {
  it('normalises full postcodes and finds outward codes', () => {
    expect(fullPostcode('le73ax')).to.equal('LE7 3AX');
    expect(fullPostcode(' le8  4tw ')).to.equal('LE8 4TW');
    expect(fullPostcode('gir0aa')).to.equal('GIR 0AA');
    expect(fullPostcode('LE7')).to.equal(undefined);
    expect(fullPostcode('not a postcode')).to.equal(undefined);
    expect(outwardCode('sw1a 1aa')).to.equal('SW1A');
    expect(outwardCode('le7')).to.equal('LE7');
    expect(outwardCode('7LE')).to.equal(undefined);
  });

  it('looks up a full postcode, else its outward centroid', () => {
    const table = createPostcodeTable([
      ['LE7 2HR', { lat: 52.6, lng: -1.1 }],
      ['le7 3ax', { lat: 52.62, lng: -1.12 }],
      ['LE8 4TW', { lat: 52.5, lng: -1.0 }],
    ]);
    expect(lookupPostcode(table, 'le72hr')).to.deep.equal({ lat: 52.6, lng: -1.1 });
    const centroid = lookupPostcode(table, 'LE7 9ZZ')!;
    expect(centroid.lat).to.be.closeTo(52.61, 1e-9);
    expect(centroid.lng).to.be.closeTo(-1.11, 1e-9);
    expect(lookupPostcode(table, 'LE7')).to.deep.equal(centroid);
    expect(lookupPostcode(table, 'NG1 1AA')).to.equal(undefined);
    expect(lookupPostcode(table, 'nonsense')).to.equal(undefined);
  });
});

describe('geo', () => {
  it('measures great-circle miles', () => {
    // Leicester Clock Tower to Nottingham Council House, about 22 miles apart as the crow flies.
    const miles = haversineMiles({ lat: 52.6364, lng: -1.1336 }, { lat: 52.9533, lng: -1.1497 });
    expect(miles).to.be.closeTo(21.9, 0.2);
    expect(haversineMiles({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).to.be.closeTo(69.09, 0.05);
    expect(haversineMiles({ lat: 52.6, lng: -1.1 }, { lat: 52.6, lng: -1.1 })).to.equal(0);
  });

  it('checks coordinate ranges', () => {
    expect(isGeoPoint({ lat: 52.6, lng: -1.1 })).to.equal(true);
    expect(isGeoPoint({ lat: 95, lng: -1.1 })).to.equal(false);
    expect(isGeoPoint({ lat: Number.NaN, lng: 0 })).to.equal(false);
    expect(isGeoPoint({ lat: '52.6', lng: 0 })).to.equal(false);
  });
});

describe('schedule facts', () => {
  it('words a start time as a time of day', () => {
    expect(timeOfDayOf('09:30')).to.equal('morning');
    expect(timeOfDayOf('11:59:59')).to.equal('morning');
    expect(timeOfDayOf('12:00')).to.equal('afternoon');
    expect(timeOfDayOf('16:59')).to.equal('afternoon');
    expect(timeOfDayOf('17:00:00')).to.equal('evening');
    expect(timeOfDayOf('24:10')).to.equal(undefined);
    expect(timeOfDayOf(undefined)).to.equal(undefined);
  });

  it('gives the London calendar date', () => {
    expect(londonDateOf(new Date('2026-11-26T12:00:00Z'))).to.equal('2026-11-26');
    // 23:30 UTC in July is 00:30 the next day in London (BST).
    expect(londonDateOf(new Date('2026-07-14T23:30:00Z'))).to.equal('2026-07-15');
  });
});

describe('accessibility wording', () => {
  it('maps venue labels to their groups and keeps the label itself', () => {
    expect(venueAccessibilityKeys('Step-free access')).to.deep.equal([
      'step free access',
      'step-free',
    ]);
    expect(venueAccessibilityKeys('Ramp')).to.deep.equal(['ramp', 'step-free']);
    expect(venueAccessibilityKeys('Changing Places toilet')).to.have.members([
      'changing places toilet',
      'accessible-toilet',
      'changing-places',
    ]);
    expect(venueAccessibilityKeys('Raised beds')).to.deep.equal(['raised beds']);
  });

  it('maps requests to a group, or to the wording asked for', () => {
    expect(requestedAccessibilityKey('wheelchair')).to.equal('step-free');
    expect(requestedAccessibilityKey('Step free')).to.equal('step-free');
    expect(requestedAccessibilityKey('hearing-loop')).to.equal('hearing-loop');
    expect(requestedAccessibilityKey('Ramp')).to.equal('ramp');
  });
});
