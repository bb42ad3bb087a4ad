package dev.ascctl.conformance;

import dev.ascctl.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code make bench}, conformance part: how long Apple's spec takes to load and 100 recorded responses take to
 * validate. Moved out of the unit suite (ConformanceTimingTest), which only printed it; without the shared
 * files it prints why it measured nothing.
 */
public final class ConformanceBench {
    static final int VALIDATIONS = 100;

    private ConformanceBench() {
    }

    public static void main(String[] args) throws IOException {
        run();
    }

    public static void run() throws IOException {
        System.out.printf(Locale.ROOT, "%nascctl bench: conformance checker%n%n");
        Optional<Path> spec = SharedFiles.findOpenApiSpec();
        Optional<Path> recorded = SharedFiles.findRecordedResponses();
        if (spec.isEmpty() || recorded.isEmpty()) {
            System.out.println("skipped: " + (spec.isEmpty()
                    ? SharedFiles.specMissingMessage() : SharedFiles.recordedMissingMessage()));
            return;
        }
        long start = System.nanoTime();
        OpenApiDocument document = OpenApiDocument.read(spec.get());
        SchemaValidators validators = new SchemaValidators(document);
        long loaded = System.nanoTime();

        String body = Files.readString(recorded.get().resolve("fl_builds_GET_list.json"));
        ResponseCheck check = new ResponseCheck(validators);
        ApiOperation operation = document.operation("GET", "/v1/builds").orElseThrow();
        int problems = 0;
        for (int i = 0; i < VALIDATIONS; i++) {
            problems += check.check(operation, 200, "application/json", body).size();
        }
        long validated = System.nanoTime();
        if (problems != 0) {
            throw new IllegalStateException("the recorded GET /v1/builds no longer conforms: " + problems + " problem(s)");
        }
        System.out.printf(Locale.ROOT, "%-40s %10s%n", "run", "wall ms");
        System.out.printf(Locale.ROOT, "%-40s %10d%n", "load spec + validators", (loaded - start) / 1_000_000);
        System.out.printf(Locale.ROOT, "%-40s %10d%n",
                VALIDATIONS + " x GET /v1/builds (" + body.length() + " bytes)", (validated - loaded) / 1_000_000);
    }
}
