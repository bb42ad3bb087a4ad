package dev.ascctl.resource.kinds.pricing;

import dev.ascctl.resource.TerritoryPrices;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Mark;
import dev.ascctl.store.Problem;
import dev.ascctl.store.SectionInput;
import dev.ascctl.store.TerritoryCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * App.yaml's {@code price:} as the app price kind reads it, checked where it is written (schema, then
 * {@link #problems}: a price and {@code free: true} together, unknown territories, a scheduled price that ends
 * before it starts or overlaps another).
 *
 * @param baseTerritory Apple's base territory, the one every other territory is equalized from
 * @param price         the base price from now on ("0" for {@code free: true})
 * @param territories   the territories whose price is set by hand
 * @param schedule      the base territory's scheduled prices, by start date
 * @param mark          where the key is written
 * @param section       the section as written, for marks (null when rebuilt from a plan's attributes)
 */
record AppPriceSpec(String baseTerritory, String price, TerritoryPrices territories, List<Period> schedule, Mark mark,
                    SectionInput section) {
    static final String KEY = "price";
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    /** One base-territory price for a while: from a date (null: now) until a date (null: for good). */
    record Period(String from, String until, String price, Mark mark) {
        LocalDate start() {
            return from == null ? LocalDate.MIN : LocalDate.parse(from);
        }

        LocalDate end() {
            return until == null ? LocalDate.MAX : LocalDate.parse(until);
        }
    }

    static Optional<AppPriceSpec> of(AppSpec app) {
        return app.section(KEY).filter(s -> s.value().isObject()).map(AppPriceSpec::of);
    }

    private static AppPriceSpec of(SectionInput section) {
        JsonNode v = section.value();
        String price = v.path("free").asBoolean(false) ? "0" : text(v.get("price"));
        Map<String, String> territories = new TreeMap<>();
        v.path("territories").properties().forEach(e -> territories.put(e.getKey(), text(e.getValue())));
        List<Period> schedule = new ArrayList<>();
        JsonNode entries = v.path("schedule");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            schedule.add(new Period(text(entry.get("from")), entry.hasNonNull("until") ? text(entry.get("until")) : null,
                    text(entry.get("price")), section.mark("/schedule/" + i + "/price")));
        }
        schedule.sort(Comparator.comparing(Period::start));
        return new AppPriceSpec(text(v.get("baseTerritory")), price, TerritoryPrices.of(territories), schedule,
                section.keyMark(), section);
    }

    /** Rebuilt from the kind's attributes (for the writes, once reads() has checked every price). */
    static AppPriceSpec fromAttributes(Map<String, JsonNode> attributes, Mark mark) {
        List<Period> schedule = new ArrayList<>();
        String text = attributes.get(AppPriceHandler.SCHEDULE).asString();
        if (!text.equals("none")) {
            for (String one : text.split(", ")) {
                String[] parts = one.split(" ");
                String[] dates = parts[0].split("\\.\\.", -1);
                schedule.add(new Period(dates[0], dates[1].isEmpty() ? null : dates[1], parts[1], mark));
            }
        }
        return new AppPriceSpec(attributes.get(AppPriceHandler.BASE).asString(),
                attributes.get(AppPriceHandler.PRICE).asString(), TerritoryPrices.of(attributes.get(
                AppPriceHandler.TERRITORIES)), schedule, mark, null);
    }

    /** The territories whose points the writes need: the base and those set by hand. */
    Set<String> pricedTerritories() {
        Set<String> out = new LinkedHashSet<>(List.of(baseTerritory));
        out.addAll(territories.territories());
        return out;
    }

    Mark territoryMark(String territory) {
        return section == null ? mark : section.mark(SectionInput.child("/territories", territory));
    }

    /** The base territory's prices in time: the price, each scheduled one, and the price again after each. */
    List<Period> baseTimeline() {
        Mark priceMark = section == null ? mark : section.mark(section.value().has("price") ? "/price" : "/free");
        List<Period> out = new ArrayList<>();
        String from = null;
        for (Period p : schedule) {
            if (from == null && out.isEmpty() || from != null && LocalDate.parse(from).isBefore(p.start())) {
                out.add(new Period(from, p.from(), price, priceMark));
            }
            out.add(p);
            from = p.until();
            if (from == null) {
                return out;
            }
        }
        out.add(new Period(from, null, price, priceMark));
        return out;
    }

    /**
     * The schedule as the plan shows it ("2027-01-15..2027-02-01 2.99, 2027-06-01.. 3.99", or "none"): each
     * scheduled price that differs from {@code price}, by start date. Live and desired are described alike.
     */
    static String describe(String price, List<Period> schedule) {
        BigDecimal base = new BigDecimal(price);
        String out = schedule.stream().filter(p -> new BigDecimal(p.price()).compareTo(base) != 0)
                .sorted(Comparator.comparing(Period::start))
                .map(p -> p.from() + ".." + (p.until() == null ? "" : p.until()) + " "
                        + new BigDecimal(p.price()).stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", "));
        return out.isEmpty() ? "none" : out;
    }

    /** What the schema cannot say, at the place it is written. */
    static List<Problem> problems(SectionInput section) {
        List<Problem> out = new ArrayList<>();
        JsonNode v = section.value();
        if (!v.isObject()) {
            return out;
        }
        boolean free = v.path("free").asBoolean(false);
        if (free && v.has("price")) {
            out.add(section.problemAt("/price", "free: true and a price: a free app has no price (write one of them)"));
        } else if (!free && !v.has("price")) {
            out.add(section.problemAt("", "the app's price needs price: \"4.99\" (or free: true)"));
        }
        territory(section, "/baseTerritory", v.path("baseTerritory")).ifPresent(out::add);
        v.path("territories").propertyNames().forEach(code -> {
            if (!TerritoryCodes.isKnown(code)) {
                out.add(new Problem(section.keyMark(SectionInput.child("/territories", code)), unknown(code)));
            }
        });
        JsonNode entries = v.path("schedule");
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            String at = "/schedule/" + i;
            String from = text(e.get("from"));
            String until = e.hasNonNull("until") ? text(e.get("until")) : null;
            if (from == null || !from.matches(DATE) || !valid(from)) {
                out.add(section.problemAt(at + "/from", "from: '" + from + "' is not a date (YYYY-MM-DD)"));
                continue;
            }
            if (until != null && (!until.matches(DATE) || !valid(until))) {
                out.add(section.problemAt(at + "/until", "until: '" + until + "' is not a date (YYYY-MM-DD)"));
                continue;
            }
            Period p = new Period(from, until, "0", section.mark(at));
            if (!p.start().isBefore(p.end())) {
                out.add(section.problemAt(at + "/until", "until " + until + " is not after from " + from));
                continue;
            }
            for (Period other : periods) {
                if (p.start().isBefore(other.end()) && other.start().isBefore(p.end())) {
                    out.add(section.problemAt(at, "scheduled price from " + from + (until == null ? "" : " until "
                            + until) + " overlaps the one from " + other.from() + (other.until() == null
                            ? " (which has no until, so it lasts)" : " until " + other.until())));
                }
            }
            periods.add(p);
        }
        return out;
    }

    private static Optional<Problem> territory(SectionInput section, String pointer, JsonNode code) {
        return code.isString() && !TerritoryCodes.isKnown(code.asString())
                ? Optional.of(section.problemAt(pointer, unknown(code.asString()))) : Optional.empty();
    }

    static String unknown(String code) {
        return "territory '" + code + "' is not one of Apple's territory codes (ISO 3166-1 alpha-3, e.g. USA, GBR, JPN)";
    }

    private static boolean valid(String date) {
        try {
            LocalDate.parse(date);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static final String PRICE_TEXT = "^[0-9]+(\\\\.[0-9]+)?$";

    static final JsonNode SCHEMA = JsonMapper.builder().build().readTree("""
            {"description": "The app's own price (Apple's appPriceSchedules): a base territory and its price, which\
             Apple equalizes to every other territory, territories priced by hand, and scheduled prices (a sale).\
             Each change sends one new schedule; leave the key out to leave the price unmanaged.",
             "examples": [{"baseTerritory": "USA", "price": "4.99", "territories": {"JPN": "800"},
                           "schedule": [{"from": "2027-01-15", "until": "2027-02-01", "price": "2.99"}]},
                          {"baseTerritory": "USA", "free": true}],
             "type": "object", "additionalProperties": false, "required": ["baseTerritory"],
             "properties": {
               "baseTerritory": {"description": "The territory Apple equalizes the others from (e.g. USA).",
                 "examples": ["USA"], "type": "string"},
               "price": {"description": "The customer price in the base territory, one of Apple's price points.",
                 "examples": ["4.99"], "type": ["string", "number"], "pattern": "%1$s"},
               "free": {"description": "true: the app is free (then write no price).", "examples": [true],
                 "type": "boolean"},
               "territories": {"description": "Territories whose price is set by hand: territory -> price.",
                 "examples": [{"JPN": "800"}], "type": "object",
                 "additionalProperties": {"type": ["string", "number"], "pattern": "%1$s"}},
               "schedule": {"description": "Base-territory prices for a while (a sale); after until, the price again.",
                 "examples": [[{"from": "2027-01-15", "until": "2027-02-01", "price": "2.99"}]], "type": "array",
                 "items": {"type": "object", "additionalProperties": false, "required": ["from", "price"],
                   "properties": {
                     "from": {"description": "First day (YYYY-MM-DD).", "examples": ["2027-01-15"], "type": "string"},
                     "until": {"description": "The day the price ends (YYYY-MM-DD); none: it lasts.",
                       "examples": ["2027-02-01"], "type": "string"},
                     "price": {"description": "The base-territory price meanwhile.", "examples": ["2.99"],
                       "type": ["string", "number"], "pattern": "%1$s"}}}}}}""".formatted(PRICE_TEXT));
}
