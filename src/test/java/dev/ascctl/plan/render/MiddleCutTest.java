package dev.ascctl.plan.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MiddleCutTest {
    private static final List<String> LINES = IntStream.range(0, 100).mapToObj(i -> "line " + i).toList();

    @Test
    void keepsLinesThatFit() {
        assertThat(MiddleCut.toFit(LINES, MiddleCut.size(LINES), n -> "cut " + n)).isEqualTo(LINES);
    }

    @Test
    void cutsTheMiddleKeepingHeadAndTailWithinTheBudget() {
        List<String> cut = MiddleCut.toFit(LINES, 200, n -> "... " + n + " cut ...");

        assertThat(MiddleCut.size(cut)).isLessThanOrEqualTo(200);
        assertThat(cut).startsWith("line 0", "line 1").endsWith("line 98", "line 99");
        String marker = cut.stream().filter(l -> l.startsWith("...")).findFirst().orElseThrow();
        assertThat(marker).isEqualTo("... " + (LINES.size() - cut.size() + 1) + " cut ...");
    }

    @Test
    void refusesABudgetTooSmallForTheCutLine() {
        assertThatThrownBy(() -> MiddleCut.toFit(LINES, 5, n -> "... " + n + " cut ..."))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
