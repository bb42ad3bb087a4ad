package dev.ascctl.sandbox.seed;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.model.AppleTime;
import dev.ascctl.sandbox.rules.CustomerReviewRules;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Customer reviews of a seeded app, as customers wrote them (the API cannot create reviews):
 * <pre>{@code
 * customerReviews: 300                      # that many, generated reproducibly from the bundle id
 * customerReviews: {count: 5000, answered: 0.3, days: 120}   # share already answered (published), spread over days
 * customerReviews:                          # or written out
 *   - {rating: 1, title: Crashes, body: It crashes on start., territory: DEU, daysAgo: 2, version: "1.0",
 *      reviewerNickname: max, response: "Sorry! Fixed in 1.1."}
 * }</pre>
 * Generated reviews cover all five ratings (more 5s and 1s than 3s, as stores see), eight territories in their
 * languages (USA, GBR and AUS English, DEU, FRA, JPN, ESP, BRA), the app's versions, and dates in the last
 * {@code days} before now, so a weekly digest has something to count. Each territory also gets one of Apple's
 * review summarizations.
 */
record ReviewSeeder(SandboxState state, MediaSeeder.Put put) {
    /** A territory and the language its customers write in. */
    private record Market(String territory, String locale) {
    }

    private static final List<Market> MARKETS = List.of(new Market("USA", "en-US"), new Market("GBR", "en-GB"),
            new Market("DEU", "de-DE"), new Market("FRA", "fr-FR"), new Market("JPN", "ja"),
            new Market("ESP", "es-ES"), new Market("BRA", "pt-BR"), new Market("AUS", "en-AU"));
    /** Weights of ratings 1..5. */
    private static final int[] RATING_WEIGHTS = {18, 8, 9, 20, 45};
    private static final List<String> NICKNAMES = List.of("anna", "jt_2010", "Kiki", "marco.p", "sunrise", "Lukas B",
            "notetaker", "yuki", "Pablo", "bea", "the_reviewer", "Chris M");

    /** Titles and bodies per language and mood (low: 1-2, mid: 3, high: 4-5). */
    private static final Map<String, String[][]> TEXT = Map.of(
            "en", new String[][]{
                    {"Crashes all the time", "The app crashes every time I open a note. Please fix this."},
                    {"Okay but slow", "Does the job, but syncing takes forever on my phone."},
                    {"Love it", "Best notes app I have used. Clean and fast."}},
            "de", new String[][]{
                    {"Stürzt ständig ab", "Die App stürzt jedes Mal ab, wenn ich eine Notiz öffne. Bitte beheben."},
                    {"Ganz okay", "Macht, was sie soll, aber die Synchronisierung dauert ewig."},
                    {"Super App", "Die beste Notiz-App, die ich kenne. Schnell und übersichtlich."}},
            "fr", new String[][]{
                    {"Plante sans arrêt", "L'application plante chaque fois que j'ouvre une note. Merci de corriger."},
                    {"Correct mais lent", "Elle fait le travail, mais la synchronisation est très lente."},
                    {"Excellente", "La meilleure application de notes que j'aie utilisée. Simple et rapide."}},
            "ja", new String[][]{
                    {"すぐ落ちる", "メモを開くたびにアプリが落ちます。修正をお願いします。"},
                    {"まあまあ", "使えますが、同期にとても時間がかかります。"},
                    {"最高です", "今まで使った中で一番のメモアプリです。速くて見やすい。"}},
            "es", new String[][]{
                    {"Se cierra siempre", "La app se cierra cada vez que abro una nota. Por favor, arreglenlo."},
                    {"Está bien", "Cumple, pero la sincronización tarda muchísimo."},
                    {"Me encanta", "La mejor app de notas que he usado. Rápida y clara."}},
            "pt", new String[][]{
                    {"Fecha sozinho", "O app fecha toda vez que abro uma nota. Por favor, corrijam."},
                    {"Razoável", "Funciona, mas a sincronização demora demais."},
                    {"Adorei", "O melhor app de notas que já usei. Rápido e simples."}});
    private static final Map<String, String> ANSWERS = Map.of(
            "en", "Thank you for your review!", "de", "Vielen Dank für deine Bewertung!",
            "fr", "Merci pour votre avis !", "ja", "レビューをありがとうございます！",
            "es", "¡Gracias por tu reseña!", "pt", "Obrigado pela sua avaliação!");
    private static final Map<String, String> SUMMARIES = Map.of(
            "en", "Customers like the clean design and speed; several report crashes when opening notes and slow sync.",
            "de", "Kunden loben das klare Design; einige melden Abstürze beim Öffnen von Notizen und langsame Synchronisierung.",
            "fr", "Les clients aiment le design épuré ; certains signalent des plantages et une synchronisation lente.",
            "ja", "シンプルなデザインと速さが好評です。メモを開くと落ちる、同期が遅いという声もあります。",
            "es", "A los clientes les gusta el diseño limpio; algunos informan cierres al abrir notas y sincronización lenta.",
            "pt", "Os clientes gostam do design limpo; alguns relatam falhas ao abrir notas e sincronização lenta.");

    /** Seeds the app's reviews as the {@code customerReviews} seed value describes them (null: none). */
    @SuppressWarnings("unchecked")
    void seed(String appId, String bundleId, Object value) {
        if (value == null) {
            return;
        }
        List<StoredResource> versions = state.referencing("appStoreVersions", "app", appId);
        if (value instanceof List<?> items) {
            for (Object item : items) {
                written(appId, versions, (Map<String, Object>) item);
            }
            return;
        }
        Map<String, Object> options = value instanceof Number n ? Map.of("count", n) : (Map<String, Object>) value;
        generate(appId, bundleId, versions, ((Number) options.getOrDefault("count", 300)).intValue(),
                ((Number) options.getOrDefault("answered", 0.3)).doubleValue(),
                ((Number) options.getOrDefault("days", 120)).intValue());
    }

    private void generate(String appId, String bundleId, List<StoredResource> versions, int count, double answered,
                          int days) {
        Random random = new Random(bundleId.hashCode());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // Oldest versions first, so older reviews are written for older versions.
        List<StoredResource> byAge = versions.stream().sorted(Comparator.comparing((StoredResource v) ->
                OffsetDateTime.parse(String.valueOf(v.attribute("createdDate"))).toInstant())).toList();
        for (int i = 0; i < count; i++) {
            Market market = MARKETS.get(random.nextInt(MARKETS.size()));
            int rating = rating(random);
            String language = market.locale().substring(0, 2);
            String[] text = TEXT.get(language)[rating <= 2 ? 0 : rating == 3 ? 1 : 2];
            long ageSeconds = (long) (random.nextDouble() * Duration.ofDays(days).toSeconds());
            Instant created = now.minusSeconds(ageSeconds);
            String version = byAge.isEmpty() ? null
                    : byAge.get(Math.min(byAge.size() - 1, (int) ((1 - (double) ageSeconds / Duration.ofDays(days)
                    .toSeconds()) * byAge.size()))).id();
            String id = reviewId(appId, i);
            review(id, appId, version, rating, text[0], text[1], NICKNAMES.get(random.nextInt(NICKNAMES.size())),
                    created, market.territory());
            if (random.nextDouble() < answered) {
                response(id, ANSWERS.get(language), created.plus(Duration.ofHours(6)));
            }
        }
        if (count > 0) {
            for (Market market : MARKETS) {
                put.put(CustomerReviewRules.SUMMARIZATIONS, state.newId(CustomerReviewRules.SUMMARIZATIONS),
                        Map.of("createdDate", AppleTime.format(now.minus(Duration.ofDays(1))), "locale",
                                market.locale(), "platform", "IOS", "text", SUMMARIES.get(market.locale()
                                        .substring(0, 2))),
                        Map.of("territory", List.of(market.territory()), CustomerReviewRules.APP, List.of(appId)));
            }
        }
    }

    private void written(String appId, List<StoredResource> versions, Map<String, Object> item) {
        String id = item.containsKey("id") ? String.valueOf(item.get("id"))
                : reviewId(appId, state.referencing(CustomerReviewRules.TYPE, CustomerReviewRules.APP, appId).size());
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS)
                .minus(Duration.ofDays(((Number) item.getOrDefault("daysAgo", 1)).longValue()));
        String versionString = item.containsKey("version") ? String.valueOf(item.get("version")) : null;
        String version = versions.stream().filter(v -> versionString == null
                        || versionString.equals(v.attribute("versionString"))).map(StoredResource::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("seed: the app has no version " + versionString));
        review(id, appId, version, ((Number) item.getOrDefault("rating", 5)).intValue(),
                String.valueOf(item.getOrDefault("title", "")), String.valueOf(item.getOrDefault("body", "")),
                String.valueOf(item.getOrDefault("reviewerNickname", "customer")), created,
                String.valueOf(item.getOrDefault("territory", "USA")));
        if (item.get("response") != null) {
            response(id, String.valueOf(item.get("response")), created.plus(Duration.ofHours(1)));
        }
    }

    private void review(String id, String appId, String versionId, int rating, String title, String body,
                        String nickname, Instant created, String territory) {
        put.put(CustomerReviewRules.TYPE, id, Map.of("rating", rating, "title", title, "body", body,
                        "reviewerNickname", nickname, "createdDate", AppleTime.format(created), "territory", territory),
                versionId == null ? Map.of(CustomerReviewRules.APP, List.of(appId), "reviewTerritory", List.of(territory))
                        : Map.of(CustomerReviewRules.APP, List.of(appId), CustomerReviewRules.VERSION,
                        List.of(versionId), "reviewTerritory", List.of(territory)));
    }

    private void response(String reviewId, String body, Instant when) {
        put.put("customerReviewResponses", state.newId("customerReviewResponses"), Map.of("responseBody", body,
                "lastModifiedDate", AppleTime.format(when), "state", "PUBLISHED"), Map.of("review", List.of(reviewId)));
    }

    private static int rating(Random random) {
        int pick = random.nextInt(100);
        for (int r = 0; r < RATING_WEIGHTS.length; r++) {
            pick -= RATING_WEIGHTS[r];
            if (pick < 0) {
                return r + 1;
            }
        }
        return 5;
    }

    /** Apple's review id form ({@code 00000028-b08c-0014-729e-fbd500000000}, asc-recorded INDEX fact 13). */
    private static String reviewId(String appId, int index) {
        return String.format("%08x-b08c-0014-%04x-%08x0000", Math.abs(appId.hashCode()) % 0x10000000L,
                index / 0x10000 % 0x10000, index % 0x100000000L);
    }
}
