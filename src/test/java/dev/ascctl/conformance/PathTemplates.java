package dev.ascctl.conformance;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Maps a raw request path such as {@code /v1/apps/123/appInfos} to the spec's path template
 * {@code /v1/apps/{id}/appInfos}.
 *
 * <p>When several templates match, the one with a literal segment at the first position where
 * they differ wins, so {@code /v1/apps/{id}/relationships/appInfos} beats any template with a
 * parameter in place of {@code relationships}.
 */
final class PathTemplates {

    private final List<Template> templates;

    PathTemplates(Collection<String> templates) {
        this.templates = templates.stream().map(Template::parse).toList();
    }

    /** The best template for the raw path, or empty when none matches. */
    Optional<String> match(String rawPath) {
        String[] segments = segments(rawPath);
        Template best = null;
        for (Template candidate : templates) {
            if (candidate.matches(segments) && (best == null || candidate.isMoreLiteralThan(best))) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best).map(Template::text);
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.split("/", -1);
    }

    /** One template; a segment of {@code null} is a {@code {parameter}}. */
    private record Template(String text, String[] literals) {

        static Template parse(String text) {
            String[] literals = Arrays.stream(segments(text))
                    .map(s -> s.startsWith("{") && s.endsWith("}") ? null : s)
                    .toArray(String[]::new);
            return new Template(text, literals);
        }

        boolean matches(String[] segments) {
            if (segments.length != literals.length) {
                return false;
            }
            for (int i = 0; i < segments.length; i++) {
                boolean ok = literals[i] == null ? !segments[i].isEmpty() : literals[i].equals(segments[i]);
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        boolean isMoreLiteralThan(Template other) {
            for (int i = 0; i < literals.length; i++) {
                boolean mine = literals[i] != null;
                boolean theirs = other.literals[i] != null;
                if (mine != theirs) {
                    return mine;
                }
            }
            return false;
        }
    }
}
