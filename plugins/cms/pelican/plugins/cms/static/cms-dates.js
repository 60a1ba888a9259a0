/*
 * Dates as the site reads and writes them, for the CMS's preview pane: the
 * Thai forms of thai_dates' reader (plugins/thai_dates/.../dates.py,
 * parse_thai_span), step for step: Thai or Arabic digits; full, abbreviated
 * or colloquial Thai month names; an optional weekday (which must be right),
 * วันที่ / ลงวันที่ / ประกาศ ณ วันที่; พ.ศ. / ค.ศ.; BE years in four or two
 * digits (a four-digit year above 2400 is BE; before 1941 the BE year began
 * on 1 April); d/m/y, d-m-y, d.m.y and y-m-d; a time or a time range; ISO
 * dates written in numbers. Not here: English month and weekday names (the
 * CMS's date fields refuse Latin letters).
 *
 * `read(text)` gives {year (CE), month, day} in the site's time zone, or null
 * where the site's reader reports a problem. tests/cms/test_cms_preview.py
 * compares it with the Python reader on every sample date and thousands of
 * made-up ones.
 *
 * `tables` (CMS_PREVIEW in admin/cms-preview-data.js) comes from the site:
 * month spellings, month names, the digit setting and the time zone's offset.
 */
(function (root) {
  "use strict";

  var THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
  var BE_OFFSET = 543;
  var BE_THRESHOLD = 2400;
  var NEW_YEAR_REFORM_CE = 1941;
  var EARLIEST_CE = 1890;
  var LATEST_CE = 2157;
  // Monday first, as Python's date.weekday() counts.
  var WEEKDAYS_SHORT = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"];

  var ERA = "(?<era>พ\\.\\s?ศ\\.?|พุทธศักราช|ค\\.\\s?ศ\\.?|คริสต์ศักราช)";
  var MONTH_WORD = "(?<month>[\\u0e01-\\u0e4e.]+?|[A-Za-z]+\\.?)";
  var O_TYPO_RE = /(?<![A-Za-z])[๐-๙oO]*[๐-๙][๐-๙oO]*(?![A-Za-z])/g;
  var SPACES_RE = /[\s\u00a0\u2009\u202f]+/g;
  var DASHES_RE = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;
  var WEEKDAY_RE = new RegExp(
    "^(?:วัน\\s*)?(?<weekday>จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)\\s*(?:ที่)?\\s*,?\\s*" +
      "|^(?<weekday_en>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\\.?\\s*,?\\s*",
    "i"
  );
  var PREFIX_RE = /^(?:(?:ประกาศ|สั่ง|ให้ไว้)?\s*ณ\s*)?(?:ลงวันที่|ลว\.?|วันที่)\s*/;
  var TIME_RE = new RegExp(
    "(?:(?<=\\d)T|[\\s,]+(?:เวลา\\s*)?|(?<=\\d)(?=เวลา)เวลา\\s*)" +
      "(?:(?<h>\\d{1,2})[:.](?<m>\\d{2})(?:[:.](?<s>\\d{2})(?:\\.(?<f>\\d{1,6}))?)?" +
      "\\s*(?:น\\.?|นาฬิกา)?\\s*(?<tz>Z|[+-]\\d{2}:?\\d{2})?" +
      "|(?<h_only>\\d{1,2})\\s*(?:น\\.?|นาฬิกา))\\s*$"
  );
  var DMY_WORD_RE = new RegExp("^(?<day>\\d{1,2})\\s*" + MONTH_WORD + "\\s*,?\\s*" + ERA + "?\\s*(?<year>\\d+)$");
  var MDY_WORD_RE = new RegExp("^" + MONTH_WORD + "\\s*(?<day>\\d{1,2})(?:\\s*,\\s*|\\s+)" + ERA + "?\\s*(?<year>\\d+)$");
  var DMY_NUM_RE = new RegExp(
    "^(?<day>\\d{1,2})\\s*(?<sep>[/.-])\\s*(?<month_no>\\d{1,2})\\s*\\k<sep>\\s*" + ERA + "?\\s*(?<year>\\d+)$"
  );
  var YMD_NUM_RE = /^(?<year>\d{4})\s*(?<sep>[/.-])\s*(?<month_no>\d{1,2})\s*\k<sep>\s*(?<day>\d{1,2})$/;
  var END_TIME_RE = /\s*(?:-|ถึง)\s*(?:เวลา\s*)?(?<h>\d{1,2})[:.](?<m>\d{2})\s*(?:น\.?|นาฬิกา)?\s*$/;
  // What Python's datetime.fromisoformat (3.11) reads without Latin letters:
  // a date, and after one separator character a time and a UTC offset.
  var ISO_RE = new RegExp(
    "^(?<year>\\d{4})(?:-(?<month>\\d{2})-(?<day>\\d{2})|(?<month2>\\d{2})(?<day2>\\d{2}))" +
      "(?:[^\\d](?<h>\\d{2})(?::?(?<m>\\d{2})(?::?(?<s>\\d{2})(?:[.,]\\d+)?)?)?" +
      "(?<tz>[+-]\\d{2}(?::?\\d{2}(?::?\\d{2}(?:\\.\\d{6})?)?)?)?)?$"
  );

  function create(tables) {
    function toArabic(text) {
      return String(text).replace(/[๐-๙]/g, function (d) {
        return String(THAI_DIGITS.indexOf(d));
      });
    }

    function toThai(text) {
      return String(text).replace(/[0-9]/g, function (d) {
        return THAI_DIGITS[Number(d)];
      });
    }

    function normalize(text) {
      var value = String(text)
        .normalize("NFC")
        .replace(/\u0e4d\u0e32/g, "\u0e33")
        .replace(/[\u200b\u200c\ufeff]/g, "")
        .replace(O_TYPO_RE, function (run) {
          return run.replace(/[oO]/g, "๐");
        });
      value = toArabic(value).replace(DASHES_RE, "-").replace(/\uff0f/g, "/");
      return value.replace(SPACES_RE, " ").trim().replace(/เดือน /g, "เดือน");
    }

    function daysIn(year, month) {
      return new Date(Date.UTC(year, month, 0)).getUTCDate();
    }

    // {ce, be} from the written year, or null (thai_dates' _resolve_year).
    function resolveYear(yearText, era, month, english) {
      var eraKind = era ? (/^ค/.test(era) ? "ce" : "be") : null;
      var number = Number(yearText);
      var be;
      if (yearText.length === 2) {
        if (english) return null;
        if (eraKind === "ce") return { ce: 2000 + number, be: null };
        be = 2500 + number;
      } else if (yearText.length === 4) {
        if (eraKind === "ce" || (eraKind === null && number <= BE_THRESHOLD)) return { ce: number, be: null };
        be = number;
      } else {
        return null;
      }
      if (be <= 2483 && month <= 3) {
        return be === 2483 ? null : { ce: be - BE_OFFSET + 1, be: be };
      }
      return { ce: be - BE_OFFSET, be: be };
    }

    function checkDay(day, month, ce) {
      if (month < 1 || month > 12 || ce < EARLIEST_CE || ce > LATEST_CE) return null;
      if (day < 1 || day > daysIn(ce, month)) return null;
      return { year: ce, month: month, day: day };
    }

    function lookupMonth(word) {
      var key = word.replace(/[. ]/g, "").toLowerCase().replace(/^เดือน/, "");
      return Object.prototype.hasOwnProperty.call(tables.months, key) ? tables.months[key] : null;
    }

    function wordDate(groups) {
      var month = lookupMonth(groups.month);
      if (!month) return null;
      var english = /^[a-z]+$/.test(groups.month.replace(/\.+$/, "").toLowerCase());
      var year = resolveYear(groups.year, groups.era, month, english);
      return year && checkDay(Number(groups.day), month, year.ce);
    }

    function numericDate(groups) {
      var month = Number(groups.month_no);
      if (month < 1 || month > 12) return null;
      var year = resolveYear(groups.year, groups.era, month, false);
      return year && checkDay(Number(groups.day), month, year.ce);
    }

    // undefined: not a written form; null: a written form with a mistake.
    function writtenDate(part) {
      var match = DMY_WORD_RE.exec(part) || MDY_WORD_RE.exec(part);
      if (match) return wordDate(match.groups);
      match = DMY_NUM_RE.exec(part) || YMD_NUM_RE.exec(part);
      if (match) return numericDate(match.groups);
      return undefined;
    }

    function weekdayOf(date) {
      return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
    }

    function stripPrefixes(part) {
      var weekday = null;
      part = part.replace(PREFIX_RE, "");
      var match = WEEKDAY_RE.exec(part);
      if (match) {
        if (match.groups.weekday) {
          weekday = /^พฤหัส/.test(match.groups.weekday) ? 3 : WEEKDAYS_SHORT.indexOf(match.groups.weekday);
        } else {
          weekday = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(
            match.groups.weekday_en.toLowerCase().slice(0, 3)
          );
        }
        part = part.slice(match[0].length);
      }
      part = part.replace(PREFIX_RE, "").replace(/^[ ,]+|[ ,]+$/g, "");
      if (/\d\.$/.test(part)) part = part.slice(0, -1);
      return { part: part, weekday: weekday };
    }

    // A written UTC offset in minutes: Z, +07, +0700, +07:00, +07:00:00.
    function offsetMinutes(tz) {
      if (tz === "Z") return 0;
      var bare = tz.slice(1).replace(/:/g, "");
      return (tz[0] === "-" ? -1 : 1) * (Number(bare.slice(0, 2)) * 60 + Number(bare.slice(2, 4) || 0));
    }

    // Minutes after midnight, with the written UTC offset (or null), or
    // false for an impossible time. `groups`: h (or h_only), m, s, tz.
    function clock(groups) {
      if (!groups) return { minutes: 0, offset: null };
      var hour = Number(groups.h_only !== undefined ? groups.h_only : groups.h);
      var minute = Number(groups.m || 0);
      var second = Number(groups.s || 0);
      if (hour > 23 || minute > 59 || second > 59) return false;
      return { minutes: hour * 60 + minute + second / 60, offset: groups.tz ? offsetMinutes(groups.tz) : null };
    }

    // The date in the site's time zone of a moment written with an offset.
    function inSiteZone(date, time) {
      if (time.offset === null) return date;
      var utc = Date.UTC(date.year, date.month - 1, date.day) + (time.minutes - time.offset) * 60000;
      var local = new Date(utc + tables.zoneOffsetMinutes * 60000);
      return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
    }

    function splitEndTime(rest) {
      if (/\dT\d/.test(rest)) return { rest: rest, end: null };
      var match = END_TIME_RE.exec(rest);
      if (!match) return { rest: rest, end: null };
      var start = TIME_RE.exec(rest.slice(0, match.index));
      if (!start || start.index === 0 || start.groups.h_only !== undefined) return { rest: rest, end: null };
      return { rest: rest.slice(0, match.index), end: match.groups };
    }

    // ISO dates in numbers (Python's fromisoformat); a BE year is read as BE.
    function isoDate(rest) {
      var match = ISO_RE.exec(rest);
      if (!match) return null;
      var g = match.groups;
      var time = clock(g.h === undefined ? null : g);
      if (time === false) return null;
      var month = Number(g.month || g.month2);
      var day = Number(g.day || g.day2);
      var year = Number(g.year);
      if (year < 1 || month < 1 || month > 12) return null;
      if (day < 1 || day > daysIn(year, month)) return null;
      if (year > BE_THRESHOLD) {
        var resolved = resolveYear(g.year, null, month, false);
        if (!resolved) return null;
        year = resolved.ce;
      }
      var date = checkDay(day, month, year);
      return date && time.offset !== null ? inSiteZone(date, time) : date;
    }

    /*
     * {year (CE), month, day} of a date as staff write it, in the site's
     * time zone; null where the site's reader reports a problem.
     */
    function read(text) {
      if (typeof text !== "string" || !text.trim()) return null;
      var split = splitEndTime(normalize(text));
      var rest = split.rest;
      var timeMatch = TIME_RE.exec(rest);
      var datePart = rest;
      var timeGroups = null;
      if (timeMatch && timeMatch.index > 0) {
        datePart = rest.slice(0, timeMatch.index).replace(/[ ,]+$/, "");
        timeGroups = timeMatch.groups;
      }
      var stripped = stripPrefixes(datePart);
      var date = writtenDate(stripped.part);
      if (date === undefined) {
        // ISO and English forms, read from the whole text (the site's fallback).
        if (!/^[\x00-\x7f]*$/.test(rest) || !/\d/.test(rest)) return null;
        date = isoDate(rest);
        if (date && stripped.weekday !== null && weekdayOf(date) !== stripped.weekday) return null;
        return date;
      }
      if (date === null) return null;
      if (stripped.weekday !== null && weekdayOf(date) !== stripped.weekday) return null;
      var start = clock(timeGroups);
      if (start === false) return null;
      if (timeGroups) {
        date.hour = Math.floor(start.minutes / 60);
        date.minute = Math.floor(start.minutes % 60);
      }
      if (split.end) {
        // The end of a time range is in the site's time zone; it must come
        // after the start.
        var end = clock(split.end);
        if (end === false) return null;
        var zone = tables.zoneOffsetMinutes;
        if (end.minutes - zone <= start.minutes - (start.offset === null ? zone : start.offset)) return null;
      }
      return start.offset === null ? date : inSiteZone(date, start);
    }

    function beYear(date) {
      return date.year + BE_OFFSET - (date.year < NEW_YEAR_REFORM_CE && date.month <= 3 ? 1 : 0);
    }

    function digits(text) {
      return tables.thaiDigits ? toThai(text) : toArabic(text);
    }

    // The full written form, as the theme's thai_date filter writes it.
    function full(date) {
      return digits(date.day + " " + tables.monthNames[date.month - 1] + " " + beYear(date));
    }

    function pad(number) {
      return (number < 10 ? "0" : "") + number;
    }

    // The weekday form with the time, to show staff how a date was read:
    // วันจันทร์ที่ ๓ พฤศจิกายน พ.ศ. ๒๕๖๘ เวลา ๐๙.๓๐ น.
    function spoken(date) {
      var text =
        tables.weekdayNames[weekdayOf(date)] + "ที่ " + date.day + " " + tables.monthNames[date.month - 1] +
        " พ.ศ. " + beYear(date);
      return digits(text) + clockText(date);
    }

    function clockText(date) {
      return date.hour === undefined ? "" : digits(" เวลา " + pad(date.hour) + "." + pad(date.minute) + " น.");
    }

    // The staff guide's form of a date (and its time, if it has one), as the
    // date picker writes it: ๓ พฤศจิกายน ๒๕๖๘ เวลา ๐๙.๓๐ น.
    function written(date) {
      return full(date) + clockText(date);
    }

    function iso(date) {
      return String(date.year).padStart(4, "0") + "-" + pad(date.month) + "-" + pad(date.day);
    }

    // The Thai government fiscal year (BE): 1 October to 30 September.
    function fiscalYear(date) {
      return beYear(date) + (date.month >= 10 ? 1 : 0);
    }

    return {
      read: read,
      full: full,
      spoken: spoken,
      written: written,
      iso: iso,
      fiscalYear: fiscalYear,
      digits: digits,
      toThai: toThai,
      toArabic: toArabic,
    };
  }

  root.CmsDates = { create: create };
})(globalThis);
