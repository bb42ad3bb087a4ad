package dev.ascctl.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.store.SecretResolver;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class ProvidersTest {
    static final SecretResolver SECRETS = new SecretResolver(Path.of("."), Map.of("DEEPL_KEY", "k1:fx",
            "CLAUDE_KEY", "k2"));

    static Providers read(String yaml) {
        JsonNode config = YAMLMapper.builder().build().readTree(yaml);
        return Providers.read(config, "config/ascctl.yaml", SECRETS);
    }

    @Test
    void namedProvidersAreSharedAndEachSectionPicksItsOwn() {
        Providers providers = read("""
                providers:
                  deepl: {type: deepl, apiKey: "${env:DEEPL_KEY}"}
                  claude: {type: anthropic, model: claude-x, apiKey: "${env:CLAUDE_KEY}"}
                reviewDrafts: {provider: claude}
                translate: {provider: deepl}
                """);
        assertThat(providers.forSection("translate")).get().extracting(Provider::describe)
                .isEqualTo("deepl at https://api-free.deepl.com");
        assertThat(providers.forSection("reviewDrafts")).get().extracting(Provider::describe)
                .isEqualTo("anthropic claude-x at https://api.anthropic.com");
        assertThat(providers.named("claude")).isInstanceOf(ChatModel.class);
        assertThat(providers.names()).containsExactly("deepl", "claude");
    }

    @Test
    void theReviewDraftsBlockOfItsOwnStillWorks() {
        Providers providers = read("""
                reviewDrafts:
                  provider: openai
                  endpoint: http://localhost:11434/v1
                  model: llama3
                """);
        assertThat(providers.forSection("reviewDrafts")).get().extracting(Provider::describe)
                .isEqualTo("openai llama3 at http://localhost:11434/v1");
        assertThat(providers.configures("reviewDrafts")).isTrue();
        assertThat(providers.forSection("translate")).isEmpty();
    }

    @Test
    void oneNamedProviderIsEverySectionsDefault() {
        Providers providers = read("""
                providers:
                  deepl: {type: deepl, apiKey: "${env:DEEPL_KEY}"}
                """);
        assertThat(providers.forSection("translate")).get().isInstanceOf(DeepL.class);
        assertThat(providers.configures("translate")).isFalse();
    }

    @Test
    void aKeyWrittenIntoTheFileIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> read("""
                providers:
                  deepl: {type: deepl, apiKey: k-plain-secret}
                """)).hasMessageContaining("providers.deepl.apiKey must be a secret reference")
                .hasMessageNotContaining("k-plain-secret");
    }

    @Test
    void unknownNamesAndTypesAreRefusedNamingWhatIsConfigured() {
        Providers providers = read("""
                providers:
                  deepl: {type: deepl, apiKey: "${env:DEEPL_KEY}"}
                """);
        assertThatThrownBy(() -> providers.named("gpt")).hasMessage(
                "provider 'gpt' is not configured in config/ascctl.yaml; configured: [deepl]");
        assertThatThrownBy(() -> read("providers: {x: {type: google}}"))
                .hasMessageContaining("providers.x.type must be openai, anthropic or deepl, not 'google'");
        assertThatThrownBy(() -> read("providers: {d: {type: deepl}}"))
                .hasMessageContaining("providers.d.apiKey is required for DeepL");
        assertThatThrownBy(() -> read("translate: {provider: nope}"))
                .hasMessageContaining("translate.provider names 'nope', which providers does not configure");
        assertThatThrownBy(() -> read("providers: {c: {type: openai}}"))
                .hasMessageContaining("providers.c.model is required");
    }
}
