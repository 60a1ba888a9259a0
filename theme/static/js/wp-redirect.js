/* Old WordPress addresses on a host without server rules (GitHub Pages):
   /?p=ID, /?page_id=ID and /?attachment_id=ID open the home page (or the 404
   page), so this script looks the ID up in the map the WordPress import
   writes (/files/wordpress/redirects.json) and replaces the address with the
   new page on this site. Loaded on the home page and the 404 page only; with
   no ID, no map or no match it does nothing and the page stays as it is. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.fetch || !window.URL || !window.URLSearchParams) { return; }
  var params = new URLSearchParams(window.location.search);
  var names = ["p", "page_id", "attachment_id"];
  var name = null;
  var id = null;
  for (var i = 0; i < names.length; i++) {
    var value = params.get(names[i]);
    if (value !== null && /^[0-9]{1,12}$/.test(value)) { name = names[i]; id = value; break; }
  }
  if (name === null) { return; }
  // The site's root is two folders above this script (theme/js/).
  var root = new URL("../../", script.src);
  fetch(new URL("files/wordpress/redirects.json", root).href, { credentials: "same-origin" })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (map) {
      var table = map && map[name];
      var path = table && Object.prototype.hasOwnProperty.call(table, id) ? table[id] : null;
      // Only a path on this site: no scheme, no host, no "//", no "..", no backslash.
      if (typeof path !== "string" || !/^[^/\\:?#][^\\:?#]*$/.test(path) ||
          path.indexOf("//") !== -1 || /(^|\/)\.\.(\/|$)/.test(path)) { return; }
      var target = new URL(path, root);
      if (target.origin !== window.location.origin || target.protocol !== window.location.protocol) { return; }
      window.location.replace(target.href);
    })
    .catch(function () { /* no map: the page itself stays */ });
})();
