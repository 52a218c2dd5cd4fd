import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CallCounter } from '../../src/local/counters';
import { createHtmlService } from '../../src/local/html';

const dist = mkdtempSync(join(tmpdir(), 'account-desk-html-'));
writeFileSync(join(dist, 'help.html'), '<!doctype html><p>Справка</p>');

function service() {
  const counter = new CallCounter();
  return { counter, HtmlService: createHtmlService(dist, counter) };
}

describe('HtmlService', () => {
  it.each(['help', 'help.html'])('reads the built page for the project file name %s', (name) => {
    const { HtmlService } = service();
    expect(HtmlService.createHtmlOutputFromFile(name).getContent()).toBe('<!doctype html><p>Справка</p>');
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

  it('chains setTitle, setWidth and setHeight and reads them back', () => {
    const { HtmlService } = service();
    const output = HtmlService.createHtmlOutputFromFile('help')
      .setTitle('Справка')
      .setWidth(300)
      .setHeight(600);
    expect([output.getTitle(), output.getWidth(), output.getHeight()]).toEqual(['Справка', 300, 600]);
  });

  it('builds an output from a string and appends untrusted text escaped', () => {
    const { HtmlService } = service();
    const output = HtmlService.createHtmlOutput('<b>Итого</b>').appendUntrusted('<script>x</script>');
    expect(output.getContent()).toBe('<b>Итого</b>&lt;script&gt;x&lt;/script&gt;');
  });

  it('counts calls by method name', () => {
    const { HtmlService, counter } = service();
    HtmlService.createHtmlOutputFromFile('help').setTitle('x').getContent();
    expect(counter.snapshot()).toEqual({
      'HtmlOutput.getContent': 1,
      'HtmlOutput.setTitle': 1,
      'HtmlService.createHtmlOutputFromFile': 1,
    });
  });
});
