package dev.ascctl.resource.kinds.pages;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.pages.CustomProductPages;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.OwnsStoreSection;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.resource.kinds.media.MediaExport;
import dev.ascctl.resource.kinds.media.MediaFileValue;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.MediaKind;
import dev.ascctl.store.StoreSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/**
 * A custom product page itself ({@code app[b].productPage[Spring Sale]}, Apple's {@code appCustomProductPages}):
 * its name (the natural key) and {@code visible}, from {@code product-pages/<folder>/page.yaml}
 * ({@link ProductPages}). A page is created by name; Apple makes it invisible, so a {@code visible: true} is a
 * PATCH right after. A live page no folder declares is deleted only with {@code policy.prune.productPages}, and only
 * for an app that declares at least one page (an app without product-pages/ manages none).
 *
 * <p>Import writes every live page: page.yaml (name, visible, the current version's deep link), its locale files
 * and its processed screenshots and previews, into a folder named after the page.
 */
public final class ProductPageHandler extends Kind<NamedKey<AppKey>> implements OwnsStoreSection, StraightReads,
        StraightReads.ForExport, Creatable<NamedKey<AppKey>>, Updatable<NamedKey<AppKey>>, Deletable<NamedKey<AppKey>> {
    private static final KindSpec SPEC = new KindSpec("customProductPage", 30, ProductPages.KEY);

    public ProductPageHandler() {
        super(SPEC, List.of(AttributeSpec.of("visible")));
    }

    @Override
    public StoreSection storeSection() {
        return StoreSection.ownFiles(ProductPages.KEY, ProductPages.FOLDER + "/*/page.yaml", ProductPages.PAGE_SCHEMA,
                ProductPages::pageProblems, true);
    }

    @Override
    public List<DesiredObject<NamedKey<AppKey>>> desired(AppSpec app) {
        List<DesiredObject<NamedKey<AppKey>>> out = new ArrayList<>();
        for (ProductPages.Page page : ProductPages.pages(app)) {
            Map<String, JsonNode> attributes = new LinkedHashMap<>();
            page.value("visible").ifPresent(v -> attributes.put("visible", v));
            out.add(new DesiredObject<>(ProductPages.key(app, page.name()), SPEC.name(), ProductPages.storePath(app, page),
                    attributes, Set.of(), page.file().fileMark()));
        }
        return out;
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        ProductPages.read(app, spec, reads);
    }

    @Override
    public List<LiveObject<NamedKey<AppKey>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<NamedKey<AppKey>>> out = new ArrayList<>();
        ProductPages.livePages(app).ifPresent(pages -> pages.data().forEach(page -> out.add(new LiveObject<>(
                ProductPages.key(spec, LiveApp.text(page, "name")), SPEC.name(), page.id(),
                Map.of("visible", value(page.attribute("visible"))), null))));
        return out;
    }

    @Override
    public List<ApiCall> create(DesiredObject<NamedKey<AppKey>> desired, LiveApp app) {
        List<ApiCall> calls = new ArrayList<>();
        calls.add(CustomProductPages.create(app.app().id(), desired.key().name()));
        JsonNode visible = desired.attributes().get("visible");
        if (visible != null && visible.asBoolean(false)) {
            // Apple creates a page invisible and takes visible only on a PATCH.
            calls.add(CustomProductPages.update(IdReference.token(desired.address()),
                    CustomProductPages.attributes(Map.of("visible", visible))));
        }
        return calls;
    }

    @Override
    public List<ApiCall> update(DesiredObject<NamedKey<AppKey>> desired, LiveObject<NamedKey<AppKey>> live,
                                Map<String, JsonNode> changed, LiveApp app) {
        return List.of(CustomProductPages.update(live.id(), CustomProductPages.attributes(changed)));
    }

    @Override
    public List<ApiCall> delete(LiveObject<NamedKey<AppKey>> live, LiveApp app) {
        return List.of(CustomProductPages.delete(live.id()));
    }

    @Override
    public void readForExport(LiveApp app, Reads reads) {
        Document pages = reads.get(CustomProductPages.ofApp(app.app().id()));
        List<Document> locs = reads.getAll(pages.data().stream().flatMap(p -> ProductPages.current(pages, p).stream())
                .map(v -> CustomProductPages.localizations(v.id())).toList());
        List<dev.ascctl.asc.ApiQuery> media = new ArrayList<>();
        for (Document doc : locs) {
            for (Resource loc : doc.data()) {
                for (MediaKind kind : MediaKind.values()) {
                    media.add(dev.ascctl.asc.endpoint.media.ListMediaSets.of(ProductPages.media(kind),
                            CustomProductPages.LOCALIZATIONS, loc.id()));
                }
            }
        }
        reads.getAll(media);
    }

    /**
     * Each live page as a folder: page.yaml, locales/ and the processed media of its current version. The folder is
     * the page's name made a plain folder name ({@code Spring Sale} → {@code spring-sale}).
     */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        Optional<Document> read = ProductPages.livePages(app);
        if (read.isEmpty()) {
            return List.of();
        }
        List<ExportedObject> out = new ArrayList<>();
        Set<String> folders = new java.util.HashSet<>();
        for (Resource page : read.get().data()) {
            String name = LiveApp.text(page, "name");
            String folder = folder(name, folders);
            String base = "apps." + label + "." + ProductPages.FOLDER + "." + folder;
            Map<String, JsonNode> attributes = new LinkedHashMap<>();
            attributes.put("name", StringNode.valueOf(name));
            attributes.put("visible", value(page.attribute("visible")));
            Optional<Resource> version = ProductPages.current(read.get(), page);
            version.map(v -> v.attribute("deepLink")).filter(d -> d != null && !d.isNull())
                    .ifPresent(d -> attributes.put("deepLink", d));
            out.add(new ExportedObject(base, attributes));
            if (version.isEmpty()) {
                continue;
            }
            for (Resource loc : app.read(CustomProductPages.localizations(version.get().id())).map(Document::data)
                    .orElse(List.of())) {
                String locale = LiveApp.text(loc, "locale");
                Map<String, JsonNode> text = new LinkedHashMap<>();
                JsonNode promo = loc.attribute("promotionalText");
                if (promo != null && !promo.isNull()) {
                    text.put("promotionalText", promo);
                }
                out.add(new ExportedObject(base + ".locales." + locale, text));
                for (MediaKind kind : MediaKind.values()) {
                    for (Resource set : ProductPages.sets(app, kind, loc)) {
                        Map<String, JsonNode> files = new LinkedHashMap<>();
                        for (Resource asset : ProductPages.assets(app, kind, loc, set)) {
                            Optional<String> url = MediaFileValue.of(asset, ProductPages.media(kind)).usable()
                                    ? MediaExport.url(asset, ProductPages.media(kind)) : Optional.empty();
                            url.ifPresent(u -> files.put(MediaExport.fileName(files.size(),
                                    LiveApp.text(asset, "fileName"), kind), MediaExport.remote(u, asset)));
                        }
                        if (!files.isEmpty()) {
                            out.add(new ExportedObject(base + "." + kind.folder() + "." + locale + "."
                                    + LiveApp.text(set, ProductPages.media(kind).setTypeAttribute()), files));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** A plain folder name for a page name, unique among the app's pages. */
    static String folder(String name, Set<String> taken) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        if (base.isEmpty()) {
            base = "page";
        }
        String out = base;
        for (int i = 2; !taken.add(out); i++) {
            out = base + "-" + i;
        }
        return out;
    }

    private static JsonNode value(JsonNode node) {
        return node == null ? NullNode.getInstance() : node.isBoolean() ? BooleanNode.valueOf(node.asBoolean()) : node;
    }
}
