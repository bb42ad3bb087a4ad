package dev.ascctl.cli;

import dev.ascctl.provider.Provider;
import dev.ascctl.provider.Providers;
import dev.ascctl.resource.registry.AllKinds;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.TextLimits;
import dev.ascctl.translate.StaleTranslations;
import dev.ascctl.translate.TranslateRequest;
import dev.ascctl.translate.Translation;
import dev.ascctl.translate.TranslationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ascctl translate}: machine translations written into the store's locale files, for review in the pull
 * request; nothing is sent to App Store Connect.
 */
@Command(name = "translate", description = "Write machine translations of a locale into other locale files of the"
        + " store (a provider configured in config/ascctl.yaml); nothing is sent to App Store Connect.",
        footer = {"  ascctl translate --from en-US --to de-DE,fr-FR,ja --dry-run --store examples/store",
                "  ascctl translate --from en-US --to de-DE --fields subtitle,promotionalText --provider deepl",
                "  ascctl translate --app com.example.notes --from en-US --to ja --force",
                "  ascctl translate --accept-stale --to de-DE --fields subtitle   # reviewed: keep it as it is",
                "",
                "config/ascctl.yaml:",
                "  providers:",
                "    deepl: {type: deepl, apiKey: $${env:DEEPL_AUTH_KEY}}",
                "    claude: {type: anthropic, model: claude-sonnet-4-5, apiKey: $${env:ANTHROPIC_API_KEY}}",
                "  translate:",
                "    provider: deepl              # default of --provider",
                "    glossary: [Notes Pro, Smart Lists]   # never translated",
                "    parallelism: 4               # locales asked at once"})
final class TranslateCommand extends ReviewsCommand.StoreAppCommand {
    @Option(names = "--from", paramLabel = "LOCALE",
            description = "The locale translated from, e.g. en-US. Required, except with --accept-stale. Default"
                    + " with --accept-stale: translations made from any locale.")
    String from;
    @Option(names = "--to", required = true, split = ",", paramLabel = "LOCALES",
            description = "The locales written, e.g. de-DE,fr-FR,ja. Required; other locale files are never touched.")
    List<String> to = new ArrayList<>();
    @Option(names = "--fields", split = ",", paramLabel = "KEYS",
            description = "Keys to translate, e.g. subtitle,description. Default: every text Apple limits: the"
                    + " locale files' (name, subtitle, description, keywords as suggestions, promotionalText,"
                    + " whatsNew, ...), purchases.yaml's product name and description and subscription group name"
                    + " and customAppName, testflight.yaml's beta app description and build whatsNew, the events/"
                    + " files' name, shortDescription and longDescription.")
    List<String> fields = new ArrayList<>();
    @Option(names = "--provider", paramLabel = "NAME",
            description = "A provider named under providers: in config/ascctl.yaml, e.g. deepl. Default:"
                    + " translate.provider, else the only one configured.")
    String provider;
    @Option(names = "--dry-run", description = "Show what would be asked and its cost in characters; send and write"
            + " nothing. Default: off.")
    boolean dryRun;
    @Option(names = "--force", description = "Also replace fields a person wrote or edited, and ask again for fields"
            + " whose source did not change. Default: off.")
    boolean force;
    @Option(names = "--accept-stale", description = "Ask no provider: record that a person reviewed the --to locales'"
            + " translations whose source changed since (all, or --fields) and keeps them as they are; validate and"
            + " plan stop warning about them. Default: off.")
    boolean acceptStale;

    @Override
    public Integer call() {
        if (acceptStale) {
            return acceptStale();
        }
        if (from == null) {
            throw new IllegalArgumentException("--from is required, e.g. --from en-US (only --accept-stale goes"
                    + " without it)");
        }
        TranslateRequest request = new TranslateRequest(from, to, fields, dryRun, force);
        var settings = root().connection();
        Providers providers = Providers.configured(settings.workDir(), settings.env(), settings.home());
        Provider chosen = provider != null ? providers.named(provider) : providers.forSection("translate")
                .orElseThrow(() -> new IllegalArgumentException("no translation provider is configured: add one"
                        + " under providers: in config/ascctl.yaml (see ascctl translate --help)"));
        String name = provider != null ? provider : providers.names().stream()
                .filter(n -> providers.named(n) == chosen).findFirst().orElse("translate");
        AppSpec app = app();
        Map<String, Integer> limits = new LinkedHashMap<>();
        TextLimits textLimits = AllKinds.registry().storeRules().limits();
        limits.putAll(textLimits.at(TextLimits.Place.LOCALE_APP_INFO));
        limits.putAll(textLimits.at(TextLimits.Place.LOCALE_VERSION));
        var translateSettings = providers.section("translate");
        List<String> glossary = new ArrayList<>();
        translateSettings.path("glossary").values().forEach(t -> glossary.add(t.asString()));
        int parallelism = translateSettings.path("parallelism").asInt(4);
        Translation.Result result = new Translation(app, limits, textLimits, chosen, name, glossary,
                parallelism).run(request);
        context().out().print(TranslationReport.text(result, app, request));
        return ExitCode.OK;
    }

    /** --accept-stale: no provider, no request; only the records of fields a person reviewed. */
    private Integer acceptStale() {
        if (force || provider != null) {
            throw new IllegalArgumentException("--accept-stale asks no provider and replaces nothing: leave out "
                    + (force ? "--force" : "--provider"));
        }
        List<String> locales = TranslateRequest.targets(to);
        java.util.Optional<String> source = java.util.Optional.ofNullable(from).map(TranslateRequest::source);
        AppSpec app = app();
        var accepted = StaleTranslations.accept(app, locales, fields, source, dryRun);
        context().out().print(TranslationReport.accepted(accepted, app, locales, dryRun));
        return ExitCode.OK;
    }
}
