package dev.ascctl.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AscApiException;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.ClientOptions;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.endpoint.purchases.InAppPurchasePrices;
import dev.ascctl.asc.endpoint.purchases.ProductEndpoints;
import dev.ascctl.config.CredentialOptions;
import dev.ascctl.config.CredentialsResolver;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.Reads;
import dev.ascctl.sandbox.server.Sandbox;
import dev.ascctl.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** The read context: one request per query however many ask at once, and a to-one 404 read as empty. */
class ReadContextTest {
    Sandbox sandbox;
    AscClient client;
    LiveApp app;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps("com.example.a"));
        var credentials = new CredentialsResolver(Path.of("").toAbsolutePath(), Map.of())
                .resolve(new CredentialOptions(null, null, null, sandbox.baseUri(), null, "sandbox"));
        client = new AscClient(credentials, ClientOptions.defaults());
        var resource = client.getAll(LiveReader.appsQuery(List.of("com.example.a"))).single().orElseThrow();
        app = new LiveApp("com.example.a", "IOS", resource, List.of(), List.of(), List.of(), List.of());
        sandbox.requestLog().clear();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private long sent(String path) {
        return sandbox.requestLog().list().stream().filter(e -> e.path().equals(path)).count();
    }

    @Test
    void aQueryAskedByManyReadersAtOnceIsSentOnceAndKeptInTheApp() {
        ApiQuery appInfos = new LiveReader(client, dev.ascctl.resource.registry.AllKinds.registry()).appInfosQuery(app.app().id());
        ApiQuery versions = ApiQuery.of("/v1/apps/" + app.app().id() + "/appStoreVersions");
        List<Document> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ReadContext context = new ReadContext(client)) {
            Reads reads = context.forApp(app);
            List<CompletableFuture<Void>> readers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                readers.add(context.run(() -> answers.addAll(reads.getAll(List.of(appInfos, versions)))));
            }
            readers.forEach(ReadContext::join);
        }

        assertThat(answers).hasSize(24);
        assertThat(sent("/v1/apps/" + app.app().id() + "/appInfos")).isEqualTo(1);
        assertThat(sent("/v1/apps/" + app.app().id() + "/appStoreVersions")).isEqualTo(1);
        assertThat(sandbox.requestLog().count()).isEqualTo(2);
        assertThat(app.read(appInfos).orElseThrow().data()).hasSize(1);
        assertThat(app.read(versions)).isPresent();
    }

    @Test
    void aToOneThatAnswers404IsAnEmptyValueAndAListsMissingParentStillFails() {
        var attributes = JsonNodeFactory.instance.objectNode().put("name", "Pack").put("productId", "com.example.pack")
                .put("inAppPurchaseType", "CONSUMABLE");
        String iapId = client.execute(ProductEndpoints.IN_APP_PURCHASES.create(app.app().id(), attributes), ref -> null)
                .single().orElseThrow().id();
        ApiQuery schedule = InAppPurchasePrices.baseTerritory(iapId);

        try (ReadContext context = new ReadContext(client)) {
            Reads reads = context.forApp(app);
            assertThat(reads.one(schedule)).isEmpty();
            assertThat(reads.oneEach(List.of(schedule))).containsExactly(java.util.Optional.empty());
            assertThatThrownBy(() -> reads.get(InAppPurchasePrices.manualPrices("9999999999")))
                    .isInstanceOf(AscApiException.class).extracting(e -> ((AscApiException) e).status()).isEqualTo(404);
        }

        var scheduleReads = sandbox.requestLog().list().stream()
                .filter(e -> e.path().endsWith("/iapPriceSchedule")).toList();
        assertThat(scheduleReads).hasSize(1).allSatisfy(e -> assertThat(e.status()).isEqualTo(404));
        assertThat(app.read(schedule).orElseThrow().data()).isEmpty();
    }
}
