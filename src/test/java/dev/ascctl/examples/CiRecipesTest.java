package dev.ascctl.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.plan.render.DriftReport;
import dev.ascctl.plan.render.MarkdownPlanRenderer;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CI recipes in examples/ci run in a repository that holds only a store: they install a pinned ascctl release
 * (no source tree, no build) and run {@code ascctl} from PATH. Here, in a temporary git repository holding only a
 * copy of examples/store:
 * <ul>
 *   <li>every ascctl command of the recipe runs against the sandbox, in pipeline order (plan on a pull request,
 *       apply the saved plan on merge, drift at night), in-process with the repository as working folder;</li>
 *   <li>the recipe's own install step, word for word, installs a tarball built by {@code scripts/package.sh dist}
 *       (what {@code make dist} runs) from a file: URL, and the installed launcher, run through its symlink on PATH
 *       as a separate process, validates and plans the store against the sandbox with the installation's sandbox
 *       profile. That part needs target/ascctl.jar: surefire runs before {@code package}, so in a clean
 *       {@code mvn test} it is skipped (with a message); after {@code make build} it runs.</li>
 * </ul>
 */
class CiRecipesTest {
    static final Path JAR = Path.of("target/ascctl.jar");
    static final String TEST_VERSION = "0.0.0-test";
    /** An ascctl command in a script line: the word {@code ascctl} at a command position, then its arguments. */
    static final Pattern ASCCTL_COMMAND = Pattern.compile("(?:^|[;&|(]\\s*|\\s)ascctl\\s+(.*)$");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"examples/ci/github-actions.yml", "examples/ci/gitlab-ci.yml",
            "examples/ci/github-actions-matrix.yml", "examples/ci/gitlab-ci-matrix.yml",
            "examples/ci/github-actions-nightly.yml"})
    void theRecipeInstallsAPinnedReleaseAndNeedsNoSourceTree(String recipe) throws IOException {
        String text = Files.readString(Path.of(recipe));
        List<String> scripts = scripts(parse(text));

        assertThat(text).doesNotContain("make build").doesNotContain("mvn ");
        assertThat(scripts.stream().flatMap(String::lines).filter(l -> !l.strip().startsWith("#")))
                .noneMatch(l -> l.contains("bin/ascctl "));
        assertThat(text).containsPattern("ASCCTL_VERSION: \"\\d+\\.\\d+\\.\\d+\"").contains("ASCCTL_SHA256:");
        String install = installScript(scripts);
        assertThat(install).contains("sha256sum -c").contains("releases/download/v$ASCCTL_VERSION/")
                .contains("$HOME/.local/bin");
        // Every job installs before it runs ascctl: GitLab through default.before_script, GitHub per job.
        if (recipe.endsWith("github-actions.yml")) {
            assertThat(scripts.stream().filter(s -> s.equals(install))).hasSize(3);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/ci/github-actions.yml", "examples/ci/gitlab-ci.yml"})
    void everyAscctlCommandOfTheRecipeRunsInARepositoryThatHoldsOnlyTheStore(String recipe) throws Exception {
        String text = Files.readString(Path.of(recipe));
        List<String> commands = ascctlCommands(scripts(parse(text)));
        assertThat(commands).anyMatch(c -> c.startsWith("plan ") && c.contains("--format markdown"))
                .anyMatch(c -> c.equals("apply ascctl.plan"))
                .anyMatch(c -> c.startsWith("drift "));
        boolean gitlab = recipe.contains("gitlab"); // GitHub's nightly jobs are in their own file (the test below)
        if (gitlab) {
            assertThat(commands).anyMatch(c -> c.startsWith("reports sync "))
                    .anyMatch(c -> c.startsWith("reports analytics sync "));
        }
        assertThat(text).contains(MarkdownPlanRenderer.MARKER).contains(DriftReport.MARKER);

        Path repo = storeOnlyRepository();
        try (Sandbox sandbox = Sandbox.start(notesSeed())) {
            for (String command : commands) {
                String[] redirect = command.split(" > ", 2);
                String[] args = redirect[0].trim().split("\\s+");
                var result = new CliRunner().workDir(repo).sandbox(sandbox.baseUri().toString(), args);
                assertThat(result.exitCode()).as(recipe + ": " + command + "\n" + result).isZero();
                if (redirect.length == 2) {
                    Files.writeString(repo.resolve(redirect[1].trim().split("\\s+")[0]), result.out());
                }
            }
            // The saved plan was applied, so App Store Connect now matches the store.
            var after = new CliRunner().workDir(repo).sandbox(sandbox.baseUri().toString(), "plan", "--store",
                    "store", "--detailed-exitcode");
            assertThat(after.exitCode()).as(after.toString()).isZero();
        }
        assertThat(Files.readString(repo.resolve("plan.md"))).startsWith(MarkdownPlanRenderer.MARKER);
        assertThat(Files.readString(repo.resolve("drift.md"))).startsWith(DriftReport.MARKER);
        if (gitlab) {
            assertNightlyReports(repo);
        }
    }

    /** The nightly reports: a year of sales and finance reports, the apps' analytics requested, the week summarised. */
    private static void assertNightlyReports(Path repo) throws IOException {
        assertThat(repo.resolve("reports/manifest.json")).isRegularFile();
        assertThat(repo.resolve("reports/analytics/manifest.json")).content().contains("requested");
        assertThat(repo.resolve("reports/summary.md")).content().startsWith("# Sales ").contains("- Units: ");
        assertThat(repo.resolve("reports/summary.html")).content().contains("data:image/png;base64,");
    }

    /**
     * The nightly recipe's reports job (issue 16 scope 6): its ascctl commands run against the sandbox in a repository
     * that holds only the store, then the rest of the step's script, word for word, puts the week's figures into the
     * run's summary.
     */
    @org.junit.jupiter.api.Test
    void theNightlyRecipeSyncsTheReportsAndPostsTheWeeksSummary() throws Exception {
        JsonNode root = parse(Files.readString(Path.of("examples/ci/github-actions-nightly.yml")));
        assertThat(root.at("/env/ASC_VENDOR_NUMBER").asString()).contains("secrets.ASC_VENDOR_NUMBER");
        assertThat(root.at("/jobs/reports/steps").toString()).contains("actions/cache/restore")
                .contains("actions/cache/save").contains("actions/upload-artifact");
        String step = scripts(root).stream().filter(s -> s.contains("reports sync")).findFirst().orElseThrow();
        List<String> commands = ascctlCommands(List.of(step));
        assertThat(commands).containsExactly("reports sync --into reports", "reports analytics sync --into reports",
                "reports summary reports --format html --out reports/summary.html",
                "reports summary reports --format markdown --out reports/summary.md");
        Path repo = storeOnlyRepository();
        try (Sandbox sandbox = Sandbox.start(notesSeed())) {
            for (String command : commands) {
                var result = new CliRunner().workDir(repo).sandbox(sandbox.baseUri().toString(),
                        command.trim().split("\\s+"));
                assertThat(result.exitCode()).as(command + "\n" + result).isZero();
            }
        }
        assertNightlyReports(repo);
        String rest = String.join("\n", step.lines().filter(l -> !ASCCTL_COMMAND.matcher(l).find()).toList());
        Path summary = repo.resolve("summary.md");
        var shell = run(List.of("bash", "-eo", "pipefail", "-c", rest), repo,
                Map.of("PATH", System.getenv("PATH"), "GITHUB_STEP_SUMMARY", summary.toString()));
        assertThat(shell.exitCode()).as(shell.toString()).isZero();
        assertThat(Files.readString(summary)).startsWith("# Sales ").contains("- Proceeds in USD: ")
                .doesNotContain("![");
    }

    /**
     * The matrix recipes: each shard's plan command runs as its job would (the matrix value substituted), then the
     * merge step's own script, word for word, makes the one comment: one marker on top, every shard's plan below it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"examples/ci/github-actions-matrix.yml", "examples/ci/gitlab-ci-matrix.yml"})
    void theMatrixRecipePlansEachShardAndMergesTheirPlansIntoOneComment(String recipe) throws Exception {
        JsonNode root = parse(Files.readString(Path.of(recipe)));
        boolean github = recipe.contains("github");
        // GitHub: jobs.plan.strategy.matrix.shard and ${{ matrix.shard }}; GitLab: parallel:matrix SHARD and $SHARD.
        JsonNode values = github ? root.at("/jobs/plan/strategy/matrix/shard")
                : root.at("/plan-shard/parallel/matrix/0/SHARD");
        String placeholder = github ? "${{ matrix.shard }}" : "$SHARD";
        List<String> shards = new ArrayList<>();
        values.values().forEach(v -> shards.add(v.asString()));
        assertThat(shards).containsExactly("1", "2", "3", "4");
        List<String> commands = ascctlCommands(scripts(root));
        assertThat(commands).singleElement().asString().contains("--shard " + placeholder + "/4")
                .contains("--format markdown");
        String merge = scripts(root).stream().filter(s -> s.contains("> plan.md")).findFirst().orElseThrow();

        Path repo = storeOnlyRepository();
        try (Sandbox sandbox = Sandbox.start(notesSeed())) {
            int apps = 0;
            for (String shard : shards) {
                String command = commands.get(0).replace(placeholder, shard);
                String[] redirect = command.split(" > ", 2);
                var result = new CliRunner().workDir(repo).sandbox(sandbox.baseUri().toString(),
                        redirect[0].trim().split("\\s+"));
                assertThat(result.exitCode()).as(command + "\n" + result).isZero();
                Files.writeString(repo.resolve(redirect[1].trim()), result.out());
                // Each job's one summary line: its part of the apps and what it cost.
                Matcher m = Pattern.compile("ascctl plan, shard " + shard + "/4: (\\d+) of 1 apps: \\d+ requests")
                        .matcher(result.err());
                assertThat(m.find()).as(result.err()).isTrue();
                apps += Integer.parseInt(m.group(1));
            }
            assertThat(apps).as("every app in exactly one shard").isEqualTo(1);
        }
        var merged = run(List.of("bash", "-eo", "pipefail", "-c", merge), repo, Map.of("PATH", System.getenv("PATH")));
        assertThat(merged.exitCode()).as(merged.toString()).isZero();
        String comment = Files.readString(repo.resolve("plan.md"));
        assertThat(comment).startsWith(MarkdownPlanRenderer.MARKER);
        assertThat(comment.split(Pattern.quote(MarkdownPlanRenderer.MARKER), -1)).hasSize(2);
        assertThat(comment).contains("app[com.example.notes]");
    }

    /**
     * The nightly recipe's reviews digest: its ascctl commands run against a sandbox with 450 reviews of the store's
     * app, then the rest of the step's script, word for word, puts the markdown into the run's summary.
     */
    @org.junit.jupiter.api.Test
    void theNightlyRecipeWritesTheReviewsDigestAndItsSummary() throws Exception {
        JsonNode root = parse(Files.readString(Path.of("examples/ci/github-actions-nightly.yml")));
        assertThat(root.at("/on/schedule/0/cron").asString()).isNotEmpty();
        String step = scripts(root).stream().filter(s -> s.contains("reviews digest")).findFirst().orElseThrow();
        List<String> commands = ascctlCommands(List.of(step));
        assertThat(commands).anyMatch(c -> c.startsWith("reviews digest") && !c.contains("--format html"))
                .anyMatch(c -> c.startsWith("reviews digest") && c.contains("--format html"));
        Path repo = storeOnlyRepository();
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0)
                .withSeedFile(Path.of("src/test/resources/sandbox/reviews-seed.yaml")))) {
            for (String command : commands) {
                var result = new CliRunner().workDir(repo).sandbox(sandbox.baseUri().toString(),
                        command.trim().split("\\s+"));
                assertThat(result.exitCode()).as(command + "\n" + result).isZero();
            }
        }
        assertThat(repo.resolve("digest/reviews-notes.png")).exists();
        assertThat(Files.readString(repo.resolve("digest/reviews-notes.html"))).contains("data:image/png;base64,");
        String rest = String.join("\n", step.lines().filter(l -> !ASCCTL_COMMAND.matcher(l).find()).toList());
        Path summary = repo.resolve("summary.md");
        var shell = run(List.of("bash", "-eo", "pipefail", "-c", rest), repo,
                Map.of("PATH", System.getenv("PATH"), "GITHUB_STEP_SUMMARY", summary.toString()));
        assertThat(shell.exitCode()).as(shell.toString()).isZero();
        assertThat(Files.readString(summary)).startsWith("# Customer reviews of com.example.notes: the last 7d")
                .contains("## Newest low ratings").doesNotContain("![");
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/ci/github-actions.yml", "examples/ci/gitlab-ci.yml"})
    void theInstallStepInstallsTheReleaseAndTheLauncherRunsThroughItsSymlink(String recipe) throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "target/ascctl.jar is absent (tests run before 'package'):"
                + " run 'make build' first to test the installed launcher");
        String install = installScript(scripts(parse(Files.readString(Path.of(recipe)))));
        Path dist = Files.createDirectories(temp.resolve("release"));
        run(List.of("scripts/package.sh", "dist", TEST_VERSION, JAR.toString(), dist.toString()), Path.of(""),
                Map.of("PATH", System.getenv("PATH")));
        Path tarball = dist.resolve("ascctl-" + TEST_VERSION + ".tar.gz");
        String sha256 = Files.readString(dist.resolve("ascctl-" + TEST_VERSION + ".tar.gz.sha256")).split("\\s+")[0];
        Path repo = storeOnlyRepository();

        // A tampered or wrong download is refused and nothing is installed.
        Path otherHome = Files.createDirectories(temp.resolve("other-home"));
        var refused = run(List.of("bash", "-eo", "pipefail", "-c", install), repo,
                installEnv(otherHome, tarball, "0".repeat(64)));
        assertThat(refused.exitCode()).as(refused.toString()).isNotZero();
        assertThat(otherHome.resolve(".local/bin/ascctl")).doesNotExist();

        Path home = Files.createDirectories(temp.resolve("home"));
        var installed = run(List.of("bash", "-eo", "pipefail", "-c", install), repo, installEnv(home, tarball, sha256));
        assertThat(installed.exitCode()).as(installed.toString()).isZero();
        assertThat(installed.out()).contains("ascctl ");
        Path launcher = home.resolve(".local/bin/ascctl");
        assertThat(Files.isSymbolicLink(launcher)).isTrue();
        if (recipe.contains("github")) {
            assertThat(Files.readString(home.resolve("github_path")).strip()).isEqualTo(launcher.getParent().toString());
        }

        Map<String, String> env = Map.of("PATH", launcher.getParent() + ":" + System.getenv("PATH"),
                "HOME", home.toString(), "NO_COLOR", "1");
        var validate = run(List.of("sh", "-c", "exec ascctl \"$@\"", "ascctl", "validate", "--store", "store"), repo, env);
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        assertThat(validate.out()).contains("The store is valid");
        try (Sandbox sandbox = Sandbox.start(notesSeed())) {
            // The repository has no config/ and HOME no ~/.config/ascctl: the sandbox profile and its demo key come
            // from the installation.
            var plan = run(List.of("sh", "-c", "exec ascctl \"$@\"", "ascctl", "--profile", "sandbox", "--endpoint",
                    sandbox.baseUri().toString(), "plan", "--store", "store", "--out", "ascctl.plan", "--format",
                    "markdown"), repo, env);
            assertThat(plan.exitCode()).as(plan.toString()).isZero();
            assertThat(plan.out()).startsWith(MarkdownPlanRenderer.MARKER);
            assertThat(repo.resolve("ascctl.plan")).exists();
        }
    }

    private Map<String, String> installEnv(Path home, Path tarball, String sha256) throws IOException {
        return Map.of("PATH", System.getenv("PATH"), "HOME", home.toString(), "ASCCTL_VERSION", TEST_VERSION,
                "ASCCTL_URL", tarball.toUri().toString(), "ASCCTL_SHA256", sha256,
                "RUNNER_TEMP", Files.createDirectories(home.resolve("runner-temp")).toString(),
                "GITHUB_PATH", home.resolve("github_path").toString());
    }

    /** The sandbox `make demo` uses: the builds, beta group and products examples/store's TestFlight and purchases name. */
    private static SandboxOptions notesSeed() {
        return SandboxOptions.defaults().withPort(0).withSeedFile(Path.of("examples/sandbox/notes-seed.yaml"));
    }

    /** A fresh git repository that holds a copy of examples/store and nothing else. */
    private Path storeOnlyRepository() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("team-repo"));
        copy(Path.of("examples/store"), repo.resolve("store"));
        var init = run(List.of("git", "init", "-q"), repo, Map.of("PATH", System.getenv("PATH")));
        assumeTrue(init.exitCode() == 0, "git is needed to make the temporary repository: " + init);
        try (Stream<Path> top = Files.list(repo)) {
            assertThat(top.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(".git", "store");
        }
        return repo;
    }

    /** The recipe as CI reads it: aliases ({@code *install-ascctl}) expanded to their anchors' content. */
    private static JsonNode parse(String yaml) {
        Object document = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        return JsonMapper.builder().build().valueToTree(document);
    }

    /** Every shell script of the recipe in pipeline order: GitHub steps' run, GitLab before_script and script. */
    private static List<String> scripts(JsonNode root) {
        List<String> out = new ArrayList<>();
        if (root.has("jobs")) {
            root.get("jobs").values().forEach(job -> job.path("steps").values().forEach(step -> {
                if (step.has("run")) {
                    out.add(step.get("run").asString());
                }
            }));
        } else {
            root.path("default").path("before_script").values().forEach(s -> out.add(s.asString()));
            root.properties().forEach(e -> e.getValue().path("script").values().forEach(s -> out.add(s.asString())));
        }
        return out;
    }

    /** The step that installs ascctl: the one script that reads ASCCTL_VERSION (GitHub repeats it per job). */
    private static String installScript(List<String> scripts) {
        List<String> installs = scripts.stream().filter(s -> s.contains("ASCCTL_VERSION")).distinct().toList();
        assertThat(installs).as("one install script").hasSize(1);
        return installs.get(0);
    }

    /** The ascctl command of each script line (install steps aside), up to any shell operator but {@code >}. */
    private static List<String> ascctlCommands(List<String> scripts) {
        List<String> out = new ArrayList<>();
        for (String script : scripts) {
            if (script.contains("ASCCTL_VERSION")) {
                continue;
            }
            for (String line : script.lines().toList()) {
                Matcher m = ASCCTL_COMMAND.matcher(line);
                if (!m.find()) {
                    continue;
                }
                String command = m.group(1);
                for (String operator : List.of(" || ", " && ", "; ")) {
                    int cut = command.indexOf(operator);
                    if (cut >= 0) {
                        command = command.substring(0, cut);
                    }
                }
                out.add(command.trim());
            }
        }
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** Runs a process with exactly this environment (nothing of the developer's, such as ASC_KEY_ID, leaks in). */
    private static CliRunner.Result run(List<String> command, Path dir, Map<String, String> env) throws Exception {
        Path out = Files.createTempFile("ci-recipe", ".out");
        Path err = Files.createTempFile("ci-recipe", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toAbsolutePath().toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().clear();
            builder.environment().putAll(env);
            String javaHome = System.getenv("JAVA_HOME");
            if (javaHome != null) {
                builder.environment().put("JAVA_HOME", javaHome);
            }
            Process process = builder.start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new CliRunner.Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
