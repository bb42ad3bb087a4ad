# ascctl: the two set-up commands are `make demo` and `make test`.
MVN ?= mvn -B -q
JAR := target/ascctl.jar

.PHONY: build test demo bench clean

build:
	$(MVN) -DskipTests package
	@scripts/cds.sh
	@echo "built $(JAR); run bin/ascctl --help"

test:
	mvn -B test

demo: build
	scripts/demo.sh

bench: build
	$(MVN) test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
	java -Xmx2g -cp target/test-classes:target/classes:$$(cat target/test-classpath.txt) dev.ascctl.bench.Bench

clean:
	$(MVN) clean
