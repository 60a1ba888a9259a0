/*
 * The CMS's date field (`thai-date`): the date as staff write it, in a text
 * box, with a calendar that writes the picked day in the staff guide's form
 * (๓ พฤศจิกายน ๒๕๖๘, keeping a time already written: เวลา ๐๙.๓๐ น.), and a
 * line under it saying how the site reads what is written (วันจันทร์ที่ ๓
 * พฤศจิกายน พ.ศ. ๒๕๖๘), or that it cannot. Reading and writing are
 * cms-dates.js, the site's own rules.
 *
 * A React component, drawn with the CMS's createElement (window.h); the CMS
 * gives it the value, onChange and the id its label points to (forID).
 */
(function (root) {
  "use strict";

  var FIELD_TYPE = "thai-date";

  function create(dates) {
    // The picked day ("2025-11-03") written out, with the time of the
    // current text when it has one.
    function picked(isoDay, current) {
      var parts = isoDay.split("-").map(Number);
      var date = { year: parts[0], month: parts[1], day: parts[2] };
      var before = dates.read(current || "");
      if (before && before.hour !== undefined) {
        date.hour = before.hour;
        date.minute = before.minute;
      }
      return dates.written(date);
    }

    function reading(text) {
      if (!text.trim()) return "";
      var date = dates.read(text);
      return date
        ? "ระบบอ่านได้ว่า " + dates.spoken(date)
        : "ระบบอ่านวันที่นี้ไม่ได้ ตรวจวัน เดือน ปี และเวลา หรือเลือกจากปฏิทิน";
    }

    function Control(props) {
      var h = root.h;
      var value = typeof props.value === "string" ? props.value : "";
      var date = dates.read(value);
      var id = props.forID || "";
      var field = props.field;
      var required = Boolean(field && field.get && field.get("required") !== false);
      return h(
        "div",
        { className: "thai-date " + (props.classNameWrapper || "") },
        h("input", {
          type: "text",
          id: id,
          lang: "th",
          value: value,
          // As the CMS's own text boxes: named by the field's heading.
          "aria-labelledby": id + "-label",
          "aria-errormessage": id + "-error",
          "aria-required": String(required),
          "aria-describedby": id + "-reading",
          onChange: function (event) {
            props.onChange(event.target.value);
          },
        }),
        h(
          "label",
          { className: "thai-date-pick" },
          h("span", { id: id + "-pick" }, "เลือกจากปฏิทิน"),
          " ",
          h("input", {
            type: "date",
            "aria-labelledby": id + "-label " + id + "-pick",
            min: "1890-01-01",
            max: "2157-12-31",
            value: date ? dates.iso(date) : "",
            onChange: function (event) {
              if (event.target.value) props.onChange(picked(event.target.value, value));
            },
          })
        ),
        h(
          "p",
          { id: id + "-reading", className: "thai-date-reading" + (date || !value.trim() ? "" : " unreadable") },
          reading(value)
        )
      );
    }

    return { Control: Control, picked: picked, reading: reading };
  }

  function register(cms, dates) {
    cms.registerFieldType(FIELD_TYPE, create(dates).Control);
  }

  root.CmsDateField = { FIELD_TYPE: FIELD_TYPE, create: create, register: register };
})(globalThis);
