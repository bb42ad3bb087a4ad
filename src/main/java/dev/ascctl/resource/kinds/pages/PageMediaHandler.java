package dev.ascctl.resource.kinds.pages;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.media.CreateMediaSet;
import dev.ascctl.asc.endpoint.media.DeleteMediaSet;
import dev.ascctl.asc.endpoint.media.MediaType;
import dev.ascctl.asc.endpoint.pages.CustomProductPages;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.LocaleKey;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.resource.kinds.media.MediaSetCalls;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Mark;
import dev.ascctl.store.MediaKind;
import dev.ascctl.store.MediaSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A screenshot set or preview set of a custom product page's localization
 * ({@code app[b].productPage[Spring].screenshots[en-US/APP_IPHONE_67]}), from the page folder's
 * {@code screenshots/<locale>/<DISPLAY_TYPE>/} (and {@code previews/}), laid out, checked and uploaded exactly as
 * the app's own screenshots: the store's media loader and the media engine ({@link MediaSetCalls}: MD5 identity, a
 * reorder without uploads, reservation → upload → commit). Assets inside a declared set that no file declares go
 * with {@code policy.prune.screenshots} ({@code previews}); a whole live set no folder declares goes with
 * {@code policy.prune.productPages}.
 */
public final class PageMediaHandler extends Kind<PageMediaHandler.Key> implements Creatable<PageMediaHandler.Key>,
        Updatable<PageMediaHandler.Key>, Deletable<PageMediaHandler.Key> {
    private final MediaKind kind;
    private final MediaType media;

    private PageMediaHandler(MediaKind kind, int rank) {
        super(new KindSpec(kind == MediaKind.SCREENSHOTS ? "customProductPageScreenshotSet"
                : "customProductPagePreviewSet", rank, ProductPages.KEY));
        this.kind = kind;
        this.media = ProductPages.media(kind);
    }

    public static PageMediaHandler screenshots() {
        return new PageMediaHandler(MediaKind.SCREENSHOTS, 33);
    }

    public static PageMediaHandler previews() {
        return new PageMediaHandler(MediaKind.PREVIEWS, 34);
    }

    /** One set of a page localization: {@code ...productPage[Spring].screenshots[en-US/APP_IPHONE_67]}. */
    public record Key(NamedKey<AppKey> page, String folder, String locale, String type) implements KindKey {
        @Override
        public Address address() {
            return page.address().child(folder, locale + "/" + type);
        }

        LocaleKey<NamedKey<AppKey>> localization() {
            return new LocaleKey<>(page, locale);
        }
    }

    @Override
    public List<DesiredObject<Key>> desired(AppSpec app) {
        List<DesiredObject<Key>> out = new ArrayList<>();
        for (ProductPages.Page page : ProductPages.pages(app)) {
            boolean prune = page.media().prunes(kind);
            for (MediaSet set : page.media().sets(kind)) {
                if (set.files().isEmpty()) {
                    continue; // an empty folder declares nothing
                }
                out.add(new DesiredObject<>(new Key(ProductPages.key(app, page.name()), kind.folder(), set.locale(),
                        set.type()), spec().name(), ProductPages.storePath(app, page) + "." + kind.folder() + "."
                        + set.locale() + "." + set.type(), MediaSetCalls.desiredSlots(set, kind, prune), Set.of(),
                        Mark.startOf(set.folder())));
            }
        }
        return out;
    }

    @Override
    public List<LiveObject<Key>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<Key>> out = new ArrayList<>();
        for (ProductPages.Page page : ProductPages.pages(spec)) {
            Optional<ProductPages.Live> live = ProductPages.live(app, page);
            if (live.isEmpty() || ProductPages.needsNewVersion(app, page, live.get())) {
                continue;
            }
            String blocked = live.get().blockedReason(page.name());
            for (Resource loc : live.get().localizations()) {
                for (Resource set : ProductPages.sets(app, kind, loc)) {
                    out.add(new LiveObject<>(new Key(ProductPages.key(spec, page.name()), kind.folder(),
                            LiveApp.text(loc, "locale"), LiveApp.text(set, media.setTypeAttribute())), spec().name(),
                            set.id(), MediaSetCalls.liveSlots(ProductPages.assets(app, kind, loc, set), media, kind),
                            blocked));
                }
            }
        }
        return out;
    }

    @Override
    public boolean sameValue(String attribute, JsonNode desired, JsonNode live) {
        return dev.ascctl.resource.kinds.media.MediaFileValue.sameFile(desired, live);
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<Key> desired, LiveApp app) {
        return ProductPages.livePages(app).flatMap(d -> ProductPages.find(d, desired.key().page().name())
                .flatMap(p -> ProductPages.current(d, p)).filter(v -> ProductPages.IN_REVIEW.contains(ProductPages.state(v)))
                .map(v -> "custom product page '" + desired.key().page().name() + "' version "
                        + LiveApp.text(v, "version") + " is " + ProductPages.state(v)
                        + "; Apple takes no change until its review ends"));
    }

    @Override
    public List<ApiCall> create(DesiredObject<Key> desired, LiveApp app) {
        String localization = ProductPages.localizationIdForNew(app, desired.key().localization());
        List<ApiCall> calls = new ArrayList<>();
        calls.add(CreateMediaSet.of(media, "appCustomProductPageLocalization", CustomProductPages.LOCALIZATIONS,
                localization, desired.key().type()));
        calls.addAll(MediaSetCalls.reservations(desired, media, IdReference.token(desired.address())));
        return calls;
    }

    @Override
    public List<ApiCall> update(DesiredObject<Key> desired, LiveObject<Key> live, Map<String, JsonNode> changed,
                                LiveApp app) {
        List<Resource> assets = List.of();
        for (Resource loc : localizations(app, desired.key().page().name())) {
            for (Resource set : ProductPages.sets(app, kind, loc)) {
                if (set.id().equals(live.id())) {
                    assets = ProductPages.assets(app, kind, loc, set);
                }
            }
        }
        return MediaSetCalls.update(desired, media, kind, live.id(), assets);
    }

    @Override
    public List<ApiCall> delete(LiveObject<Key> live, LiveApp app) {
        return List.of(DeleteMediaSet.of(media, live.id()));
    }

    /** The localizations of a page's current version, as read. */
    private static List<Resource> localizations(LiveApp app, String pageName) {
        return ProductPages.livePages(app).flatMap(d -> ProductPages.find(d, pageName).flatMap(p -> ProductPages.current(d, p)))
                .flatMap(v -> app.read(CustomProductPages.localizations(v.id()))).map(d -> d.data()).orElse(List.of());
    }
}
