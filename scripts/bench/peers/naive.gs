/**
 * The naive way, as a typical "send payment reminders from Google Sheets"
 * tutorial writes it: every cell read with its own getRange().getValue(),
 * every state cell written with its own setValue(), one MailApp.sendEmail per
 * due invoice, every day. The benchmark loads this file into the same local
 * Apps Script services as the add-on and counts its calls the same way.
 * Plain Apps Script JavaScript on purpose (.gs): this is the code we compare with.
 * Its competent sibling, one block read per sheet, is peers/competent.gs.
 */

function naiveToday_() {
  var today = new Date();
  today.setHours(0, 0, 0, 0);
  return today;
}

function naiveParseDate_(value) {
  if (Object.prototype.toString.call(value) === '[object Date]') return value;
  var m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(String(value).trim());
  return m ? new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1])) : null;
}

function naiveParsePct_(value) {
  if (typeof value === 'number') return value <= 1 ? value * 100 : value;
  var text = String(value);
  var n = parseFloat(text.replace(',', '.'));
  if (isNaN(n)) return 0;
  return /ч|h/.test(text) ? (n / 40) * 100 : n;
}

/** Finds a column by its header, one cell at a time. */
function naiveColumn_(sheet, header) {
  var lastCol = sheet.getLastColumn();
  for (var c = 1; c <= lastCol; c++) {
    if (sheet.getRange(1, c).getValue() === header) return c;
  }
  return -1;
}

/** Person × week totals of the load table, one getValue (and one getBackground) per cell. */
function naiveLoadTotals_(ss) {
  var load = ss.getSheetByName('Загрузка');
  var lastRow = load.getLastRow();
  var lastCol = load.getLastColumn();
  var totals = {};
  var people = [];
  var person = '';
  for (var r = 2; r <= lastRow; r++) {
    var name = load.getRange(r, 1).getValue();
    if (name) {
      person = name;
      totals[person] = [];
      people.push(person);
    }
    for (var c = 3; c <= lastCol; c++) {
      var value = load.getRange(r, c).getValue();
      var tentative = load.getRange(r, c).getBackground() === '#cfe2f3';
      var week = c - 3;
      totals[person][week] = (totals[person][week] || 0) + (tentative ? 0 : naiveParsePct_(value));
    }
  }
  return { load: load, people: people, totals: totals, weeks: lastCol - 2 };
}

/** Walks the documents table row by row; writes a state per row and emails each due invoice when asked. */
function naiveDocuments_(ss, sendEmails) {
  var sheet = ss.getSheetByName('Документы');
  var lastRow = sheet.getLastRow();
  var typeCol = naiveColumn_(sheet, 'Тип');
  var numberCol = naiveColumn_(sheet, 'Номер');
  var clientCol = naiveColumn_(sheet, 'Клиент');
  var amountCol = naiveColumn_(sheet, 'Сумма');
  var dueCol = naiveColumn_(sheet, 'Срок оплаты');
  var paidCol = naiveColumn_(sheet, 'Дата оплаты');
  var emailCol = naiveColumn_(sheet, 'Email клиента');
  var stateCol = naiveColumn_(sheet, 'Состояние');
  if (stateCol < 0) {
    stateCol = sheet.getLastColumn() + 1;
    sheet.getRange(1, stateCol).setValue('Состояние');
  }
  var today = naiveToday_();
  var soon = new Date(today.getTime() + 3 * 86400000);
  var result = { due: 0, sent: 0, failed: 0 };
  for (var r = 2; r <= lastRow; r++) {
    var type = sheet.getRange(r, typeCol).getValue();
    var due = naiveParseDate_(sheet.getRange(r, dueCol).getValue());
    var paid = sheet.getRange(r, paidCol).getValue();
    var state = 'ок';
    if (type === 'счёт' && !paid && due) {
      state = due < today ? 'просрочен' : 'ждём оплату';
      if (due <= soon) {
        result.due++;
        if (sendEmails) {
          var number = sheet.getRange(r, numberCol).getValue();
          var client = sheet.getRange(r, clientCol).getValue();
          var amount = sheet.getRange(r, amountCol).getValue();
          var email = sheet.getRange(r, emailCol).getValue();
          try {
            MailApp.sendEmail(
              email,
              'Счёт №' + number + ': напоминание об оплате',
              'Здравствуйте, ' + client + '! Напоминаем об оплате счёта №' + number + ' на ' + amount + '.',
            );
            result.sent++;
          } catch (e) {
            // A real tutorial script dies here (quota); the benchmark counts it and goes on.
            result.failed++;
          }
        }
      }
    }
    sheet.getRange(r, stateCol).setValue(state);
  }
  return result;
}

/** Recalculate: load totals into a summary sheet cell by cell, then the document states. */
function naiveRecalculate() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var data = naiveLoadTotals_(ss);
  var out = ss.getSheetByName('Сводка загрузки') || ss.insertSheet('Сводка загрузки');
  out.clear();
  // Like any script that runs in Sheets at all, it first grows the sheet to the plan's size.
  if (data.weeks + 1 > out.getMaxColumns())
    out.insertColumnsAfter(out.getMaxColumns(), data.weeks + 1 - out.getMaxColumns());
  if (data.people.length + 1 > out.getMaxRows())
    out.insertRowsAfter(out.getMaxRows(), data.people.length + 1 - out.getMaxRows());
  for (var w = 0; w < data.weeks; w++) {
    out.getRange(1, w + 2).setValue(data.load.getRange(1, w + 3).getValue());
  }
  for (var i = 0; i < data.people.length; i++) {
    out.getRange(i + 2, 1).setValue(data.people[i]);
    for (var k = 0; k < data.weeks; k++) {
      var total = data.totals[data.people[i]][k] || 0;
      var cell = out.getRange(i + 2, k + 2);
      cell.setValue(total);
      cell.setBackground(total > 100 ? '#f4cccc' : total > 80 ? '#fff2cc' : '#d9ead3');
    }
  }
  return naiveDocuments_(ss, false);
}

/** The daily trigger: states and one email per due invoice. */
function naiveDailyRun() {
  return naiveDocuments_(SpreadsheetApp.getActiveSpreadsheet(), true);
}

/** The Monday trigger: this week's overloaded people, one email to the head. */
function naiveMondayRun() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var data = naiveLoadTotals_(ss);
  var week = Math.floor(data.weeks / 2);
  var lines = [];
  for (var i = 0; i < data.people.length; i++) {
    var total = data.totals[data.people[i]][week] || 0;
    if (total > 80) lines.push(data.people[i] + ': ' + Math.round(total) + '%');
  }
  MailApp.sendEmail('head@agency.example', 'Загрузка на неделю', lines.join('\n'));
  return { due: 0, sent: 1, failed: 0 };
}
