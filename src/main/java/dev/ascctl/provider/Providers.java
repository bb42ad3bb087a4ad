package dev.ascctl.provider;

import dev.ascctl.config.ConfigLocation;
import dev.ascctl.config.ConfigLocations;
import dev.ascctl.config.Sensitive;
import dev.ascctl.store.SecretResolver;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The providers {@code config/ascctl.yaml} configures, keys as secret references (the file is committed):
 * <pre>
 * providers:                           # named; shared by reviews draft and translate
 *   deepl:
 *     type: deepl                      # deepl, openai (any OpenAI-compatible endpoint) or anthropic
 *     apiKey: ${env:DEEPL_AUTH_KEY}    # a free key (ending :fx) goes to api-free.deepl.com
 *   claude:
 *     type: anthropic
 *     model: claude-sonnet-4-5
 *     apiKey: ${env:ANTHROPIC_API_KEY}
 * reviewDrafts:
 *   provider: claude                   # a name above, or a block of its own (type as provider:, e.g. openai)
 * translate:
 *   provider: deepl                    # the default of translate --provider
 * </pre>
 * A block: {@code type} (or {@code provider}), {@code endpoint} (default per type; e.g. http://localhost:11434/v1
 * for Ollama), {@code model} (required for chat models), {@code apiKey} (a secret reference; leave it out for a
 * local server; DeepL needs one). The first {@code ascctl.yaml} of the standard locations that has the asked
 * section wins, as for profiles.
 */
public final class Providers {
    private final Map<String, Provider> named;
    private final Map<String, String> defaults;
    private final Map<String, Provider> inline;
    private final String where;
    private final JsonNode config;

    private Providers(Map<String, Provider> named, Map<String, String> defaults, Map<String, Provider> inline,
                      String where, JsonNode config) {
        this.config = config;
        this.named = named;
        this.defaults = defaults;
        this.inline = inline;
        this.where = where;
    }

    /** The providers of the first {@code ascctl.yaml} (of the standard locations) that configures any. */
    public static Providers configured(Path workDir, Map<String, String> env, Path home) {
        for (ConfigLocation location : ConfigLocations.standard(workDir, env, home)) {
            if (!Files.isRegularFile(location.profilesFile())) {
                continue;
            }
            JsonNode config = YAMLMapper.builder().build().readTree(location.profilesFile().toFile());
            if (config == null || !config.isObject()) {
                continue;
            }
            if (!config.has("providers") && !config.has("reviewDrafts") && !config.has("translate")) {
                continue;
            }
            return read(config, location.profilesFile().toString(), new SecretResolver(location.baseDir(), env));
        }
        return new Providers(Map.of(), Map.of(), Map.of(), "config/ascctl.yaml",
                tools.jackson.databind.node.MissingNode.getInstance());
    }

    /** The providers of one parsed {@code ascctl.yaml}; refused with the file and key named when malformed. */
    static Providers read(JsonNode config, String file, SecretResolver secrets) {
        Map<String, Provider> named = new LinkedHashMap<>();
        config.path("providers").properties().forEach(e -> named.put(e.getKey(),
                block(e.getValue(), file + " providers." + e.getKey(), secrets)));
        Map<String, String> defaults = new LinkedHashMap<>();
        Map<String, Provider> inline = new LinkedHashMap<>();
        for (String section : List.of("reviewDrafts", "translate")) {
            JsonNode block = config.get(section);
            if (block == null || block.isNull()) {
                continue;
            }
            String provider = block.path("provider").asString("");
            if (named.containsKey(provider)) {
                defaults.put(section, provider);
            } else if (block.has("model") || block.has("type") || block.has("endpoint") || block.has("apiKey")) {
                inline.put(section, block(block, file + " " + section, secrets));
            } else if (!provider.isBlank()) {
                throw new IllegalArgumentException(file + " " + section + ".provider names '" + provider
                        + "', which providers does not configure; configured: " + named.keySet());
            }
        }
        return new Providers(java.util.Collections.unmodifiableMap(named), Map.copyOf(defaults), Map.copyOf(inline), file, config);
    }

    /** The provider a section ({@code reviewDrafts}, {@code translate}) uses: its own block or a named one. */
    public Optional<Provider> forSection(String section) {
        if (inline.containsKey(section)) {
            return Optional.of(inline.get(section));
        }
        if (defaults.containsKey(section)) {
            return Optional.of(named.get(defaults.get(section)));
        }
        return named.size() == 1 ? Optional.of(named.values().iterator().next()) : Optional.empty();
    }

    /** Whether the section ({@code reviewDrafts}, {@code translate}) names or configures its provider itself. */
    public boolean configures(String section) {
        return inline.containsKey(section) || defaults.containsKey(section);
    }

    /** The provider named {@code name}; refused naming the configured ones when there is none such. */
    public Provider named(String name) {
        Provider provider = named.get(name);
        if (provider == null) {
            throw new IllegalArgumentException("provider '" + name + "' is not configured" + (named.isEmpty()
                    ? "; add it under providers: in config/ascctl.yaml" : " in " + where + "; configured: "
                    + new ArrayList<>(named.keySet())));
        }
        return provider;
    }

    /** A section's own settings as written (e.g. {@code translate.glossary}); a missing node when absent. */
    public JsonNode section(String section) {
        return config.path(section);
    }

    /** The file the providers come from, for messages. */
    public String where() {
        return where;
    }

    /** The names configured under {@code providers:}. */
    public List<String> names() {
        return List.copyOf(named.keySet());
    }

    private static Provider block(JsonNode block, String where, SecretResolver secrets) {
        String type = block.has("type") ? block.path("type").asString("") : block.path("provider").asString("openai");
        Sensitive key = null;
        if (block.has("apiKey")) {
            String reference = block.path("apiKey").asString("");
            if (!secrets.isReference(reference)) {
                throw new IllegalArgumentException(where + ".apiKey must be a secret reference such as"
                        + " ${env:OPENAI_API_KEY} or ${file:PATH}, never the key itself (this file is committed)");
            }
            key = Sensitive.of(secrets.resolve(reference));
        }
        String endpoint = block.path("endpoint").asString("");
        switch (type.toLowerCase(Locale.ROOT)) {
            case "deepl" -> {
                if (key == null) {
                    throw new IllegalArgumentException(where + ".apiKey is required for DeepL, e.g."
                            + " ${env:DEEPL_AUTH_KEY}");
                }
                return new DeepL(endpoint.isBlank() ? DeepL.defaultEndpoint(key) : URI.create(endpoint), key);
            }
            case "openai", "anthropic" -> {
                ChatModel.Api api = ChatModel.Api.valueOf(type.toUpperCase(Locale.ROOT));
                String model = block.path("model").asString("");
                if (model.isBlank()) {
                    throw new IllegalArgumentException(where + ".model is required, e.g. gpt-4o-mini");
                }
                return new ChatModel(api, URI.create(endpoint.isBlank() ? (api == ChatModel.Api.OPENAI
                        ? "https://api.openai.com/v1" : "https://api.anthropic.com") : endpoint), model, key);
            }
            default -> throw new IllegalArgumentException(where + (block.has("type") ? ".type" : ".provider")
                    + " must be openai, anthropic or deepl, not '" + type + "'");
        }
    }
}
