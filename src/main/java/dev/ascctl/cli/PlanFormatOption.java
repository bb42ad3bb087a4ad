package dev.ascctl.cli;

import dev.ascctl.plan.render.PlanFormat;
import picocli.CommandLine.Option;

/** {@code --format text|markdown|json}, shared by the commands that print a plan or a drift report. */
final class PlanFormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown (for a pull-request comment) or json, e.g. markdown."
                    + " Default: ${DEFAULT-VALUE}.")
    String format;

    /** The format, refused with a usage message when it is none of the three. */
    PlanFormat parse() {
        return PlanFormat.parse(format);
    }
}
