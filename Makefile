# Every target installs what it needs itself; re-running skips what is up to date.
SHELL := /bin/bash
PYTHON := /usr/bin/python3
VENV := .venv
VENV_STAC := .venv-stac
VENV_QT6 := .venv-qt6
VENV_REF := .venv-ref
PY := $(VENV)/bin/python
PIP_QUIET := --quiet --disable-pip-version-check
export QT_QPA_PLATFORM ?= offscreen

# The Debian suite whose QGIS `make test-qgis` uses: trixie (3.40), trixie-backports (3.44 LTR),
# sid (3.44, Python 3.14).
SUITE ?= trixie-backports

.PHONY: help system-deps venv test test-qgis test-matrix lint format package translations run docs clean clean-chroots bench bench-matrix

help:
	@echo "make run      real QGIS with the plugin on the demo catalog (screenshot when headless)"
	@echo "make docs     the user's guide's pictures into docs/images, from real QGIS (under Xvfb)"
	@echo "make test     every test (installs QGIS, PostgreSQL and venvs where missing)"
	@echo "make test-qgis SUITE=trixie|trixie-backports|sid"
	@echo "              every test on that Debian suite's QGIS, in a chroot (root or sudo)"
	@echo "make test-matrix  every test on QGIS 3.44 LTR, 3.40 and sid's (Python 3.14)"
	@echo "make lint     ruff and mypy"
	@echo "make format   ruff format and autofix"
	@echo "make package  dist/earthplatform_qgis-<version>.zip, checked as plugins.qgis.org checks it"
	@echo "make translations  update the .ts files from the code, build the .qm files"
	@echo "make bench    performance benchmarks against the test STAC API (~12 min)"
	@echo "make bench-matrix  the streaming figures (#5, #19) on every QGIS of the matrix"

system-deps:
	@sh scripts/system-deps.sh

# --system-site-packages: QGIS and GDAL come from Debian, not from PyPI.
$(VENV)/.installed: requirements/dev.txt | system-deps
	[ -x $(PY) ] || $(PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install $(PIP_QUIET) -r requirements/dev.txt
	touch $@

# The test STAC API's own venv, apart so its packages never shadow Debian's in the main one.
$(VENV_STAC)/.installed: requirements/stac-server.txt | system-deps
	[ -x $(VENV_STAC)/bin/python ] || $(PYTHON) -m venv $(VENV_STAC)
	$(VENV_STAC)/bin/python -m pip install $(PIP_QUIET) -r requirements/stac-server.txt
	touch $@

# PyQt6's stubs for the Qt6 readiness checks, apart from every Python that runs QGIS.
$(VENV_QT6)/.installed: requirements/qt6-stubs.txt | system-deps
	[ -x $(VENV_QT6)/bin/python ] || $(PYTHON) -m venv $(VENV_QT6)
	$(VENV_QT6)/bin/python -m pip install $(PIP_QUIET) --no-deps -r requirements/qt6-stubs.txt
	touch $@

# rasterio, for the tests' reference clear-sky counts (tests/support/clearsky_reference.py). Its
# wheels bundle their own libgdal, which must never load beside Debian's GDAL and QGIS: it has
# its own venv, and the tests run it in a subprocess.
$(VENV_REF)/.installed: requirements/reference.txt | system-deps
	[ -x $(VENV_REF)/bin/python ] || $(PYTHON) -m venv $(VENV_REF)
	$(VENV_REF)/bin/python -m pip install $(PIP_QUIET) -r requirements/reference.txt
	touch $@

venv: $(VENV)/.installed $(VENV_STAC)/.installed $(VENV_QT6)/.installed $(VENV_REF)/.installed

# pytest-qgis keeps QgsSettings and the auth DB in .qgis-settings: each run starts from none.
test: venv
	rm -rf .qgis-settings
	$(PY) -m pytest

# The committed tree (HEAD), cloned into a chroot of .chroots/$(SUITE) that is built on first use.
test-qgis:
	bash scripts/qgis-chroot.sh $(SUITE) make test

test-matrix:
	bash scripts/test-matrix.sh

lint: $(VENV)/.installed
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

format: $(VENV)/.installed
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

# The zip, then what plugins.qgis.org checks of an upload (its validator's rules, bandit and
# detect-secrets as it runs them): fails on anything that would make it refuse or block the zip.
package: $(VENV)/.installed
	$(PY) -m scripts.package dist

# New strings come into earthplatform_qgis/i18n/*.ts unfinished: translate them there (Qt
# Linguist, or by hand), then run it again for the .qm files. The tests fail until none is left.
translations: $(VENV)/.installed
	$(PY) -m scripts.translations

run: venv
	$(PY) -m scripts.run

# make run's headless tour, in English, made small with pngquant; docs/images/manifest.json
# ties the pictures to the code (tests/test_docs.py).
docs: venv
	$(PY) -m scripts.docs

# One table of ratios to baselines measured in the same run; writes benchmarks/results.json.
# BENCH_ARGS: e.g. --only streaming.
bench: venv
	$(PY) -m benchmarks $(BENCH_ARGS)

# What GDAL reads of presigned links (#5, #19) differs by GDAL version: measured on each QGIS
# of the matrix, in its chroot (as test-qgis).
bench-matrix:
	for suite in trixie-backports trixie sid; do \
		bash scripts/qgis-chroot.sh $$suite make bench BENCH_ARGS="--only streaming" || exit $$?; \
	done

clean:
	rm -rf dist build run .cache .pytest_cache .mypy_cache .ruff_cache

# --one-file-system: a chroot still mounted (after a kill -9) must not take the host's /dev along.
clean-chroots:
	@if grep -q " $(CURDIR)/.chroots/" /proc/mounts; then \
		echo "a chroot under .chroots/ is still mounted: umount it first"; exit 1; fi
	rm -rf --one-file-system .chroots
