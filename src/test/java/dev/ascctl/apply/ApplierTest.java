package dev.ascctl.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.ClientOptions;
import dev.ascctl.config.CredentialOptions;
import dev.ascctl.config.CredentialsResolver;
import dev.ascctl.plan.Action;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.ResourceChange;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.IdReference;
import dev.ascctl.sandbox.Fault;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The applier on hand-made plans against the sandbox: ids of new objects, dependencies, skips. */
class ApplierTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    Sandbox sandbox;
    AscClient client;
    String appInfoId;
    final List<ChangeOutcome> progress = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps("com.example.notes"));
        var credentials = new CredentialsResolver(Path.of("").toAbsolutePath(), Map.of())
                .resolve(new CredentialOptions(null, null, null, sandbox.baseUri(), null, "sandbox"));
        client = new AscClient(credentials, ClientOptions.defaults().withBackoff(java.time.Duration.ofMillis(5),
                java.time.Duration.ofMillis(20)));
        appInfoId = sandbox.state().all("appInfos").get(0).id();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    static final Address GERMAN = Address.parse("app[com.example.notes].locale[de-DE].info");
    static final Address OTHER = Address.parse("app[com.example.notes].other");

    private ResourceChange createGerman() {
        ApiCall post = ApiCall.post("/v1/appInfoLocalizations", JSON.readTree("""
                {"data":{"type":"appInfoLocalizations","attributes":{"locale":"de-DE","name":"Notizen"},
                 "relationships":{"appInfo":{"data":{"type":"appInfos","id":"%s"}}}}}""".formatted(appInfoId)));
        return new ResourceChange(GERMAN, "appInfoLocalization", Action.CREATE, null, List.of(), 0, List.of(post), null);
    }

    /** As the planner makes it: with the check that finds the localization by its locale. */
    private ResourceChange createGermanNamed(String name) {
        ApiCall post = ApiCall.post("/v1/appInfoLocalizations", JSON.readTree("""
                {"data":{"type":"appInfoLocalizations","attributes":{"locale":"de-DE","name":"%s"},
                 "relationships":{"appInfo":{"data":{"type":"appInfos","id":"%s"}}}}}""".formatted(name, appInfoId)));
        return new ResourceChange(GERMAN, "appInfoLocalization", Action.CREATE, null, List.of(), 0, List.of(post),
                new AdoptionCheck("/v1/appInfos/" + appInfoId + "/appInfoLocalizations", "locale", "de-DE"));
    }

    /** Lives elsewhere in the address tree, but uses the id of the German localization made by the same apply. */
    private ResourceChange renameGerman() {
        ApiCall patch = ApiCall.patch("/v1/appInfoLocalizations/" + IdReference.token(GERMAN), JSON.readTree("""
                {"data":{"type":"appInfoLocalizations","id":"%s","attributes":{"subtitle":"Listen"}}}"""
                .formatted(IdReference.token(GERMAN))));
        return new ResourceChange(OTHER, "test", Action.UPDATE, null, List.of(), 0, List.of(patch), null);
    }

    private Plan plan(ResourceChange... changes) {
        return new Plan(Plan.FORMAT_VERSION, Instant.now(), "hash", List.of("com.example.notes"), List.of(changes),
                List.of(), List.of(), 0, 0);
    }

    @Test
    void aCallUsesTheIdOfAnObjectCreatedEarlierInTheSameApply() {
        // Listed first, but it must wait for the create whose id it uses.
        ApplyReport report = new Applier(client, s -> s, progress::add).apply(plan(renameGerman(), createGerman()));

        assertThat(report.success()).as(report.toString()).isTrue();
        assertThat(progress).extracting(o -> o.address().value()).containsExactly(GERMAN.value(), OTHER.value());
        var german = sandbox.state().find("appInfoLocalizations", a -> "de-DE".equals(a.get("locale"))).orElseThrow();
        assertThat(german.attribute("subtitle")).isEqualTo("Listen");
        assertThat(report.outcomes()).extracting(ChangeOutcome::address).containsExactly(OTHER, GERMAN);
    }

    @Test
    void aChangeStartsWhenWhatItWaitsForEndsNotWhenAnUnrelatedSlowChangeDoes() {
        // Issue 12: no waiting for a whole wave. The app PATCH is answered after 1.5 s; the rename waits only for
        // the create whose id it uses, so it ends before the slow change (with waves it came after it).
        String appId = sandbox.state().all("apps").get(0).id();
        sandbox.faults().inject("PATCH", "/v1/apps/" + appId, 1, Fault.delay(java.time.Duration.ofMillis(1500)));
        // Addressed outside the app: a change waits for an update of an address above its own.
        Address app = Address.parse("app[com.example.other]");
        ResourceChange slow = new ResourceChange(app, "app", Action.UPDATE, null, List.of(), 0, List.of(ApiCall.patch(
                "/v1/apps/" + appId, JSON.readTree("{\"data\":{\"type\":\"apps\",\"id\":\"" + appId
                        + "\",\"attributes\":{\"contentRightsDeclaration\":\"USES_THIRD_PARTY_CONTENT\"}}}"))), null);

        ApplyReport report = new Applier(client, s -> s, progress::add).apply(plan(slow, createGerman(), renameGerman()));

        assertThat(report.success()).as(report.toString()).isTrue();
        assertThat(progress).extracting(o -> o.address().value())
                .containsExactly(GERMAN.value(), OTHER.value(), app.value());
        assertThat(report.outcomes()).extracting(ChangeOutcome::address).containsExactly(app, GERMAN, OTHER);
    }

    @Test
    void aBudgetTooSmallForEveryChangeStopsBetweenChangesAndTheNextRunDoesTheRest() {
        // One request allowed: the create takes it; the rename that needs it does not fit and is left, not failed.
        ApplyReport first = new Applier(client, s -> s, progress::add)
                .apply(plan(createGerman(), renameGerman()), AlreadyApplied.NONE, RequestBudget.of(1));

        assertThat(first.success()).isTrue();
        assertThat(first.complete()).isFalse();
        assertThat(first.outcomes()).extracting(ChangeOutcome::address).containsExactly(GERMAN);
        assertThat(first.left()).containsExactly(OTHER);
        assertThat(first.stoppedBy()).contains("Stopped before " + OTHER.value()).contains("budget of 1 requests");
        assertThat(first.requests()).isEqualTo(1);
        var german = sandbox.state().find("appInfoLocalizations", a -> "de-DE".equals(a.get("locale"))).orElseThrow();
        assertThat(german.attribute("subtitle")).isNull();

        // The next run, with the id the first one made, applies what was left.
        ApplyReport second = new Applier(client, s -> s, progress::add).apply(plan(renameGerman()),
                new AlreadyApplied(java.util.Set.of(), java.util.Map.of(GERMAN, german.id())), RequestBudget.of(1));
        assertThat(second.complete()).isTrue();
        assertThat(second.success()).as(second.toString()).isTrue();
        assertThat(sandbox.state().find("appInfoLocalizations", a -> "de-DE".equals(a.get("locale"))).orElseThrow()
                .attribute("subtitle")).isEqualTo("Listen");
    }

    @Test
    void appleSayingTheHourIsSpentEndsTheApplyWithWhatIsLeftNotWithFailures() throws Exception {
        sandbox.close();
        sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps("com.example.notes")
                .withHourlyRequestLimit(2));
        var credentials = new CredentialsResolver(Path.of("").toAbsolutePath(), Map.of())
                .resolve(new CredentialOptions(null, null, null, sandbox.baseUri(), null, "sandbox"));
        client = new AscClient(credentials, ClientOptions.defaults());
        appInfoId = sandbox.state().all("appInfos").get(0).id();
        client.get(dev.ascctl.asc.ApiQuery.of("/v1/apps")); // one of two left

        ApplyReport report = new Applier(client, s -> s, progress::add).apply(plan(createGerman(), renameGerman()));

        // The create spent the hour (user-hour-rem:0); the rename was never sent, and nothing was answered 429.
        assertThat(report.outcomes()).extracting(ChangeOutcome::outcome).containsExactly(Outcome.APPLIED);
        assertThat(report.left()).containsExactly(OTHER);
        assertThat(report.stoppedBy()).contains("budget is spent");
        assertThat(sandbox.requestLog().list()).extracting(dev.ascctl.sandbox.RecordedExchange::status)
                .containsExactly(200, 201);
    }

    @Test
    void aLookupReadsWithTheValueOfTheLookupBeforeIt() {
        // As the planner writes to the app info Apple copies for a new version: its id, then its localization's.
        String appId = sandbox.state().all("apps").get(0).id();
        var info = dev.ascctl.resource.KnownAfterApply.idOf("appInfo.id", "the editable app info",
                dev.ascctl.asc.ApiQuery.of("/v1/apps/" + appId + "/appInfos"), "state", "PREPARE_FOR_SUBMISSION",
                dev.ascctl.resource.KnownAfterApply.Match.TEXT);
        var english = dev.ascctl.resource.KnownAfterApply.idOf("id", "its en-US localization",
                dev.ascctl.asc.ApiQuery.of("/v1/appInfos/" + info.token() + "/appInfoLocalizations"), "locale", "en-US",
                dev.ascctl.resource.KnownAfterApply.Match.TEXT);
        ApiCall patch = ApiCall.patch("/v1/appInfoLocalizations/" + english.token(), JSON.readTree("""
                {"data":{"type":"appInfoLocalizations","id":"%s","attributes":{"subtitle":"Lists"}}}"""
                .formatted(english.token())));
        Address address = Address.parse("app[com.example.notes].locale[en-US].info");
        ResourceChange change = new ResourceChange(address, "appInfoLocalization", Action.UPDATE, null, List.of(), 0,
                List.of(patch), null, List.of(), List.of(info, english));

        ApplyReport report = new Applier(client, s -> s, progress::add).apply(plan(change));

        assertThat(report.success()).as(report.toString()).isTrue();
        var en = sandbox.state().find("appInfoLocalizations", a -> "en-US".equals(a.get("locale"))).orElseThrow();
        assertThat(en.relatedId("appInfo")).isEqualTo(appInfoId);
        assertThat(en.attribute("subtitle")).isEqualTo("Lists");
    }

    @Test
    void whatNeedsAFailedObjectIsSkippedAndTheRestStillApplies() {
        sandbox.faults().inject("POST", "/v1/appInfoLocalizations", 1, Fault.status(409, "ENTITY_ERROR"));
        ResourceChange unrelated = new ResourceChange(Address.parse("app[com.example.notes]"), "app", Action.UPDATE,
                null, List.of(), 0, List.of(ApiCall.patch("/v1/apps/" + sandbox.state().all("apps").get(0).id(),
                JSON.readTree("{\"data\":{\"type\":\"apps\",\"id\":\"" + sandbox.state().all("apps").get(0).id()
                        + "\",\"attributes\":{\"contentRightsDeclaration\":\"USES_THIRD_PARTY_CONTENT\"}}}"))), null);

        ApplyReport report = new Applier(client, s -> s, progress::add).apply(plan(createGerman(), renameGerman(), unrelated));

        assertThat(report.success()).isFalse();
        assertThat(report.outcomes()).extracting(ChangeOutcome::outcome)
                .containsExactly(Outcome.FAILED, Outcome.SKIPPED, Outcome.APPLIED);
        assertThat(report.outcomes().get(1).message()).contains(GERMAN.value());
        assertThat(sandbox.state().all("apps").get(0).attribute("contentRightsDeclaration"))
                .isEqualTo("USES_THIRD_PARTY_CONTENT");
    }

    @Test
    void aChangeWaitsForTheChangesItsPlanSaysItRunsAfter() {
        // No nesting and no id reference between them: only runsAfter orders them (listed first, applied last).
        String appId = sandbox.state().all("apps").get(0).id();
        ResourceChange last = new ResourceChange(Address.parse("app[com.example.notes].zLast"), "test", Action.UPDATE,
                null, List.of(), 0, List.of(ApiCall.patch("/v1/apps/" + appId, JSON.readTree(
                "{\"data\":{\"type\":\"apps\",\"id\":\"" + appId
                        + "\",\"attributes\":{\"contentRightsDeclaration\":\"USES_THIRD_PARTY_CONTENT\"}}}"))), null)
                .runningAfter(List.of(GERMAN));

        ApplyReport report = new Applier(client, s -> s, progress::add).apply(plan(last, createGerman()));

        assertThat(report.success()).as(report.toString()).isTrue();
        assertThat(progress).extracting(o -> o.address().value())
                .containsExactly(GERMAN.value(), "app[com.example.notes].zLast");
    }

    @Test
    void aChangeThatRunsAfterAFailedChangeIsSkipped() {
        sandbox.faults().inject("POST", "/v1/appInfoLocalizations", 1, Fault.status(409, "ENTITY_ERROR"));
        String appId = sandbox.state().all("apps").get(0).id();
        ResourceChange last = new ResourceChange(Address.parse("app[com.example.notes].zLast"), "test", Action.UPDATE,
                null, List.of(), 0, List.of(ApiCall.patch("/v1/apps/" + appId, JSON.readTree(
                "{\"data\":{\"type\":\"apps\",\"id\":\"" + appId
                        + "\",\"attributes\":{\"contentRightsDeclaration\":\"USES_THIRD_PARTY_CONTENT\"}}}"))), null)
                .runningAfter(List.of(GERMAN));

        ApplyReport report = new Applier(client, s -> s, progress::add).apply(plan(createGerman(), last));

        assertThat(report.outcomes()).extracting(ChangeOutcome::outcome).containsExactly(Outcome.FAILED, Outcome.SKIPPED);
        assertThat(sandbox.state().all("apps").get(0).attribute("contentRightsDeclaration"))
                .isNotEqualTo("USES_THIRD_PARTY_CONTENT");
    }

    @Test
    void aReplaceDeletesThenCreatesAndCreatesNothingWhenTheDeleteFails() {
        assertThat(new Applier(client, s -> s, progress::add).apply(plan(createGerman())).success()).isTrue();
        String old = sandbox.state().find("appInfoLocalizations", a -> "de-DE".equals(a.get("locale"))).orElseThrow().id();
        ResourceChange create = createGerman();
        List<ApiCall> calls = new java.util.ArrayList<>();
        calls.add(ApiCall.delete("/v1/appInfoLocalizations/" + old));
        calls.addAll(create.calls());
        ResourceChange replace = new ResourceChange(GERMAN, "appInfoLocalization", Action.REPLACE, null, List.of(), 0,
                calls, null);

        sandbox.faults().inject("DELETE", "/v1/appInfoLocalizations/" + old, 1, Fault.status(409, "ENTITY_ERROR"));
        ApplyReport failed = new Applier(client, s -> s, progress::add).apply(plan(replace));
        assertThat(failed.outcomes()).extracting(ChangeOutcome::outcome).containsExactly(Outcome.FAILED);
        assertThat(sandbox.state().find("appInfoLocalizations", a -> "de-DE".equals(a.get("locale"))).orElseThrow().id())
                .as("the create is never sent after a failed delete").isEqualTo(old);

        ApplyReport report = new Applier(client, s -> s, progress::add).apply(plan(replace));
        assertThat(report.success()).as(report.toString()).isTrue();
        assertThat(report.outcomes()).extracting(ChangeOutcome::action).containsExactly(Action.REPLACE);
        var now = sandbox.state().all("appInfoLocalizations").stream().filter(a -> "de-DE".equals(a.attribute("locale")))
                .toList();
        assertThat(now).hasSize(1);
        assertThat(now.get(0).id()).isNotEqualTo(old);
    }

    @Test
    void aCreateAnswered409ForAnObjectAnotherRunMadeAsDesiredIsAdoptedAndUsedByLaterChanges() {
        // Both runs planned the same create; the other one got there first, so ours is answered 409 DUPLICATE.
        ApplyReport other = new Applier(client, s -> s, o -> { }).apply(plan(createGermanNamed("Notizen")));
        assertThat(other.success()).as(other.toString()).isTrue();

        ApplyReport report = new Applier(client, s -> s, progress::add)
                .apply(plan(createGermanNamed("Notizen"), renameGerman()));

        assertThat(report.success()).as(report.toString()).isTrue();
        assertThat(report.outcomes()).extracting(ChangeOutcome::outcome)
                .containsExactly(Outcome.ADOPTED, Outcome.APPLIED);
        assertThat(report.outcomes().get(0).message()).isEqualTo("adopted: created by another run");
        var germans = sandbox.state().all("appInfoLocalizations").stream()
                .filter(a -> "de-DE".equals(a.attribute("locale"))).toList();
        assertThat(germans).hasSize(1);
        assertThat(germans.get(0).attribute("subtitle")).as("the adopted id serves the later change").isEqualTo("Listen");
    }

    @Test
    void aCreateAnswered409ForAnObjectAnotherRunMadeWithOtherValuesFailsAsStale() {
        assertThat(new Applier(client, s -> s, o -> { }).apply(plan(createGermanNamed("Andere"))).success()).isTrue();

        ApplyReport report = new Applier(client, s -> s, progress::add).apply(plan(createGermanNamed("Notizen")));

        assertThat(report.outcomes()).extracting(ChangeOutcome::outcome).containsExactly(Outcome.FAILED);
        assertThat(report.outcomes().get(0).message()).contains("409").contains("changed since the plan")
                .contains("run plan again");
        assertThat(sandbox.state().find("appInfoLocalizations", a -> "de-DE".equals(a.get("locale"))).orElseThrow()
                .attribute("name")).as("the other run's values are left alone").isEqualTo("Andere");
    }

    @Test
    void aCreateAnswered409WhoseKindHasNoReadSaysToPlanAgain() {
        assertThat(new Applier(client, s -> s, o -> { }).apply(plan(createGerman())).success()).isTrue();

        ApplyReport report = new Applier(client, s -> s, progress::add).apply(plan(createGerman())); // no AdoptionCheck

        assertThat(report.outcomes()).extracting(ChangeOutcome::outcome).containsExactly(Outcome.FAILED);
        assertThat(report.outcomes().get(0).message()).contains("409").contains("run plan again")
                .contains("appInfoLocalization has no read ascctl can look it up with");
    }

    @Test
    void aLostCreateAnswerWhoseKindHasNoReadNeverClaimsNothingWasCreated() {
        sandbox.faults().inject("POST", "/v1/appInfoLocalizations", 1, Fault.afterProcessing(Fault.reset()));

        ApplyReport report = new Applier(client, s -> s, progress::add).apply(plan(createGerman()));

        assertThat(report.outcomes()).extracting(ChangeOutcome::outcome).containsExactly(Outcome.FAILED);
        assertThat(report.outcomes().get(0).message()).doesNotContain("nothing was created")
                .contains("whether " + GERMAN + " was created is unknown").contains("the next plan shows it");
        assertThat(sandbox.state().all("appInfoLocalizations")).filteredOn(a -> "de-DE".equals(a.attribute("locale")))
                .as("it was made, and the message did not deny it").hasSize(1);
    }

    @Test
    void aLostCreateAnswerNotMadeSaysWhereItWasLookedFor() {
        sandbox.faults().inject("POST", "/v1/appInfoLocalizations", 1, Fault.reset()); // before the server acts

        ApplyReport report = new Applier(client, s -> s, progress::add).apply(plan(createGermanNamed("Notizen")));

        assertThat(report.outcomes().get(0).message()).contains("was not found afterwards in /v1/appInfos/" + appInfoId
                + "/appInfoLocalizations").contains("Run plan again");
    }

    /** A PATCH of the existing German localization's subtitle. */
    private ResourceChange subtitle(String id, String value) {
        ApiCall patch = ApiCall.patch("/v1/appInfoLocalizations/" + id, JSON.readTree("""
                {"data":{"type":"appInfoLocalizations","id":"%s","attributes":{"subtitle":"%s"}}}"""
                .formatted(id, value)));
        return new ResourceChange(GERMAN, "appInfoLocalization", Action.UPDATE, null, List.of(), 0, List.of(patch), null);
    }

    @Test
    void anUpdateAnswered409WhoseObjectAnotherRunAlreadyMadeAsDesiredIsAdopted() {
        assertThat(new Applier(client, s -> s, o -> { }).apply(plan(createGerman())).success()).isTrue();
        String id = sandbox.state().find("appInfoLocalizations", a -> "de-DE".equals(a.get("locale"))).orElseThrow().id();
        sandbox.state().patchAttributes("appInfoLocalizations", id, Map.of("subtitle", "Listen")); // the other run
        sandbox.faults().inject("PATCH", "/v1/appInfoLocalizations/" + id, 2, Fault.status(409, "STATE_ERROR"));

        ApplyReport same = new Applier(client, s -> s, progress::add).apply(plan(subtitle(id, "Listen")));
        ApplyReport other = new Applier(client, s -> s, progress::add).apply(plan(subtitle(id, "Andere")));

        assertThat(same.outcomes()).extracting(ChangeOutcome::outcome).containsExactly(Outcome.ADOPTED);
        assertThat(same.outcomes().get(0).message()).isEqualTo("already as desired: another run changed it");
        assertThat(other.outcomes()).extracting(ChangeOutcome::outcome).as("other values: a real refusal")
                .containsExactly(Outcome.FAILED);
    }
}
