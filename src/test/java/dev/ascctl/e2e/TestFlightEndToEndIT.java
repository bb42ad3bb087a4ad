package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** testflight.yaml: create → modify → prune against the sandbox, each ending with no changes, every exchange per Apple's spec. */
@SandboxStore
class TestFlightEndToEndIT {
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void start(SandboxFixture fixture) {
        this.fixture = fixture;
        store = fixture.store();
    }

    private void write(String testflight) throws IOException {
        Files.writeString(store.resolve("apps/notes/testflight.yaml"), testflight);
    }

    private List<String> membersOf(String group) {
        var state = fixture.sandbox.state();
        String groupId = state.find("betaGroups", a -> group.equals(a.get("name"))).orElseThrow().id();
        return state.referencing("betaTesters", "betaGroups", groupId).stream()
                .map(t -> String.valueOf(t.attribute("email"))).sorted().toList();
    }

    @Test
    void createModifyPruneEachEndsWithNoChanges() throws IOException {
        write("""
                groups:
                  - {name: QA, publicLinkEnabled: true, publicLinkLimit: 100, feedbackEnabled: true}
                  - {name: Friends}
                testers:
                  - {email: jane@example.com, firstName: Jane, lastName: Doe, groups: [QA]}
                  - {email: Bob@Example.com, firstName: Bob, groups: [QA, Friends]}
                localizations:
                  en-US: {description: Notes Pro beta, feedbackEmail: beta@example.com}
                review: {contactEmail: ada@example.com, notes: Use any account.}
                """);
        var plan = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isEqualTo(2);
        assertThat(plan.out()).contains("app[com.example.notes].betaGroup[QA]")
                .contains("app[com.example.notes].betaTester[bob@example.com]")
                .contains("app[com.example.notes].betaLocale[en-US]")
                .contains("app[com.example.notes].betaReview");
        fixture.applyAndExpectNoChanges();
        assertThat(membersOf("QA")).containsExactly("bob@example.com", "jane@example.com");
        assertThat(membersOf("Friends")).containsExactly("bob@example.com");

        // Modify: a group setting, a new tester in an existing group, an existing tester into a new group.
        fixture.sandbox.requestLog().clear();
        write("""
                groups:
                  - {name: QA, publicLinkEnabled: true, publicLinkLimit: 200, feedbackEnabled: true}
                  - {name: Friends}
                  - {name: Family}
                testers:
                  - {email: jane@example.com, firstName: Jane, lastName: Doe, groups: [QA, Family]}
                  - {email: Bob@Example.com, firstName: Bob, groups: [QA]}
                  - {email: carol@example.com, groups: [Friends]}
                localizations:
                  en-US: {description: Notes Pro beta 2, feedbackEmail: beta@example.com}
                review: {contactEmail: ada@example.com, notes: Use any account.}
                """);
        fixture.applyAndExpectNoChanges();
        assertThat(membersOf("Family")).containsExactly("jane@example.com");
        assertThat(membersOf("Friends")).as("pruning is off: bob stays").containsExactly("bob@example.com", "carol@example.com");

        // Prune: with policy.prune.betaTesters, bob leaves Friends and jane leaves the app.
        Files.writeString(store.resolve("store.yaml"), Files.readString(store.resolve("store.yaml"))
                .replace("betaTesters: false", "betaTesters: true"));
        write("""
                groups:
                  - {name: QA, publicLinkEnabled: true, publicLinkLimit: 200, feedbackEnabled: true}
                  - {name: Friends}
                  - {name: Family}
                testers:
                  - {email: Bob@Example.com, firstName: Bob, groups: [QA]}
                  - {email: carol@example.com, groups: [Friends]}
                """);
        var prune = fixture.run("plan", "--store", store.toString());
        assertThat(prune.out()).contains("betaTester[jane@example.com]").contains("destroyed");
        fixture.applyAndExpectNoChanges();
        assertThat(membersOf("Friends")).containsExactly("carol@example.com");
        assertThat(membersOf("QA")).containsExactly("bob@example.com");
        assertThat(fixture.sandbox.state().all("betaTesters").stream()
                .filter(t -> t.attribute("email").equals("jane@example.com"))
                .flatMap(t -> t.related("apps").stream())).isEmpty();

        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    @Test
    void aChangedTesterNameIsShownNotIgnored() throws IOException {
        write("""
                groups: [{name: QA}]
                testers: [{email: jane@example.com, firstName: Jane, groups: [QA]}]
                """);
        fixture.applyAndExpectNoChanges();
        write("""
                groups: [{name: QA}]
                testers: [{email: jane@example.com, firstName: Janet, groups: [QA]}]
                """);
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("betaTester[jane@example.com]").contains("Janet")
                .contains("cannot be changed through Apple's API");
    }

    @Test
    void everyTestFlightExchangeConformsToApplesSpec() throws IOException {
        write("""
                groups: [{name: QA, publicLinkEnabled: true, publicLinkLimit: 50}, {name: Old}]
                testers:
                  - {email: jane@example.com, firstName: Jane, groups: [QA, Old]}
                localizations: {en-US: {description: Beta}}
                review: {contactEmail: ada@example.com}
                """);
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        Files.writeString(store.resolve("store.yaml"), Files.readString(store.resolve("store.yaml"))
                .replace("betaTesters: false", "betaTesters: true"));
        write("""
                groups: [{name: QA, publicLinkEnabled: true, publicLinkLimit: 50}, {name: Old}]
                testers:
                  - {email: jane@example.com, firstName: Jane, groups: [QA]}
                localizations: {en-US: {description: Beta}}
                review: {contactEmail: ada@example.com}
                """);
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        var exchanges = fixture.sandbox.requestLog().list();
        assertThat(exchanges.stream().filter(e -> e.isWrite() && e.toString().contains("relationships"))).isNotEmpty();
        OpenApiConformance.assertConforms(exchanges);
    }

    @Test
    void testersAndInviteCommands() throws IOException {
        write("""
                groups: [{name: QA}, {name: Friends}]
                testers: [{email: jane@example.com, firstName: Jane, lastName: Doe, groups: [QA]}]
                """);
        fixture.applyAndExpectNoChanges();
        var invite = fixture.run("testflight", "invite", "bob@example.com", "--group", "Friends", "--store", store.toString());
        assertThat(invite.exitCode()).as(invite.toString()).isZero();
        assertThat(invite.out()).contains("invited bob@example.com to Friends");
        var again = fixture.run("testflight", "invite", "jane@example.com", "--group", "Friends", "--store", store.toString());
        assertThat(again.out()).contains("added jane@example.com to Friends");

        var table = fixture.run("testflight", "testers", "--group", "Friends", "--store", store.toString());
        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out()).contains("bob@example.com").contains("jane@example.com").contains("2 testers");
        var csv = fixture.run("testflight", "testers", "--format", "csv", "--store", store.toString());
        assertThat(csv.out()).startsWith("email,firstName,lastName,state,groups\n")
                .contains("jane@example.com,Jane,Doe,INVITED,Friends;QA");
        var json = fixture.run("testflight", "testers", "--group", "QA", "--format", "json", "--store", store.toString());
        assertThat(json.out()).contains("\"email\" : \"jane@example.com\"").doesNotContain("bob@");

        var unknown = fixture.run("testflight", "invite", "x@example.com", "--group", "Nope", "--store", store.toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no beta group named 'Nope'");
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }
}
