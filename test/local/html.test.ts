import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CallCounter } from '../../src/local/services/counters';
import { LocalHtmlService } from '../../src/local/services/html';

const dist = mkdtempSync(join(tmpdir(), 'account-desk-html-'));
writeFileSync(join(dist, 'help.html'), '<!doctype html><p>Справка</p>');

function service() {
  const counter = new CallCounter();
  return { counter, HtmlService: new LocalHtmlService(dist, counter) };
}

describe('HtmlService', () => {
  it.each(['help', 'help.html'])('reads the built page for the project file name %s', (name) => {
    const { HtmlService } = service();
    expect(HtmlService.createHtmlOutputFromFile(name).snapshot().content).toBe(
      '<!doctype html><p>Справка</p>',
    );
  });

  it.each(['settings', '../help', 'pages/help'])(
    'throws the Apps Script error for a missing file %s',
    (name) => {
      const { HtmlService } = service();
      expect(() => HtmlService.createHtmlOutputFromFile(name)).toThrow(
        `No HTML file named ${name} was found.`,
      );
    },
  );

  it('chains setTitle and setWidth, and the shown page carries them', () => {
    const { HtmlService } = service();
    const output = HtmlService.createHtmlOutputFromFile('help').setTitle('Справка').setWidth(300);
    expect(output.snapshot()).toMatchObject({ fileName: 'help', title: 'Справка', width: 300 });
  });

  it('counts calls by method name', () => {
    const { HtmlService, counter } = service();
    HtmlService.createHtmlOutputFromFile('help').setTitle('x').snapshot();
    expect(counter.snapshot()).toEqual({
      'HtmlOutput.setTitle': 1,
      'HtmlService.createHtmlOutputFromFile': 1,
    });
  });
});
