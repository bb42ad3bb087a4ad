package dev.ascctl.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ascctl.config.Sensitive;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeepLTest {
    static final String KEY = "deepl-secret-123:fx";
    WireMockServer server;
    DeepL deepl;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        deepl = new DeepL(URI.create("http://127.0.0.1:" + server.port()), Sensitive.of(KEY));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void sendsTheTextsWithTheKeyHeaderAndReadsTheAnswersInOrder() {
        server.stubFor(post(urlEqualTo("/v2/translate")).willReturn(okJson("""
                {"translations": [{"detected_source_language": "EN", "text": "Notizen"},
                                  {"detected_source_language": "EN", "text": "Denken in Listen"}]}""")));

        assertThat(deepl.translate(List.of("Notes", "Thinking in lists"), "en-US", "de-DE", List.of()))
                .containsExactly("Notizen", "Denken in Listen");

        server.verify(postRequestedFor(urlEqualTo("/v2/translate"))
                .withHeader("Authorization", equalTo("DeepL-Auth-Key " + KEY))
                .withRequestBody(equalToJson("""
                        {"text": ["Notes", "Thinking in lists"], "source_lang": "EN", "target_lang": "DE",
                         "preserve_formatting": true}""")));
    }

    @Test
    void glossaryTermsTravelInIgnoredTagsAndComeBackBare() {
        server.stubFor(post(urlEqualTo("/v2/translate")).willReturn(okJson("""
                {"translations": [{"text": "<x>Notes Pro</x> &amp; <x>Smart Lists</x> für dich"}]}""")));

        assertThat(deepl.translate(List.of("Notes Pro & Smart Lists for you"), "en-US", "de-DE",
                List.of("Notes", "Notes Pro", "Smart Lists"))).containsExactly("Notes Pro & Smart Lists für dich");

        server.verify(postRequestedFor(urlEqualTo("/v2/translate")).withRequestBody(equalToJson("""
                {"text": ["<x>Notes Pro</x> &amp; <x>Smart Lists</x> for you"], "source_lang": "EN",
                 "target_lang": "DE", "preserve_formatting": true, "tag_handling": "xml", "ignore_tags": ["x"]}""")));
    }

    @Test
    void anErrorNamesTheStatusButNeverTheKey() {
        server.stubFor(post(urlEqualTo("/v2/translate")).willReturn(aResponse().withStatus(403)
                .withBody("{\"message\": \"Wrong key " + KEY + "\"}")));

        assertThatThrownBy(() -> deepl.translate(List.of("Notes"), "en-US", "fr-FR", List.of()))
                .hasMessageContaining("answered 403").hasMessageContaining("(sensitive value)")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void aMissingTranslationIsRefused() {
        server.stubFor(post(urlEqualTo("/v2/translate")).willReturn(okJson("{\"translations\": []}")));

        assertThatThrownBy(() -> deepl.translate(List.of("Notes"), "en-US", "ja", List.of()))
                .hasMessageContaining("answered 0 translations for 1 texts");
    }

    @Test
    void freeKeysGoToTheFreeHost() {
        assertThat(DeepL.defaultEndpoint(Sensitive.of("abc:fx"))).hasToString("https://api-free.deepl.com");
        assertThat(DeepL.defaultEndpoint(Sensitive.of("abc"))).hasToString("https://api.deepl.com");
    }

    @Test
    void appleLocalesMapToDeepLsLanguages() {
        assertThat(DeepL.targetLanguage("de-DE")).isEqualTo("DE");
        assertThat(DeepL.targetLanguage("pt-BR")).isEqualTo("PT-BR");
        assertThat(DeepL.targetLanguage("zh-Hans")).isEqualTo("ZH-HANS");
        assertThat(DeepL.targetLanguage("en-AU")).isEqualTo("EN-GB");
        assertThat(DeepL.targetLanguage("no")).isEqualTo("NB");
        assertThat(DeepL.targetLanguage("ja")).isEqualTo("JA");
        assertThat(DeepL.sourceLanguage("en-US")).isEqualTo("EN");
    }
}
