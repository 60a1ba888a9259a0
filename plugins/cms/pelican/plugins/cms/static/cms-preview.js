/*
 * The CMS's preview pane for announcements, documents and manuals: the page's
 * header the way the site's templates draw it (theme/templates/article.html,
 * document.html, manual.html), in the site's own stylesheet (cms-setup.js),
 * with dates read and written as the site does (Thai month names, Buddhist-Era
 * years, Thai or Arabic digits as the site's THAI_DIGITS setting says).
 *
 * The site's readers are Python; dates are read by cms-dates.js (the Thai part
 * of the site's date reader), document numbers and amounts here. `CMS_PREVIEW`
 * (admin/cms-preview-data.js) is generated from the site's own tables: month
 * spellings, groups, the digit setting, the time zone. tests/cms/test_cms_preview.py
 * compares what these functions draw with the built pages of every sample file.
 *
 * The drawing functions take `h` (React's createElement, which the CMS
 * provides as window.h) and plain data, so tests can call them without the CMS.
 */
(function (root) {
  "use strict";

  var site = root.CMS_PREVIEW;
  var dates = root.CmsDates.create(site);
  var digits = dates.digits;

  // The theme's `thai_time`: <time datetime="2025-11-03">๓ พฤศจิกายน ๒๕๖๘</time>,
  // or the text as written when it is not a date the site can read.
  function thaiTime(h, text) {
    var date = dates.read(text);
    return date ? h("time", { dateTime: dates.iso(date) }, dates.full(date)) : String(text || "");
  }

  var LETTER_RE = /^([ก-ฮ]{2})\s*\.?\s*(\d{4,5}(?:\.\d{1,4})*)\s*\/\s*(ว\s*\.?)?\s*(\d{1,6})$/;
  var ORDER_RE = /^(\d{1,6})\s*\/\s*(\d{4})$/;

  // The registers' `doc_number` filter: the number in its one written form,
  // without its leading ที่ (ศธ ๐๔๐๙๙/ว ๑๒๓, ๑๒๓/๒๕๖๙); as written when it
  // is in no known form.
  function documentNumber(text) {
    var body = dates.toArabic(String(text).trim().split(/\s+/).join(" ")).replace(/^ที่\s*:?\s*/, "").trim();
    var match = LETTER_RE.exec(body);
    if (match) {
      return dates.toThai(match[1] + " " + match[2] + "/" + (match[3] ? "ว " : "") + Number(match[4]));
    }
    match = ORDER_RE.exec(body);
    if (match) return dates.toThai(Number(match[1]) + "/" + match[2]);
    return body;
  }

  // The `baht` filter: 1250000 -> 1,250,000.00; null when not an amount.
  function baht(text) {
    var bare = dates.toArabic(String(text)).replace(/,/g, "").replace(/บาท/g, "").trim();
    if (!/^\d+(\.\d+)?$|^\.\d+$/.test(bare)) return null;
    return Number(bare).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  // The name the site shows for a procurement method written another way.
  function procurementMethod(text) {
    var raw = String(text).split(/\s+/).join(" ").trim();
    var key = raw.toLowerCase().replace(/^วิธี/, "").trim();
    return Object.prototype.hasOwnProperty.call(site.procurementMethods, key) ? site.procurementMethods[key] : raw;
  }

  function list(value) {
    if (Array.isArray(value)) return value.filter(Boolean);
    return value ? [value] : [];
  }

  function groupLink(h, slug) {
    var group = site.groups[slug];
    return group ? h("a", { href: group.url }, group.name) : null;
  }

  function fact(h, label, value, className) {
    return [h("dt", { key: label + "-dt" }, label), h("dd", { key: label + "-dd", className: className }, value)];
  }

  function attachments(h, files) {
    var items = list(files).filter(function (item) {
      return item && item.file;
    });
    if (!items.length) return null;
    return h(
      "section",
      { className: "attachments", "aria-labelledby": "attachments-heading" },
      h("h2", { id: "attachments-heading" }, "ไฟล์แนบ"),
      h(
        "ul",
        { className: "attachment-list" },
        items.map(function (item, i) {
          var label = item.label || String(item.file).split("/").pop();
          return h(
            "li",
            { className: "attachment", key: i },
            h("span", { className: "attachment-link" }, h("span", { className: "attachment-label" }, "ดาวน์โหลด: " + label))
          );
        })
      )
    );
  }

  // An official document's header and text (document.html).
  function documentView(h, data, body) {
    var facts = [];
    if (data.Doc_no) facts.push(fact(h, "เลขที่", digits(documentNumber(data.Doc_no)), "doc-no"));
    facts.push(fact(h, "ลงวันที่", thaiTime(h, data.Date)));
    var date = dates.read(data.Date);
    if (date) facts.push(fact(h, "ปีงบประมาณ", digits(dates.fiscalYear(date))));
    var group = groupLink(h, data.Group);
    if (group) facts.push(fact(h, "ส่วนราชการเจ้าของเรื่อง", group));
    if (data.To) facts.push(fact(h, "เรียน", data.To));
    var references = list(data.References);
    if (references.length) {
      facts.push(
        fact(
          h,
          "อ้างถึง",
          references.length === 1
            ? references[0]
            : h(
                "ol",
                null,
                references.map(function (ref, i) {
                  return h("li", { key: i }, ref);
                })
              )
        )
      );
    }
    if (data.Procurement_method) facts.push(fact(h, "วิธีจัดซื้อจัดจ้าง", procurementMethod(data.Procurement_method)));
    var amount = data.Budget ? baht(data.Budget) : null;
    if (amount !== null) {
      var label = data.Doc_type === "ผลการจัดซื้อจัดจ้าง" ? "ราคาที่ตกลงซื้อหรือจ้าง" : "วงเงินงบประมาณ";
      facts.push(fact(h, label, digits(amount) + " บาท"));
    }
    var hasText = Boolean(String(data.body || "").trim());
    return h(
      "article",
      { className: "document official-document" },
      h(
        "header",
        null,
        data.Urgency ? h("p", { className: "urgency" }, h("strong", null, data.Urgency)) : null,
        h("p", { className: "doc-type" }, data.Doc_type || ""),
        data.Sample === true // a yes/no field: cms-format.js reads it as true or false
          ? h(
              "p",
              { className: "notice sample-notice", role: "note" },
              h("strong", null, "เอกสารตัวอย่าง"),
              " เอกสารนี้เป็นตัวอย่าง เลขที่หนังสือ รหัสส่วนราชการ (เช่น ศธ ๐๔๐๙๙) และรายละเอียดเป็นข้อมูลสมมติ ไม่ใช่หนังสือราชการจริง"
            )
          : null,
        h("h1", null, data.Title || ""),
        h("dl", { className: "doc-facts" }, facts)
      ),
      hasText
        ? h("div", { className: "prose" }, body)
        : list(data.Attachments).length
          ? h(
              "p",
              { className: "pdf-only" },
              "เนื้อหาของเอกสารนี้อยู่ในไฟล์แนบด้านล่าง ไม่มีข้อความในหน้าเว็บ โปรดดาวน์โหลดไฟล์เพื่ออ่าน"
            )
          : null,
      attachments(h, data.Attachments)
    );
  }

  // An announcement's header and text (article.html).
  function announcementView(h, data, body, asset) {
    var group = groupLink(h, data.Group);
    var cover = data.Cover && asset ? asset(data.Cover) : "";
    return h(
      "article",
      { className: "document" },
      h(
        "header",
        null,
        h("h1", null, data.Title || ""),
        h("p", { className: "meta" }, "วันที่ ", thaiTime(h, data.Date), group ? " · " : null, group)
      ),
      cover ? h("figure", { className: "cover" }, h("img", { src: cover, alt: data.Cover_alt || "" })) : null,
      h("div", { className: "prose" }, body),
      attachments(h, data.Attachments)
    );
  }

  // A manual's header, text and version history (manual.html).
  function manualView(h, data, body) {
    var group = groupLink(h, data.Group);
    var edition = dates.read(data.Edition_date);
    var versions = list(data.Versions).filter(function (v) {
      return v && typeof v === "object";
    });
    return h(
      "article",
      { className: "manual" },
      h(
        "header",
        null,
        h("p", { className: "doc-type" }, "คู่มือการปฏิบัติงาน"),
        h("h1", null, data.Title || ""),
        h("p", { className: "meta" }, group, edition ? " · ฉบับวันที่ " : null, edition ? thaiTime(h, data.Edition_date) : null)
      ),
      h("div", { className: "prose" }, body),
      versions.length
        ? h(
            "section",
            { className: "versions", "aria-labelledby": "versions-heading" },
            h("h2", { id: "versions-heading" }, "ประวัติการปรับปรุง"),
            h(
              "table",
              null,
              h(
                "thead",
                null,
                h(
                  "tr",
                  null,
                  h("th", { scope: "col" }, "ครั้งที่"),
                  h("th", { scope: "col" }, "วันที่"),
                  h("th", { scope: "col" }, "การเปลี่ยนแปลง")
                )
              ),
              h(
                "tbody",
                null,
                versions.map(function (v, i) {
                  return h(
                    "tr",
                    { key: i },
                    h("td", null, digits(v.edition || "")),
                    h("td", null, thaiTime(h, v.date)),
                    h("td", null, v.change || "")
                  );
                })
              )
            )
          )
        : null,
      attachments(h, data.Attachments)
    );
  }

  // A note above the page for each date the site cannot read: the site
  // shows such a date as written and its check refuses the change.
  function unreadableDates(h, data) {
    var wrong = site.dateFields.filter(function (name) {
      var value = data[name];
      return typeof value === "string" && value.trim() && !dates.read(value);
    });
    if (!wrong.length) return null;
    return h(
      "div",
      { className: "notice", role: "alert" },
      wrong.map(function (name) {
        return h(
          "p",
          { key: name },
          h("strong", null, "อ่านวันที่ไม่ได้ (" + name + "): "),
          "“" + data[name] + "” หน้าเว็บจะแสดงตามที่พิมพ์และการตรวจจะไม่ผ่าน" +
            " แก้เป็นวันที่ที่มีจริง เช่น ๓ พฤศจิกายน ๒๕๖๘ เวลา ๐๙.๓๐ น."
        );
      })
    );
  }

  var VIEWS = { announcements: announcementView, documents: documentView, manuals: manualView };

  // A preview template for the CMS: a React component drawing one view from
  // the entry the CMS passes (an Immutable.js map) and its rendered body.
  function template(view) {
    return function Preview(props) {
      var data = props.entry.get("data");
      data = data && data.toJS ? data.toJS() : {};
      var asset = function (path) {
        var found = props.getAsset ? props.getAsset(path) : null;
        return found ? String(found.url || found) : "";
      };
      return root.h(
        "main",
        { className: "wrap" },
        unreadableDates(root.h, data),
        view(root.h, data, props.widgetFor("body"), asset)
      );
    };
  }

  function register(cms) {
    Object.keys(VIEWS).forEach(function (name) {
      cms.registerPreviewTemplate(name, template(VIEWS[name]));
    });
  }

  root.CmsPreview = {
    VIEWS: VIEWS,
    register: register,
    dates: dates,
    documentNumber: documentNumber,
    baht: baht,
  };
})(globalThis);
