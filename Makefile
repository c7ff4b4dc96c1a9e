# council-minutes: from committee minutes to clean segments, figures, topics and HTML reports.
#
#   make all      set up the environment (first time) and build everything from data/raw
#   make test     set up the environment and run every test
#   make help     list the targets and the variables you can override
#
# Stages have real file targets: a stage reruns only when its notebook, its library code, its
# configuration or its inputs changed. Override the folders to run on another council's minutes:
#   make all RAW_DIR=/path/to/raw PROCESSED_DIR=/path/to/processed REPORTS_DIR=/path/to/reports

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all
MAKEFLAGS += --no-builtin-rules

## Folders (override on the command line)
RAW_DIR ?= data/raw
PROCESSED_DIR ?= data/processed
REPORTS_DIR ?= reports
BUILD_DIR ?= build
PYTHON ?= python3
VENV ?= .venv
# Dask scheduler for the per-document stages: empty = this machine (in-process for small corpora,
# local worker processes for large ones); tcp://host:8786 = an existing Dask cluster.
DASK_SCHEDULER ?=
export DASK_SCHEDULER
# Processes `make test` runs the suite on (pytest-xdist): 2 suits a 2-core machine; 0 runs it in one process.
TEST_WORKERS ?= 2
# Stages `make` / `make all` runs at once (make -j): with 2, the figures and topics stages run side by side, then
# the search index beside the compare stage and the reports (a 2-core machine); 1 runs them one after another. Only when all is the one
# goal (make clean all keeps its order); a -j given on the command line wins. The outputs are the same either way.
JOBS ?= 2
ifeq ($(filter-out all,$(MAKECMDGOALS)),)
MAKEFLAGS += -j$(JOBS)
endif

# (r40cache) Fitted models are kept here between processes (analysis.model_cache: the theme model of the topics stage
# and the learnt id fallback of the figures stage; notebooks and tests fit each once, not each process); an empty
# value or off switches the cache off. `make clean` removes this default folder with $(BUILD_DIR); a folder named by
# $CM_MODEL_CACHE in the environment or on the command line is the user's and is left (it may be shared or anywhere).
ifeq ($(origin CM_MODEL_CACHE),undefined)
CM_MODEL_CACHE := $(abspath $(BUILD_DIR))/model-cache
endif
export CM_MODEL_CACHE

PY := $(VENV)/bin/python
# q: single-quote a value for the shell, so quotes, $ and backticks in folder names arrive as data.
q = '$(subst ','\'',$(1))'
ENV_STAMP := $(VENV)/.installed
KERNEL := council-minutes
P := $(PROCESSED_DIR)
NB_OUT := $(BUILD_DIR)/notebooks
RAW_FINGERPRINT := $(P)/.fingerprints/raw.sha256
UV_VERSION := $(shell sed -n 's/^uv==\([^ ]*\).*/\1/p' requirements.lock)

# Library files of each stage (LIB_CLEAN, LIB_FIGURES, LIB_TOPICS, LIB_COMPARE, LIB_REPORTS, LIB_SEARCH): every
# module of src/analysis the stage's notebooks or command import, directly or not, derived from the
# imports by scripts/stage_deps.py and regenerated whenever a module or a notebook changes. A module
# no stage imports (bench.py, evaluation code) is in no list: editing it reruns nothing.
STAGE_DEPS := $(BUILD_DIR)/stage-deps.mk
-include $(STAGE_DEPS)
$(STAGE_DEPS): scripts/stage_deps.py $(wildcard src/analysis/*.py src/analysis/*/*.py notebooks/*.ipynb)
	@mkdir -p $(@D)
	@$(PYTHON) scripts/stage_deps.py > $@.tmp && mv $@.tmp $@
TEMPLATES := $(wildcard src/analysis/templates/*)

# papermill NOTEBOOK STAGE-LABEL [extra -p args]: run a notebook in the project kernel; the executed
# copy goes to $(NB_OUT) (kept for inspection when it fails).
define papermill
	@mkdir -p $(NB_OUT)
	@echo "==> stage $(2): notebooks/$(1)"
	$(PY) -m analysis.runstage "$(2)" --kernel $(KERNEL) --cwd notebooks --log-level WARNING \
	  notebooks/$(1) $(NB_OUT)/$(1) \
	  -p raw_dir $(call q,$(abspath $(RAW_DIR))) -p processed_dir $(call q,$(abspath $(P))) $(3)
endef

.PHONY: all help env test lab clean clean-env lock clean-stage figures topics compare FORCE reports bench

all: $(P)/segments.parquet $(P)/figures.parquet $(P)/topics.parquet $(P)/council_figures.parquet reports ## Build every stage from RAW_DIR (the default target)
	@printf 'every stage is up to date with %s; the pages are in %s (open %s)\n' $(call q,$(RAW_DIR)) $(call q,$(REPORTS_DIR)/) $(call q,$(REPORTS_DIR)/index.html)

help: ## Show this help
	@echo "Targets:"
	@grep -hE '^[a-zA-Z0-9_%-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([^:]+):.*## (.*)/  \1\t\2/' | expand -t 22
	@echo
	@echo "Variables (make VAR=value ...):"
	@grep -hE '^[A-Z_]+ \?=' $(MAKEFILE_LIST) | sed -E 's/ \?= ?/ (default: /; s/$$/)/; s/^/  /' | awk '!seen[$$0]++'
	@echo "  (FROM and TO are the date range of both fetch and search.)"
	@echo
	@echo "Environment variables the package reads (CM_LEARNT_ID=off make all, or export them):"
	@PYTHONPATH=src$${PYTHONPATH:+:$$PYTHONPATH} $(PYTHON) -m analysis.paths env \
	  || echo "  (the list is ENVIRONMENT in src/analysis/paths.py)"
	@echo
	@$(MAKE) --no-print-directory councils || echo "(council slugs: the manifest of $(RAW_DIR) could not be read)"

## ---------------------------------------------------------------- environment
env: $(ENV_STAMP) ## Create .venv from requirements.lock (done automatically by all/test)

# A $(VENV) that is a symbolic link (one environment shared by several checkouts or worktrees) is used as it is and
# never re-synced from here: the sync re-installs the package editable from THIS checkout and points the Jupyter
# kernel at it, for every checkout that shares the environment (and at nothing once this one is deleted).
ifeq ($(shell test -L $(call q,$(VENV)) && echo link),link)
$(ENV_STAMP): requirements.lock pyproject.toml
	@echo "note: $(VENV) is a link to $$(readlink -f $(call q,$(VENV))), shared with another checkout: using it as it is" \
	  "(not re-installing it from here); if requirements.lock changed, run make env in the checkout it belongs to." >&2
else
$(ENV_STAMP): requirements.lock pyproject.toml
	@echo "==> setting up $(VENV) from requirements.lock"
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	test -x $(VENV)/bin/uv || $(PY) -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	$(VENV)/bin/uv pip sync --quiet --compile-bytecode --python $(PY) requirements.lock
	$(VENV)/bin/uv pip install --quiet --python $(PY) --no-deps -e .
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (council-minutes)" >/dev/null
	@touch $@
endif

lock: ## Re-resolve requirements.in into requirements.lock and environment.yml
	$(VENV)/bin/uv pip compile requirements.in --python-version 3.11 -o requirements.lock -q --no-header --annotation-style line
	$(PY) scripts/write_environment_yml.py requirements.lock environment.yml

## ---------------------------------------------------------------- stages
# The raw folder's fingerprint file changes only when a raw file or the manifest changes. Given stage 1's outputs,
# it keeps the listing of the last run that succeeded: putting back the files of that run after a failed one
# restores that listing with its old time, so nothing reruns. A stage 1 that succeeds makes that record moot and
# removes it (--done), so the processed folder does not depend on the runs before.
# (r44noop) `make reports` runs make again for the pages (council-reports) once its inputs, and so every stamp below,
# are up to date: it passes STAMPS_MADE=1, and that make takes the stamps as they are instead of running the fingerprint
# step and the five config stamps a second time (1-1.5 s of CPU of a no-op make on 10,500 documents). Only from the
# command line (as the recipe gives it), never from the environment.
STAMP_FORCE := $(if $(filter command line,$(origin STAMPS_MADE)),,FORCE)
$(RAW_FINGERPRINT): $(STAMP_FORCE) | $(ENV_STAMP)
	@$(PY) -m analysis.fingerprint $(call q,$(RAW_DIR)) $(call q,$@) $(call q,$(P)/documents.parquet) $(call q,$(P)/segments.parquet)

# (r36twins) The config files a stage reads are data/<file> or the file $CM_<FILE STEM> names ($CM_FIGURE_RULES,
# $CM_INDICATORS, $CM_CODEBOOK, $CM_THEMES_TRAINING, $CM_LEARNT_ID_ROWS; with the figure rules the measure words beside
# them, with the learnt rows the $CM_LEARNT_ID switch). Each stamp records the resolved path and checksum of what the
# run will read and is rewritten only when they change (python -m analysis.fingerprint --config), so pointing a
# variable at another file, editing that file or unsetting the variable reruns the stages that read it, and nothing else.
config_stamp = $(P)/.fingerprints/config-$(1).sha256
CONFIG_STAMPS := $(foreach c,figure_rules indicators codebook themes_training learnt_id_rows,$(call config_stamp,$(c)))
$(CONFIG_STAMPS): $(P)/.fingerprints/config-%.sha256: $(STAMP_FORCE) | $(ENV_STAMP)
	@$(PY) -m analysis.fingerprint --config $* $(call q,$@)

clean-stage: $(P)/segments.parquet ## Stage 1: read the manifest and documents, clean and segment
$(P)/documents.parquet $(P)/segments.parquet &: notebooks/01_clean.ipynb $(LIB_CLEAN) $(RAW_FINGERPRINT) $(ENV_STAMP)
	$(call papermill,01_clean.ipynb,1/4 clean)
	@$(PY) -m analysis.fingerprint --done $(call q,$(RAW_FINGERPRINT))

figures: $(P)/figures.parquet ## Stage 2: extract figures (and the non-figure numbers) from the segments
$(P)/figures.parquet $(P)/numbers.parquet &: notebooks/02_figures.ipynb $(LIB_FIGURES) $(call config_stamp,indicators) $(call config_stamp,figure_rules) $(call config_stamp,learnt_id_rows) $(P)/segments.parquet $(P)/documents.parquet $(ENV_STAMP)
	$(call papermill,02_figures.ipynb,2/4 figures)

topics: $(P)/topics.parquet ## Stage 3: topic clusters and codebook themes of the segments
$(P)/topics.parquet $(P)/topic_terms.parquet $(P)/theme_shares.parquet $(P)/topic_shares.parquet &: notebooks/03_topics.ipynb $(LIB_TOPICS) $(call config_stamp,codebook) $(call config_stamp,themes_training) $(P)/segments.parquet $(P)/documents.parquet $(ENV_STAMP)
	$(call papermill,03_topics.ipynb,3/4 topics)

# The cross-council tables, computed once for every report (python -m analysis.compare; no notebook).
COMPARE_TABLES := $(foreach t,council_figures indicator_series indicator_latest track_statements council_theme_shares \
                    council_topic_shares distinctive_themes distinctive_topics document_periods,$(P)/$(t).parquet)
compare: $(P)/council_figures.parquet ## Stage 4a: cross-council tables (figures with themes, latest values, time series, shares)
$(COMPARE_TABLES) &: $(LIB_COMPARE) $(call config_stamp,indicators) $(call config_stamp,figure_rules) $(P)/documents.parquet $(P)/segments.parquet $(P)/figures.parquet \
                     $(P)/numbers.parquet $(P)/topics.parquet $(P)/theme_shares.parquet $(ENV_STAMP)
	@echo "==> stage 4a/4 compare: python -m analysis.compare"
	$(PY) -m analysis.compare --processed-dir $(call q,$(abspath $(P)))

## ---------------------------------------------------------------- reports
# (reports section: notebooks 04/05 and analysis.report -> $(REPORTS_DIR); issues 6 and 13)
# `make reports` renders every council's page, the comparison and the index in one process
# (python -m analysis.report all) from the compare tables, and removes the page of a council no
# longer in the manifest. The council slugs come from the manifest at run time, so `reports` runs
# make again with SLUGS=... and the pages are one grouped target. `make report COUNCIL=<slug>` runs
# the parameterised notebook 04 for one council (the same page). Pages are written atomically.
REPORT_INPUTS := $(P)/documents.parquet $(COMPARE_TABLES)
# (r44noop) analysis.manifest reads the manifest without importing pandas: make runs this on every `make all`.
SLUGS_CMD = $(PY) -m analysis.manifest slugs $(call q,$(RAW_DIR))
COUNCIL ?=

# render_report NOTEBOOK EXECUTED-COPY LABEL [extra -p args]
define render_report
	@mkdir -p $(NB_OUT) $(REPORTS_DIR)
	@echo "==> stage 4b/4 reports: notebooks/$(1) ($(3))"
	$(PY) -m analysis.runstage "4b/4 reports ($(3))" --kernel $(KERNEL) --cwd notebooks --log-level WARNING \
	  notebooks/$(1) $(NB_OUT)/$(2) \
	  -p raw_dir $(call q,$(abspath $(RAW_DIR))) -p processed_dir $(call q,$(abspath $(P))) \
	  -p reports_dir $(call q,$(abspath $(REPORTS_DIR))) $(4)
endef

.PHONY: council-reports report councils comparison

reports: $(REPORT_INPUTS) $(ENV_STAMP) ## Stage 4b: every council's report, the comparison and index.html (one process)
	@slugs="$$($(SLUGS_CMD))"; \
	$(MAKE) --no-print-directory council-reports SLUGS="$$(echo $$slugs)" STAMPS_MADE=1

ifneq ($(strip $(SLUGS)),)
PAGES := $(foreach s,$(SLUGS),$(REPORTS_DIR)/$(s).html) $(REPORTS_DIR)/comparison.html $(REPORTS_DIR)/index.html
council-reports: $(PAGES)
	@:
$(PAGES) &: $(LIB_REPORTS) $(TEMPLATES) $(REPORT_INPUTS) $(ENV_STAMP)
	@mkdir -p $(REPORTS_DIR)
	@echo "==> stage 4b/4 reports: python -m analysis.report all ($(words $(SLUGS)) council$(if $(filter 1,$(words $(SLUGS))),,s), comparison, index)"
	$(PY) -m analysis.report all --raw-dir $(call q,$(abspath $(RAW_DIR))) --processed-dir $(call q,$(abspath $(P))) \
	  --reports-dir $(call q,$(abspath $(REPORTS_DIR)))
else
council-reports:
	@:
endif

# COUNCIL= is read as make search reads it (analysis.corpus.match_council): the slug, the name or whole words of it (a part of a word names nothing).
report: $(ENV_STAMP) ## One council's report with notebook 04: make report COUNCIL=<slug, name or whole words of it> (make councils)
	@slug="$$($(PY) -m analysis.manifest council $(call q,$(RAW_DIR)) $(call q,$(COUNCIL)))"; \
	$(MAKE) --no-print-directory $(call q,$(REPORTS_DIR))/"$$slug.html"; \
	printf 'page: %s (up to date with its inputs)\n' $(call q,$(REPORTS_DIR))/"$$slug.html"

comparison: $(REPORT_INPUTS) $(ENV_STAMP) ## The comparison page with notebook 05 (make reports renders it too)
	$(call render_report,05_compare_councils.ipynb,05_compare_councils.ipynb,comparison)

councils: ## List the council slugs of RAW_DIR (for make report / search COUNCIL=)
	@printf 'Councils in %s (make report COUNCIL=<slug, name or whole words of it>):\n' $(call q,$(RAW_DIR))
	@if [ -x "$(PY)" ]; then $(SLUGS_CMD) | sed 's/^/  /'; \
	 else echo "  (run 'make env' first to list them)"; fi
	@echo

# One council's page through notebook 04 (make report); `make reports` renders them all at once.
$(REPORTS_DIR)/%.html: notebooks/04_council_report.ipynb $(LIB_REPORTS) $(TEMPLATES) $(REPORT_INPUTS) $(ENV_STAMP)
	$(call render_report,04_council_report.ipynb,04_council_report-$*.ipynb,$*,-p council "$*")

## ---------------------------------------------------------------- fetch (issue 12)
# Download a committee's published minutes from a council's ModernGov site into RAW_DIR/<council-slug>/
# and add a manifest row per file (all or nothing; a rerun downloads only what is missing):
#   make fetch COUNCIL=<name or slug in data/sites.csv> COMMITTEE=<name or id> FROM=YYYY-MM-DD TO=YYYY-MM-DD
#   make fetch SITE=<base url> COUNCIL="<council name>" COMMITTEE=<name or id> FROM=... TO=...
SITE ?=
COMMITTEE ?=
FROM ?=
TO ?=
SITES_CSV ?= data/sites.csv
FETCH_DELAY ?= 1
FETCH_ARGS ?=

.PHONY: fetch
fetch: $(ENV_STAMP) ## Fetch minutes from ModernGov: make fetch COUNCIL=<name|slug> COMMITTEE=<name|id> FROM=YYYY-MM-DD TO=YYYY-MM-DD [SITE=<url>]
	@$(PY) -m analysis.fetch --raw-dir $(call q,$(RAW_DIR)) --site $(call q,$(SITE)) --council $(call q,$(COUNCIL)) \
	  --committee $(call q,$(COMMITTEE)) --from $(call q,$(FROM)) --to $(call q,$(TO)) \
	  --sites $(call q,$(SITES_CSV)) --delay $(call q,$(FETCH_DELAY)) $(FETCH_ARGS)
## ---------------------------------------------------------------- end of fetch

## ---------------------------------------------------------------- search (issue 14)
# A full-text index of every segment (SQLite FTS5, $(P)/search.sqlite), rebuilt only when its input
# tables change; `make search Q=...` prints the top hits and writes $(REPORTS_DIR)/search/<slug>.html
# and .csv. Query syntax: words, "quoted phrases", OR, NOT, ( ), NEAR(a b, 10), prefix*.
SEARCH_INDEX := $(P)/search.sqlite
Q ?=
THEME ?=
FROM ?=
TO ?=
LIMIT ?= 50
# These come from the command line only (a TO or LIMIT in the shell's environment is ignored), are
# never exported to recipes (exporting would expand a $(...) typed in a query) and reach the recipe
# unexpanded ($(value ...)), single-quoted: a query is data, never make or shell syntax.
$(foreach v,Q COUNCIL THEME FROM TO LIMIT,$(if $(filter environment%,$(origin $(v))),$(eval $(v) :=)))
unexport Q COUNCIL THEME FROM TO LIMIT

.PHONY: search-index search clean-search
all: $(SEARCH_INDEX)
clean: clean-search

search-index: $(SEARCH_INDEX) ## Build the search index of every segment (PROCESSED_DIR/search.sqlite)
$(SEARCH_INDEX): $(LIB_SEARCH) $(P)/segments.parquet $(P)/documents.parquet \
                 $(P)/topics.parquet $(P)/theme_shares.parquet $(P)/figures.parquet $(ENV_STAMP)
	@echo "==> search index: $@"
	$(PY) -m analysis.search build --processed-dir $(call q,$(abspath $(P)))

search: $(SEARCH_INDEX) ## Search the minutes: make search Q='"foster carers" allowance*' [COUNCIL= THEME= FROM= TO= LIMIT=]
	@$(PY) -m analysis.search query --processed-dir $(call q,$(abspath $(P))) \
	  --reports-dir $(call q,$(abspath $(REPORTS_DIR))) --query $(call q,$(value Q)) --council $(call q,$(value COUNCIL)) \
	  --theme $(call q,$(value THEME)) --from $(call q,$(value FROM)) --to $(call q,$(value TO)) \
	  --limit $(call q,$(or $(value LIMIT),50))

clean-search:
	rm -f "$(SEARCH_INDEX)"
## ---------------------------------------------------------------- end of search

# (r44robust) Make deletes the target of a recipe it interrupts (Ctrl-C, kill) when the target's time changed, and, for
# grouped targets (a b &: ...), the siblings it had not looked at: a Ctrl-C while the figures and topics stages ran
# deleted the new figures.parquet and numbers.parquet and the previous run's topic_terms.parquet and
# topic_shares.parquet, leaving their .csv beside nothing. Every output below is written complete or not at all
# (analysis.io.write_files), so make must never delete one: an interrupted stage leaves the previous outputs or the
# new ones, and the next make reruns what is out of date (tests/test_robust_r44.py).
.PRECIOUS: $(P)/documents.parquet $(P)/segments.parquet $(P)/figures.parquet $(P)/numbers.parquet \
           $(P)/topics.parquet $(P)/topic_terms.parquet $(P)/theme_shares.parquet $(P)/topic_shares.parquet \
           $(COMPARE_TABLES) $(SEARCH_INDEX) $(PAGES) $(REPORTS_DIR)/%.html

## ---------------------------------------------------------------- tools
test: $(ENV_STAMP) ## Run all tests (library, notebooks with nbval, end-to-end make) on TEST_WORKERS processes
	$(PY) -m pytest --durations=20 -n $(TEST_WORKERS)

lab: $(ENV_STAMP) ## Start JupyterLab with the project kernel
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

clean: ## Remove generated outputs (never touches data/raw)
	rm -rf "$(P)"/*.parquet "$(P)"/*.csv "$(P)"/text "$(P)"/.fingerprints "$(P)"/bench "$(BUILD_DIR)" "$(REPORTS_DIR)"

clean-env: ## Remove the virtual environment
	rm -rf $(VENV)

## ---------------------------------------------------------------- benchmark
# Synthetic corpora recombined from the seed minutes (python -m analysis.bench generate ...), every
# stage timed in its own process (the report stage with its cost per council, figure extraction
# against quantulum3 on the same segments), then `make all` into empty output folders on each of
# BENCH_MAKE (DOCS:COUNCILS); the table goes to $(P)/bench/bench.csv and bench.md and is printed.
BENCH_SIZES ?= 1000,10500
BENCH_COUNCILS ?= 21
BENCH_WORK ?= $(BUILD_DIR)/bench
BENCH_MAKE ?= 46:46,10500:21

bench: $(ENV_STAMP) ## Benchmark every stage on BENCH_SIZES documents, then make all on BENCH_MAKE corpora (DOCS:COUNCILS)
	$(PY) -m analysis.bench run --sizes "$(BENCH_SIZES)" --councils $(BENCH_COUNCILS) \
	  --work "$(abspath $(BENCH_WORK))" --out "$(abspath $(P))/bench" --make "$(BENCH_MAKE)"
