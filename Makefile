# The pipeline graph: every target is a file, so `make all` redoes only what is out of date.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
# no .SECONDARY: every build/ file is a real target, and after `make clean` their absence must
# rebuild processed/ (a secondary file that is missing would not)
.SECONDEXPANSION:
# processed/ is replaced as a whole by emit: a failed or killed run must not delete its datapackage.json
.PRECIOUS: processed/datapackage.json
MAKEFLAGS += --no-builtin-rules --no-print-directory
# independent targets (the bundles; extract waits for the names normalise resolves) run side by side on every core, in the locked run
ifneq ($(PIPELINE_LOCKED),)
MAKEFLAGS += --jobs=$(shell nproc 2>/dev/null || echo 2)
endif

BUILD := build
BIN := $(BUILD)/bin
# the stamp of the last `npm ci`, kept in the project rather than in node_modules: a scratch copy
# whose node_modules links to another checkout's sets its own stamp and never reinstalls through it
DEPS := .npm-installed
LIB := $(wildcard pipeline/lib/*.ts)
REGISTRY := $(wildcard pipeline/registry/*)
RAW_FILES := $(wildcard raw/*)

.PHONY: all test clean bench diff format

# one run at a time in a checkout: `make all` takes build/.lock (flock, from util-linux) and a second run
# waits for it, then finds everything up to date. Under the lock, temporary files of killed runs are removed.
ifeq ($(PIPELINE_LOCKED),)
ifeq ($(shell command -v flock),)
all:
	@echo "make: flock (util-linux) is not installed: running without the lock; start no second make all in this checkout until this one ends" >&2
	@$(MAKE) PIPELINE_LOCKED=1 all
else
# the lock is taken in one step (75: another run holds it), so exactly the runs that wait say so
LOCKED_RUN = bash -c 'shopt -s nullglob; find $(BUILD) -name "*.tmp-*" -exec rm -rf {} +; \
  for old in processed.old-*; do [ -e processed ] || mv "$$old" processed; done; for old in reports.old-*; do [ -e reports ] || mv "$$old" reports; done; rm -rf processed.tmp-* processed.old-* reports.tmp-* reports.old-*; \
  exec $(MAKE) PIPELINE_LOCKED=1 all'
all:
	@mkdir -p $(BUILD)
	@flock --nonblock --conflict-exit-code 75 $(BUILD)/.lock $(LOCKED_RUN) || { status=$$?; [ $$status -eq 75 ] || exit $$status; \
	  echo "make: another make all is running in this checkout; waiting for it to finish" >&2; flock $(BUILD)/.lock $(LOCKED_RUN); }
endif
else
all: processed/datapackage.json reports/index.html
	@:
endif

# --- dependencies: installed when node_modules is missing or the lock file is newer than the stamp;
# never through a node_modules that is a link (that would empty the linked checkout's)
$(DEPS): package-lock.json package.json $(if $(wildcard node_modules/.package-lock.json),,FORCE)
	@if [ -L node_modules ]; then echo "make: node_modules is a link to $$(readlink node_modules); not running npm ci through it: install there, then touch $@ here" >&2; exit 1; fi
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# --- each stage is bundled into one plain .mjs (a tsx start costs 3x a node start)
$(BIN)/%.mjs: $$(wildcard pipeline/$$*/*.ts) $(LIB) $(REGISTRY) $(DEPS)
	@mkdir -p $(@D)
	@node_modules/.bin/esbuild pipeline/$*/main.ts --bundle --platform=node --format=esm --target=node20 --log-level=warning $(BUNDLE_FLAGS) --outfile=$@.tmp-$$$$.mjs && mv $@.tmp-$$$$.mjs $@

# --- ingest: checks raw/ against raw/sources.json first, then re-ingests each source whose
# build/ingest/<source_id>.json is older than its raw file or the stage's code, in one process
$(BUILD)/ingest/index.json: raw/sources.json $(RAW_FILES) raw $(BIN)/ingest.mjs
	@node $(BIN)/ingest.mjs --raw raw --out $(@D)

# --- normalise: every name ingest found, resolved to a registry id (STRICT=1 fails on any unresolved):
# the alias table, and each source's resolutions in build/normalise/sources/ (rewritten only when they change)
$(BUILD)/normalise/aliases.json: $(BUILD)/ingest/index.json $(BIN)/normalise.mjs $(if $(STRICT),FORCE)
	@node $(BIN)/normalise.mjs --ingest $(BUILD)/ingest --out $@ $(if $(STRICT),--strict)

# STRICT=1 reruns the check even when the alias table is up to date
.PHONY: FORCE
FORCE:

# --- extract: every figure of every source as a claim, its names as normalise resolved them (re-reads
# only the sources whose blocks or names changed)
$(BUILD)/claims/index.json: $(BUILD)/ingest/index.json $(BUILD)/normalise/aliases.json $(BIN)/extract.mjs
	@node $(BIN)/extract.mjs --ingest $(BUILD)/ingest --names $(BUILD)/normalise/sources --out $(@D)

# --- reconcile, analyse and emit, in one process (pipeline/publish/main.ts): build/reconcile/ (facts,
# conflicts, rows matched by figures, revision changes), then the analysis and processed/ (CSV tables and
# datapackage.json, replaced as a whole)
processed/datapackage.json $(BUILD)/reconcile/facts.json &: $(BUILD)/claims/index.json $(BUILD)/normalise/aliases.json $(BUILD)/ingest/index.json raw/sources.json $(BIN)/publish.mjs
	@node $(BIN)/publish.mjs --raw raw --ingest $(BUILD)/ingest --claims $(BUILD)/claims --aliases $(BUILD)/normalise/aliases.json --reconcile $(BUILD)/reconcile --out processed

# every stage that reads names uses the names library; later stages read earlier stages' types
$(BIN)/normalise.mjs: $(wildcard pipeline/names/*.ts) pipeline/ingest/blocks.ts
$(BIN)/extract.mjs: $(wildcard pipeline/names/*.ts) pipeline/ingest/blocks.ts
$(BIN)/publish.mjs: $(wildcard pipeline/emit/*.ts pipeline/emit/schemas/*.json pipeline/analyse/*.ts pipeline/reconcile/*.ts pipeline/extract/*.ts pipeline/names/*.ts) pipeline/ingest/blocks.ts

# --- diff: processed/ at FROM (default HEAD) against TO (default the working tree), in the terminal
# and as reports/diff.html; CHECK=1 exits 1 when anything differs, LIMIT= rows listed per table
# daff is CommonJS and requires node's crypto: an ES module bundle needs a require to hand it
$(BIN)/diff.mjs: BUNDLE_FLAGS := --banner:js="import { createRequire as requireFrom } from 'node:module'; const require = requireFrom(import.meta.url);"
diff: $(BIN)/diff.mjs
	@node $(BIN)/diff.mjs $(if $(FROM),--from '$(FROM)') $(if $(TO),--to '$(TO)') $(if $(CHECK),--check) $(if $(LIMIT),--limit '$(LIMIT)')

# --- report: every page of pipeline/report/pages/ over processed/, all charts in one process; reports/
# is replaced as a whole (the committed screenshot and diff.html are kept). Vega's expression
# interpreter ships only as an ES module, and Chromium runs no module script from file://: it is
# bundled once into a classic script.
PAGES := $(wildcard pipeline/report/pages/*.md)
reports/index.html: processed/datapackage.json $(wildcard processed/*.csv) $(PAGES) pipeline/report/assets/charts.js $(BIN)/report.mjs $(BUILD)/report/vega-interpreter.js
	@node $(BIN)/report.mjs --processed processed --pages pipeline/report/pages --interpreter $(BUILD)/report/vega-interpreter.js --out reports

$(BUILD)/report/vega-interpreter.js: $(DEPS)
	@mkdir -p $(@D)
	@node_modules/.bin/esbuild node_modules/vega-interpreter/build/vega-interpreter.js --bundle --format=iife --global-name=vegaInterpreter --minify --log-level=warning --outfile=$@.tmp.js
	@mv $@.tmp.js $@

# --- tests: the formatter's check (prettier, 120 columns; `make format` rewrites), type-check, then every
# test (unit, golden, property, end-to-end)
test: $(DEPS)
	node_modules/.bin/prettier --check --log-level=warn .
	node_modules/.bin/tsc --noEmit
	node_modules/.bin/vitest run

format: $(DEPS)
	node_modules/.bin/prettier --write --log-level=warn .

clean:
	rm -rf $(BUILD) reports/*.html reports/lib

# --- bench: median times of a clean `make all` and of a report page edit (in a scratch copy) against a
# bare node start and one chart in a fresh node; with SCALE=1, the whole pipeline on synthetic corpora
# of 10, 100 and 1000 documents (build/bench/scale.json)
bench: $(BIN)/bench.mjs
	@node $(BIN)/bench.mjs $(if $(RUNS),--runs '$(RUNS)') $(if $(SCALE),--scale '$(SCALE)')
