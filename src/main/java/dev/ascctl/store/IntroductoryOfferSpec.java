package dev.ascctl.store;

import dev.ascctl.vocabulary.Vocabulary;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * One introductory offer of a subscription in one territory (Apple allows one per territory at a time, so the
 * territory is its key). FREE_TRIAL has no price; the other modes have a customer price that must be one of the
 * subscription's price points in the territory, which is checked when planning.
 *
 * <pre>{@code
 * introductoryOffers:
 *   - {territory: USA, offerMode: FREE_TRIAL, duration: ONE_WEEK, numberOfPeriods: 1}
 *   - {territory: GBR, offerMode: PAY_UP_FRONT, duration: ONE_MONTH, numberOfPeriods: 1, price: "0.99"}
 * }</pre>
 *
 * @param territory       Apple's TerritoryCode
 * @param offerMode       Apple's SubscriptionOfferMode
 * @param duration        Apple's SubscriptionOfferDuration
 * @param numberOfPeriods how many periods, at least 1
 * @param price           the customer price as written, or {@code null} for FREE_TRIAL
 * @param endDate         the offer's last day (YYYY-MM-DD), or {@code null} for open-ended
 * @param mark            where the offer's item is written
 */
public record IntroductoryOfferSpec(String territory, String offerMode, String duration, int numberOfPeriods,
                                    String price, String endDate, Mark mark) {
    /** Apple's SubscriptionOfferMode values. */
    public static final Set<String> MODES = Vocabulary.get().enumSet("SubscriptionOfferMode");
    /** Apple's SubscriptionOfferDuration values. */
    public static final Set<String> DURATIONS = Vocabulary.get().enumSet("SubscriptionOfferDuration");

    public IntroductoryOfferSpec {
        if (territory == null || !territory.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("territory must be a 3-letter code, got " + territory);
        }
        if (!MODES.contains(offerMode)) {
            throw new IllegalArgumentException("offerMode must be one of " + MODES + ", got " + offerMode);
        }
        if (!DURATIONS.contains(duration)) {
            throw new IllegalArgumentException("duration must be one of " + DURATIONS + ", got " + duration);
        }
        if (numberOfPeriods < 1) {
            throw new IllegalArgumentException("numberOfPeriods must be at least 1, got " + numberOfPeriods);
        }
        boolean free = "FREE_TRIAL".equals(offerMode); // not isFree(): fields are assigned after this body
        if (free != (price == null)) {
            throw new IllegalArgumentException(free ? "a FREE_TRIAL has no price" : offerMode + " needs a price");
        }
        if (price != null && !price.matches("[0-9]+(\\.[0-9]{1,2})?")) {
            throw new IllegalArgumentException("price must be a decimal like 0.99, got " + price);
        }
        if (endDate != null && !endDate.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new IllegalArgumentException("endDate must be YYYY-MM-DD, got " + endDate);
        }
        Objects.requireNonNull(mark, "mark");
    }

    public boolean isFree() {
        return "FREE_TRIAL".equals(offerMode);
    }

    /** The price as a number, or {@code null} for a free trial. */
    public BigDecimal amount() {
        return price == null ? null : new BigDecimal(price);
    }
}
