package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.ascctl.cli.CliRunner;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 21 item 9, the server side: `ascctl plan` against each case of {@link HostileServers}. Each must end by
 * itself with exit 1 and a clear message, well within the command's deadline (3 s here), with no control character
 * from the server echoed and no request (so no token) to the other host.
 */
class HostileServerIT {
    static final Duration DEADLINE = Duration.ofSeconds(3);
    static HttpServer other;
    static final AtomicInteger otherRequests = new AtomicInteger();
    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startOtherHost() throws Exception {
        otherRequests.set(0);
        other = HostileServers.start(x -> x.sendResponseHeaders(200, -1), otherRequests);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
        other.stop(0);
    }

    static Stream<String> cases() {
        // The other host's port is only known once it has started: cases are named here and built in the test.
        return HostileServers.all("other.invalid:1").stream().map(HostileServers.Case::name);
    }

    @ParameterizedTest(name = "a server that {0}")
    @MethodSource("cases")
    void endsByItselfWithExit1AndAClearMessage(String name) throws Exception {
        HostileServers.Case hostile = HostileServers.all(HostileServers.hostPort(other)).stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        server = HostileServers.start(hostile.handler(), requests);
        long started = System.nanoTime();

        CliRunner.Result result = HostileServers.plan(HostileServers.hostPort(server));

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.all()).as(hostile.name()).contains(hostile.expected()).doesNotContain("\u001b")
                .doesNotContain("\u0007");
        assertThat(result.all().length()).as("output length").isLessThan(20_000);
        assertThat(took).as("time taken").isLessThan(DEADLINE.plusSeconds(3));
        assertThat(requests.get()).isPositive();
        assertThat(otherRequests.get()).as("requests to the other host").isZero();
    }
}
