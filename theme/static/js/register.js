/* Documents register (ทะเบียนหนังสือ): sort the table and filter its rows in
   place. The page works without this script: the header links and the filter
   links lead to static pages holding the same rows in the same orders.
   Each row carries its position in the whole register by date and by number
   (data-date-rank, data-number-rank), so the browser sorts exactly as the
   server does. */
(function () {
  "use strict";

  // Rank 0 is the newest document and the lowest number.
  var RANK_DIRECTION = { date: "descending", number: "ascending" };
  var ORDER_TEXT = {
    "date descending": "เรียงตามวันที่ ล่าสุดก่อน",
    "date ascending": "เรียงตามวันที่ เก่าสุดก่อน",
    "number ascending": "เรียงตามเลขที่หนังสือ น้อยไปมาก",
    "number descending": "เรียงตามเลขที่หนังสือ มากไปน้อย"
  };
  var THAI = "๐๑๒๓๔๕๖๗๘๙";

  function digits(value, thai) {
    var text = String(value);
    return thai ? text.replace(/[0-9]/g, function (d) { return THAI[Number(d)]; }) : text;
  }

  function rows(table) {
    return Array.prototype.slice.call(table.tBodies[0].rows);
  }

  function sortTable(table, key, direction) {
    var attribute = "data-" + key + "-rank";
    var sign = direction === RANK_DIRECTION[key] ? 1 : -1;
    var sorted = rows(table).sort(function (a, b) {
      return sign * (Number(a.getAttribute(attribute)) - Number(b.getAttribute(attribute)));
    });
    var body = table.tBodies[0];
    sorted.forEach(function (row) { body.appendChild(row); });
  }

  function Register(table) {
    this.table = table;
    this.status = document.getElementById("register-status");
    this.count = document.querySelector("[data-register-count]");
    this.thai = /[๐-๙]/.test(this.count ? this.count.textContent : "");
    this.headers = Array.prototype.slice.call(table.querySelectorAll("th[data-sort-key]"));
    this.order = "";
    var sorted = table.querySelector("th[aria-sort]");
    if (sorted) {
      this.order = sorted.getAttribute("data-sort-key") + " " + sorted.getAttribute("aria-sort");
    }
  }

  Register.prototype.announce = function () {
    if (!this.status) { return; }
    var visible = rows(this.table).filter(function (row) { return !row.hidden; }).length;
    this.status.textContent = "แสดง " + digits(visible, this.thai) + " ฉบับ " + (ORDER_TEXT[this.order] || "");
  };

  Register.prototype.sortBy = function (th) {
    var key = th.getAttribute("data-sort-key");
    var current = th.getAttribute("aria-sort");
    var direction = current
      ? (current === "ascending" ? "descending" : "ascending")
      : RANK_DIRECTION[key];
    this.headers.forEach(function (header) { header.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", direction);
    sortTable(this.table, key, direction);
    this.order = key + " " + direction;
    this.announce();
  };

  Register.prototype.enhanceHeaders = function () {
    var register = this;
    this.headers.forEach(function (th) {
      var link = th.querySelector("a");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.textContent = link ? link.textContent : th.textContent;
      if (link) { link.replaceWith(button); } else { th.appendChild(button); }
      button.addEventListener("click", function () { register.sortBy(th); });
    });
    // The static links to the other order are now the buttons' job.
    var orderLinks = document.querySelector(".register-order");
    if (orderLinks) { orderLinks.hidden = true; }
  };

  Register.prototype.enhanceFilter = function (form) {
    var register = this;
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    function apply() {
      rows(register.table).forEach(function (row) {
        row.hidden = !selects.every(function (select) {
          return !select.value || row.getAttribute("data-" + select.name) === select.value;
        });
      });
      register.announce();
    }
    selects.forEach(function (select) { select.addEventListener("change", apply); });
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
    form.hidden = false;
  };

  function start() {
    var table = document.querySelector("table[data-register]");
    if (!table || !table.tBodies.length) { return; }
    var register = new Register(table);
    register.enhanceHeaders();
    var form = document.querySelector("form[data-register-filter]");
    if (form) { register.enhanceFilter(form); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
