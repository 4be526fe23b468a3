import { describe, expect, it } from 'vitest';
import { formatAmount, humanize, itemNoteText, segmentNoteText } from './note-content.js';

describe('note text', () => {
  it('shows a segment with its kind and whether it pays', () => {
    expect(segmentNoteText({ id: 'r', name: 'Readers', type: 'multi_sided', pays: false })).toEqual({
      name: 'Readers',
      detail: 'Multi-sided\u00A0· does not pay',
    });
    expect(segmentNoteText({ id: 'r', name: 'Readers' })).toEqual({ name: 'Readers', detail: '' });
  });

  it('shows the details that matter for each block', () => {
    expect(itemNoteText('value_propositions', { name: 'V', products: ['machines', 'capsules'] } as never).detail).toBe('machines, capsules');
    expect(itemNoteText('channels', { name: 'C', type: 'indirect', owner: 'partner' } as never).detail).toBe('Indirect\u00A0· partner');
    expect(itemNoteText('customer_relationships', { name: 'R', type: 'co_creation' } as never).detail).toBe('Co-creation');
    expect(
      itemNoteText('revenue_streams', { name: 'S', type: 'subscription', pricing: 'list_price', amount: { value: 0.45, currency: 'EUR', per: 'capsule' } } as never)
        .detail,
    ).toBe('Subscription\u00A0· List price\u00A0· 0.45 EUR per capsule');
    expect(itemNoteText('key_partnerships', { name: 'P', type: 'buyer_supplier', motivation: 'optimization' } as never).detail).toBe(
      'Buyer–supplier\u00A0· Optimization',
    );
    expect(itemNoteText('cost_structure', { name: 'Rent', type: 'fixed' } as never)).toEqual({ name: 'Rent', detail: 'Fixed' });
    expect(itemNoteText('key_resources', { name: 'Shop space' })).toEqual({ name: 'Shop space', detail: '' });
  });

  it('turns enum values into words', () => {
    expect(humanize('dedicated_personal_assistance')).toBe('Dedicated personal assistance');
    expect(humanize('lending_renting_leasing')).toBe('Lending, renting, leasing');
    expect(humanize(undefined)).toBeUndefined();
  });

  it('writes amounts with whatever parts are given', () => {
    expect(formatAmount({ value: 89, currency: 'EUR', per: 'month' })).toBe('89 EUR per month');
    expect(formatAmount({ value: 4200 })).toBe('4200');
    expect(formatAmount(undefined)).toBeUndefined();
  });
});
