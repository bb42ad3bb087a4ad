package dev.ascctl.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RawQueryTest {

    @Test
    void rawAndEncodedBracketsDecodeToTheSameName() {
        assertThat(RawQuery.parse("filter[bundleId]=a,b&filter%5Bplatform%5D=IOS%2CMAC_OS").parameters())
                .containsExactly(new RawQuery.Parameter("filter[bundleId]", "a,b"),
                        new RawQuery.Parameter("filter[platform]", "IOS,MAC_OS"));
    }

    @Test
    void emptyQueriesAndPairsWithoutValues() {
        assertThat(RawQuery.parse(null).parameters()).isEmpty();
        assertThat(RawQuery.parse("").parameters()).isEmpty();
        assertThat(RawQuery.parse("include&&limit=").parameters())
                .containsExactly(new RawQuery.Parameter("include", ""), new RawQuery.Parameter("limit", ""));
    }

    @Test
    void malformedPercentEscapeIsRefused() {
        assertThatThrownBy(() -> RawQuery.parse("filter%5=1")).isInstanceOf(IllegalArgumentException.class);
    }
}
