package dev.ascctl.resource.kinds.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.media.MediaType;
import dev.ascctl.store.MediaKind;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MediaExportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Resource asset(String type, Map<String, Object> attributes) {
        return new Resource(type, "a1", JSON.valueToTree(attributes), Map.of(), null);
    }

    @Test
    void theTemplateIsFilledWithTheAssetsOwnSizeAndFormat() {
        String template = "https://is1-ssl.mzstatic.com/image/thumb/Purple/v4/68/e9/x.png/{w}x{h}bb.{f}";
        Resource png = asset("appScreenshots", Map.of("fileName", "Home.PNG",
                "imageAsset", Map.of("templateUrl", template, "width", 1290, "height", 2796)));
        assertThat(MediaExport.url(png, MediaType.SCREENSHOT))
                .contains("https://is1-ssl.mzstatic.com/image/thumb/Purple/v4/68/e9/x.png/1290x2796bb.png");
        Resource jpeg = asset("appScreenshots", Map.of("fileName", "home.jpeg",
                "imageAsset", Map.of("templateUrl", template, "width", 2048, "height", 2732)));
        assertThat(MediaExport.url(jpeg, MediaType.SCREENSHOT)).hasValueSatisfying(u -> assertThat(u).endsWith("/2048x2732bb.jpg"));
        assertThat(MediaExport.url(asset("appScreenshots", Map.of("fileName", "a.png")), MediaType.SCREENSHOT)).isEmpty();
        assertThat(MediaExport.url(asset("appPreviews", Map.of("videoUrl", "https://cdn.example/v.mp4")), MediaType.PREVIEW))
                .contains("https://cdn.example/v.mp4");
    }

    @Test
    void fileNamesKeepApplesOrderInTheirPrefix() {
        assertThat(MediaExport.fileName(0, "home.png", MediaKind.SCREENSHOTS)).isEqualTo("01-home.png");
        assertThat(MediaExport.fileName(1, "07-map.png", MediaKind.SCREENSHOTS)).isEqualTo("02-map.png");
        assertThat(MediaExport.fileName(2, "3_radar.jpg", MediaKind.SCREENSHOTS)).isEqualTo("03-radar.jpg");
        assertThat(MediaExport.fileName(9, "01.png", MediaKind.SCREENSHOTS)).isEqualTo("10.png");
        assertThat(MediaExport.fileName(0, "Screen Shot", MediaKind.SCREENSHOTS)).isEqualTo("01-Screen Shot.png");
        assertThat(MediaExport.fileName(0, "a/../b.mov", MediaKind.PREVIEWS)).isEqualTo("01-a_.._b.mov");
        assertThat(MediaExport.fileName(0, ".hidden", MediaKind.PREVIEWS)).isEqualTo("01-.hidden.mp4");
        assertThat(MediaExport.fileName(0, null, MediaKind.PREVIEWS)).isEqualTo("01-file.mp4");
    }
}
