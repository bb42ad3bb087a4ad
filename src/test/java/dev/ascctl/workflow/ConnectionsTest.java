package dev.ascctl.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.asc.ClientOptions;
import dev.ascctl.asc.NetworkBounds;
import dev.ascctl.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionsTest {
    @TempDir
    Path work;

    ConnectionSettings settings(Duration deadline) {
        return new ConnectionSettings(null, null, null, null, null, null, Map.of(), work, null, null, deadline, null, null);
    }

    void config(String yaml) throws Exception {
        Files.createDirectories(work.resolve("config"));
        Files.writeString(work.resolve("config/ascctl.yaml"), yaml);
    }

    ConnectionSettings parallelism(Integer option, Map<String, String> env) {
        return new ConnectionSettings(null, null, null, null, null, null, env, work, null, null, null, null, null,
                option);
    }

    @Test
    void parallelismComesFromTheOptionThenTheEnvironmentThenTheDefault() {
        assertThat(Connections.parallelism(parallelism(null, Map.of()))).isEqualTo(ClientOptions.DEFAULT_PARALLELISM);
        assertThat(Connections.parallelism(parallelism(null, Map.of("ASCCTL_PARALLELISM", "12")))).isEqualTo(12);
        assertThat(Connections.parallelism(parallelism(2, Map.of("ASCCTL_PARALLELISM", "12")))).isEqualTo(2);
    }

    @Test
    void parallelismOutsideOneToTheCapIsRefusedNamingWhereItCameFrom() {
        assertThatThrownBy(() -> Connections.parallelism(parallelism(0, Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--parallelism must be a whole number from 1 to 32 (requests in flight; default 16), not '0'");
        assertThatThrownBy(() -> Connections.parallelism(parallelism(null, Map.of("ASCCTL_PARALLELISM", "33"))))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("ASCCTL_PARALLELISM must be");
        assertThatThrownBy(() -> Connections.parallelism(parallelism(null, Map.of("ASCCTL_PARALLELISM", "lots"))))
                .isInstanceOf(ConfigException.class).hasMessageEndingWith("not 'lots'");
    }

    @Test
    void withoutConfigurationTheBuiltInBoundsApply() {
        assertThat(Connections.network(settings(null))).isEqualTo(NetworkBounds.defaults());
    }

    @Test
    void theNetworkBlockOfAscctlYamlChangesTheBoundsAndDeadlineOptionWins() throws Exception {
        config("network:\n  deadline: 45m\n  connectTimeout: 5s\n  headerTimeout: 90s\n  idleTimeout: 1m\n"
                + "  maxBodyMiB: 64\n");

        NetworkBounds configured = Connections.network(settings(null));
        assertThat(configured).isEqualTo(new NetworkBounds(Duration.ofSeconds(5), Duration.ofSeconds(90),
                Duration.ofMinutes(1), Duration.ofMinutes(45), 64 * NetworkBounds.MIB));
        assertThat(Connections.network(settings(Duration.ofMinutes(3))).deadline()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void aPurposefulWaitExtendsOnlyADeadlineTheUserDidNotGive() {
        assertThat(Connections.network(settings(null).waitingUpTo(Duration.ofHours(2))).deadline())
                .isEqualTo(Duration.ofMinutes(150));
        assertThat(Connections.network(settings(Duration.ofMinutes(10)).waitingUpTo(Duration.ofHours(2))).deadline())
                .isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void unknownKeysAndBadValuesAreConfigErrorsNamingTheFile() throws Exception {
        config("network:\n  deadlin: 45m\n");
        assertThatThrownBy(() -> Connections.network(settings(null))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("network.deadlin").hasMessageContaining("ascctl.yaml");
        config("network:\n  idleTimeout: soon\n");
        assertThatThrownBy(() -> Connections.network(settings(null))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("network.idleTimeout").hasMessageContaining("not a duration");
        config("network:\n  maxBodyMiB: 0\n");
        assertThatThrownBy(() -> Connections.network(settings(null))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("maxBodyMiB");
    }
}
