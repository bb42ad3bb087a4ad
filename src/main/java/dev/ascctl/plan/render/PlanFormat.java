package dev.ascctl.plan.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The output formats of {@code plan}, {@code show} and {@code drift} ({@code --format text|markdown|json}).
 *
 * <pre>
 * PlanRenderer renderer = PlanFormat.parse("markdown").renderer(false);
 * </pre>
 */
public enum PlanFormat {
    /** Terraform-like text for a terminal. */
    TEXT,
    /** A pull-request comment. */
    MARKDOWN,
    /** {@code terraform show -json}'s shape, for scripts. */
    JSON;

    /** Parses the CLI option, ignoring case; throws IllegalArgumentException naming the accepted values. */
    public static PlanFormat parse(String text) {
        String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown plan format '" + text + "' (expected "
                        + Arrays.stream(values()).map(PlanFormat::cliName).collect(Collectors.joining(", ")) + ")"));
    }

    /** The name on the command line, e.g. {@code markdown}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The renderer for this format. Only text uses colour: markdown and JSON are read by machines, which
     * must never see ANSI escapes.
     */
    public PlanRenderer renderer(boolean color) {
        return switch (this) {
            case TEXT -> new TextPlanRenderer(color);
            case MARKDOWN -> new MarkdownPlanRenderer();
            case JSON -> new JsonPlanRenderer();
        };
    }
}
