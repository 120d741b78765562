# PlanPress: the two commands a new machine needs are `make site` and `make test`.
.PHONY: site test build deps check serve bench clean example

SWIFT ?= swift
PLANPRESS = .build/release/planpress
# The Debian packages the build needs (cmark-gfm's C library and its GFM extensions).
BUILD_PACKAGES = libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config

## site: install what is missing, build the release binary, build public/ from content/
site: deps build
	$(PLANPRESS) build --content content --output public

## example: build the fictional example county (examples/content/) into examples/public/
example: deps build
	$(PLANPRESS) build --content examples/content --output examples/public

## build: the release binary
build: deps
	$(SWIFT) build -c release --product planpress

## deps: the Debian packages, with apt-get when run as root, otherwise the exact command to run
deps:
	@missing=""; for p in $(BUILD_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" -eq 0 ]; then \
		echo "Installerar$$missing"; \
		apt-get -o DPkg::Lock::Timeout=900 update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq$$missing; \
	else \
		echo "Saknas:$$missing. Kör som root:"; \
		echo "  sudo apt-get update && sudo apt-get install -y$$missing"; exit 1; \
	fi

## test: everything CI runs — unit tests, then the whole-site checks on a fresh build
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(SWIFT) build -c release --product planpress
	sh Tests/Whole/run.sh

## check: check all content without writing anything
check: build
	$(PLANPRESS) check --content content

## serve: the preview server with live reload on http://127.0.0.1:8000/
serve: build
	$(PLANPRESS) serve --content content

## bench: the side-by-side benchmark against Hugo and the cmark-gfm floor
bench: build
	sh bench/run.sh

## clean: remove build products and the generated site (public/README.md stays)
clean:
	rm -rf .build .venv-sitechecks .public.planpress-build .public.planpress-cache
	find public -mindepth 1 ! -name README.md -exec rm -rf {} +
