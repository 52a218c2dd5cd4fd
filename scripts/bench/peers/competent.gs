/**
 * The competent tutorial way: what a careful "payment reminders from Google Sheets"
 * tutorial writes once it has read Google's best practices — one getValues per sheet
 * (and one getBackgrounds where colour matters), the loop in memory, one setValues
 * for the states column, one MailApp.sendEmail per due invoice, every day. No log,
 * no locks, no settings: it does less than the add-on, and sends more.
 * The benchmark loads this file into the same local Apps Script services as the
 * add-on and counts its calls and cells the same way.
 * Plain Apps Script JavaScript on purpose (.gs): this is the code we compare with.
 */

function competentToday_() {
  var today = new Date();
  today.setHours(0, 0, 0, 0);
  return today;
}

function competentParseDate_(value) {
  if (Object.prototype.toString.call(value) === '[object Date]') return value;
  var m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(String(value).trim());
  return m ? new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1])) : null;
}

function competentParsePct_(value) {
  if (typeof value === 'number') return value <= 1 ? value * 100 : value;
  var text = String(value);
  var n = parseFloat(text.replace(',', '.'));
  if (isNaN(n)) return 0;
  return /ч|h/.test(text) ? (n / 40) * 100 : n;
}

/** Person × week totals of the load table from one block of values and one of backgrounds. */
function competentLoadTotals_(ss) {
  var range = ss.getSheetByName('Загрузка').getDataRange();
  var values = range.getValues();
  var backgrounds = range.getBackgrounds();
  var totals = {};
  var people = [];
  var person = '';
  for (var r = 1; r < values.length; r++) {
    if (values[r][0]) {
      person = values[r][0];
      totals[person] = [];
      people.push(person);
    }
    for (var c = 2; c < values[r].length; c++) {
      var week = c - 2;
      var tentative = backgrounds[r][c] === '#cfe2f3';
      totals[person][week] = (totals[person][week] || 0) + (tentative ? 0 : competentParsePct_(values[r][c]));
    }
  }
  return { header: values[0], people: people, totals: totals, weeks: values[0].length - 2 };
}

/** States for every document from one read; one write of the states column; an email per due invoice when asked. */
function competentDocuments_(ss, sendEmails) {
  var sheet = ss.getSheetByName('Документы');
  var values = sheet.getDataRange().getValues();
  var header = values[0];
  var col = function (name) {
    return header.indexOf(name);
  };
  var stateCol = col('Состояние');
  if (stateCol < 0) stateCol = header.length;
  var today = competentToday_();
  var soon = new Date(today.getTime() + 3 * 86400000);
  var result = { due: 0, sent: 0, failed: 0 };
  var states = [['Состояние']];
  for (var r = 1; r < values.length; r++) {
    var row = values[r];
    var due = competentParseDate_(row[col('Срок оплаты')]);
    var state = 'ок';
    if (row[col('Тип')] === 'счёт' && !row[col('Дата оплаты')] && due) {
      state = due < today ? 'просрочен' : 'ждём оплату';
      if (due <= soon) {
        result.due++;
        if (sendEmails) {
          var number = row[col('Номер')];
          try {
            MailApp.sendEmail(
              row[col('Email клиента')],
              'Счёт №' + number + ': напоминание об оплате',
              'Здравствуйте, ' +
                row[col('Клиент')] +
                '! Напоминаем об оплате счёта №' +
                number +
                ' на ' +
                row[col('Сумма')] +
                '.',
            );
            result.sent++;
          } catch (e) {
            // A real tutorial script dies here (quota); the benchmark counts it and goes on.
            result.failed++;
          }
        }
      }
    }
    states.push([state]);
  }
  if (stateCol + 1 > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), stateCol + 1 - sheet.getMaxColumns());
  sheet.getRange(1, stateCol + 1, states.length, 1).setValues(states);
  return result;
}

/** Recalculate: the load summary in one block of values and one of colours, then the document states. */
function competentRecalculate() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var data = competentLoadTotals_(ss);
  var out = ss.getSheetByName('Сводка загрузки') || ss.insertSheet('Сводка загрузки');
  out.clear();
  if (data.weeks + 1 > out.getMaxColumns())
    out.insertColumnsAfter(out.getMaxColumns(), data.weeks + 1 - out.getMaxColumns());
  if (data.people.length + 1 > out.getMaxRows())
    out.insertRowsAfter(out.getMaxRows(), data.people.length + 1 - out.getMaxRows());
  var rows = [[''].concat(data.header.slice(2))];
  var colours = [
    rows[0].map(function () {
      return null;
    }),
  ];
  for (var i = 0; i < data.people.length; i++) {
    var line = [data.people[i]];
    var tint = [null];
    for (var k = 0; k < data.weeks; k++) {
      var total = data.totals[data.people[i]][k] || 0;
      line.push(total);
      tint.push(total > 100 ? '#f4cccc' : total > 80 ? '#fff2cc' : '#d9ead3');
    }
    rows.push(line);
    colours.push(tint);
  }
  var block = out.getRange(1, 1, rows.length, data.weeks + 1);
  block.setValues(rows);
  block.setBackgrounds(colours);
  return competentDocuments_(ss, false);
}

/** The daily trigger: states and one email per due invoice. */
function competentDailyRun() {
  return competentDocuments_(SpreadsheetApp.getActiveSpreadsheet(), true);
}

/** The Monday trigger: this week's overloaded people, one email to the head. */
function competentMondayRun() {
  var data = competentLoadTotals_(SpreadsheetApp.getActiveSpreadsheet());
  var week = Math.floor(data.weeks / 2);
  var lines = [];
  for (var i = 0; i < data.people.length; i++) {
    var total = data.totals[data.people[i]][week] || 0;
    if (total > 80) lines.push(data.people[i] + ': ' + Math.round(total) + '%');
  }
  MailApp.sendEmail('head@agency.example', 'Загрузка на неделю', lines.join('\n'));
  return { due: 0, sent: 1, failed: 0 };
}
