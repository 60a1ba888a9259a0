/*
 * The CMS's interface language, set before the CMS starts: English (en-US),
 * the only language built into the CMS. The CMS fetches each of its other
 * languages from unpkg.com, which the admin page's policy blocks (no request
 * to another site); in a browser set to one of them (English (UK), Japanese,
 * German...) the CMS retried the blocked request without end and the page hung.
 * The CMS has no Thai interface (see the plugin README). The CMS reads the
 * language from its saved preferences; the other preferences are kept.
 */
(function () {
  "use strict";
  var key = "sveltia-cms.prefs";
  var prefs;
  try {
    prefs = JSON.parse(window.localStorage.getItem(key) || "{}");
  } catch (error) {
    prefs = null;
  }
  if (!prefs || typeof prefs !== "object" || Array.isArray(prefs)) {
    prefs = {};
  }
  if (prefs.locale !== "en-US") {
    prefs.locale = "en-US";
    try {
      window.localStorage.setItem(key, JSON.stringify(prefs));
    } catch (error) {
      // Storage refused (private mode with no space): the browser's language decides.
    }
  }
})();
