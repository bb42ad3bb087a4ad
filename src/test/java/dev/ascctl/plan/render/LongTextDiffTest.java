package dev.ascctl.plan.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LongTextDiffTest {

    private static List<String> diff(String before, String after) {
        return LongTextDiff.lines(before, after, 0).stream().map(PlanLine::plain).toList();
    }

    @Test
    void foldsLongUnchangedRunsKeepingTwoLinesOfContext() {
        String before = "a\nb\nc\nd\ne\nf\ng";
        String after = "a\nb\nc\nd\ne\nf\nG";

        assertThat(diff(before, after)).containsExactly("  # (4 unchanged lines hidden)", "  e", "  f", "- g", "+ G");
    }

    @Test
    void showsASingleUnchangedLineRatherThanANoteAboutIt() {
        assertThat(diff("x\na\nb\nc\nd\ne\ny", "X\na\nb\nc\nd\ne\nY"))
                .containsExactly("- x", "+ X", "  a", "  b", "  c", "  d", "  e", "- y", "+ Y");
    }

    @Test
    void newOrRemovedTextIsAllAddedOrAllRemoved() {
        assertThat(diff(null, "one\ntwo")).containsExactly("+ one", "+ two");
        assertThat(diff("one\ntwo", null)).containsExactly("- one", "- two");
    }

    @Test
    void aChangedFinalNewlineIsVisible() {
        assertThat(diff("one\ntwo", "one\ntwo\n")).containsExactly("  one", "  two", "+ ");
    }
}
