package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.server.Sandbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Variant mode over HTTP ({@code ascctl sandbox --variants}): across a run of ordinary requests, the sandbox sends
 * each of Apple's forms, always the same ones for the same seed, never changing an instant, and exactly its one
 * form when the mode is off.
 */
class VariantModeTest {
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

    /** The same reads a plan makes, in order, several times over, then a few refusals. */
    private static List<String> run(Sandbox sandbox) {
        SandboxClient client = new SandboxClient(sandbox);
        String appId = sandbox.state().find("apps", a -> "com.example.notes".equals(a.get("bundleId"))).orElseThrow().id();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            bodies.add(client.get("/v1/apps?filter[bundleId]=com.example.notes").body());
            bodies.add(client.get("/v1/apps/" + appId + "/appInfos").body());
            bodies.add(client.get("/v1/apps/" + appId + "/appStoreVersions?include=appStoreVersionLocalizations").body());
            bodies.add(client.get("/v1/apps/" + appId + "/appStoreVersions?limit=1").body());
            bodies.add(client.get("/v1/apps/" + appId + "/betaGroups").body()); // a list that carries paging meta
            bodies.add(client.get("/v1/apps/doesnotexist").body());
            bodies.add(client.get("/v1/apps/" + appId + "/appStoreVersions?filter[appVersionState]=READY_FOR_DISTRIBUTION"
                    + "&include=appStoreVersionLocalizations").body());
        }
        return bodies;
    }

    private static List<JsonNode> parsed(List<String> bodies) {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        return bodies.stream().map(json::readTree).toList();
    }

    private static List<String> dates(JsonNode node, List<String> out) {
        if (node.isString() && DATE_TIME.matcher(node.asString()).matches()) {
            out.add(node.asString());
        }
        node.forEach(child -> dates(child, out));
        return out;
    }

    private static String shape(String date) {
        return date.replaceAll("[0-9]", "9");
    }

    @Test
    void sendsEveryFormAppleSendsAndKeepsEveryInstant() throws Exception {
        List<JsonNode> plain;
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withApps("com.example.notes"))) {
            plain = parsed(run(sandbox));
        }
        List<JsonNode> varied;
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withApps("com.example.notes").withVariantsSeed(7L))) {
            varied = parsed(run(sandbox));
        }

        Set<String> dateShapes = new HashSet<>();
        Set<Boolean> listsWithMeta = new HashSet<>();
        Set<String> lastPageNext = new HashSet<>();
        Set<Boolean> errorsWithDetail = new HashSet<>();
        Set<Boolean> emptyListsWithIncluded = new HashSet<>();
        for (int i = 0; i < varied.size(); i++) {
            JsonNode doc = varied.get(i);
            List<String> sent = dates(doc, new ArrayList<>());
            List<String> original = dates(plain.get(i), new ArrayList<>());
            assertThat(sent).hasSameSizeAs(original);
            for (int d = 0; d < sent.size(); d++) {
                Instant at = dev.ascctl.asc.AppleDates.instant(sent.get(d)).orElseThrow();
                assertThat(at).as(sent.get(d)).isEqualTo(dev.ascctl.asc.AppleDates.instant(original.get(d)).orElseThrow());
                dateShapes.add(shape(sent.get(d)));
            }
            if (doc.has("errors")) {
                errorsWithDetail.add(doc.at("/errors/0").has("detail"));
                assertThat(doc.at("/errors/0/code").asString()).isEqualTo("NOT_FOUND");
            } else if (doc.get("data").isArray()) {
                listsWithMeta.add(doc.has("meta"));
                JsonNode links = doc.get("links");
                if (!plain.get(i).at("/links").has("next")) {
                    lastPageNext.add(links.has("next") ? String.valueOf(links.get("next")) : "absent");
                } else {
                    assertThat(links.get("next").asString()).isEqualTo(plain.get(i).at("/links/next").asString());
                }
                assertThat(doc.get("data")).hasSameSizeAs(plain.get(i).get("data"));
                if (doc.get("data").isEmpty()) {
                    emptyListsWithIncluded.add(doc.has("included"));
                }
            }
        }
        assertThat(dateShapes).contains("9999-99-99T99:99:99-99:99", "9999-99-99T99:99:99.999+9999",
                "9999-99-99T99:99:99Z", "9999-99-99T99:99:99.999Z");
        assertThat(listsWithMeta).containsExactlyInAnyOrder(true, false);
        assertThat(lastPageNext).containsExactlyInAnyOrder("absent", "null");
        assertThat(errorsWithDetail).containsExactlyInAnyOrder(true, false);
        assertThat(emptyListsWithIncluded).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void theSameSeedAnswersInTheSameFormsAndOffAnswersInOne() throws Exception {
        List<String> first;
        List<String> second;
        List<String> plain;
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withApps("com.example.notes").withVariantsSeed(3L))) {
            first = run(sandbox);
        }
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withApps("com.example.notes").withVariantsSeed(3L))) {
            second = run(sandbox);
        }
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withApps("com.example.notes"))) {
            plain = run(sandbox);
        }
        // Ids, ports and error ids differ between sandboxes; the forms (what is left after masking them) do not.
        assertThat(first.stream().map(VariantModeTest::forms).toList())
                .isEqualTo(second.stream().map(VariantModeTest::forms).toList());
        Set<String> plainDates = new HashSet<>();
        parsed(plain).forEach(doc -> dates(doc, new ArrayList<>()).forEach(d -> plainDates.add(shape(d))));
        assertThat(plainDates).containsExactly("9999-99-99T99:99:99-99:99");
        assertThat(parsed(plain).stream().filter(d -> d.has("errors")).allMatch(d -> d.at("/errors/0").has("detail"))).isTrue();
    }

    private static String forms(String body) {
        return body.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID")
                .replaceAll("[0-9]", "9");
    }
}
