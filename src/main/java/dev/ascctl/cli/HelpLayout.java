package dev.ascctl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help of a subcommand shows its own options in full and names the global ones in one line, which
 * {@code ascctl --help} describes: otherwise eight global options would bury the two a command adds.
 */
final class HelpLayout {
    private static final String GLOBAL_OPTIONS = "globalOptions";

    private HelpLayout() {
    }

    /** Applies the layout to every command below {@code root}. */
    static void applyBelow(CommandLine root) {
        for (CommandLine sub : root.getSubcommands().values()) {
            UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
            if (usage.sectionMap().containsKey(GLOBAL_OPTIONS)) {
                continue; // an alias of a command already done
            }
            usage.abbreviateSynopsis(true);
            // Every command's footer is its examples, under the one heading ascctl --help has too.
            usage.footerHeading("%nExamples:%n");
            usage.sectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> {
                List<OptionSpec> own = help.commandSpec().options().stream()
                        .filter(o -> !o.inherited() && !o.hidden())
                        .filter(o -> o.group() == null || o.group().heading() == null)
                        .toList();
                return help.optionListExcludingGroups(own, help.createDefaultLayout(), help.createDefaultOptionSort(),
                        help.parameterLabelRenderer()) + help.optionListGroupSections();
            });
            usage.sectionMap().put(GLOBAL_OPTIONS, help -> {
                String names = help.commandSpec().options().stream().filter(OptionSpec::inherited)
                        .map(o -> o.longestName() + (o.arity().max() > 0 ? "=" + o.paramLabel() : ""))
                        .collect(Collectors.joining(" "));
                return names.isEmpty() ? "" : String.format("%nGlobal options (see ascctl --help):%n%s%n",
                        wrap(names, usage.width() - 2));
            });
            List<String> keys = new ArrayList<>(usage.sectionKeys());
            keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), GLOBAL_OPTIONS);
            usage.sectionKeys(keys);
            applyBelow(sub);
        }
    }

    /** {@code text} in lines of at most {@code width}, each indented by two spaces. */
    private static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.append("  ").append(line).append(String.format("%n"));
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        return out.append("  ").append(line).toString();
    }
}
