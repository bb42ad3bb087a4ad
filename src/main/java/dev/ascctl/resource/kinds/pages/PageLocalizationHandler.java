package dev.ascctl.resource.kinds.pages;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.pages.CustomProductPages;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.OwnsStoreSection;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.LocaleKey;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.StoreSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/**
 * A custom product page's text in one locale ({@code app[b].productPage[Spring].locale[en-US]}, Apple's
 * {@code appCustomProductPageLocalizations} on the page's version), from
 * {@code product-pages/<folder>/locales/<locale>.yaml}:
 * <pre>
 * promotionalText: Half price until May.   # at most 170 characters, checked offline
 * </pre>
 * A locale file is the page's localization even when it writes nothing (a page's screenshots need it). A live
 * localization with no file goes only with {@code policy.prune.productPages}.
 */
public final class PageLocalizationHandler extends Kind<LocaleKey<NamedKey<AppKey>>> implements OwnsStoreSection,
        Creatable<LocaleKey<NamedKey<AppKey>>>, Updatable<LocaleKey<NamedKey<AppKey>>>,
        Deletable<LocaleKey<NamedKey<AppKey>>> {
    private static final KindSpec SPEC = new KindSpec("customProductPageLocalization", 32, ProductPages.KEY);

    public PageLocalizationHandler() {
        super(SPEC, List.of(AttributeSpec.of("promotionalText")));
    }

    @Override
    public StoreSection storeSection() {
        return StoreSection.ownFiles(ProductPages.LOCALES_KEY, ProductPages.FOLDER + "/*/locales/*.yaml",
                ProductPages.LOCALE_SCHEMA, ProductPages::localeProblems, false);
    }

    @Override
    public List<DesiredObject<LocaleKey<NamedKey<AppKey>>>> desired(AppSpec app) {
        List<DesiredObject<LocaleKey<NamedKey<AppKey>>>> out = new ArrayList<>();
        for (ProductPages.Page page : ProductPages.pages(app)) {
            page.locales().forEach((locale, file) -> {
                Map<String, JsonNode> attributes = new LinkedHashMap<>();
                page.promotionalText(locale).ifPresent(t -> attributes.put("promotionalText", t));
                out.add(new DesiredObject<>(new LocaleKey<>(ProductPages.key(app, page.name()), locale), SPEC.name(),
                        ProductPages.storePath(app, page) + ".locales." + locale, attributes, Set.of(),
                        file.fileMark()));
            });
        }
        return out;
    }

    @Override
    public List<LiveObject<LocaleKey<NamedKey<AppKey>>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<LocaleKey<NamedKey<AppKey>>>> out = new ArrayList<>();
        for (ProductPages.Page page : ProductPages.pages(spec)) {
            Optional<ProductPages.Live> live = ProductPages.live(app, page);
            if (live.isEmpty() || ProductPages.needsNewVersion(app, page, live.get())) {
                continue;
            }
            String blocked = live.get().blockedReason(page.name());
            for (Resource loc : live.get().localizations()) {
                JsonNode text = loc.attribute("promotionalText");
                out.add(new LiveObject<>(new LocaleKey<>(ProductPages.key(spec, page.name()), LiveApp.text(loc, "locale")),
                        SPEC.name(), loc.id(), Map.of("promotionalText", text == null ? NullNode.getInstance() : text),
                        blocked));
            }
        }
        return out;
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<LocaleKey<NamedKey<AppKey>>> desired, LiveApp app) {
        return ProductPages.livePages(app).flatMap(d -> ProductPages.find(d, desired.key().parent().name())
                .flatMap(p -> ProductPages.current(d, p)).filter(v -> ProductPages.IN_REVIEW.contains(ProductPages.state(v)))
                .map(v -> "custom product page '" + desired.key().parent().name() + "' version "
                        + LiveApp.text(v, "version") + " is " + ProductPages.state(v)
                        + "; Apple takes no change until its review ends"));
    }

    @Override
    public List<ApiCall> create(DesiredObject<LocaleKey<NamedKey<AppKey>>> desired, LiveApp app) {
        String version = ProductPages.versionIdForNew(app, desired.key().parent());
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        attributes.put("locale", StringNode.valueOf(desired.key().locale()));
        attributes.putAll(desired.attributes());
        return List.of(CustomProductPages.createLocalization(version, CustomProductPages.attributes(attributes)));
    }

    @Override
    public List<ApiCall> update(DesiredObject<LocaleKey<NamedKey<AppKey>>> desired,
                                LiveObject<LocaleKey<NamedKey<AppKey>>> live, Map<String, JsonNode> changed,
                                LiveApp app) {
        return List.of(CustomProductPages.updateLocalization(live.id(), CustomProductPages.attributes(changed)));
    }

    @Override
    public List<ApiCall> delete(LiveObject<LocaleKey<NamedKey<AppKey>>> live, LiveApp app) {
        return List.of(CustomProductPages.deleteLocalization(live.id()));
    }
}
