package dev.ascctl.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpecPointerTest {

    @Test
    void localRefBecomesTokensAndPrintsEscaped() {
        SpecPointer pointer = SpecPointer.ofLocalRef("#/paths/~1v1~1apps/get");
        assertThat(pointer.tokens()).containsExactly("paths", "/v1/apps", "get");
        assertThat(pointer.append("parameters", 3).toString()).isEqualTo("/paths/~1v1~1apps/get/parameters/3");
    }

    @Test
    void onlyLocalReferencesAndKnownTokenKindsAreAccepted() {
        assertThatThrownBy(() -> SpecPointer.ofLocalRef("other.json#/a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpecPointer.of(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(SpecPointer::of).isInstanceOf(IllegalArgumentException.class);
    }
}
