/*
 * Registers the office's front-matter format (cms-format.js) under the name the
 * collections use (cms-fields.js), the date field (cms-date-field.js), the
 * preview templates (cms-preview.js) and the site's own stylesheet for the
 * preview pane. Runs right after the CMS script, before the CMS has read its
 * configuration.
 */
(function () {
  "use strict";
  var fields = globalThis.CMS_FIELDS;
  var format = globalThis.CmsFrontMatter.create(fields.shapes, fields.transient, fields.names);
  window.CMS.registerCustomFormat(fields.format, "md", {
    fromFile: format.fromFile,
    toFile: format.toFile,
  });
  globalThis.CmsDateField.register(window.CMS, globalThis.CmsPreview.dates);
  globalThis.CmsPreview.register(window.CMS);
  window.CMS.registerPreviewStyle(new URL("../theme/css/site.css", document.baseURI).href);
})();
