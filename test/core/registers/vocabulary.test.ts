import {
  REGISTER_FIELDS,
  classifyTask,
  fieldLabel,
  isAccountManagerRole,
  isTentativeStatus,
  parseDirection,
  parseDocumentStatus,
  parseDocumentType,
  parseOriginals,
  registerLabel,
  type FieldOf,
  type RegisterKind,
} from '../../../src/core/registers';

describe('classifyTask', () => {
  it.each([
    ['Клиент А', 'client'],
    ['ООО «Внутренний рынок»', 'client'],
    ['Внутренние задачи', 'internal'],
    ['внутренняя работа', 'internal'],
    ['Internal', 'internal'],
    ['Обучение', 'internal'],
    ['Learning', 'internal'],
    ['Праздники', 'holiday'],
    ['Праздник', 'holiday'],
    ['Holiday', 'holiday'],
    ['Отпуск', 'vacation'],
    ['  отпуск ', 'vacation'],
    ['Vacation', 'vacation'],
    ['Больничный', 'sick'],
    ['Sick leave', 'sick'],
  ])('%p is %p', (text, kind) => {
    expect(classifyTask(text)).toBe(kind);
  });
});

describe('document vocabulary', () => {
  it.each([
    ['Договор', 'contract'],
    ['договор оказания услуг', 'contract'],
    ['Contract', 'contract'],
    ['Приложение №2', 'appendix'],
    ['Appendix', 'appendix'],
    ['Доп. соглашение', 'supplement'],
    ['допсоглашение', 'supplement'],
    ['ДС №3', 'supplement'],
    ['Дополнительное соглашение', 'supplement'],
    ['Счёт', 'invoice'],
    ['счет', 'invoice'],
    ['Invoice', 'invoice'],
    ['Акт', 'act'],
    ['акт выполненных работ', 'act'],
    ['Act', 'act'],
    ['Акт сверки', null],
    ['Счёт-фактура', null],
    ['Актуальный', null],
    ['Письмо', null],
    ['', null],
  ])('type of %p is %p', (text, type) => {
    expect(parseDocumentType(text)).toBe(type);
  });

  it.each([
    ['черновик', 'draft'],
    ['Отправлен', 'sent'],
    ['выставлен', 'sent'],
    ['не оплачен', 'sent'],
    ['частично оплачен', 'sent'],
    ['подписан', 'signed'],
    ['Подписан обеими сторонами', 'signed'],
    ['оплачен', 'paid'],
    ['Оплачено', 'paid'],
    ['Paid', 'paid'],
    ['отменён', 'cancelled'],
    ['отменен', 'cancelled'],
    ['аннулирован', 'cancelled'],
    ['Cancelled', 'cancelled'],
    ['в раздумьях', null],
  ])('status %p is %p', (text, status) => {
    expect(parseDocumentStatus(text)).toBe(status);
  });

  it.each([
    ['получен', 'received'],
    ['есть', 'received'],
    ['Оригинал', 'received'],
    ['скан', 'scan'],
    ['Скан по почте', 'scan'],
    ['нет', 'none'],
    ['не получен', 'none'],
    ['может быть', null],
  ])('originals %p are %p', (text, state) => {
    expect(parseOriginals(text)).toBe(state);
  });

  it.each([
    ['входящий', 'incoming'],
    ['от клиента', 'incoming'],
    ['Income', 'incoming'],
    ['исходящий', 'outgoing'],
    ['подрядчику', 'outgoing'],
    ['Outgoing', 'outgoing'],
    ['куда-то', null],
  ])('direction %p is %p', (text, direction) => {
    expect(parseDirection(text)).toBe(direction);
  });
});

describe('team and load words', () => {
  it.each([
    ['Аккаунт-менеджер', true],
    ['аккаунт', true],
    ['Account manager', true],
    ['AM', true],
    ['Дизайнер', false],
    ['Team lead', false],
  ])('%p is an account manager role: %p', (role, yes) => {
    expect(isAccountManagerRole(role)).toBe(yes);
  });

  it.each([
    ['предв.', true],
    ['Предварительно', true],
    ['tentative', true],
    ['бронь', true],
    ['подтверждено', false],
    ['', false],
  ])('status %p marks a tentative row: %p', (text, yes) => {
    expect(isTentativeStatus(text)).toBe(yes);
  });
});

describe('labels for the settings sidebar', () => {
  const fields = (Object.keys(REGISTER_FIELDS) as RegisterKind[]).flatMap((kind) =>
    (REGISTER_FIELDS[kind] as readonly string[]).map((field) => [kind, field] as const),
  );

  it.each(fields)('%s.%s has its own label in Russian and English', (kind, field) => {
    const ru = fieldLabel(kind, field as FieldOf<typeof kind>, 'ru');
    const en = fieldLabel(kind, field as FieldOf<typeof kind>, 'en');
    expect(ru).not.toContain('registers.');
    expect(en).not.toContain('registers.');
    expect(en).not.toMatch(/[а-яё]/i);
  });

  it('names the registers', () => {
    expect(registerLabel('documents', 'ru')).toBe('Документы');
    expect(registerLabel('load', 'en')).toBe('Load');
  });
});
