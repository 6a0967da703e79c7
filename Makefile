# The pipeline graph: every target is a file, so `make all` redoes only what is out of date.
#
# The staleness rule (also in pipeline/lib/stale.ts and the README's "Intermediate files"):
# - make decides by time stamps, and every step writes a file only when its bytes change, so a time
#   stamp moves only with the content. A step's make target is its stamp, build/stamps/<step>, touched
#   when the step succeeds; the files it writes follow the stamp with an empty recipe, and make, which
#   reads their time stamps again after the step ran, goes on only from those that changed;
# - where time stamps mislead, content decides: ingest re-reads a source only when its sha256, its
#   manifest entry or ingest's code changed, and extract only the sources whose ingest output changed,
#   so a raw file touched without a change reruns nothing after ingest's hash check;
# - each bundle's prerequisites are generated from esbuild's metafile (build/deps/*.d), and only the stages
#   whose bundle changed rerun. The registry (pipeline/registry/*.json) is data the stages read when they run,
#   never bundled: a stage that reads a file reruns when it changes, and ingest and extract then re-read only
#   the sources whose key changed: the registry entries each source used are part of its key.
# No grouped target (`&:` needs GNU make 4.3): the stamps do its work.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
# no .SECONDARY: every build/ file is a real target, and after `make clean` their absence must
# rebuild processed/ (a secondary file that is missing would not)
# processed/ is replaced as a whole by emit: a failed or killed run must not delete its datapackage.json
.PRECIOUS: processed/datapackage.json
MAKEFLAGS += --no-builtin-rules --no-print-directory
# The variables a user sets (make diff FROM=… TO=…, STRICT=1 make all, …), on the command line or in the
# environment: each is taken as written ($(value): a `$(…)` in it is never expanded by make) and passed to
# the tools in their environment under its own name, never pasted into a recipe's shell text; the tool
# checks it (pipeline/diff/options.ts, pipeline/bench/main.ts, pipeline/eval/main.ts). STRICT and
# PIPELINE_LOCKED only switch.
USER_VARIABLES := FROM TO CHECK LIMIT RUNS SCALE STRICT VERBOSE HALF CORPUS
$(foreach v,$(USER_VARIABLES) PIPELINE_LOCKED,$(eval override $(v) := $$(value $(v))))
export $(USER_VARIABLES)
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
# what raw/ holds, but a link that points nowhere: make would stop on it ("No rule to make target") before
# ingest's check of raw/ could name it (the folder itself is a prerequisite, so adding one reruns ingest)
RAW_FILES := $(foreach f,$(wildcard raw/*),$(if $(realpath $(f)),$(f)))
STAMPS := $(BUILD)/stamps
# the registry files each stage reads when it runs (the reviewers' decisions only reconcile reads), each by
# its copy in build/registry/, rewritten only when the file's bytes change: content decides, not a touch
REGISTRY := pipeline/registry
SEEN := $(BUILD)/registry
REGISTRY_FILES := $(patsubst $(REGISTRY)/%,$(SEEN)/%,$(wildcard $(REGISTRY)/*.json))
VOCABULARY := $(SEEN)/labels.json $(SEEN)/metrics.json
ENTITIES := $(filter-out $(SEEN)/decisions.json,$(REGISTRY_FILES))
# VERBOSE=1 (exported above): every stage prints its full detail (each source, every open conflict)
# a step's last line: its stamp (see the staleness rule above)
STAMP = @mkdir -p $(@D) && touch $@
# touched as a locked run starts: a run after which no stamp is newer ran no step, and says it is up to date
RUN_STARTED := $(BUILD)/.run-started
# FORCE when one of the files is missing: a deleted output is made again though its stamp is newer
missing = $(if $(filter-out $(wildcard $(1)),$(1)),FORCE)

.PHONY: all test clean bench diff eval format

# one run at a time in a checkout: `make all` takes build/.lock (flock, from util-linux) and a second run
# waits for it, then finds everything up to date. Under the lock, temporary files of killed runs are removed.
ifeq ($(PIPELINE_LOCKED),)
ifeq ($(shell command -v flock),)
all:
	@echo "make: flock (util-linux) is not installed: running without the lock; start no second make all in this checkout until this one ends" >&2
	@mkdir -p $(BUILD) && touch $(RUN_STARTED)
	@$(MAKE) PIPELINE_LOCKED=1 all
else
# the lock is taken in one step (75: another run holds it), so exactly the runs that wait say so
LOCKED_RUN = bash -c 'shopt -s nullglob; find $(BUILD) -name "*.tmp-*" -exec rm -rf {} +; \
  for old in processed.old-*; do [ -e processed ] || mv "$$old" processed; done; \
  for old in reports.old-*; do [ -e reports ] || mv "$$old" reports; done; \
  for dir in processed.tmp-* processed.old-* reports.tmp-* reports.old-*; do \
  chmod -R u+rwX "$$dir" 2>/dev/null; rm -rf "$$dir" 2>/dev/null || echo "make: $$dir/ was left by an earlier run \
  and cannot be removed; remove it as the user who owns it (rm -rf $$dir)" >&2; done; \
  touch $(RUN_STARTED); exec $(MAKE) PIPELINE_LOCKED=1 all'
all:
	@mkdir -p $(BUILD)
	@flock --nonblock --conflict-exit-code 75 $(BUILD)/.lock $(LOCKED_RUN) || { status=$$?; [ $$status -eq 75 ] || exit $$status; \
	  echo "make: another make all is running in this checkout; waiting for it to finish" >&2; flock $(BUILD)/.lock $(LOCKED_RUN); }
endif
else
all: processed/datapackage.json reports/index.html
	@if [ -e $(RUN_STARTED) ] && [ -z "$$(find $(STAMPS) -newer $(RUN_STARTED) -print -quit 2>/dev/null)" ]; then \
	  echo "make: up to date: nothing in raw/, the registry, the pages or the code changed since the last run" >&2; fi
endif

# --- dependencies: installed when node_modules is missing or the lock file is newer than the stamp;
# never through a node_modules that is a link (that would empty the linked checkout's)
$(DEPS): package-lock.json package.json $(if $(wildcard node_modules/.package-lock.json),,FORCE)
	@if [ -L node_modules ]; then echo "make: node_modules is a link to $$(readlink node_modules); not running npm ci through it: install there, then touch $@ here" >&2; exit 1; fi
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# --- each stage is bundled into one plain .mjs (a tsx start costs 3x a node start) by pipeline/lib/bundle.ts,
# itself bundled first: the four data stages in one esbuild run, the report stage (vega, the largest) in
# another beside it. A bundle is written only when its bytes change, and build/deps/<stage>.d, from
# esbuild's metafile, lists the files it is made of (its stage's modules, the libraries and other
# stages' modules it imports, the registry files it reads); when only their time stamps moved, their
# content decides and nothing is bundled.
STAGES := ingest normalise extract publish
-include $(wildcard $(BUILD)/deps/*.d)
BUNDLE = @node $(BIN)/bundle.mjs --out $(BIN) --deps $(BUILD)/deps --stamp $@
bundled = $(call missing,$(foreach s,$(1),$(BIN)/$(s).mjs $(BUILD)/deps/$(s).d))

$(BIN)/bundle.mjs: pipeline/lib/bundle.ts $(LIB) $(DEPS)
	@mkdir -p $(@D)
	@node_modules/.bin/esbuild pipeline/lib/bundle.ts --bundle --platform=node --format=esm --target=node20 --packages=external --log-level=warning --outfile=$@.tmp-$$$$.mjs && mv $@.tmp-$$$$.mjs $@

$(STAMPS)/bundle-stages: $(BIN)/bundle.mjs $(DEPS) $(call bundled,$(STAGES))
	$(BUNDLE) $(STAGES)
	$(STAMP)
$(foreach s,$(STAGES),$(BIN)/$(s).mjs): $(STAMPS)/bundle-stages ;

$(STAMPS)/bundle-report: $(BIN)/bundle.mjs $(DEPS) $(call bundled,report)
	$(BUNDLE) report
	$(STAMP)
$(BIN)/report.mjs: $(STAMPS)/bundle-report ;

# the tools make all does not run, each bundled when asked for
$(STAMPS)/bundle-bench: $(BIN)/bundle.mjs $(DEPS) $(call bundled,bench)
	$(BUNDLE) bench
	$(STAMP)
$(BIN)/bench.mjs: $(STAMPS)/bundle-bench ;

$(STAMPS)/bundle-diff: $(BIN)/bundle.mjs $(DEPS) $(call bundled,diff)
	$(BUNDLE) --with-require diff
	$(STAMP)
$(BIN)/diff.mjs: $(STAMPS)/bundle-diff ;

$(STAMPS)/bundle-eval: $(BIN)/bundle.mjs $(DEPS) $(call bundled,eval)
	$(BUNDLE) eval
	$(STAMP)
$(BIN)/eval.mjs: $(STAMPS)/bundle-eval ;

$(SEEN)/%.json: $(REGISTRY)/%.json
	@mkdir -p $(@D) && { cmp -s $< $@ || { cp $< $@.tmp-$$$$ && mv $@.tmp-$$$$ $@; }; }

# --- ingest: checks raw/ against raw/sources.json first (every file's sha256), then re-ingests each
# source whose sha256, manifest entry or the stage's code changed, in one process
$(STAMPS)/ingest: $(RAW_FILES) raw $(BIN)/ingest.mjs $(VOCABULARY) $(call missing,$(BUILD)/ingest/index.json)
	@node $(BIN)/ingest.mjs --raw raw --out $(BUILD)/ingest
	$(STAMP)
$(BUILD)/ingest/index.json: $(STAMPS)/ingest ;

# --- normalise: every name ingest found, resolved to a registry id (STRICT=1 fails on any unresolved;
# on an up-to-date tree it reruns this check alone: its outputs come out unchanged): the alias table, and
# each source's resolutions in build/normalise/sources/ (rewritten only when they change)
$(STAMPS)/normalise: $(BUILD)/ingest/index.json $(BIN)/normalise.mjs $(ENTITIES) $(if $(STRICT),FORCE) $(call missing,$(BUILD)/normalise/aliases.json)
	@node $(BIN)/normalise.mjs --ingest $(BUILD)/ingest --out $(BUILD)/normalise/aliases.json $(if $(STRICT),--strict)
	$(STAMP)
$(BUILD)/normalise/aliases.json: $(STAMPS)/normalise ;

.PHONY: FORCE
FORCE:

# --- extract: every figure of every source as a claim, its names as normalise resolved them (re-reads
# only the sources whose ingest output or names changed)
$(STAMPS)/extract: $(BUILD)/ingest/index.json $(BUILD)/normalise/aliases.json $(BIN)/extract.mjs $(ENTITIES) $(call missing,$(BUILD)/claims/index.json)
	@node $(BIN)/extract.mjs --ingest $(BUILD)/ingest --names $(BUILD)/normalise/sources --out $(BUILD)/claims
	$(STAMP)
$(BUILD)/claims/index.json: $(STAMPS)/extract ;

# --- reconcile, analyse and emit, in one process (pipeline/publish/main.ts): build/reconcile/ (facts,
# conflicts, rows matched by figures, revision changes), then the analysis and processed/ (CSV tables and
# datapackage.json, replaced as a whole, and only when a file differs)
$(STAMPS)/publish: $(BUILD)/claims/index.json $(BUILD)/ingest/index.json $(BUILD)/normalise/aliases.json $(filter raw/sources.json,$(RAW_FILES)) $(BIN)/publish.mjs $(REGISTRY_FILES) $(call missing,processed/datapackage.json $(BUILD)/reconcile/facts.json)
	@node $(BIN)/publish.mjs --raw raw --ingest $(BUILD)/ingest --claims $(BUILD)/claims --aliases $(BUILD)/normalise/aliases.json --reconcile $(BUILD)/reconcile --out processed
	$(STAMP)
processed/datapackage.json $(BUILD)/reconcile/facts.json: $(STAMPS)/publish ;

# --- diff: processed/ at FROM (default HEAD) against TO (default the working tree), in the terminal
# and as reports/diff.html; CHECK=1 exits 1 when anything differs, LIMIT= rows listed per table (all four
# read by the tool from its environment)
diff: $(BIN)/diff.mjs
	@node $(BIN)/diff.mjs

# --- report: every page of pipeline/report/pages/ over processed/, all charts in one process; reports/
# is replaced as a whole (the committed screenshot and diff.html are kept). Vega's expression
# interpreter ships only as an ES module, and Chromium runs no module script from file://: it is
# bundled once into a classic script.
PAGES := $(wildcard pipeline/report/pages/*.md)
$(STAMPS)/report: processed/datapackage.json $(wildcard processed/*.csv) $(PAGES) pipeline/report/assets/charts.js $(BIN)/report.mjs $(BUILD)/report/vega-interpreter.js $(call missing,reports/index.html)
	@node $(BIN)/report.mjs --processed processed --pages pipeline/report/pages --interpreter $(BUILD)/report/vega-interpreter.js --charts $(BUILD)/report/charts --out reports
	$(STAMP)
reports/index.html: $(STAMPS)/report ;

$(BUILD)/report/vega-interpreter.js: $(DEPS)
	@mkdir -p $(@D)
	@node_modules/.bin/esbuild node_modules/vega-interpreter/build/vega-interpreter.js --bundle --format=iife --global-name=vegaInterpreter --minify --log-level=warning --outfile=$@.tmp.js
	@mv $@.tmp.js $@

# --- tests: Debian's chromium for the browser tests (installed with apt-get when missing, as root; otherwise
# a message saying how, and no test: pipeline/lib/need-chromium.ts), the formatter's check (prettier, 120
# columns; `make format` rewrites), type-check, then every test (unit, golden, property, end-to-end)
test: $(DEPS)
	@node_modules/.bin/tsx pipeline/lib/need-chromium.ts
	node_modules/.bin/prettier --check --log-level=warn .
	node_modules/.bin/tsc --noEmit
	node_modules/.bin/vitest run

format: $(DEPS)
	node_modules/.bin/prettier --write --log-level=warn .

clean:
	rm -rf $(BUILD) reports/*.html reports/lib

# --- bench: median times of a clean `make all` and of a report page edit (in a scratch copy) against a
# bare node start and one chart in a fresh node; with SCALE=1, the whole pipeline on synthetic corpora
# of 10, 100 and 1000 documents (build/bench/scale.json); RUNS and SCALE read by the tool from its environment
bench: $(BIN)/bench.mjs
	@node $(BIN)/bench.mjs

# --- eval: the pipeline's linked claims against the evaluation corpus's answers (test/eval/README.md), each
# text run through the real stages in one process and reconciled with the seed corpus: precision, recall,
# false alarms, build/eval/results.json. HALF (development, test or all; default test) and CORPUS (default
# test/eval/texts) read by the tool from its environment
eval: $(BIN)/eval.mjs
	@node $(BIN)/eval.mjs
