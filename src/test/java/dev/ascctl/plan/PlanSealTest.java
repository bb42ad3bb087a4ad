package dev.ascctl.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.resource.Address;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A saved plan is one checked document: any edit, even a careful one, is refused by show and apply alike. */
class PlanSealTest {
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final Address LOCALE = Address.app("com.example.notes").child("version", "2.4.0").child("locale", "en-US");

    @TempDir
    Path temp;
    Path file;

    @BeforeEach
    void save() {
        ObjectNode body = NODES.objectNode();
        body.putObject("data").put("type", "appStoreVersionLocalizations").put("id", "loc-1")
                .putObject("attributes").put("whatsNew", "Bug fixes.");
        ResourceChange change = new ResourceChange(LOCALE, "appStoreVersionLocalization", Action.UPDATE, null,
                List.of(new AttributeChange("whatsNew", NODES.stringNode("Old."), NODES.stringNode("Bug fixes."),
                        false)), 3, List.of(new ApiCall("PATCH", "/v1/appStoreVersionLocalizations/loc-1", body,
                        Set.of())), null);
        Plan plan = new Plan(Plan.FORMAT_VERSION, Instant.parse("2026-01-02T03:04:05Z"), "hash",
                List.of("com.example.notes"), List.of(change), List.of(),
                List.of(new Fingerprint(LOCALE, "f1")), 3, 1);
        file = temp.resolve("release.plan");
        PlanFile.save(new SavedPlan(plan, PlanContext.of(temp.resolve("store"), file,
                URI.create("http://127.0.0.1:8600"), null)), file);
    }

    @Test
    void anUntouchedPlanReadsBackForShowAndApply() throws Exception {
        assertThat(Files.readString(file)).startsWith("{\n  \"checksum\" : \"sha256:");
        assertThat(PlanFile.load(file).changes()).hasSize(1);
        assertThat(PlanFile.loadSaved(file).plan()).isEqualTo(PlanFile.load(file));
    }

    @Test
    void anEditedValueIsRefused() throws Exception {
        Files.writeString(file, Files.readString(file).replace("Bug fixes.", "Visit evil.example"));

        assertRefused("was edited after it was saved");
    }

    @Test
    void anAddedDeleteIsRefused() throws Exception {
        ObjectNode tree = tree();
        ObjectNode delete = ((ObjectNode) tree.get("changes").get(0)).deepCopy();
        delete.put("action", "DELETE");
        ((ArrayNode) tree.get("changes")).add(delete);
        write(tree, false);

        assertRefused("was edited after it was saved");
    }

    @Test
    void removedFingerprintsAreRefused() throws Exception {
        ObjectNode tree = tree();
        tree.putArray("fingerprints");
        write(tree, false);

        assertRefused("was edited after it was saved");
    }

    @Test
    void aRemovedChecksumIsRefused() throws Exception {
        ObjectNode tree = tree();
        tree.remove("checksum");
        Files.writeString(file, JSON.writeValueAsString(tree));

        assertRefused("carries no checksum");
    }

    @Test
    void anInjectedSecretReferenceIsRefusedEvenWithARecomputedChecksum() throws Exception {
        ObjectNode tree = tree();
        ObjectNode call = (ObjectNode) tree.get("changes").get(0).get("calls").get(0);
        ((ObjectNode) call.get("body").get("data").get("attributes")).put("whatsNew", "${file:/etc/shadow}");
        call.putArray("secretPointers").add("/data/attributes/whatsNew");
        write(tree, true);

        assertThatThrownBy(() -> PlanFile.load(file)).hasMessageContaining("holds a secret reference at"
                + " /data/attributes/whatsNew").hasMessageContaining("allowed only in demoAccountPassword");
        assertThatThrownBy(() -> PlanFile.loadSaved(file)).hasMessageContaining("holds a secret reference");
    }

    @Test
    void aKeyWrittenTwiceIsRefusedEvenWithARecomputedChecksum() throws Exception {
        String text = Files.readString(file);
        String body = text.substring(text.indexOf(",\n") + 1);
        Files.writeString(file, PlanSeal.seal("{" + body.replace("\"fingerprints\"", "\"storeHash\" : \"x\",\n"
                + "  \"fingerprints\"")));

        assertThatThrownBy(() -> PlanFile.load(file)).hasMessageContaining("not an ascctl plan file");
    }

    private void assertRefused(String why) {
        assertThatThrownBy(() -> PlanFile.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(why).hasMessageContaining("ascctl plan --out release.plan");
        assertThatThrownBy(() -> PlanFile.loadSaved(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(why);
    }

    private ObjectNode tree() throws Exception {
        return (ObjectNode) JSON.readTree(Files.readString(file));
    }

    /** Writes the edited tree keeping the old checksum, or with one computed for the new content. */
    private void write(ObjectNode tree, boolean reseal) throws Exception {
        if (reseal) {
            tree.remove("checksum");
            Files.writeString(file, PlanSeal.seal(JSON.writeValueAsString(tree)));
        } else {
            Files.writeString(file, JSON.writeValueAsString(tree));
        }
    }

}
