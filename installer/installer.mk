# Installer targets, included from the top Makefile (`-include installer/installer.mk`).
# See docs/installers.md. They use the project venv ($(BIN), made by $(STAMP)) plus
# the pinned build tools in installer/requirements-build.txt.
#
#   make frozen       PyInstaller one-folder app in dist/partydesk/
#   make frozen-test  build it, then run it: --version, init, demo, window offscreen, portable copy
#   make deb          dist/partydesk_VERSION_amd64.deb (Linux, needs dpkg-deb)
#   make deb-test     build the .deb, apt install it, use it, apt remove it (root; really installs)
BIN   ?= .venv/bin
STAMP ?= .venv/.installed
INSTALLER_STAMP := $(dir $(BIN)).installer-tools
DEB_SCREENSHOT ?=

.PHONY: frozen frozen-test deb deb-test

$(INSTALLER_STAMP): $(STAMP) installer/requirements-build.txt
	$(BIN)/python -m pip install --quiet -r installer/requirements-build.txt
	touch $@

frozen: $(INSTALLER_STAMP)
	rm -rf dist/partydesk
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller installer/partydesk.spec

frozen-test: frozen
	$(BIN)/python installer/frozen_test.py dist/partydesk

deb: frozen
	rm -f dist/partydesk_*_amd64.deb
	$(BIN)/python installer/linux/build_deb.py --app dist/partydesk --out dist

deb-test: deb
	$(BIN)/python installer/linux/deb_test.py $(if $(DEB_SCREENSHOT),--screenshot $(DEB_SCREENSHOT))
