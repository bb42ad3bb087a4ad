package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.model.AppleTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A build arriving at Apple: from a seed, the sandbox's admin endpoint, or the processing of a build upload. */
public final class BuildArrival {
    private BuildArrival() {
    }

    /** A build and its pre-release version (created when it is the first build of that marketing version). */
    public static StoredResource add(SandboxState state, String appId, String buildNumber, String versionString,
                                          String platform, String processingState, Instant uploaded) {
        StoredResource pre = state.findAll("preReleaseVersions", a -> versionString.equals(a.get("version"))
                        && platform.equals(a.get("platform"))).stream()
                .filter(p -> appId.equals(p.relatedId("app"))).findFirst()
                .orElseGet(() -> {
                    StoredResource p = new StoredResource("preReleaseVersions", state.newId("preReleaseVersions"),
                            Map.of("version", versionString, "platform", platform), Map.of("app", List.of(appId)));
                    state.put(p);
                    return p;
                });
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("version", buildNumber);
        a.put("uploadedDate", AppleTime.format(uploaded));
        // Builds expire 90 days after upload (App Store Connect Help, "View builds and metadata").
        a.put("expirationDate", AppleTime.format(uploaded.plus(90, ChronoUnit.DAYS)));
        a.put("expired", false);
        a.put("minOsVersion", "17.0");
        a.put("processingState", processingState);
        a.put("buildAudienceType", "APP_STORE_ELIGIBLE");
        a.put("usesNonExemptEncryption", false);
        StoredResource build = new StoredResource("builds", state.newId("builds"), a,
                Map.of("app", List.of(appId), "preReleaseVersion", List.of(pre.id())));
        state.put(build);
        return build;
    }

}
