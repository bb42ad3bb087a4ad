package dev.ascctl.resource.kinds.pages;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.pages.CustomProductPages;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * The version of a custom product page the store is applied to ({@code app[b].productPage[Spring].version}), with
 * its {@code deepLink} from page.yaml. Apple keeps a page's content on versions and lets a version change only while
 * it is prepared (or rejected): a version in review is listed apart with the reason; when the current version is
 * approved and the store differs from it, the plan creates a new version and puts the page's declared locales and
 * media on it ({@link ProductPages#needsNewVersion}). Decision: the new version holds what the page's folder
 * declares, nothing copied from the approved one (Apple's spec has no "copy from" on a version's create; the sandbox
 * starts it empty), so a page folder is the whole page.
 */
public final class PageVersionHandler extends Kind<PartKey<NamedKey<AppKey>>>
        implements Creatable<PartKey<NamedKey<AppKey>>>, Updatable<PartKey<NamedKey<AppKey>>> {
    static final String PART = "version";
    private static final KindSpec SPEC = new KindSpec("customProductPageVersion", 31, null);

    public PageVersionHandler() {
        super(SPEC, List.of(AttributeSpec.of("deepLink")));
    }

    static PartKey<NamedKey<AppKey>> key(AppSpec app, String page) {
        return new PartKey<>(ProductPages.key(app, page), PART);
    }

    @Override
    public List<DesiredObject<PartKey<NamedKey<AppKey>>>> desired(AppSpec app) {
        List<DesiredObject<PartKey<NamedKey<AppKey>>>> out = new ArrayList<>();
        for (ProductPages.Page page : ProductPages.pages(app)) {
            Map<String, JsonNode> attributes = new LinkedHashMap<>();
            page.value("deepLink").ifPresent(v -> attributes.put("deepLink", v));
            out.add(new DesiredObject<>(key(app, page.name()), SPEC.name(), ProductPages.storePath(app, page),
                    attributes, Set.of(), page.file().fileMark()));
        }
        return out;
    }

    @Override
    public List<LiveObject<PartKey<NamedKey<AppKey>>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<PartKey<NamedKey<AppKey>>>> out = new ArrayList<>();
        for (ProductPages.Page page : ProductPages.pages(spec)) {
            ProductPages.live(app, page).filter(l -> l.version().isPresent())
                    .filter(l -> !ProductPages.needsNewVersion(app, page, l))
                    .ifPresent(l -> {
                        JsonNode deepLink = l.version().get().attribute("deepLink");
                        out.add(new LiveObject<>(key(spec, page.name()), SPEC.name(), l.version().get().id(),
                                Map.of("deepLink", deepLink == null ? NullNode.getInstance() : deepLink),
                                l.blockedReason(page.name())));
                    });
        }
        return out;
    }

    @Override
    public List<ApiCall> create(DesiredObject<PartKey<NamedKey<AppKey>>> desired, LiveApp app) {
        String page = ProductPages.livePages(app).flatMap(d -> ProductPages.find(d, desired.key().parent().name()))
                .map(dev.ascctl.asc.Resource::id).orElse(IdReference.token(desired.key().parent().address()));
        return List.of(CustomProductPages.createVersion(page, CustomProductPages.attributes(desired.attributes())));
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<NamedKey<AppKey>>> desired,
                                LiveObject<PartKey<NamedKey<AppKey>>> live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(CustomProductPages.updateVersion(live.id(), CustomProductPages.attributes(changed)));
    }
}
