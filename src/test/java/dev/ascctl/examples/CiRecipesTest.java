package dev.ascctl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.plan.render.DriftReport;
import dev.ascctl.plan.render.MarkdownPlanRenderer;
import dev.ascctl.sandbox.Sandbox;
import dev.ascctl.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The CI recipes in examples/ci parse as YAML, and every ascctl command they run works against the sandbox in the
 * order the pipeline runs them (plan on a pull request, apply the saved plan on merge, drift at night), with the
 * hidden markers their comment and issue steps look for.
 */
class CiRecipesTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"examples/ci/github-actions.yml", "examples/ci/gitlab-ci.yml"})
    void everyAscctlCommandOfTheRecipeRunsAgainstTheSandbox(String recipe) throws Exception {
        String text = Files.readString(Path.of(recipe));
        JsonNode root = YAMLMapper.builder().build().readTree(text);
        List<String> commands = ascctlCommands(scripts(root));
        assertThat(commands).anyMatch(c -> c.startsWith("plan ") && c.contains("--format markdown"))
                .anyMatch(c -> c.startsWith("apply ascctl.plan"))
                .anyMatch(c -> c.startsWith("drift "));
        assertThat(text).contains(MarkdownPlanRenderer.MARKER).contains(DriftReport.MARKER);

        copy(Path.of("examples/store"), temp.resolve("store"));
        // The notes seed has the builds, beta group and products that the example's testflight.yaml and purchases.yaml name.
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0)
                .withSeedFile(Path.of("examples/sandbox/notes-seed.yaml")))) {
            for (String command : commands) {
                String[] redirect = command.split(" > ", 2);
                String[] args = redirect[0].trim().split("\\s+");
                var result = new CliRunner().workDir(temp).sandbox(sandbox.baseUri().toString(), args);
                assertThat(result.exitCode()).as(recipe + ": " + command + "\n" + result).isZero();
                if (redirect.length == 2) {
                    Files.writeString(temp.resolve(redirect[1].trim().split("\\s+")[0]), result.out());
                }
            }
        }
        assertThat(Files.readString(temp.resolve("plan.md"))).startsWith(MarkdownPlanRenderer.MARKER);
        assertThat(Files.readString(temp.resolve("drift.md"))).startsWith(DriftReport.MARKER);
    }

    /** Every shell script of the recipe in pipeline order: GitHub steps' run, GitLab jobs' script. */
    private static List<String> scripts(JsonNode root) {
        List<String> out = new ArrayList<>();
        if (root.has("jobs")) {
            root.get("jobs").values().forEach(job -> job.path("steps").values().forEach(step -> {
                if (step.has("run")) {
                    out.add(step.get("run").asString());
                }
            }));
        } else {
            root.properties().forEach(e -> e.getValue().path("script").values().forEach(s -> out.add(s.asString())));
        }
        return out;
    }

    /** The ascctl command of each script line, without {@code bin/ascctl}, up to any shell operator but {@code >}. */
    private static List<String> ascctlCommands(List<String> scripts) {
        List<String> out = new ArrayList<>();
        for (String script : scripts) {
            for (String line : script.lines().toList()) {
                int at = line.indexOf("bin/ascctl ");
                if (at < 0) {
                    continue;
                }
                String command = line.substring(at + "bin/ascctl ".length());
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

    private static void copy(Path from, Path to) throws Exception {
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
}
