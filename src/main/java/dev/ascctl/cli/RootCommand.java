package dev.ascctl.cli;

import dev.ascctl.workflow.ConnectionSettings;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code ascctl}: global options shared by every command. */
@Command(name = "ascctl", mixinStandardHelpOptions = true, version = "ascctl 0.1.0",
        description = "Keeps an App Store Connect presence in git: validate, plan, apply.",
        subcommands = {ValidateCommand.class, PlanCommand.class, ApplyCommand.class, ShowCommand.class,
                DriftCommand.class, ImportCommand.class, SchemaCommand.class, CompletionCommand.class,
                TestFlightCommand.class, ReleaseCommand.class, SubmitCommand.class, VersionCommand.class,
                SandboxCommand.class})
public final class RootCommand {
    private final CliContext context;

    @Option(names = "--profile", scope = ScopeType.INHERIT, description = "Profile in config/ascctl.yaml.")
    String profile;
    @Option(names = "--endpoint", scope = ScopeType.INHERIT, description = "API base URL (default Apple's).")
    String endpoint;
    @Option(names = "--key-id", scope = ScopeType.INHERIT, description = "API key id.")
    String keyId;
    @Option(names = "--issuer-id", scope = ScopeType.INHERIT, description = "API key issuer id.")
    String issuerId;
    @Option(names = "--private-key-path", scope = ScopeType.INHERIT, description = "The .p8 private key file.")
    Path privateKeyPath;
    @Option(names = "--api-key-json", scope = ScopeType.INHERIT, description = "fastlane API key JSON file.")
    Path apiKeyJson;
    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Plain output without ANSI colours.")
    boolean noColor;
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Log each request (never keys or tokens) and show stack traces.")
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
                debug ? line -> context.err().println("[debug] " + line) : null);
    }
}
