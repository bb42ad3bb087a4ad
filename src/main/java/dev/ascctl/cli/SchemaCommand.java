package dev.ascctl.cli;

import dev.ascctl.resource.registry.AllKinds;
import dev.ascctl.store.StoreSchemas;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ascctl schema [NAME]}: prints the JSON Schema of one store file (the names of {@link StoreSchemas#FILES}),
 * or, without a name, one document holding all of them under {@code $defs}.
 */
@Command(name = "schema",
        description = "Print the JSON Schema of every store file in one document, or of one file by NAME.",
        footer = {"  ascctl schema > store.schema.json", "  ascctl schema testflight"})
final class SchemaCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand
    RootCommand root;
    @Parameters(arity = "0..1", paramLabel = "NAME", completionCandidates = SchemaNames.class,
            description = "One of ${COMPLETION-CANDIDATES}, e.g. app. Default: all of them in one document.")
    String name;

    /** The schema names, for help and shell completion. */
    static final class SchemaNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return StoreSchemas.FILES.keySet().iterator();
        }
    }

    @Override
    public Integer call() {
        // app.yaml's schema holds the keys the kinds own
        java.util.List<dev.ascctl.store.StoreSection> sections = AllKinds.registry().storeSections();
        var out = root.context().out();
        if (name != null) {
            out.print(StoreSchemas.text(name, sections).orElseThrow(() -> new IllegalArgumentException(
                    "no schema named '" + name + "'; the schemas are " + StoreSchemas.FILES.keySet())));
            return ExitCode.OK;
        }
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode all = mapper.createObjectNode();
        all.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        all.put("title", "ascctl store");
        all.put("description", "Every file of an ascctl store; each entry of $defs names the files it describes"
                + " in its $comment.");
        ObjectNode defs = all.putObject("$defs");
        StoreSchemas.FILES.forEach((schema, files) -> {
            ObjectNode one = (ObjectNode) mapper.readTree(StoreSchemas.text(schema, sections).orElseThrow());
            one.put("$comment", files);
            defs.set(schema, (JsonNode) one);
        });
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(all));
        return ExitCode.OK;
    }
}
