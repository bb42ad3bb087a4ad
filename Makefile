# ascctl: the two set-up commands are `make demo` and `make test`.
MVN ?= mvn -B -q
JAR := target/ascctl.jar

.PHONY: build test e2e spec demo bench vocabulary kind-fixtures clean

build:
	@echo "building $(JAR) (mvn package, tests skipped)..."
	@$(MVN) -DskipTests package
	@scripts/cds.sh
	@echo "built $(JAR); run bin/ascctl --help"

# Tests needing Apple's spec or the recorded responses are skipped when absent; the list says why.
# Unit tests (Surefire), then the end-to-end *IT tests (Failsafe) on target/classes, without repackaging the jar.
# Each end-to-end class runs twice in the same JVM: against plain sandboxes, then against sandboxes in variant mode
# (Apple's varying forms, seed VARIANTS_SEED; its tests are named "[variants:SEED]" in target/failsafe-reports).
VARIANTS_SEED ?= 7
test:
	mvn -B test failsafe:integration-test failsafe:verify -Dvariants.seed=$(VARIANTS_SEED)
	@scripts/skipped-tests.sh

# One end-to-end test class (or a comma list, or a pattern) under Failsafe, e.g. make e2e IT=PlanApplyEndToEndIT;
# VARIANTS=SEED runs it against a sandbox in variant mode instead, e.g. make e2e IT=PlanApplyEndToEndIT VARIANTS=7
e2e:
	mvn -B -q test-compile failsafe:integration-test failsafe:verify -Dit.test=$(IT) \
		-Dsandbox.modes=$(if $(VARIANTS),variants:$(VARIANTS),plain)

# Apple's published OpenAPI spec into .spec/openapi.json (git-ignored) for the conformance tests; needs internet.
spec:
	scripts/fetch-spec.sh

demo: build
	scripts/demo.sh

# The start-up figures are printed beside those of BASELINE (default c758bce, before issue 10's start-up work), built
# once from git into target/baseline-COMMIT/ (scripts/baseline-jar.sh); BASELINE_JAR=path/to/ascctl.jar takes a jar
# you already have, BASELINE= prints this build alone.
BASELINE ?= c758bce
BASELINE_JAR ?=
bench: build
	$(MVN) test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
	jar="$${ASCCTL_BASELINE_JAR:-$(BASELINE_JAR)}"; name=baseline; \
	if [ -z "$$jar" ]; then jar=$$(MVN="$(MVN)" scripts/baseline-jar.sh $(BASELINE)); name=$(BASELINE); fi; \
	ASCCTL_BASELINE_JAR="$$jar" ASCCTL_BASELINE_NAME="$$name" \
		java -Xmx2g -cp target/test-classes:target/classes:$$(cat target/test-classpath.txt) dev.ascctl.bench.Bench

# Re-records the live fixtures of the kind tests (src/test/resources/kinds/*.json) from the sandbox.
kind-fixtures:
	$(MVN) test -Dtest=KindFixtureRecorder -Dkinds.record=true -Dsurefire.failIfNoSpecifiedTests=false

# Regenerates Apple's vocabulary (src/main/resources/dev/ascctl/vocabulary) from the spec; VocabularyTest checks it.
ASC_OPENAPI ?= ../shared/asc-openapi/openapi.json
vocabulary:
	$(MVN) test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
	java -cp target/test-classes:target/classes:$$(cat target/test-classpath.txt) dev.ascctl.vocabulary.VocabularyGenerator \
		$(ASC_OPENAPI) src/main/resources/dev/ascctl/vocabulary/asc-vocabulary.json

clean:
	$(MVN) clean

# Install and release: the same layout (launcher, jar, schemas, sandbox profile and key), see scripts/package.sh.
.PHONY: install dist
PREFIX ?= $(HOME)/.local
VERSION ?= $(shell sed -n 's:^  <version>\(.*\)</version>$$:\1:p' pom.xml)

install: build
	scripts/package.sh install "$(PREFIX)" $(JAR)

dist: build
	scripts/package.sh dist "$(VERSION)" $(JAR) target
