# Set-up on a fresh machine: `make run` or `make test` create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-quick lint screenshot gallery bench translations clean package package-test wheelhouse install-desktop

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m tfintro_gui

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/lint-imports

# The same without the multi-second tests (random walks, fresh Python processes).
test-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check tfintro_gui tests benchmarks

screenshot: $(STAMP)
	$(BIN)/python -m tfintro_gui --panel classifier --train-steps 100 --screenshot resources/screenshots/classifier.png

# The README's gallery: each panel after its main action in a window maximised on a
# 1280×720 screen (1280×650), in both languages.
GALLERY_PANELS := devices tensors backprop classifier
gallery: $(STAMP)
	for language in en zh_CN; do for panel in $(GALLERY_PANELS); do \
	  $(BIN)/python -m tfintro_gui --panel $$panel --language $$language --train-steps 100 \
	    --window-size 1280x650 --screenshot resources/screenshots/$$panel-$$language.png \
	    || exit 1; done; done

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_startup.py
	$(BIN)/python benchmarks/bench_trainer.py
	$(BIN)/python benchmarks/bench_matmul.py

# Translations: extract the UI strings (pyside6-lupdate), compile the .ts files to the
# .qm files the lab loads (pyside6-lrelease), and cut the bundled Chinese font down to the
# characters of the Chinese texts (needs fonttools and Debian's fonts-noto-cjk).
TRANSLATED_SOURCES := $(wildcard tfintro_gui/ui/*.py tfintro_gui/ui/*/*.py)
TS_FILES := resources/translations/tfintro_gui_zh_CN.ts

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $(TRANSLATED_SOURCES) -ts $(TS_FILES)
	$(BIN)/pyside6-lrelease $(TS_FILES)
	$(BIN)/python tools/subset_cjk_font.py

clean:
	rm -rf $(VENV) build dist *.egg-info

# -- student laptops: PyInstaller bundle, offline wheels, desktop menu entry ---------------
# The bundle is built in its own environment (build/venv-package) with TensorFlow's CPU-only
# wheel where there is one, so nothing of the development tools ends up in it.
# PACKAGE_REF=HEAD (or a tag) bundles what is committed there instead of the working tree.
PACKAGE_REF ?=
VERSION = $(shell $(if $(PACKAGE_REF),git show $(PACKAGE_REF):tfintro_gui/__init__.py,cat tfintro_gui/__init__.py) | sed -n 's/^__version__ = "\(.*\)"/\1/p')
PACKAGE_VENV := build/venv-package
PACKAGE_BIN := $(PACKAGE_VENV)/bin
PACKAGE_STAMP := $(PACKAGE_VENV)/.installed
PACKAGE_SRC := build/package-src
BUNDLE := dist/tfintro-gui
ARCHIVE = dist/tfintro-gui-$(VERSION)-$(shell uname -s | tr A-Z a-z)-$(shell uname -m).tar.gz
# make wheelhouse PLATFORM=win_amd64 PYTHON_VERSION=3.12 (or macosx_12_0_arm64, ...).
# pip takes a manylinux_2_X tag literally, so for Linux every glibc from the laptops' one
# (GLIBC_MINOR: PySide6 6.8+ needs 2.34, as on Ubuntu 22.04 and Debian 12) down to 2.17 is
# listed; pip extends manylinux2014 to the older tags itself.
GLIBC_MINOR ?= 34
PLATFORM ?= $(foreach minor,$(shell seq $(GLIBC_MINOR) -1 17),manylinux_2_$(minor)_x86_64) \
	manylinux2014_x86_64
PYTHON_VERSION ?= 3.11
WHEELHOUSE = dist/wheelhouse-$(VERSION)-$(firstword $(PLATFORM))-py$(PYTHON_VERSION)

$(PACKAGE_STAMP): pyproject.toml packaging/requirements.py
	$(PYTHON) -m venv $(PACKAGE_VENV)
	$(PACKAGE_BIN)/python -m pip install --upgrade pip
	$(PACKAGE_BIN)/python packaging/requirements.py > $(PACKAGE_VENV)/requirements.txt
	$(PACKAGE_BIN)/python -m pip install -r $(PACKAGE_VENV)/requirements.txt
	touch $@

# The spec runs on a copy of the tree taken at one moment: PyInstaller reads each module
# twice (compiled into the archive, and as .py source for AutoGraph), and an edit saved
# in between would make the two disagree.
package: $(PACKAGE_STAMP)
	rm -rf $(PACKAGE_SRC) $(BUNDLE) $(ARCHIVE)
	mkdir -p $(PACKAGE_SRC)
ifeq ($(PACKAGE_REF),)
	cp -R tfintro_gui resources packaging $(PACKAGE_SRC)/
	find $(PACKAGE_SRC) -name __pycache__ -prune -exec rm -rf {} +
else
	git archive $(PACKAGE_REF) tfintro_gui resources packaging | tar -x -C $(PACKAGE_SRC)
endif
	@start=$$(date +%s) && \
	$(PACKAGE_BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller $(PACKAGE_SRC)/packaging/tfintro_gui.spec && \
	echo "PyInstaller build: $$(( $$(date +%s) - start )) s"
	cp packaging/tfintro-gui.desktop packaging/install-desktop.sh $(BUNDLE)/
	@start=$$(date +%s) && tar -C dist -czf $(ARCHIVE) tfintro-gui && \
	echo "Archive: $$(( $$(date +%s) - start )) s"
	@echo "Folder:  $$(du -sh $(BUNDLE) | cut -f1)  $(BUNDLE)"
	@echo "Archive: $$(du -sh $(ARCHIVE) | cut -f1)  $(ARCHIVE)"

# The checker of the same snapshot, so --version is compared with the bundled version.
package-test: package
	$(PACKAGE_BIN)/python $(PACKAGE_SRC)/packaging/check_bundle.py $(BUNDLE)/tfintro-gui

# Every wheel a laptop needs for `pip install --no-index --find-links DIR tfintro-gui`:
# the app's own wheel and its dependencies' wheels for PLATFORM and PYTHON_VERSION.
wheelhouse: $(STAMP)
	rm -rf $(WHEELHOUSE) build/lib
	$(BIN)/python -m pip wheel . --no-deps --wheel-dir $(WHEELHOUSE)
	$(BIN)/python -m pip download --dest $(WHEELHOUSE) --only-binary=:all: \
		$(foreach tag,$(PLATFORM),--platform $(tag)) --python-version $(PYTHON_VERSION) \
		--implementation cp \
		$(WHEELHOUSE)/tfintro_gui-*-py3-none-any.whl
	@echo "Wheelhouse: $$(ls $(WHEELHOUSE) | wc -l) wheels, $$(du -sh $(WHEELHOUSE) | cut -f1)  $(WHEELHOUSE)"

# The menu entry and icon for this user, running the bundle in dist/ if it was built,
# else the tfintro-gui on PATH.
install-desktop:
	sh packaging/install-desktop.sh $(if $(wildcard $(BUNDLE)/tfintro-gui),$(abspath $(BUNDLE)/tfintro-gui))
