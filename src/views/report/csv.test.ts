import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csv, matrixCsv, segmentsCsv, text } from './csv.js';
import { HOSTILE_CANVAS, exampleReport, onlySegment, reportFromText } from '../../../test/support/report-fixtures.js';

/** A small RFC 4180 reader, to check that what we write reads back as the same fields. */
function parseCsv(input: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i += 1) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && input[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += char;
  }
  return records;
}

describe('matrixCsv', () => {
  it('writes a record per segment with its items, gaps and fit', () => {
    expect(matrixCsv(exampleReport('tool-library'))).toBe(
      [
        'segment_id,segment_name,segment_type,pays,value_propositions,channels,customer_relationships,revenue_streams,key_resources,key_activities,key_partnerships,cost_structure,gaps,fit_addressed,fit_total,segment_status,items_validated,items_testing,items_invalidated,items_total',
        'diy-households,DIY households,mass_market,true,"Borrow any tool for a week\nWorkshops on repairing things (shared)",Library website,Volunteer help desk (shared),Yearly membership,"Tool inventory (shared)\nShop space (shared)","Lending and returns (shared)\nRepairing tools (shared)",Hardware store donations (shared),"Rent (shared)\nInsurance (shared)",,1,2,assumed,0,0,0,12',
        'landlords,Small landlords,niche,true,"Borrow any tool for a week\nWorkshops on repairing things (shared)",,Volunteer help desk (shared),,"Tool inventory (shared)\nShop space (shared)","Lending and returns (shared)\nRepairing tools (shared)",Hardware store donations (shared),"Rent (shared)\nInsurance (shared)","channels\nrevenue_streams",0,0,assumed,0,0,0,10',
        'makers,Makers and repair cafés,multi_sided,false,Workshops on repairing things (shared),,Volunteer help desk (shared),,"Tool inventory (shared)\nShop space (shared)","Lending and returns (shared)\nRepairing tools (shared)",Hardware store donations (shared),"Rent (shared)\nInsurance (shared)",channels,0,0,assumed,0,0,0,9',
        '',
      ].join('\r\n'),
    );
  });

  it('quotes commas and quotes, and reads back as the same fields', () => {
    const output = matrixCsv(exampleReport('coffee-cart'));
    const [head, row] = parseCsv(output) as [string[], string[]];
    expect(row).toHaveLength(head.length);
    expect(row[head.indexOf('value_propositions')]).toBe(
      'Barista-quality espresso in under two minutes (shared)\nPre-order on the app, skip the queue (shared)',
    );
    expect(row[head.indexOf('cost_structure')]).toBe('Concession fee (shared)\nBeans, milk and cups (shared)\nBarista wages (shared)');
  });

  it('keeps a spreadsheet from running canvas text as a formula, and strips control characters', () => {
    const output = matrixCsv(reportFromText(HOSTILE_CANVAS));
    const [head, row] = parseCsv(output) as [string[], string[]];
    expect(row[head.indexOf('revenue_streams')]).toBe('\'=HYPERLINK("http://x") (shared)');
    expect(row[head.indexOf('segment_name')]).toBe('Victims\\x1B]0;pwned\\x07');
    expect(output).not.toMatch(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u202e]/);
  });
});

describe('segmentsCsv', () => {
  it('writes one long table: profile entries, items by block, and gaps', () => {
    expect(segmentsCsv(onlySegment(exampleReport('tool-library'), 'diy-households'))).toBe(
      [
        'segment_id,section,id,text,kind,importance,severity,addressed_by,shared,status,pricing,amount,estimate,currency,per,basis',
        'diy-households,pain,rarely-used,Tools bought for one job sit in the cellar,,,3,Borrow any tool for a week,,assumed,,,,,,',
        'diy-households,pain,storage,No room to store big tools,,,2,,,assumed,,,,,,',
        'diy-households,value_propositions,,Borrow any tool for a week,,,,,false,assumed,,,,,,',
        'diy-households,value_propositions,,Workshops on repairing things,,,,,true,assumed,,,,,,',
        'diy-households,channels,,Library website,,,,,false,assumed,,,,,,',
        'diy-households,customer_relationships,,Volunteer help desk,,,,,true,assumed,,,,,,',
        'diy-households,revenue_streams,,Yearly membership,subscription,,,,false,assumed,list_price,40 EUR per year,,,,',
        'diy-households,key_resources,,Tool inventory,,,,,true,assumed,,,,,,',
        'diy-households,key_resources,,Shop space,,,,,true,assumed,,,,,,',
        'diy-households,key_activities,,Lending and returns,,,,,true,assumed,,,,,,',
        'diy-households,key_activities,,Repairing tools,,,,,true,assumed,,,,,,',
        'diy-households,key_partnerships,,Hardware store donations,,,,,true,assumed,,,,,,',
        'diy-households,cost_structure,,Rent,,,,,true,assumed,,,,,,',
        'diy-households,cost_structure,,Insurance,,,,,true,assumed,,,,,,',
        'diy-households,revenue,,Yearly membership,,,,,,,,40 EUR per year,,,,not enough data: the segment has no size',
        '',
      ].join('\r\n'),
    );
  });

  it('lists jobs and gains with their kind and importance, and gaps as their own records', () => {
    const records = parseCsv(segmentsCsv(exampleReport('home-espresso')));
    expect(records).toContainEqual(['home-drinkers', 'job', 'make-coffee', 'Make a café-quality espresso at home', 'functional', '5', '', '', '', 'assumed', '', '', '', '', '', '']);
    expect(records).toContainEqual(['offices', 'gain', 'no-maintenance', 'A machine nobody has to look after', 'required', '5', '', 'Office espresso with full service', '', 'assumed', '', '', '', '', '', '']);
    const gaps = parseCsv(segmentsCsv(exampleReport('tool-library'))).filter((record) => record[1] === 'gap');
    expect(gaps).toEqual([
      ['landlords', 'gap', '', 'channels', '', '', '', '', '', '', '', '', '', '', '', ''],
      ['landlords', 'gap', '', 'revenue_streams', '', '', '', '', '', '', '', '', '', '', '', ''],
      ['makers', 'gap', '', 'channels', '', '', '', '', '', '', '', '', '', '', '', ''],
    ]);
  });
});

describe('status in csv', () => {
  it('marks items and says how much is validated only on a canvas that gives statuses', () => {
    const matrix = parseCsv(matrixCsv(exampleReport('home-espresso')));
    const [head, home] = matrix as [string[], string[]];
    expect(home[head.indexOf('channels')]).toBe('? Online shop\n✗ Flagship boutiques');
    expect(['segment_status', 'items_validated', 'items_testing', 'items_invalidated', 'items_total'].map((key) => home[head.indexOf(key)])).toEqual(['validated', '2', '1', '1', '15']);
    const records = parseCsv(segmentsCsv(onlySegment(exampleReport('home-espresso'), 'offices')));
    expect(records).toContainEqual(['offices', 'pain', 'queue', 'Queues at the one machine at 9 am', '', '', '2', 'Office espresso with full service', '', 'invalidated', '', '', '', '', '', '']);
    expect(records).toContainEqual(['offices', 'validated', '', '1 of 12 items validated', '', '', '', '', '', '', '', '', '', '', '', '']);
    expect(parseCsv(segmentsCsv(exampleReport('tool-library'))).some((record) => record[1] === 'validated')).toBe(false);
  });
});

describe('economics in csv', () => {
  it('gives each revenue stream its type, pricing and amount, and estimates as numbers with currency and period', () => {
    const records = parseCsv(segmentsCsv(reportFromText(readFileSync('test/fixtures/economics.bmc.yaml', 'utf8'))));
    const hosts = records.filter((record) => record[0] === 'hosts' && record[1]!.startsWith('revenue'));
    // Each stream: its name, its amount as written, and its estimate (value, currency, period) when it has an amount.
    const streams: [string, string, [string, string, string] | null][] = [
      ['Host subscription', '19 EUR per month', ['22800', 'EUR', 'month']],
      ['Host listing insurance', '120 EUR per year', ['144000', 'EUR', 'year']],
      ['US host subscription', '21 USD per month', ['25200', 'USD', 'month']],
      ['Premium photos', '2 EUR per month', ['2400', 'EUR', 'month']],
      ['Gift cards', '', null],
    ];
    const totals = [['25200', 'EUR', 'month'], ['144000', 'EUR', 'year'], ['25200', 'USD', 'month']];
    expect(hosts.map((record) => [record[1], record[3], record[11], record[12], record[13], record[14]])).toEqual([
      ...streams.map(([name, amount]) => ['revenue_streams', name, amount, '', '', '']),
      ...streams.flatMap(([name, amount, estimate]) => (estimate ? [['revenue', name, amount, ...estimate]] : [])),
      ...totals.map((total) => ['revenue_total', '', '', ...total]),
      ['revenue_not_added', 'EUR and USD are not added; per month and per year are not added: convert them in the canvas to get one total', '', '', '', ''],
    ]);
    const guests = records.filter((record) => record[0] === 'guests' && record[1] === 'revenue');
    expect(guests.map((record) => [record[3], record[12], record[15]])).toEqual([
      ['Booking commission', '', 'not enough data: 3% of booking needs a volume (how much booking per period)'],
      ['Travel guide', '225000', '4.5 EUR per guide × 50,000 customers, one guide each'],
    ]);
    const shared = records.filter((record) => record[0] === '');
    expect(shared.map((record) => [record[1], record[3], record[8], record[12], record[14]])).toEqual([
      ['shared_cost', 'Servers', 'all', '400', 'month'],
      ['shared_cost', 'Audit', 'all', '5000', 'year'],
      ['shared_cost', 'Photo studio', 'hosts\npress', '', ''],
      ['shared_cost_total', '', '', '400', 'month'],
      ['shared_cost_total', '', '', '5000', 'year'],
      ['shared_cost_not_added', 'per month and per year are not added: convert them in the canvas to get one total', '', '', ''],
    ]);
  });
});

describe('csv', () => {
  it('follows RFC 4180: CRLF records, quoted fields with commas, quotes or line breaks, quotes doubled', () => {
    expect(csv([['a', 'b,c'], ['say "hi"', 'two\nlines'], ['', 'cr\r']])).toBe('a,"b,c"\r\n"say ""hi""","two\nlines"\r\n,"cr\r"\r\n');
  });
});

describe('text', () => {
  it('puts an apostrophe before text a spreadsheet would evaluate', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', 'plain', '18-45'].map(text)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", 'plain', '18-45']);
  });
});
