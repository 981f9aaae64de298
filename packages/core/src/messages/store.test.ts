import { expect } from 'chai';
import { addMessages, message } from './store.js';

// This file imports the store alone (each test file runs in a fresh page or module graph).
describe('message store', () => {
  it('holds no words of its own: a page carries only the words of what it uses', () => {
    // Validation's English arrives with validation (catalogue.ts), not with the store.
    expect(message('summary.title')).to.equal('summary.title');
    expect(message('activity-picker.search.label')).to.equal('activity-picker.search.label');
    addMessages({ 'summary.title': 'There is a problem' });
    expect(message('summary.title')).to.equal('There is a problem');
  });
});
