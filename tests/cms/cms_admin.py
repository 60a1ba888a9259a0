"""Driving /admin/ in Chromium on the CMS's in-browser test backend
(`test-repo`: the repository lives in the browser's origin-private file
system): put files into that repository, read them out, record errors."""

from __future__ import annotations

import os
from pathlib import Path

# The repository the test site names (the status line links to its pull
# requests). Here, not in conftest.py: another folder's conftest module may be
# the one `import conftest` finds.
REPO = "office/site"

SEED = """async (files) => {
  const root = await navigator.storage.getDirectory();
  const repo = await root.getDirectoryHandle('sveltia-cms-test', {create: true});
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split('/');
    let dir = repo;
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, {create: true});
    const handle = await dir.getFileHandle(parts.at(-1), {create: true});
    const writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
  }
}"""

# Every file of the test repository: Markdown as text, anything else as base64.
READ = """async () => {
  const out = {};
  async function walk(dir, prefix) {
    for await (const [name, handle] of dir.entries()) {
      if (handle.kind === 'directory') { await walk(handle, prefix + name + '/'); continue; }
      const file = await handle.getFile();
      if (name.endsWith('.md')) { out[prefix + name] = {text: await file.text()}; continue; }
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      out[prefix + name] = {base64: btoa(binary)};
    }
  }
  const root = await navigator.storage.getDirectory();
  try { await walk(await root.getDirectoryHandle('sveltia-cms-test'), ''); } catch (e) {}
  return out;
}"""

# The admin page's policy as the plugin README documents it: nothing added to
# the page (the status line) may loosen it.
ADMIN_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob: https://avatars.githubusercontent.com; media-src 'self' blob:; "
    "font-src 'self' data:; connect-src 'self' blob: data: https://api.github.com; "
    "worker-src 'self' blob:; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'"
)

# Whether a file is in the test repository. Run with page.evaluate, which
# waits for the promise; page.wait_for_function would take the promise itself
# for a true value and return at once.
HAS_FILE = """async (path) => {
  const parts = path.split('/');
  try {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    await dir.getFileHandle(parts.at(-1));
    return true;
  } catch (e) { return false; }
}"""

# After Save: the CMS leaves the entry's form once the entry is saved, or it
# stays and shows an error alert (a field with an error, a failed save). An
# alert left from an earlier refused Save is marked seen (SEEN) before Save.
SEEN = "() => document.querySelectorAll('.sui.alert.error').forEach((a) => { a.dataset.seen = '1'; })"
SAVE_OUTCOME = r"""() => {
  if (document.querySelector('.sui.alert.error:not([data-seen])')) return 'refused';
  return /\/(new|entries\/)/.test(location.hash) ? false : 'saved';
}"""

# What the CMS shows as wrong: its alerts, and each field's message with the
# field's name.
FORM_ERRORS = """() => [
  ...[...document.querySelectorAll('.sui.alert.error')].map((a) => a.textContent.trim()),
  ...[...document.querySelectorAll('section.field .validation')].map(
    (v) => v.closest('section.field').dataset.keyPath + ': ' + v.textContent.trim()),
]"""


class AdminPage:
    """One browser tab on /admin/ with what went wrong recorded: script
    errors, and requests to other sites that got an answer."""

    def __init__(self, page, url):
        self.page = page
        self.url = url
        self.errors: list[str] = []
        self.foreign: list[str] = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("requestfinished", self._finished)

    def _finished(self, request):
        if not request.url.startswith((self.url, "blob:", "data:")):
            self.foreign.append(request.url)

    def open(self, files: dict[str, str] | None = None):
        self.page.goto(self.url + "/admin/")
        if files:
            self.page.evaluate(SEED, files)
        self.page.get_by_role("button", name="Work with Test Repository").click()
        self.page.get_by_text("ข่าวประชาสัมพันธ์", exact=True).first.wait_for()
        return self

    def save(self, path: str) -> dict:
        """Press the form's Save and wait for the outcome; fails with what
        the CMS showed when it did not save the entry as `path`. The
        repository's files."""
        page = self.page
        page.evaluate(SEEN)
        page.get_by_role("button", name="Save", exact=True).click()
        outcome = page.wait_for_function(SAVE_OUTCOME).json_value()
        if outcome != "saved":
            raise AssertionError(f"the CMS did not save {path}: {page.evaluate(FORM_ERRORS)}")
        assert page.evaluate(HAS_FILE, path), f"the CMS left the form but {path} is not in the repository"
        return self.files()

    def files(self) -> dict:
        return self.page.evaluate(READ)


def shot(page, name: str) -> None:
    """Keep a screenshot when CMS_SCREENSHOTS names a folder (the staff
    handbook's pictures, docs/cms-handbook/, are made this way)."""
    folder = os.environ.get("CMS_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))
