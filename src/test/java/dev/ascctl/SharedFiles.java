package dev.ascctl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the reference files the tests read but the repository never holds: Apple's OpenAPI spec and the
 * real Apple responses recorded by other projects. The first setting given decides where to look:
 * <ol>
 *   <li>{@code -Dasc.openapi=FILE} / {@code -Dasc.recorded=DIR} (Maven passes them on to the tests);</li>
 *   <li>{@code ASC_SHARED=DIR} holding {@code asc-openapi/openapi.json} and {@code asc-recorded/};</li>
 *   <li>none given: {@code ../shared/} beside the project, then, for the spec only, {@code .spec/openapi.json}
 *       that {@code make spec} downloads.</li>
 * </ol>
 * A setting that points nowhere is not silently replaced by another place.
 *
 * <p>When a file is missing, {@link #openApiSpec()} and {@link #recordedResponses()} skip the calling test
 * (a JUnit abort, counted as skipped) with one line saying what is missing and how to get it. CI sets
 * {@code -Dasc.require.shared=true} or {@code ASCCTL_REQUIRE_SHARED=1}: then a missing file fails the test,
 * so conformance is never lost without notice.
 */
public final class SharedFiles {

    static final String SPEC_PROPERTY = "asc.openapi";
    static final String RECORDED_PROPERTY = "asc.recorded";
    static final String SHARED_ENV = "ASC_SHARED";
    static final String REQUIRE_PROPERTY = "asc.require.shared";
    static final String REQUIRE_ENV = "ASCCTL_REQUIRE_SHARED";
    /** Set by Surefire to the project folder, so ../shared does not depend on the working directory. */
    static final String PROJECT_PROPERTY = "asc.project.dir";

    private static final SharedFiles SYSTEM = new SharedFiles(System::getProperty, System::getenv);

    private final UnaryOperator<String> properties;
    private final UnaryOperator<String> environment;

    /** A lookup over the given system properties and environment (the tests of this class pass maps). */
    SharedFiles(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** Apple's OpenAPI spec; skips (or, when required, fails) the calling test if it is missing. */
    public static Path openApiSpec() {
        return SYSTEM.findSpec().orElseGet(() -> SYSTEM.skipOrFail(SYSTEM.specMissing()));
    }

    /** The folder of recorded responses; skips (or, when required, fails) the calling test if it is missing. */
    public static Path recordedResponses() {
        return SYSTEM.findRecorded().orElseGet(() -> SYSTEM.skipOrFail(SYSTEM.recordedMissing()));
    }

    public static Optional<Path> findOpenApiSpec() {
        return SYSTEM.findSpec();
    }

    public static Optional<Path> findRecordedResponses() {
        return SYSTEM.findRecorded();
    }

    public static String specMissingMessage() {
        return SYSTEM.specMissing();
    }

    public static String recordedMissingMessage() {
        return SYSTEM.recordedMissing();
    }

    /** Whether a missing file fails the test instead of skipping it (CI). */
    public static boolean required() {
        return SYSTEM.isRequired();
    }

    /** Skips the calling test with the message, or fails it when the shared files are required. */
    public static <T> T missing(String message) {
        return SYSTEM.skipOrFail(message);
    }

    Optional<Path> findSpec() {
        return specCandidates().stream().filter(Files::isRegularFile).findFirst();
    }

    Optional<Path> findRecorded() {
        return recordedCandidates().stream().filter(Files::isDirectory).findFirst();
    }

    /** One line: what is missing, where it was looked for, how to get it. */
    String specMissing() {
        return "Apple's OpenAPI spec not found (looked in " + joined(specCandidates())
                + "): run `make spec` to download it, or set ASC_SHARED=DIR or -Dasc.openapi=FILE";
    }

    String recordedMissing() {
        return "recorded Apple responses not found (looked in " + joined(recordedCandidates())
                + "): they come with the team's shared folder (asc-recorded/, see its INDEX.md);"
                + " set ASC_SHARED=DIR or -Dasc.recorded=DIR";
    }

    boolean isRequired() {
        String env = environment.apply(REQUIRE_ENV);
        return Boolean.parseBoolean(properties.apply(REQUIRE_PROPERTY))
                || "1".equals(env) || "true".equalsIgnoreCase(env);
    }

    <T> T skipOrFail(String message) {
        if (isRequired()) {
            throw new AssertionError(message + " [required by " + REQUIRE_PROPERTY + " / " + REQUIRE_ENV + "]");
        }
        return Assumptions.abort(message);
    }

    List<Path> specCandidates() {
        return candidates(SPEC_PROPERTY, Path.of("asc-openapi", "openapi.json"), Path.of(".spec", "openapi.json"));
    }

    List<Path> recordedCandidates() {
        return candidates(RECORDED_PROPERTY, Path.of("asc-recorded"), null);
    }

    /** The property alone if set, else ASC_SHARED alone if set, else ../shared then the project's own folder. */
    private List<Path> candidates(String property, Path inShared, Path inProject) {
        String configured = properties.apply(property);
        if (isSet(configured)) {
            return List.of(Path.of(configured).toAbsolutePath());
        }
        String shared = environment.apply(SHARED_ENV);
        if (isSet(shared)) {
            return List.of(Path.of(shared).resolve(inShared).toAbsolutePath());
        }
        List<Path> paths = new ArrayList<>();
        paths.add(projectDir().resolve("..").resolve("shared").resolve(inShared).normalize());
        if (inProject != null) {
            paths.add(projectDir().resolve(inProject));
        }
        return paths;
    }

    private Path projectDir() {
        String dir = properties.apply(PROJECT_PROPERTY);
        return Path.of(isSet(dir) ? dir : System.getProperty("user.dir")).toAbsolutePath().normalize();
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String joined(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(", "));
    }
}
