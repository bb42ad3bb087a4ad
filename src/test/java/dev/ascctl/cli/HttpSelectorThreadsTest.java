package dev.ascctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Alone in its JVM while it runs: it ends every HttpClient's selector thread, those of other tests' clients too. */
@Isolated
class HttpSelectorThreadsTest {
    @Test
    void aLiveClientsSelectorThreadIsEndedSoTheJvmNeedNotWaitForIt() {
        HttpClient client = HttpClient.newHttpClient();
        assertThat(selectors()).as("the JDK names its selector threads as expected").isNotEmpty();

        int stopped = HttpSelectorThreads.stop(Duration.ofSeconds(5));

        assertThat(stopped).isPositive();
        assertThat(selectors()).isEmpty();
        assertThat(client).isNotNull(); // still referenced: the thread ended because it was stopped, not collected
    }

    @Test
    void withNoClientThereIsNothingToStop() {
        HttpSelectorThreads.stop(Duration.ofSeconds(5));
        assertThat(HttpSelectorThreads.stop(Duration.ofSeconds(5))).isZero();
    }

    private static List<Thread> selectors() {
        return HttpSelectorThreads.liveThreads().stream().filter(Thread::isAlive)
                .filter(t -> HttpSelectorThreads.NAME.matcher(t.getName()).matches()).toList();
    }
}
