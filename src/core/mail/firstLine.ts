/**
 * The first line of a reply that says something: what the AM reads in the digest
 * ("клиент ответил 08.12: «Оплатим в пятницу»"). Greetings, the quoted letter below
 * (`> …`, `On … wrote:`, `-----Original Message-----`) and the signature (`-- `, `С уважением`)
 * are cut.
 */

/** Lines from which on everything is the quoted letter or the signature. */
const CUT_FROM = [
  /^>/,
  /^-{2,}\s*$/,
  /^--\s$/,
  /^-{3,}\s*(?:original message|исходное сообщение|пересылаемое сообщение|forwarded message)/i,
  /^_{5,}\s*$/,
  /^(?:on|le|am)\s.+(?:wrote|a écrit|schrieb)\s*:\s*$/i,
  /^.{0,120}\s(?:пишет|написал|написала|wrote)\s*:\s*$/i,
  // Gmail's Russian quote header: «пн, 7 дек. 2026 г. в 09:00, Анна <anna@agency.ru>:»
  /^.{0,160}<[^<>\s]+@[^<>\s]+>\s*:\s*$/,
  /^(?:from|от|отправлено|sent):\s/i,
  /^(?:с уважением|с наилучшими пожеланиями|всего доброго|best regards|kind regards|regards|thanks and regards|sent from my)\b/i,
];

/** A line that greets and says nothing yet. */
const GREETING =
  /^(?:здравствуйте|добрый (?:день|вечер)|доброе утро|привет|hello|hi|dear|good (?:morning|afternoon)|уважаем\S*)(?:[\s,]+[^\s,.!?]+){0,3}[\s,!.]*$/i;

/** The longest line the digest quotes; a longer one ends with `…`. */
export const FIRST_LINE_MAX = 120;

export function firstMeaningfulLine(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (CUT_FROM.some((rule) => rule.test(raw.trimStart()) || rule.test(line))) break;
    if (line === '' || GREETING.test(line)) continue;
    return line.length > FIRST_LINE_MAX ? `${line.slice(0, FIRST_LINE_MAX - 1).trimEnd()}…` : line;
  }
  return '';
}
