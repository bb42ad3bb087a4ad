package dev.ascctl.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
