// The local preview only (make devserver, PREVIEW_RELOAD): reload this page
// when the preview has written it again. Asks the preview's own server for
// the page's headers about once a second; a published page never loads it.
(function () {
  "use strict";
  var seen = null;
  function check() {
    fetch(window.location.href, { method: "HEAD", cache: "no-store" })
      .then(function (response) {
        if (!response.ok) {
          return; // being written again: ask again
        }
        var stamp = response.headers.get("Last-Modified") + " " + response.headers.get("Content-Length");
        if (seen === null) {
          seen = stamp;
        } else if (stamp !== seen) {
          window.location.reload();
        }
      })
      .catch(function () {})
      .finally(function () {
        window.setTimeout(check, 700);
      });
  }
  check();
})();
