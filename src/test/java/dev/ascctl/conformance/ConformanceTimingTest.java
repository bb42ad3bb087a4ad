package dev.ascctl.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Prints how long the spec takes to load and 100 responses take to validate, for the record.
 * Nothing is asserted on time: the machine is shared.
 */
class ConformanceTimingTest {

    @Test
    void printsLoadAndValidationTimes() throws IOException {
        long start = System.nanoTime();
        OpenApiDocument document = OpenApiDocument.load();
        SchemaValidators validators = new SchemaValidators(document);
        long loaded = System.nanoTime();

        Path recording = OpenApiDocument.location().toAbsolutePath().getParent().getParent()
                .resolve("asc-recorded").resolve("fl_builds_GET_list.json");
        String body = Files.readString(recording);
        ResponseCheck check = new ResponseCheck(validators);
        ApiOperation operation = document.operation("GET", "/v1/builds").orElseThrow();
        int problems = 0;
        for (int i = 0; i < 100; i++) {
            problems += check.check(operation, 200, "application/json", body).size();
        }
        long validated = System.nanoTime();

        System.out.printf("conformance timing: spec load %d ms, 100 x GET /v1/builds (%d bytes) %d ms%n",
                (loaded - start) / 1_000_000, body.length(), (validated - loaded) / 1_000_000);
        assertThat(problems).isZero();
    }
}
