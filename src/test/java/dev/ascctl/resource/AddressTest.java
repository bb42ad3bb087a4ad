package dev.ascctl.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressTest {
    @Test
    void buildsTheAddressesOfDesign() {
        Address app = Address.app("com.example.notes");
        assertThat(app.child("locale", "de-DE").child("info").value())
                .isEqualTo("app[com.example.notes].locale[de-DE].info");
        assertThat(app.child("version", "2.4.0").child("locale", "de-DE").value())
                .isEqualTo("app[com.example.notes].version[2.4.0].locale[de-DE]");
    }

    @Test
    void withinMeansTheSameOrInsideNotAPrefixOfTheName() {
        Address version = Address.parse("app[com.example.notes].version[2.4.0]");
        assertThat(Address.parse("app[com.example.notes].version[2.4.0].locale[de-DE]").isWithin(version)).isTrue();
        assertThat(version.isWithin(version)).isTrue();
        assertThat(Address.parse("app[com.example.notes2]").isWithin(Address.parse("app[com.example.notes]")))
                .isFalse();
        assertThat(Address.parse("app[com.example.notes]").isWithin(version)).isFalse();
    }

    @Test
    void rejectsWhatIsNotAnAddress() {
        assertThatThrownBy(() -> Address.parse("app[com.example.notes"))
                .hasMessageContaining("not a resource address");
        assertThatThrownBy(() -> Address.parse("")).hasMessageContaining("not a resource address");
    }
}
