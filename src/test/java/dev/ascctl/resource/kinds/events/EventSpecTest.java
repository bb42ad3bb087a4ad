package dev.ascctl.resource.kinds.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.store.TerritoryCodes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventSpecTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void schedulesCompareAsTerritorySetsAndInstantsWhateverTheirForm() {
        JsonNode written = JSON.readTree("""
                [{"territories": ["USA", "GBR"], "publishStart": "2027-03-01T10:00:00+01:00",
                  "eventStart": "2027-03-08T09:00:00Z", "eventEnd": "2027-03-15T09:00:00Z"}]""");
        JsonNode apple = JSON.readTree("""
                [{"territories": ["GBR", "USA"], "publishStart": "2027-03-01T09:00:00.000+0000",
                  "eventStart": "2027-03-08T09:00:00.000+0000", "eventEnd": "2027-03-15T09:00:00Z"}]""");
        assertThat(EventSpec.describe(written)).isEqualTo(EventSpec.describe(apple))
                .isEqualTo("GBR, USA: publish 2027-03-01T09:00:00Z, start 2027-03-08T09:00:00Z, end 2027-03-15T09:00:00Z");
    }

    @Test
    void allIsEveryTerritoryForAppleAndWrittenBackAsAll() {
        JsonNode written = JSON.readTree("""
                [{"territories": "all", "publishStart": "2027-03-01T09:00:00Z", "eventStart": "2027-03-08T09:00:00Z",
                  "eventEnd": "2027-03-15T09:00:00Z"}]""");
        JsonNode sent = EventSpec.forApple(written);
        assertThat(sent.get(0).get("territories")).hasSize(TerritoryCodes.all().size());
        assertThat(EventSpec.describe(sent)).isEqualTo(EventSpec.describe(written)).startsWith("all: ");
        assertThat(EventSpec.exported(sent).get(0).get("territories").asString()).isEqualTo("all");
    }

    @Test
    void noSchedulesIsNone() {
        assertThat(EventSpec.describe(JSON.readTree("[]"))).isEqualTo("none");
    }

    @Test
    void importGivesAnEventAFileNameItsReferenceNameCanBe() {
        assertThat(EventReads.fileName("Spring Sale")).isEqualTo("Spring Sale");
        assertThat(EventReads.fileName("Sale 2.0 / Final")).isEqualTo("Sale 2-0 - Final");
    }
}
