# ascctl: the two set-up commands are `make demo` and `make test`.
MVN ?= mvn -B -q
JAR := target/ascctl.jar

.PHONY: build test demo bench vocabulary clean

build:
	$(MVN) -DskipTests package
	@echo "built $(JAR); run bin/ascctl --help"

test:
	mvn -B test

demo: build
	scripts/demo.sh

bench: build
	$(MVN) test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
	java -Xmx2g -cp target/test-classes:target/classes:$$(cat target/test-classpath.txt) dev.ascctl.bench.Bench

# Regenerates Apple's vocabulary (src/main/resources/dev/ascctl/vocabulary) from the spec; VocabularyTest checks it.
ASC_OPENAPI ?= ../shared/asc-openapi/openapi.json
vocabulary:
	$(MVN) test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
	java -cp target/test-classes:target/classes:$$(cat target/test-classpath.txt) dev.ascctl.vocabulary.VocabularyGenerator \
		$(ASC_OPENAPI) src/main/resources/dev/ascctl/vocabulary/asc-vocabulary.json

clean:
	$(MVN) clean
