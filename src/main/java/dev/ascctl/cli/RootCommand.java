package dev.ascctl.cli;

import dev.ascctl.workflow.ConnectionSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code ascctl}: global options shared by every command. {@code scope = INHERIT} hands {@code -h}/{@code --help},
 * {@code -V}/{@code --version} and the version provider to every subcommand, new ones included; each command adds
 * a footer of examples that use each of its options (CliHelpTest walks the tree and holds every command to that).
 */
@Command(name = "ascctl", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        scope = ScopeType.INHERIT,
        description = "Keeps an App Store Connect presence in git: validate, plan, apply.",
        footerHeading = "%nExamples:%n",
        footer = {"  ascctl --profile sandbox validate --store examples/store",
                "  ascctl --key-id ABC123DEFG --issuer-id 69a6de70-0000-47e3-e053-5b8c7c11a4d1 \\",
                "         --private-key-path AuthKey_ABC123DEFG.p8 plan",
                "  ascctl --api-key-json fastlane/api_key.json --deadline 1h plan --out change.plan",
                "  ascctl --profile sandbox --parallelism 4 apply --store examples/store",
                "  ascctl --profile sandbox --endpoint http://127.0.0.1:8601 --no-color --debug drift",
                "  ascctl help plan",
                "",
                "Credentials come from these options, then ASC_KEY_ID, ASC_ISSUER_ID, ASC_PRIVATE_KEY_PATH"
                        + " (or ASC_PRIVATE_KEY), ASC_ENDPOINT, then --api-key-json, then the --profile in"
                        + " config/ascctl.yaml.",
                "Exit codes: 0 success or no changes, 1 any error, 2 changes present (--detailed-exitcode, drift)."})
public final class RootCommand {
    /**
     * The commands, in the order help lists them. Not in the annotation: picocli would build all of them (their
     * options, mixins and help) on every start, so {@link Cli} adds only the one invoked, or all where they are shown
     * ({@link #WHOLE_TREE}, no command, an unknown one).
     */
    static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, PlanCommand.class, ApplyCommand.class,
            ShowCommand.class, DriftCommand.class, ImportCommand.class, SchemaCommand.class, CompletionCommand.class,
            TestFlightCommand.class, ReviewsCommand.class, TranslateCommand.class, ReleaseCommand.class,
            SubmitCommand.class, BuildCommand.class, DeployCommand.class, ScreenshotsCommand.class, VersionCommand.class,
            ReportsCommand.class, ExperimentsCommand.class, SandboxCommand.class,
            HelpCommand.class);
    /** Commands that show or walk the other commands, so they need the whole tree. */
    static final Set<Class<?>> WHOLE_TREE = Set.of(HelpCommand.class, CompletionCommand.class);
    /** Commands that start by loading the store: {@link Cli} has its kinds and schemas built while it parses. */
    static final Set<Class<?>> LOAD_STORE = Set.of(ValidateCommand.class, PlanCommand.class, ApplyCommand.class,
            DriftCommand.class, SubmitCommand.class, ReleaseCommand.class, DeployCommand.class);
    private final CliContext context;

    @Option(names = "--profile", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "A profile in config/ascctl.yaml, e.g. sandbox. Default: none (options and ASC_* variables).")
    String profile;
    @Option(names = "--endpoint", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "API base URL, e.g. http://127.0.0.1:8600 (the sandbox). Default: ASC_ENDPOINT, else the"
                    + " profile's, else https://api.appstoreconnect.apple.com.")
    String endpoint;
    @Option(names = "--key-id", paramLabel = "ID", scope = ScopeType.INHERIT,
            description = "API key id, e.g. ABC123DEFG. Default: ASC_KEY_ID, else the profile's.")
    String keyId;
    @Option(names = "--issuer-id", paramLabel = "UUID", scope = ScopeType.INHERIT,
            description = "API key issuer id, e.g. 69a6de70-0000-47e3-e053-5b8c7c11a4d1. Default: ASC_ISSUER_ID, else"
                    + " the profile's.")
    String issuerId;
    @Option(names = "--private-key-path", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The .p8 private key file, e.g. AuthKey_ABC123DEFG.p8. Default: ASC_PRIVATE_KEY_PATH (or the"
                    + " key itself in ASC_PRIVATE_KEY), else the profile's.")
    Path privateKeyPath;
    @Option(names = "--api-key-json", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "fastlane's API key JSON (key_id, issuer_id, key), e.g. fastlane/api_key.json."
                    + " Default: none.")
    Path apiKeyJson;
    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "Plain output without ANSI colours. Default: colours on a terminal unless NO_COLOR is set.")
    boolean noColor;
    @Option(names = "--deadline", paramLabel = "DURATION", scope = ScopeType.INHERIT, converter = WaitDuration.class,
            description = "Longest time this command may talk to App Store Connect, retries included, e.g. 45m or"
                    + " 1h. Default: network.deadline in config/ascctl.yaml, else 30m.")
    java.time.Duration deadline;
    @Option(names = "--parallelism", paramLabel = "N", scope = ScopeType.INHERIT,
            description = "Requests in flight at once (reads, writes, uploads), 1 to 32, e.g. 4 on a slow link."
                    + " Default: ASCCTL_PARALLELISM, else 16.")
    Integer parallelism;
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Log each request (never keys or tokens) and show stack traces. Default: off.")
    boolean debug;

    public RootCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    boolean debug() {
        return debug;
    }

    boolean color() {
        return !noColor && context.terminal() && !context.env().containsKey("NO_COLOR");
    }

    /** The key options as given ({@code --key-id} ...): credentials, which a saved plan never records. */
    java.util.List<String> keyArguments() {
        java.util.List<String> args = new java.util.ArrayList<>();
        if (keyId != null) {
            args.addAll(java.util.List.of("--key-id", keyId));
        }
        if (issuerId != null) {
            args.addAll(java.util.List.of("--issuer-id", issuerId));
        }
        if (privateKeyPath != null) {
            args.addAll(java.util.List.of("--private-key-path", privateKeyPath.toString()));
        }
        if (apiKeyJson != null) {
            args.addAll(java.util.List.of("--api-key-json", apiKeyJson.toString()));
        }
        return args;
    }

    ConnectionSettings connection() {
        return new ConnectionSettings(profile, endpoint, keyId, issuerId,
                privateKeyPath == null ? null : context.workDir().resolve(privateKeyPath),
                apiKeyJson == null ? null : context.workDir().resolve(apiKeyJson),
                context.env(), context.workDir(), context.home(),
                debug ? line -> context.err().println("[debug] " + line) : null, deadline, null,
                line -> context.err().println("warning: " + line), parallelism);
    }
}
