package dev.ascctl.asc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AppleDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // every form recorded from Apple (asc-recorded INDEX, fact 9)
            "2019-04-30T17:16:21-07:00, 2019-05-01T00:16:21Z",
            "2024-01-21T20:52:18.921-08:00, 2024-01-22T04:52:18.921Z",
            "2018-04-15T18:13:40Z, 2018-04-15T18:13:40Z",
            "2019-12-11T02:03:27.661Z, 2019-12-11T02:03:27.661Z",
            "2020-04-24T05:40:26.0Z, 2020-04-24T05:40:26Z",
            "2020-02-01T20:50:34.000+0000, 2020-02-01T20:50:34Z",
            "2024-04-24T12:00:00.000+0000, 2024-04-24T12:00:00Z",
            "2024-04-24T12:00:00+0530, 2024-04-24T06:30:00Z",
            "2024-04-24T12:00:00+02, 2024-04-24T10:00:00Z",
    })
    void parsesEveryFormAppleSends(String text, String expected) {
        assertThat(AppleDates.instant(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(value = {"''", "2024-02-26", "2024-04-24T12:00:00", "2024-04-24 12:00:00Z", "yesterday",
            "2024-13-24T12:00:00Z", "2024-04-24T12:00:00+0000junk"}, nullValues = "NULL")
    void refusesWhatIsNotADateTime(String text) {
        assertThat(AppleDates.instant(text)).isEmpty();
        assertThat(AppleDates.instant(null)).isEmpty();
    }

    @Test
    void comparesInstantsNotSpellings() {
        assertThat(AppleDates.sameInstant("2024-04-24T12:00:00.000+0000", "2024-04-24T05:00:00-07:00")).isTrue();
        assertThat(AppleDates.sameInstant("2024-04-24T12:00:00Z", "2024-04-24T12:00:00.179Z")).isFalse();
        assertThat(AppleDates.sameInstant("2024-02-26", "2024-02-26")).isFalse(); // dates are equal as text, not here
    }

    @Test
    void writesRfc3339KeepingTheOffset() {
        assertThat(AppleDates.toRfc3339("2024-04-24T12:00:00.000+0000")).isEqualTo("2024-04-24T12:00:00Z");
        assertThat(AppleDates.toRfc3339("2024-01-21T20:52:18.921-08:00")).isEqualTo("2024-01-21T20:52:18.921-08:00");
        assertThat(AppleDates.toRfc3339("2019-04-30T17:16:21-07:00")).isEqualTo("2019-04-30T17:16:21-07:00");
        assertThat(AppleDates.toRfc3339("not a date")).isEqualTo("not a date");
    }

    @Test
    void ordersByInstantWhereStringsWouldNot() {
        // As strings "…T20:00:00-08:00" sorts after "…T23:00:00Z", though it is an hour later (04:00Z next day).
        List<String> dates = List.of("2024-01-01T23:00:00Z", "2024-01-01T20:00:00-08:00", "2024-01-01T22:00:00.000+0000");
        Comparator<String> byInstant = AppleDates.byInstant(s -> s);
        assertThat(dates.stream().max(byInstant)).contains("2024-01-01T20:00:00-08:00");
        assertThat(dates.stream().min(byInstant)).contains("2024-01-01T22:00:00.000+0000");
        assertThat(java.util.stream.Stream.of("x", "2024-01-01T00:00:00Z").max(byInstant)).contains("2024-01-01T00:00:00Z");
    }

    @Test
    void readsDateOnlyValues() {
        assertThat(AppleDates.date("2024-02-26")).contains(LocalDate.of(2024, 2, 26));
        assertThat(AppleDates.date("2024-02-26T00:00:00Z")).isEmpty();
    }
}
