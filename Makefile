# Build, preview and test the office website. Every target bootstraps its own
# virtual environment (.venv) from the hash-pinned requirements, so a fresh
# clone needs nothing but Python 3.11+ and make. Building installs only the
# build set (requirements/build.txt); testing adds the test set
# (requirements/test.txt).

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check
# The plugins are Pelican namespace packages (plugins/<name>/pyproject.toml),
# installed editable so a change to their code needs no reinstall.
PLUGIN_DIRS := $(sort $(dir $(wildcard plugins/*/pyproject.toml)))
STAMP := $(VENV)/.build-$(shell cat requirements/build.txt $(wildcard plugins/*/pyproject.toml) | cksum | cut -d' ' -f1)
TEST_STAMP := $(VENV)/.test-$(shell cat requirements/build.txt requirements/test.txt | cksum | cut -d' ' -f1)

INPUTDIR := content
OUTPUTDIR := output
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
PORT ?= 8000
BIND ?= 127.0.0.1

PELICAN := $(BIN)/pelican
# Auto-reloading previews report content errors on every rebuild without
# stopping (Pelican would otherwise retry a failed build in a tight loop).
PREVIEW := -e PROBLEMS_FAIL_BUILD=false
# Only the local preview shows drafts and hidden content (marked as drafts);
# it shows a rebuilt page at once and updates the search index after it; the
# page being edited is written first and the browser reloads it by itself
# (the output folder is kept between rebuilds, so that page is written before
# the site is read again).
DEVSERVER := $(PREVIEW) DRAFTS_PREVIEW=true SEARCH_INDEX='"background"' PREVIEW_RELOAD=true DELETE_OUTPUT_DIRECTORY=false

.PHONY: help venv html clean regenerate serve devserver publish test test-plugins lint format chromium check java import-wordpress

help:
	@echo 'make html       สร้างเว็บไซต์ลงใน output/  (build the site into output/)'
	@echo 'make devserver  เปิดดูที่ http://$(BIND):$(PORT)/ และสร้างใหม่อัตโนมัติเมื่อแก้ไฟล์ (serve with auto-reload)'
	@echo 'make publish    สร้างเว็บไซต์สำหรับเผยแพร่จริง (production build with publishconf.py)'
	@echo 'make test       ทดสอบทั้งหมด (run the whole test suite)'
	@echo 'make check      ตรวจเนื้อหาทั้งหมด บอกทุกปัญหาเป็นภาษาไทย (check all content, report every problem)'
	@echo 'make lint       ตรวจรูปแบบโค้ด Python ด้วย ruff (ruff check + ruff format --check)'
	@echo 'make format     จัดรูปแบบโค้ด Python ด้วย ruff (ruff format, ruff check --fix)'
	@echo 'make test-plugins  ทดสอบปลั๊กอินที่ใช้ซ้ำได้แยกทีละตัว (each reusable plugin alone, in a throwaway venv)'
	@echo 'make import-wordpress WXR=export.xml [UPLOADS=wp-content/uploads]  นำเข้าจาก WordPress (import a WordPress export)'
	@echo 'make clean      ลบ output/'

$(STAMP): requirements/build.txt $(wildcard plugins/*/pyproject.toml)
	$(PY) -m venv $(VENV)
	$(PIP) --require-hashes -r requirements/build.txt
	$(PIP) --no-deps $(addprefix -e ,$(PLUGIN_DIRS))
	rm -f $(VENV)/.build-* $(VENV)/.installed-*
	touch $@

$(TEST_STAMP): $(STAMP) requirements/test.txt
	$(PIP) --require-hashes -r requirements/test.txt
	rm -f $(VENV)/.test-*
	touch $@

venv: $(TEST_STAMP)

# html and publish build into a temporary folder and replace output/ only when
# the build passed: output/ always holds the last good site.
BUILD := $(BIN)/python -m pelican.plugins.content_check.build

html: $(STAMP)
	$(BUILD) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE)

clean:
	rm -rf $(OUTPUTDIR)

regenerate: $(STAMP)
	$(PELICAN) -r $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PREVIEW)

serve: $(STAMP)
	$(PELICAN) -l $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -p $(PORT) -b $(BIND)

devserver: $(STAMP)
	$(PELICAN) -lr $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -p $(PORT) -b $(BIND) $(DEVSERVER)

publish: $(STAMP)
	$(BUILD) $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF)

# Browser tests use Debian's chromium; install it when we can (root, apt).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "ต้องติดตั้ง chromium ก่อน: sudo apt-get install -y chromium (browser tests need Debian's chromium)"; exit 1; \
	  fi; }

# The HTML checker (the Nu validator's own vnu.jar, pinned by checksum in
# tests/quality/htmlvalidator.py) needs Java 17+.
java:
	@command -v java >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; \
	  else \
	    echo "ต้องติดตั้ง Java ก่อน: sudo apt-get install -y default-jre-headless (the HTML checker needs Java 17+)"; exit 1; \
	  fi; }

# Every problem in the content at once (Thai, then English); exit 1 on errors.
# Builds into a temporary folder: output/ is not touched.
check: $(STAMP)
	$(BIN)/python -m pelican.plugins.content_check $(INPUTDIR) -s $(CONFFILE)

# The whole suite on every core (pytest-xdist; pytest.ini says how the tests
# are grouped). tests/plugins_alone runs what `make test-plugins` runs.
# TEST_WORKERS=0 runs it in one process, as plain pytest does.
TEST_WORKERS ?= auto

test: $(TEST_STAMP) chromium java lint
	$(BIN)/python -m pytest -n $(TEST_WORKERS)

# The reusable plugins (thai_dates, content_kinds, disclosure, pdpa_guard),
# each tested in a throwaway environment with only what it declares.
test-plugins: $(TEST_STAMP)
	$(BIN)/python scripts/test_plugins_alone.py

# Bring a WordPress site across (pelican.plugins.wordpress_import): a Thai
# report, wordpress-import-report.csv and server rules for old addresses.
# Re-runnable: files edited since the last import are never overwritten.
import-wordpress: $(STAMP)
	@test -n "$(WXR)" || { echo 'ใส่ไฟล์ส่งออกด้วย: make import-wordpress WXR=export.xml [UPLOADS=โฟลเดอร์ wp-content/uploads] (give WXR=<export.xml>)'; exit 2; }
	$(BIN)/python -m pelican.plugins.wordpress_import "$(WXR)" --content $(INPUTDIR) $(if $(UPLOADS),--uploads "$(UPLOADS)")

# Python style: the rules and the line length are in pyproject.toml.
lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(TEST_STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
