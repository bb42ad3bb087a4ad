# ascctl: the two set-up commands are `make demo` and `make test`.
MVN ?= mvn -B -q
JAR := target/ascctl.jar

.PHONY: build test demo bench clean

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
