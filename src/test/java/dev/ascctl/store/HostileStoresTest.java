package dev.ascctl.store;

import dev.ascctl.resource.registry.AllKinds;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of the hostile-store corpus: one problem at its place, the canary never read, nothing raw echoed. */
class HostileStoresTest {

    static List<HostileStores.Case> cases() {
        return HostileStores.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsOneProblemAtItsPlace(HostileStores.Case c, @TempDir Path dir) throws IOException {
        Path store = HostileStores.write(c, dir);

        LoadResult result = StoreLoader.load(store, ContactDefaultsInput.none(),
                new SecretResolver(store, HostileStores.environment()), AllKinds.registry().storeRules());

        assertThat(result.store()).isNull();
        assertThat(result.problems()).as("problems of %s", c).hasSize(1);
        Problem problem = result.problems().get(0);
        String shown = problem.toString();
        assertThat(shown).as("as shown").startsWith(store + "/" + c.location()).contains(c.fragment())
                .doesNotContain(HostileStores.CANARY).doesNotContain("\u001b").doesNotContain("\u0007")
                .doesNotContain("Exception").doesNotContain("\n");
        assertThat(shown.length()).as("one short line").isLessThan(600);
    }

    @Test
    void theCorpusCoversTheIssue() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(14);
    }
}
