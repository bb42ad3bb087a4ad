package dev.ascctl.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.resource.ResourceKinds;
import dev.ascctl.resource.registry.AllKinds;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apple's text limits are declared once, on the kinds' attributes ({@code AttributeSpec.limit}); the store checks
 * each where the kind's YAML writes it, counting characters (each "é" is one, two bytes). The messages and places
 * are those the store's own lists gave at c758bce.
 */
class KindTextLimitsTest {
    @TempDir
    Path root;

    static String over(int limit) {
        return "é".repeat(limit + 1);
    }

    private Path store() {
        return TestStores.write(root, Map.of(
                "apps/x/app.yaml", TestStores.APP + "version: {versionString: \"1.0\"}\nreview: {notes: " + over(4000) + "}\n",
                "apps/x/locales/en-US.yaml", "name: " + over(30) + "\nsubtitle: " + over(30) + "\ndescription: "
                        + over(4000) + "\nkeywords: " + over(100) + "\npromotionalText: " + over(170)
                        + "\nwhatsNew: " + over(4000) + "\nmarketingUrl: https://example.com\n",
                "apps/x/testflight.yaml", "localizations:\n  en-US: {description: " + over(4000) + "}\n"
                        + "builds:\n  - build: \"245\"\n    localizations:\n      en-US: {whatsNew: " + over(4000) + "}\n",
                "apps/x/purchases.yaml", """
                        inAppPurchases:
                          - productId: com.example.x.pro
                            inAppPurchaseType: NON_CONSUMABLE
                            referenceName: %1$s
                            reviewNote: %4$s
                            localizations: {en-US: {name: %2$s, description: %3$s}}
                        subscriptionGroups:
                          - referenceName: %1$s
                            localizations: {en-US: {name: %5$s, customAppName: %6$s}}
                            subscriptions:
                              - productId: com.example.x.plus
                                referenceName: %1$s
                                subscriptionPeriod: ONE_MONTH
                                reviewNote: %4$s
                                localizations: {en-US: {name: %2$s, description: %3$s}}
                        """.formatted(over(64), over(30), over(45), over(4000), over(75), over(30))));
    }

    @Test
    void everyDeclaredLimitIsCheckedWhereTheYamlWritesIt() {
        Path store = store();
        LoadResult result = StoreLoader.load(store, ContactDefaultsInput.none(), new SecretResolver(store, Map.of()),
                AllKinds.registry().storeRules());

        assertThat(result.problems()).extracting(p -> p.toString().replace(store + "/", "")).containsExactly(
                "apps/x/app.yaml:4:17: review.notes is 4001 characters; Apple allows at most 4000",
                "apps/x/locales/en-US.yaml:1:7: name is 31 characters; Apple allows at most 30",
                "apps/x/locales/en-US.yaml:2:11: subtitle is 31 characters; Apple allows at most 30",
                "apps/x/locales/en-US.yaml:3:14: description is 4001 characters; Apple allows at most 4000",
                "apps/x/locales/en-US.yaml:4:11: keywords are 101 characters when joined with commas; Apple allows"
                        + " at most 100",
                "apps/x/locales/en-US.yaml:5:18: promotionalText is 171 characters; Apple allows at most 170",
                "apps/x/locales/en-US.yaml:6:11: whatsNew is 4001 characters; Apple allows at most 4000",
                "apps/x/purchases.yaml:4:20: referenceName is 65 characters; Apple allows at most 64",
                "apps/x/purchases.yaml:5:17: reviewNote is 4001 characters; Apple allows at most 4000",
                "apps/x/purchases.yaml:6:35: name is 31 characters; Apple allows at most 30",
                "apps/x/purchases.yaml:6:81: description is 46 characters; Apple allows at most 45",
                "apps/x/purchases.yaml:8:20: referenceName is 65 characters; Apple allows at most 64",
                "apps/x/purchases.yaml:9:35: name is 76 characters; Apple allows at most 75",
                "apps/x/purchases.yaml:9:128: customAppName is 31 characters; Apple allows at most 30",
                "apps/x/purchases.yaml:12:24: referenceName is 65 characters; Apple allows at most 64",
                "apps/x/purchases.yaml:14:21: reviewNote is 4001 characters; Apple allows at most 4000",
                "apps/x/purchases.yaml:15:39: name is 31 characters; Apple allows at most 30",
                "apps/x/purchases.yaml:15:85: description is 46 characters; Apple allows at most 45",
                "apps/x/testflight.yaml:2:24: localizations.en-US.description is 4001 characters; Apple allows at"
                        + " most 4000",
                "apps/x/testflight.yaml:6:25: What to Test (whatsNew) of build '245' in en-US is 4001 characters;"
                        + " Apple allows at most 4000");
    }

    @Test
    void theStoreItselfKnowsNoLimit() {
        Path store = store();
        LoadResult result = StoreLoader.load(store, ContactDefaultsInput.none(), new SecretResolver(store, Map.of()),
                new ResourceKinds(List.of()).storeRules());

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void twoKindsMayShareAKeyAtAPlaceOnlyWithTheSameLimit() {
        var place = TextLimits.Place.PRODUCT;
        assertThat(TextLimits.of(List.of(new TextLimits.Limit(place, "reviewNote", 4000),
                new TextLimits.Limit(place, "reviewNote", 4000))).at(place)).containsExactly(Map.entry("reviewNote", 4000));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TextLimits.of(List.of(
                        new TextLimits.Limit(place, "reviewNote", 4000), new TextLimits.Limit(place, "reviewNote", 45))))
                .hasMessage("PRODUCT.reviewNote is limited to both 4000 and 45");
    }
}
