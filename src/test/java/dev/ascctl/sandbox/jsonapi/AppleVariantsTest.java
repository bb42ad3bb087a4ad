package dev.ascctl.sandbox.jsonapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.jsonapi.AppleVariants.Choice;
import dev.ascctl.sandbox.jsonapi.AppleVariants.DateForm;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppleVariantsTest {

    private static Map<String, Object> listDocument(String createdDate) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("versionString", "1.0");
        attributes.put("createdDate", createdDate);
        attributes.put("copyright", null);
        return Map.of("data", List.of(Map.of("type", "appStoreVersions", "id", "v1", "attributes", attributes)),
                "links", Map.of("self", "http://127.0.0.1/v1/apps/1/appStoreVersions"),
                "meta", Map.of("paging", Map.of("total", 1, "limit", 50)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static String createdDate(Object doc) {
        Map<String, Object> version = map(((List<?>) map(doc).get("data")).get(0));
        return (String) map(version.get("attributes")).get("createdDate");
    }

    @Test
    void thePlainChoiceChangesNothing() {
        Map<String, Object> doc = listDocument("2024-01-01T04:00:00-08:00");
        assertThat(AppleVariants.apply(Choice.PLAIN, doc)).isEqualTo(doc);
        assertThat(AppleVariants.off().apply("GET", "/v1/apps", null, doc)).isSameAs(doc);
        assertThat(AppleVariants.off().choose("GET", "/v1/apps", null)).isEqualTo(Choice.PLAIN);
    }

    @Test
    void spellsTheSameInstantInEachOfApplesFourForms() {
        String sandbox = "2024-04-24T05:00:00-07:00";
        assertThat(createdDate(AppleVariants.apply(new Choice(false, false, false, DateForm.PACIFIC), listDocument(sandbox))))
                .isEqualTo("2024-04-24T05:00:00-07:00");
        assertThat(createdDate(AppleVariants.apply(new Choice(false, false, false, DateForm.UTC_NO_COLON), listDocument(sandbox))))
                .isEqualTo("2024-04-24T12:00:00.000+0000");
        assertThat(createdDate(AppleVariants.apply(new Choice(false, false, false, DateForm.UTC_Z), listDocument(sandbox))))
                .isEqualTo("2024-04-24T12:00:00Z");
        assertThat(createdDate(AppleVariants.apply(new Choice(false, false, false, DateForm.UTC_MILLIS_Z), listDocument(sandbox))))
                .isEqualTo("2024-04-24T12:00:00.000Z");
        // A date a client wrote with a fraction and Z keeps its instant in the Pacific form, fraction included.
        assertThat(createdDate(AppleVariants.apply(new Choice(false, false, false, DateForm.PACIFIC),
                listDocument("2024-01-01T12:00:00.179Z")))).isEqualTo("2024-01-01T04:00:00.179-08:00");
        for (DateForm form : DateForm.values()) {
            String spelled = form.spell(OffsetDateTime.parse("2024-01-01T12:00:00.179Z"));
            assertThat(dev.ascctl.asc.AppleDates.instant(spelled)).as(form.name())
                    .contains(java.time.Instant.parse("2024-01-01T12:00:00.179Z"));
        }
    }

    @Test
    void leavesDatesWithoutTimeAndOtherTextAlone() {
        Map<String, Object> doc = Map.of("data", Map.of("type", "territoryAvailabilities", "id", "t",
                "attributes", Map.of("releaseDate", "2024-02-26", "note", "released 2024-02-26T10:00:00Z by hand")));
        Object out = AppleVariants.apply(new Choice(true, true, true, DateForm.UTC_NO_COLON), doc);
        assertThat(out).isEqualTo(doc);
    }

    @Test
    void dropsPagingMetaAndSendsNextAsNullOnLists() {
        Object out = AppleVariants.apply(new Choice(true, true, false, DateForm.PACIFIC),
                listDocument("2024-01-01T04:00:00-08:00"));
        assertThat(map(out)).doesNotContainKey("meta");
        assertThat(map(map(out).get("links"))).containsEntry("next", null).containsKey("self");
    }

    @Test
    void anEmptyListMayCarryAnEmptyIncluded() {
        Map<String, Object> empty = Map.of("data", List.of(), "links", Map.of("self", "x"));
        assertThat(map(AppleVariants.apply(new Choice(false, false, false, DateForm.PACIFIC, true), empty)))
                .containsEntry("included", List.of());
        assertThat(map(AppleVariants.apply(new Choice(false, false, false, DateForm.PACIFIC, false), empty)))
                .doesNotContainKey("included");
        // A list with data keeps its included[] as the sandbox wrote it.
        Object full = AppleVariants.apply(new Choice(false, false, false, DateForm.PACIFIC, true),
                listDocument("2024-01-01T04:00:00-08:00"));
        assertThat(map(full)).doesNotContainKey("included");
        // Only a request that asked for include= gets it.
        AppleVariants variants = AppleVariants.seeded(1);
        for (int i = 0; i < 20; i++) {
            assertThat(variants.choose("GET", "/v1/apps/" + i, "limit=1").emptyIncluded()).isFalse();
        }
    }

    @Test
    void keepsANextLinkThatLeadsSomewhere() {
        Map<String, Object> doc = new LinkedHashMap<>(listDocument("2024-01-01T04:00:00-08:00"));
        doc.put("links", Map.of("self", "http://x/v1/apps", "next", "http://x/v1/apps?cursor=AQ"));
        Object out = AppleVariants.apply(new Choice(true, true, false, DateForm.PACIFIC), doc);
        assertThat(map(map(out).get("links"))).containsEntry("next", "http://x/v1/apps?cursor=AQ");
    }

    @Test
    void singleDocumentsKeepTheirShape() {
        Map<String, Object> doc = Map.of("data", Map.of("type", "apps", "id", "1"), "links", Map.of("self", "x"));
        assertThat(map(AppleVariants.apply(new Choice(true, true, true, DateForm.UTC_Z), doc)))
                .isEqualTo(doc).doesNotContainKey("meta");
        assertThat(map(map(AppleVariants.apply(new Choice(true, true, true, DateForm.UTC_Z), doc)).get("links")))
                .doesNotContainKey("next");
    }

    @Test
    void errorsLoseTheirDetailButKeepCodeTitleAndSource() {
        Map<String, Object> error = ApiError.of(409, "ENTITY_ERROR.RELATIONSHIP.INVALID", "Invalid relationship",
                "The category is not a subcategory of the primary one.").atPointer("/data/relationships/x").toJson();
        Map<String, Object> doc = Map.of("errors", List.of(error));
        Map<String, Object> out = map(AppleVariants.apply(new Choice(false, false, true, DateForm.PACIFIC), doc));
        Map<String, Object> sent = map(((List<?>) out.get("errors")).get(0));
        assertThat(sent).doesNotContainKey("detail")
                .containsEntry("code", "ENTITY_ERROR.RELATIONSHIP.INVALID").containsEntry("status", "409")
                .containsKey("title").containsKey("source");
        assertThat(error).containsKey("detail"); // the input is never changed
    }

    @Test
    void theSameSeedGivesTheSameChoicesInTheSameOrderPerRequest() {
        AppleVariants one = AppleVariants.seeded(7);
        AppleVariants two = AppleVariants.seeded(7);
        List<Choice> first = new ArrayList<>();
        List<Choice> second = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            first.add(one.choose("GET", "/v1/apps", "filter%5BbundleId%5D=com.example.notes"));
            first.add(one.choose("GET", "/v1/apps/1/appInfos", null));
        }
        // Interleaved differently (parallel reads): each request still gets its own sequence.
        for (int i = 0; i < 20; i++) {
            second.add(two.choose("GET", "/v1/apps/1/appInfos", null));
        }
        List<Choice> secondApps = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            secondApps.add(two.choose("GET", "/v1/apps", "filter%5BbundleId%5D=com.example.notes"));
        }
        for (int i = 0; i < 20; i++) {
            assertThat(first.get(2 * i)).isEqualTo(secondApps.get(i));
            assertThat(first.get(2 * i + 1)).isEqualTo(second.get(i));
        }
        assertThat(AppleVariants.seeded(8).choose("GET", "/v1/apps", null))
                .isNotNull(); // another seed is another, equally valid rotation
    }

    @Test
    void aSeedRotatesThroughEveryForm() {
        AppleVariants variants = AppleVariants.seeded(1);
        Set<DateForm> forms = EnumSet.noneOf(DateForm.class);
        Set<Boolean> paging = new HashSet<>();
        Set<Boolean> next = new HashSet<>();
        Set<Boolean> detail = new HashSet<>();
        Set<Boolean> included = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            Choice c = variants.choose("GET", "/v1/apps/" + i, "include=appInfos");
            forms.add(c.dates());
            paging.add(c.dropPaging());
            next.add(c.nextAsNull());
            detail.add(c.dropDetail());
            included.add(c.emptyIncluded());
        }
        assertThat(forms).containsExactlyInAnyOrder(DateForm.values());
        assertThat(paging).containsExactlyInAnyOrder(true, false);
        assertThat(next).containsExactlyInAnyOrder(true, false);
        assertThat(detail).containsExactlyInAnyOrder(true, false);
        assertThat(included).containsExactlyInAnyOrder(true, false);
    }
}
