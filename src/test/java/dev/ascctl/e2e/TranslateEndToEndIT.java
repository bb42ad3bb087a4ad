package dev.ascctl.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ascctl.cli.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Translation as a reviewed change, end to end, with WireMock standing in for DeepL, an OpenAI-compatible endpoint
 * and Anthropic ({@link FakeTranslationApis}): five new locales translated by the three, validate clean, plan shows
 * them, apply, plan clean; an edit of the source is then stale in validate and plan; a hand-edited field survives a
 * second translate; an answer over Apple's limit is asked again, then left for a person; bad input writes nothing.
 * No provider key appears in any output, file of the store or plan file.
 */
@SandboxStore
public class TranslateEndToEndIT {
    static final Map<String, String> KEYS = Map.of("DEEPL_KEY", "deepl-key-7c1f0a:fx", "ANTHROPIC_KEY",
            "sk-ant-key-93be21", "OPENAI_KEY", "sk-openai-key-5d8e44");
    SandboxFixture fixture;
    Path store;
    Path locales;
    WireMockServer providers;
    FakeTranslationApis apis = new FakeTranslationApis();

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        locales = store.resolve("apps/notes/locales");
        providers = new WireMockServer(wireMockConfig().dynamicPort().extensions(apis));
        providers.start();
        providers.stubFor(post(anyUrl()).willReturn(ok()));
        String at = "http://127.0.0.1:" + providers.port();
        Files.createDirectories(store.resolve("config"));
        Files.writeString(store.resolve("config/ascctl.yaml"), """
                providers:
                  deepl: {type: deepl, endpoint: "%s", apiKey: "${env:DEEPL_KEY}"}
                  claude: {type: anthropic, endpoint: "%s", model: claude-test, apiKey: "${env:ANTHROPIC_KEY}"}
                  gpt: {type: openai, endpoint: "%s/v1", model: gpt-test, apiKey: "${env:OPENAI_KEY}"}
                translate:
                  provider: deepl
                  glossary: ["%s"]
                  parallelism: 2
                """.formatted(at, at, at, FakeTranslationApis.GLOSSARY_TERM));
    }

    @AfterEach
    void stop() {
        providers.stop();
    }

    private CliRunner.Result run(String... args) {
        CliRunner cli = new CliRunner().workDir(store);
        KEYS.forEach(cli::env);
        return cli.sandbox(fixture.url(), args);
    }

    private CliRunner.Result translate(String... args) {
        List<String> all = new ArrayList<>(List.of("translate", "--store", store.toString(), "--from", "en-US"));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    @Test
    void fiveLocalesByThreeProvidersValidatePlanApplyThenStaleAndHandEditsKept() throws IOException {
        fixture.applyAndExpectNoChanges();   // App Store Connect holds the example store: only translations change
        List<CliRunner.Result> results = new ArrayList<>();
        var deepl = translate("--to", "es-ES,it,pt-BR");
        var claude = translate("--to", "ko", "--provider", "claude");
        var gpt = translate("--to", "zh-Hans", "--provider", "gpt");
        for (CliRunner.Result r : List.of(deepl, claude, gpt)) {
            assertThat(r.exitCode()).as(r.toString()).isZero();
            results.add(r);
        }
        assertThat(deepl.out()).contains("Translated com.example.notes from en-US with deepl")
                .contains("es-ES: wrote name, subtitle, description, promotionalText, whatsNew; suggested keywords");
        assertThat(claude.out()).contains("with claude").contains("ko: wrote name, subtitle, description");
        assertThat(Files.readString(locales.resolve("ko.yaml"))).contains("subtitle: 번역된 텍스트\n")
                .contains("name: Notes Pro 번역된 텍스트\n").contains("# keywords: 번역된 텍스트\n");
        assertThat(Files.readString(locales.resolve("zh-Hans.yaml"))).contains("  - 翻译文本\n");
        assertThat(Files.readString(locales.resolve("es-ES.yaml"))).startsWith(
                "# yaml-language-server: $schema=../../../../../schema/locale.schema.json\nname: Notes Pro Texto"
                        + " traducido\nsubtitle: Texto traducido\n");
        assertThat(Files.readString(locales.resolve(".translations.yaml"))).contains("es-ES:", "ko:", "zh-Hans:",
                "provider: claude", "provider: gpt", "provider: deepl");

        var validate = run("validate", "--store", store.toString());
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        assertThat(validate.out()).contains("The store is valid").doesNotContain("Warning");
        results.add(validate);

        Path planFile = store.resolve("translations.plan");
        var plan = run("plan", "--store", store.toString(), "--out", planFile.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        for (String locale : List.of("es-ES", "it", "pt-BR", "ko", "zh-Hans")) {
            assertThat(plan.out()).contains("app[com.example.notes].locale[" + locale + "].info will be created");
        }
        // Only the new locales: de-DE and fr-FR (listed only as whatsNew held for the next version) are untouched.
        assertThat(plan.out()).contains("Plan: 10 to add, 0 to change, 0 to destroy.")
                .doesNotContain("locale[de-DE] will").doesNotContain("locale[de-DE].info will");
        results.add(plan);
        var apply = run("apply", planFile.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        results.add(apply);
        var clean = run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        // Clean: exit 0 with --detailed-exitcode; only whatsNew, which Apple refuses on a first version, waits.
        assertThat(clean.out()).contains("No changes can be applied now.").doesNotContain("will be created");

        // The source moves on: the translations of the changed field are stale, in validate and in plan.
        Path en = locales.resolve("en-US.yaml");
        Files.writeString(en, Files.readString(en).replace("subtitle: Think in lists", "subtitle: Lists for all"));
        var stale = run("validate", "--store", store.toString());
        assertThat(stale.exitCode()).isZero();
        assertThat(stale.out()).contains("Warning: " + locales.resolve("es-ES.yaml") + ":3:1: subtitle: source"
                + " changed since translation (en-US was edited after deepl translated it); refresh with: ascctl"
                + " translate --app com.example.notes --from en-US --to es-ES --fields subtitle");
        assertThat(stale.out().lines().filter(l -> l.contains("source changed since translation")).count())
                .isEqualTo(5);
        var stalePlan = run("plan", "--store", store.toString(), "--format", "markdown");
        assertThat(stalePlan.out()).contains("> **Warning:** " + locales.resolve("ko.yaml") + ":3:1: subtitle:"
                + " source changed since translation");
        results.add(stalePlan);

        // A person rewrote the Spanish subtitle; translate refreshes the Italian one and keeps the Spanish.
        Path es = locales.resolve("es-ES.yaml");
        Files.writeString(es, Files.readString(es).replace("subtitle: Texto traducido", "subtitle: Piensa en listas"));
        String before = Files.readString(locales.resolve("de-DE.yaml"));
        var again = translate("--to", "es-ES,it", "--fields", "subtitle");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("es-ES: kept subtitle (edited by hand after translation (--force to"
                + " replace))").contains("it: wrote subtitle");
        assertThat(Files.readString(es)).contains("subtitle: Piensa en listas\n");
        assertThat(Files.readString(locales.resolve("de-DE.yaml"))).isEqualTo(before);
        results.add(again);
        var afterRefresh = run("validate", "--store", store.toString());
        assertThat(afterRefresh.out()).doesNotContain("it.yaml:3:1: subtitle: source changed")
                .contains("es-ES.yaml:3:1: subtitle: source changed");

        // The team reviewed the Spanish and Korean subtitles against the new source and keeps them: accepting
        // asks no provider, writes no locale file, and only the records change.
        int requests = providers.getAllServeEvents().size();
        Map<String, String> localeFiles = snapshot();
        var accept = run("translate", "--store", store.toString(), "--accept-stale", "--to", "es-ES,ko", "--fields",
                "subtitle");
        assertThat(accept.exitCode()).as(accept.toString()).isZero();
        assertThat(accept.out()).contains("Accepted 2 stale translations of com.example.notes as reviewed")
                .contains("  es-ES subtitle (en-US changed after deepl translated it) at " + es + ":3:1\n")
                .contains("  ko subtitle (en-US changed after claude translated it) at " + locales.resolve("ko.yaml")
                        + ":3:1\n");
        results.add(accept);
        assertThat(providers.getAllServeEvents()).hasSize(requests);
        localeFiles.remove(".translations.yaml");
        Map<String, String> afterAccept = snapshot();
        afterAccept.remove(".translations.yaml");
        assertThat(afterAccept).isEqualTo(localeFiles);
        var accepted = run("validate", "--store", store.toString());
        assertThat(accepted.out()).doesNotContain("es-ES.yaml:3:1: subtitle: source changed")
                .doesNotContain("ko.yaml:3:1: subtitle: source changed")
                .contains("pt-BR.yaml:3:1: subtitle: source changed").contains("zh-Hans.yaml:3:1: subtitle: source changed");
        // The Spanish subtitle is still the person's: translate keeps it.
        var keep = translate("--to", "es-ES", "--fields", "subtitle");
        assertThat(keep.out()).contains("es-ES: kept subtitle (edited by hand after translation (--force to replace))");
        var nothing = run("translate", "--store", store.toString(), "--accept-stale", "--to", "es-ES");
        assertThat(nothing.exitCode()).isZero();
        assertThat(nothing.out()).contains("Nothing stale to accept in es-ES of com.example.notes");

        String everything = String.join("\n", results.stream().map(CliRunner.Result::all).toList());
        KEYS.values().forEach(key -> assertThat(everything).doesNotContain(key));
        try (var files = Files.walk(store)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                KEYS.values().forEach(key -> assertThat(text).as(f.toString()).doesNotContain(key));
            }
        }
        assertThat(providers.getAllServeEvents().get(0).getRequest().getHeader("Authorization"))
                .isEqualTo("DeepL-Auth-Key " + KEYS.get("DEEPL_KEY"));
    }

    @Test
    void anAnswerOverTheSubtitleLimitIsAskedAgainThenReportedNeverCut() throws IOException {
        apis.overLimit = "subtitle";
        var result = translate("--to", "fr-FR", "--fields", "subtitle", "--provider", "claude", "--force");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(providers.getAllServeEvents()).hasSize(2);
        assertThat(providers.getAllServeEvents().get(0).getRequest().getBodyAsString())
                .contains("yourAnswerLength").contains("limit");
        assertThat(result.out()).contains("Needs a person (never cut to fit):\n  fr-FR subtitle: 69 characters,"
                + " Apple's limit is 30 (asked again with the limit)");
        String fr = Files.readString(locales.resolve("fr-FR.yaml"));
        assertThat(fr).contains("subtitle: Penser en listes\n").contains("# ascctl translate suggests subtitle:"
                + " claude's text has 69 characters, Apple's limit is 30: shorten it, then uncomment\n# subtitle:");
        assertThat(run("validate", "--store", store.toString()).exitCode()).isZero();
    }

    @Test
    void badInputIsRefusedWithExitOneAndNothingWritten() throws IOException {
        Map<String, String> before = snapshot();

        var unknown = translate("--to", "de-XX");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("--to: 'de-XX' is not an App Store Connect locale (did you mean de-DE?)");

        var notConfigured = translate("--to", "es-ES", "--provider", "google");
        assertThat(notConfigured.exitCode()).isEqualTo(1);
        assertThat(notConfigured.err()).contains("provider 'google' is not configured in")
                .contains("configured: [deepl, claude, gpt]");

        apis.dropGlossary = true;
        var glossary = translate("--to", "es-ES,it");
        assertThat(glossary.exitCode()).isEqualTo(1);
        assertThat(glossary.err()).contains("the answers of deepl were refused; nothing was written")
                .contains("es-ES name: the glossary term 'Notes Pro' is missing from the answer");

        assertThat(snapshot()).isEqualTo(before);
        assertThat(providers.getAllServeEvents()).hasSize(2);
    }

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (var walk = Files.walk(locales)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(locales.relativize(f).toString(), Files.readString(f));
            }
        }
        return files;
    }
}
