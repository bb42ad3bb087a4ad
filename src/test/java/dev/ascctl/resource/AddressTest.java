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

    @Test
    void hostileKeysRoundTripThroughTheTextForm() {
        for (String key : java.util.List.of("Pro [yearly]", "a]b", "[", "]", "\\", "x\\]y", "a.b[c].d", "end\\",
                "de-DE", "com.example.notes")) {
            Address address = Address.app("com.example.notes").child("subscriptionGroup", key).child("info");
            Address parsed = Address.parse(address.value());
            assertThat(parsed).isEqualTo(address);
            assertThat(parsed.segments().get(1).key()).isEqualTo(key);
            assertThat(parsed.value()).isEqualTo(address.value());
        }
        assertThat(Address.app("x").child("subscriptionGroup", "Pro [yearly]").value())
                .isEqualTo("app[x].subscriptionGroup[Pro \\[yearly\\]]");
    }

    @Test
    void ordinaryKeysKeepTheirTextFormUnescaped() {
        String text = "app[com.example.notes].version[2.4.0].screenshots[de-DE/APP_IPHONE_67]";
        assertThat(Address.parse(text).value()).isEqualTo(text);
        assertThat(Address.parse(text).segments()).extracting(Address.Segment::name)
                .containsExactly("app", "version", "screenshots");
    }

    @Test
    void withinComparesSegmentsNotText() {
        Address group = Address.app("x").child("subscriptionGroup", "a");
        Address lookalike = Address.app("x").child("subscriptionGroup", "a].b[c");
        assertThat(lookalike.value()).startsWith("app[x].subscriptionGroup[a");
        assertThat(lookalike.isWithin(group)).isFalse();
        assertThat(group.child("subscription", "p").isWithin(group)).isTrue();
    }

    @Test
    void rejectsBadEscapesAndEmptyKeys() {
        assertThatThrownBy(() -> Address.parse("app[a\\b]")).hasMessageContaining("not a resource address");
        assertThatThrownBy(() -> Address.parse("app[]")).hasMessageContaining("not a resource address");
        assertThatThrownBy(() -> Address.parse("app[a[b]")).hasMessageContaining("not a resource address");
        assertThatThrownBy(() -> Address.parse("app[a].")).hasMessageContaining("not a resource address");
        assertThatThrownBy(() -> Address.parse("app[a]x")).hasMessageContaining("not a resource address");
    }
}
