package dev.ascctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SchemaAndCompletionTest {
    final CliRunner cli = new CliRunner();

    @Test
    void schemaPrintsEveryStoreSchemaAndEachOneAsCommitted() throws Exception {
        var all = cli.run("schema");
        assertThat(all.exitCode()).isZero();
        var root = JsonMapper.builder().build().readTree(all.out());
        assertThat(root.get("$defs").propertyNames())
                .containsExactlyInAnyOrder("app", "locale", "store", "testflight", "purchases");
        assertThat(root.at("/$defs/locale/$comment").asString()).isEqualTo("apps/<label>/locales/<locale>.yaml");
        assertThat(root.at("/$defs/testflight/$comment").asString()).isEqualTo("apps/<label>/testflight.yaml");
        assertThat(root.at("/$defs/purchases/$comment").asString()).isEqualTo("apps/<label>/purchases.yaml");
        for (String name : new String[] {"app", "locale", "store", "testflight", "purchases"}) {
            var one = cli.run("schema", name);
            assertThat(one.exitCode()).as(name).isZero();
            assertThat(one.out()).isEqualTo(Files.readString(Path.of("schema", name + ".schema.json")));
        }
        var unknown = cli.run("schema", "nope");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no schema named 'nope'").contains("testflight").contains("purchases");
    }

    @Test
    void schemaHelpListsTheNamesItAccepts() {
        var help = cli.run("schema", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("app, locale, purchases, store, testflight");
    }

    @Test
    void completionScriptsKnowTheCommands() {
        var bash = cli.run("completion", "bash");
        assertThat(bash.exitCode()).isZero();
        assertThat(bash.out()).contains("complete -F").contains("import").contains("drift").contains("--bundle-id");
        var zsh = cli.run("completion", "zsh");
        assertThat(zsh.out()).startsWith("#compdef ascctl").contains("bashcompinit").contains("complete -F");
        assertThat(cli.run("completion", "fish").exitCode()).isEqualTo(1);
    }
}
