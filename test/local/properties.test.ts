import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CallCounter } from '../../src/local/services/counters';
import { LocalPropertiesService, PROPERTY_VALUE_LIMIT_BYTES } from '../../src/local/services/properties';
import { assignState, emptyState } from '../../src/local/services/state';
import { loadState, saveState } from '../../src/local/runner/stateFile';

function service() {
  const state = emptyState();
  const counter = new CallCounter();
  return { state, counter, properties: new LocalPropertiesService(state, counter) };
}

describe('PropertiesService', () => {
  it('returns null for a key that was never set, and strings for stored values', () => {
    const { properties } = service();
    const store = properties.getDocumentProperties();
    expect(store.getProperty('missing')).toBeNull();
    // Apps Script stores every value as a string.
    store.setProperty('count', 5 as unknown as string);
    expect(store.getProperty('count')).toBe('5');
  });

  it('merges setProperties unless deleteAllOthers is true', () => {
    const { properties } = service();
    const store = properties.getDocumentProperties();
    store.setProperties({ a: '1', b: '2' });
    store.setProperties({ b: '3', c: '4' });
    expect(store.getProperties()).toEqual({ a: '1', b: '3', c: '4' });
    store.setProperties({ z: '9' }, true);
    expect(store.getProperties()).toEqual({ z: '9' });
  });

  it('returns a copy from getProperties, so changing it changes nothing stored', () => {
    const { properties } = service();
    const store = properties.getDocumentProperties();
    store.setProperty('a', '1');
    const copy = store.getProperties();
    copy.a = 'changed';
    expect(store.getProperty('a')).toBe('1');
  });

  it('deletes one property, chaining like Apps Script', () => {
    const { properties } = service();
    const store = properties.getDocumentProperties();
    store.setProperty('a', '1').setProperty('b', '2').deleteProperty('a');
    expect(store.getProperties()).toEqual({ b: '2' });
  });

  it('rejects a value above the 9 KB quota and keeps the store unchanged', () => {
    const { properties } = service();
    const store = properties.getDocumentProperties();
    store.setProperty('a', '1');
    expect(() => store.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT_BYTES + 1))).toThrow(
      'Argument too large: value',
    );
    expect(store.getProperties()).toEqual({ a: '1' });
  });

  it('rejects a store above the 500 KB quota', () => {
    const { properties } = service();
    const store = properties.getDocumentProperties();
    const values: Record<string, string> = {};
    for (let i = 0; i < 60; i += 1) values[`key${i}`] = 'x'.repeat(9000);
    expect(() => store.setProperties(values)).toThrow('exceeded the property storage quota');
    expect(store.getProperties()).toEqual({});
  });

  it('counts every call by service and method', () => {
    const { properties, counter } = service();
    const store = properties.getDocumentProperties();
    store.getProperty('a');
    store.getProperty('b');
    store.setProperty('a', '1');
    expect(counter.snapshot()).toEqual({
      'Properties.getProperty': 2,
      'Properties.setProperty': 1,
      'PropertiesService.getDocumentProperties': 1,
    });
  });

  it('sees a state reloaded in place after another process wrote it', () => {
    const { state, properties } = service();
    const store = properties.getDocumentProperties();
    store.setProperty('a', 'mine');
    const fromDisk = emptyState();
    fromDisk.document = { a: 'theirs', log: '1' };
    assignState(state, fromDisk);
    expect(store.getProperties()).toEqual({ a: 'theirs', log: '1' });
  });
});

describe('the persisted state file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-state-'));

  it('is empty when the file does not exist', () => {
    expect(loadState(join(dir, 'missing.json'))).toEqual(emptyState());
  });

  it('round-trips properties, triggers and the used mail quota', () => {
    const path = join(dir, 'book.properties.json');
    const state = emptyState();
    state.document = { 'accountDesk.settings': '{"mode":"send"}' };
    state.triggers = [
      { id: '1', handler: 'dailyRun', eventType: 'CLOCK', source: 'CLOCK', schedule: { everyDays: 1 } },
    ];
    state.mailQuota = { day: '2026-12-07', used: 12 };
    saveState(path, state);
    expect(loadState(path)).toEqual(state);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(state);
  });

  it('fills what a hand-edited file lacks and drops values that are not strings', () => {
    const path = join(dir, 'partial.json');
    writeFileSync(path, JSON.stringify({ document: { a: '1', b: 2 }, mailQuota: { used: -3 } }));
    expect(loadState(path)).toEqual({ ...emptyState(), document: { a: '1' } });
  });

  it('names the file when it is not JSON', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{ not json');
    expect(() => loadState(path)).toThrow('broken.json: not valid JSON');
  });
});
